/**
 * How X's conversation list reads as a thread (docs/PLATFORMS.md, X): which cell is the post, which
 * cells are its thread or recommendations, and each reply's depth, parent and thread, from the
 * cells' order alone (see lib/platforms/x.ts). Selectors come in from the adapter, which owns them.
 */
import { hashId, queryAll, queryFirst, readText } from './dom';
import type { SelectorChain } from './types';

/** The adapter's selectors this reader needs. */
export interface ThreadSelectors {
  cell: string;
  tweet: string;
  article: string;
  time: SelectorChain;
  userName: string;
  /** An h2 (X's timeline headings are h2[role="heading"], CPFT TIMELINE_HEADING). */
  heading: string;
}

/** UI labels per language (docs/PLATFORMS.md, UI-language labels); text is compared case-insensitively. */
export const LABELS = {
  loadMore: {
    en: ['Show more replies', 'Show replies', 'Show additional replies', 'Show probable spam'],
    pl: ['Pokaż więcej odpowiedzi', 'Pokaż odpowiedzi', 'Pokaż dodatkowe odpowiedzi', 'Pokaż prawdopodobny spam'],
  },
  // The bare "Show" of a hidden-replies placeholder article (CPFT `SHOW`).
  show: { en: ['Show'], pl: ['Pokaż'] },
  discoverMore: { en: ['Discover more', 'More posts'], pl: ['Odkryj więcej', 'Więcej wpisów'] },
  unavailable: {
    en: [
      'This post is unavailable',
      'This post was deleted by the post author',
      'This post is from an account that no longer exists',
      'This post is from a suspended account',
    ],
    // X says "wpis" (CPFT `POST_UNAVAILABLE`); the "post" spelling is kept as an unverified alternative.
    pl: [
      'Ten wpis jest niedostępny',
      'Ten post jest niedostępny',
      'Ten wpis został usunięty przez autora',
      'Ten wpis pochodzi z konta, które już nie istnieje',
      'Ten wpis pochodzi z zawieszonego konta',
    ],
  },
  replyingTo: { en: ['Replying to'], pl: ['W odpowiedzi do', 'Odpowiedź do', 'Odpowiadasz'] },
} as const satisfies Record<string, Record<string, readonly string[]>>;
export type Table = Record<string, readonly string[]>;

/** The prefix of `text` that is one of the table's labels (as the page spells it), if any. */
export function labelAt(table: Table, text: string): string | undefined {
  const t = text.trim();
  const low = t.toLocaleLowerCase();
  for (const labels of Object.values(table))
    for (const l of labels) if (low.startsWith(l.toLocaleLowerCase())) return t.slice(0, l.length);
  return undefined;
}
export const isLabel = (table: Table, text: string) =>
  Object.values(table).some((ls) => ls.some((l) => l.toLocaleLowerCase() === text.trim().toLocaleLowerCase()));

export const statusId = (href: string | null | undefined): string | undefined =>
  href ? /\/status\/(\d+)/.exec(href)?.[1] : undefined;

export type Kind = { tweet: Element } | { tombstone: Element; text: string };

export interface Place {
  /** Not a reply: the post, its thread, or a recommendation. */
  excluded: boolean;
  id?: string;
  kind?: Kind;
  depth: number;
  parentId?: string;
  threadId?: string;
}
const EXCLUDED: Place = { excluded: true, depth: 0 };

/** The reader over one adapter's selectors (methods bound: they can be taken apart). */
export function threadReader(selectors: ThreadSelectors) {
  const r = new ThreadReader(selectors);
  return { idOf: r.idOf, handleOf: r.handleOf, kindOf: r.kindOf, placeOf: r.placeOf };
}

class ThreadReader {
  constructor(private readonly selectors: ThreadSelectors) {}

  /** The post's status id, from its own time link. */
  idOf = (tweet: Element): string | undefined =>
    statusId(queryFirst(tweet, this.selectors.time)?.closest('a[href*="/status/"]')?.getAttribute('href'));

  /** "@handle" from the header's profile links (`/handle`). */
  handleOf = (tweet: Element): string => {
    for (const a of queryAll(queryFirst(tweet, this.selectors.userName) ?? tweet, 'a[href]')) {
      const m = /^(?:https:\/\/(?:x|twitter)\.com)?\/([A-Za-z0-9_]{1,15})\/?$/.exec(a.getAttribute('href') ?? '');
      if (m) return `@${m[1]}`;
    }
    return '';
  };

  /** A cell's post or "unavailable" tombstone; null for separators, composers, buttons, headings. */
  kindOf = (cell: Element): Kind | null => {
    const tweet = queryFirst(cell, this.selectors.tweet);
    if (tweet) return { tweet };
    for (const article of queryAll(cell, this.selectors.article)) {
      const full = readText(article);
      const label = labelAt(LABELS.unavailable, full);
      if (label) return { tombstone: article, text: full.charAt(label.length) === '.' ? `${label}.` : label };
    }
    return null;
  };

  isDiscoverHeading(cell: Element): boolean {
    const heading = queryFirst(cell, this.selectors.heading);
    if (!heading || queryFirst(cell, this.selectors.article)) return false;
    // Any language: the heading has a one-line description beside it (CPFT :6505-6515).
    return isLabel(LABELS.discoverMore, readText(heading)) || heading.nextElementSibling?.getAttribute('dir') != null;
  }

