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
    en: ['This post is unavailable', 'This post was deleted by the post author', 'This post is from an account that no longer exists', 'This post is from a suspended account'],
    // X says "wpis" (CPFT `POST_UNAVAILABLE`); the "post" spelling is kept as an unverified alternative.
    pl: ['Ten wpis jest niedostępny', 'Ten post jest niedostępny', 'Ten wpis został usunięty przez autora', 'Ten wpis pochodzi z konta, które już nie istnieje', 'Ten wpis pochodzi z zawieszonego konta'],
  },
  replyingTo: { en: ['Replying to'], pl: ['W odpowiedzi do', 'Odpowiedź do', 'Odpowiadasz'] },
} as const satisfies Record<string, Record<string, readonly string[]>>;
export type Table = Record<string, readonly string[]>;

/** The prefix of `text` that is one of the table's labels (as the page spells it), if any. */
export function labelAt(table: Table, text: string): string | undefined {
  const t = text.trim();
  const low = t.toLocaleLowerCase();
  for (const labels of Object.values(table)) for (const l of labels) if (low.startsWith(l.toLocaleLowerCase())) return t.slice(0, l.length);
  return undefined;
}
export const isLabel = (table: Table, text: string) => Object.values(table).some((ls) => ls.some((l) => l.toLocaleLowerCase() === text.trim().toLocaleLowerCase()));

export const statusId = (href: string | null | undefined): string | undefined => (href ? /\/status\/(\d+)/.exec(href)?.[1] : undefined);

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

/** The reader over one adapter's selectors. */
export function threadReader(selectors: ThreadSelectors) {
  /** The post's status id, from its own time link. */
  const idOf = (tweet: Element): string | undefined => statusId(queryFirst(tweet, selectors.time)?.closest('a[href*="/status/"]')?.getAttribute('href'));

  /** "@handle" from the header's profile links (`/handle`). */
  function handleOf(tweet: Element): string {
    for (const a of queryAll(queryFirst(tweet, selectors.userName) ?? tweet, 'a[href]')) {
      const m = /^(?:https:\/\/(?:x|twitter)\.com)?\/([A-Za-z0-9_]{1,15})\/?$/.exec(a.getAttribute('href') ?? '');
      if (m) return `@${m[1]}`;
    }
    return '';
  }

  /** A cell's post or "unavailable" tombstone; null for separators, composers, buttons, headings. */
  function kindOf(cell: Element): Kind | null {
    const tweet = queryFirst(cell, selectors.tweet);
    if (tweet) return { tweet };
    for (const article of queryAll(cell, selectors.article)) {
      const full = readText(article);
      const label = labelAt(LABELS.unavailable, full);
      if (label) return { tombstone: article, text: full.charAt(label.length) === '.' ? `${label}.` : label };
    }
    return null;
  }

  function isDiscoverHeading(cell: Element): boolean {
    const heading = queryFirst(cell, selectors.heading);
    if (!heading || queryFirst(cell, selectors.article)) return false;
    // Any language: the heading has a one-line description beside it (CPFT :6505-6515).
    return isLabel(LABELS.discoverMore, readText(heading)) || heading.nextElementSibling?.getAttribute('dir') != null;
  }

  /**
   * Where `cell` sits in its list (`cells`, the list's cells in order). Only the cells that
   * decide it are read: the post and the "Discover more" heading (found among the list's
   * articles and h2s), the post author's follow-ups right under the post, and the chain right
   * above `cell`; not every cell of the list for every comment.
   */
  function placeOf(cell: Element, cells: readonly Element[], pageId: string | undefined): Place | null {
    const list = cell.parentElement;
    const i = cells.indexOf(cell);
    if (!list || i < 0) return null;
    const kinds = new Map<number, Kind | null>();
    const kindAt = (k: number): Kind | null => {
      if (!kinds.has(k)) kinds.set(k, kindOf(cells[k]!));
      return kinds.get(k)!;
    };
    const tweetAt = (k: number) => {
      const kind = kindAt(k);
      return kind && 'tweet' in kind ? kind.tweet : null;
    };
    const cellIndex = (el: Element | null) => (el ? cells.indexOf(el) : -1);

    // The focused post (CPFT :6386), else the one the URL names. Candidates come from the
    // list's live tag collections (cheap on every call), then the adapter's selector decides.
    let mainIdx = -1;
    for (const a of Array.from(list.getElementsByTagName('article'))) {
      if (a.getAttribute('tabindex') !== '-1' || !a.matches(selectors.tweet)) continue;
      const k = cellIndex(a.closest(selectors.cell));
      if (k >= 0 && tweetAt(k) === a) {
        mainIdx = k;
        break;
      }
    }
    if (mainIdx < 0 && pageId) {
      for (const a of Array.from(list.getElementsByTagName('a'))) {
        if (statusId(a.getAttribute('href')) !== pageId) continue;
        const k = cellIndex(a.closest(selectors.cell));
        const t = k >= 0 ? tweetAt(k) : null;
        if (t && idOf(t) === pageId) {
          mainIdx = k;
          break;
        }
      }
    }
    if (i <= mainIdx) return EXCLUDED;
    const main = mainIdx >= 0 ? tweetAt(mainIdx) : null;
    const mainId = (main && idOf(main)) ?? pageId;
    const mainAuthor = main ? handleOf(main) : '';

    // Recommendations: everything from the first "Discover more" heading after the post on.
    for (const h of Array.from(list.getElementsByTagName('h2'))) {
      if (!h.matches(selectors.heading)) continue;
      const k = cellIndex(h.closest(selectors.cell));
      if (k <= mainIdx || kindAt(k) || !isDiscoverHeading(cells[k]!)) continue;
      if (i >= k) return EXCLUDED;
      break;
    }

    const kind = kindAt(i);
    if (!kind) return null;
    // A tombstone has no id of its own: the post before it in the list identifies it.
    const idAt = (k: number): string | undefined => {
      const kk = kindAt(k);
      if (!kk) return undefined;
      if ('tweet' in kk) return idOf(kk.tweet);
      let last = mainId ?? '';
      for (let p = k - 1; p >= 0; p--) {
        const t = tweetAt(p);
        const id = t ? idOf(t) : undefined;
        if (id) {
          last = id;
          break;
        }
      }
      return `unavailable-${hashId(kk.text, last)}`;
    };
    const id = idAt(i);
    if (!id) return null;

    // The post author's own follow-ups right under the post are its thread (as DEF reads it),
    // until anyone else's post (or a tombstone) comes.
    let replyFrom = mainIdx + 1;
    if (main && mainAuthor) {
      for (let k = mainIdx + 1; k <= i; k++) {
        const kk = kindAt(k);
        if (!kk || !idAt(k)) continue;
        if ('tweet' in kk && handleOf(kk.tweet) === mainAuthor) {
          if (k === i) return EXCLUDED;
          replyFrom = k + 1;
          continue;
        }
        break;
      }
    }

    // The chain right above: consecutive post cells, nearest first.
    const chain: string[] = [];
    for (let k = i - 1; k >= replyFrom; k--) {
      const above = idAt(k);
      if (!above) break;
      chain.push(above);
    }
    if (chain.length === 0) return { excluded: false, id, kind, depth: 0, parentId: mainId, threadId: id };
    return { excluded: false, id, kind, depth: chain.length, parentId: chain[0], threadId: chain.at(-1) };
  }

  return { idOf, handleOf, kindOf, placeOf };
}