  /**
   * Where `cell` sits in its list (`cells`, the list's cells in order). Only the cells that
   * decide it are read: the post and the "Discover more" heading (found among the list's
   * articles and h2s), the post author's follow-ups right under the post, and the chain right
   * above `cell`; not every cell of the list for every comment.
   */
  placeOf = (cell: Element, cells: readonly Element[], pageId: string | undefined): Place | null => {
    const list = cell.parentElement;
    const i = cells.indexOf(cell);
    if (!list || i < 0) return null;
    const view = new ListView(this, cells);
    const mainIdx = this.mainIndex(list, view, pageId);
    if (i <= mainIdx || this.isRecommended(list, view, i, mainIdx)) return EXCLUDED;
    const main = mainIdx >= 0 ? view.tweetAt(mainIdx) : null;
    view.mainId = (main && this.idOf(main)) ?? pageId;
    const kind = view.kindAt(i);
    const id = kind ? view.idAt(i) : undefined;
    if (!kind || !id) return null;
    const replyFrom = this.afterAuthorThread(view, main, mainIdx, i);
    if (replyFrom < 0) return EXCLUDED;
    // The chain right above: consecutive post cells, nearest first.
    const chain: string[] = [];
    for (let k = i - 1; k >= replyFrom; k--) {
      const above = view.idAt(k);
      if (!above) break;
      chain.push(above);
    }
    if (chain.length === 0) return { excluded: false, id, kind, depth: 0, parentId: view.mainId, threadId: id };
    return { excluded: false, id, kind, depth: chain.length, parentId: chain[0], threadId: chain.at(-1) };
  };

  /**
   * The focused post's cell (CPFT :6386), else the cell of the post the URL names; -1 when
   * neither is in the list. Candidates come from the list's live tag collections (cheap on every
   * call), then the adapter's selector decides.
   */
  private mainIndex(list: Element, view: ListView, pageId: string | undefined): number {
    for (const a of Array.from(list.getElementsByTagName('article'))) {
      if (a.getAttribute('tabindex') !== '-1' || !a.matches(this.selectors.tweet)) continue;
      const k = view.cellIndex(a.closest(this.selectors.cell));
      if (k >= 0 && view.tweetAt(k) === a) return k;
    }
    if (!pageId) return -1;
    for (const a of Array.from(list.getElementsByTagName('a'))) {
      if (statusId(a.getAttribute('href')) !== pageId) continue;
      const k = view.cellIndex(a.closest(this.selectors.cell));
      const t = k >= 0 ? view.tweetAt(k) : null;
      if (t && this.idOf(t) === pageId) return k;
    }
    return -1;
  }

  /** Recommendations: everything from the first "Discover more" heading after the post on. */
  private isRecommended(list: Element, view: ListView, i: number, mainIdx: number): boolean {
    for (const h of Array.from(list.getElementsByTagName('h2'))) {
      if (!h.matches(this.selectors.heading)) continue;
      const k = view.cellIndex(h.closest(this.selectors.cell));
      if (k <= mainIdx || view.kindAt(k) || !this.isDiscoverHeading(view.cells[k]!)) continue;
      return i >= k;
    }
    return false;
  }

  /**
   * The post author's own follow-ups right under the post are its thread (as DEF reads it), until
   * anyone else's post (or a tombstone) comes: the index replies start from, or -1 when cell `i`
   * is itself one of those follow-ups.
   */
  private afterAuthorThread(view: ListView, main: Element | null, mainIdx: number, i: number): number {
    const mainAuthor = main ? this.handleOf(main) : '';
    let replyFrom = mainIdx + 1;
    if (!main || !mainAuthor) return replyFrom;
    for (let k = mainIdx + 1; k <= i; k++) {
      const kk = view.kindAt(k);
      if (!kk || !view.idAt(k)) continue;
      if (!('tweet' in kk) || this.handleOf(kk.tweet) !== mainAuthor) break;
      if (k === i) return -1;
      replyFrom = k + 1;
    }
    return replyFrom;
  }
}

/** One placement's view of a list: each cell's kind read once, ids of tombstones from the post before them. */
class ListView {
  private readonly kinds = new Map<number, Kind | null>();
  mainId: string | undefined;
  constructor(
    private readonly reader: ThreadReader,
    readonly cells: readonly Element[],
  ) {}

  kindAt(k: number): Kind | null {
    if (!this.kinds.has(k)) this.kinds.set(k, this.reader.kindOf(this.cells[k]!));
    return this.kinds.get(k)!;
  }

  tweetAt(k: number): Element | null {
    const kind = this.kindAt(k);
    return kind && 'tweet' in kind ? kind.tweet : null;
  }

  cellIndex(el: Element | null): number {
    return el ? this.cells.indexOf(el) : -1;
  }

  /** A tombstone has no id of its own: the post before it in the list identifies it. */
  idAt(k: number): string | undefined {
    const kk = this.kindAt(k);
    if (!kk) return undefined;
    if ('tweet' in kk) return this.reader.idOf(kk.tweet);
    let last = this.mainId ?? '';
    for (let p = k - 1; p >= 0; p--) {
      const t = this.tweetAt(p);
      const id = t ? this.reader.idOf(t) : undefined;
      if (id) {
        last = id;
        break;
      }
    }
    return `unavailable-${hashId(kk.text, last)}`;
  }
}
