/**
 * How X's conversation list reads as a thread (PLATFORMS.md §3.4): which cell is the post, which
 * cells are its thread or recommendations, and each reply's depth, parent and thread, from the
 * cells' order alone (see lib/platforms/x.ts). Selectors come in from the adapter, which owns them.
 */
import { hashId, queryAll, queryFirst, readText } from './dom';
import type { SelectorChain } from './types';

/** The adapter's selectors this reader needs. */
export interface ThreadSelectors {
  tweet: string;
  article: string;
  time: SelectorChain;
  userName: string;
  heading: string;
}

/** UI labels per language (PLATFORMS.md §1.4); text is compared case-insensitively. */
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

  /** Where every cell of the list sits, in one pass in list order (cells are siblings). */
  function layout(cells: Element[], pageId: string | undefined): Map<Element, Place> {
    const out = new Map<Element, Place>();
    const kinds = cells.map(kindOf);
    const tweetOf = (i: number) => {
      const k = kinds[i];
      return k && 'tweet' in k ? k.tweet : null;
    };
    // The focused post (CPFT :6386), else the one the URL names.
    let mainIdx = cells.findIndex((_c, i) => tweetOf(i)?.getAttribute('tabindex') === '-1');
    if (mainIdx < 0 && pageId) mainIdx = cells.findIndex((_c, i) => {
      const t = tweetOf(i);
      return t !== null && idOf(t) === pageId;
    });
    const main = mainIdx >= 0 ? tweetOf(mainIdx) : null;
    const mainId = (main && idOf(main)) ?? pageId;
    const mainAuthor = main ? handleOf(main) : '';
    // When the post was scrolled away (and recycled), every cell left is after it.
    let threadOpen = main !== null;
    let discover = false;
    let lastPost = mainId ?? '';
    // The post right above in the current chain, its depth, and the chain's first post.
    let above: { id: string; depth: number } | undefined;
    let start: string | undefined;
    cells.forEach((cell, i) => {
      const kind = kinds[i] ?? null;
      if (i > mainIdx && !kind && isDiscoverHeading(cell)) discover = true;
      if (i <= mainIdx || discover) {
        if (kind && 'tweet' in kind) lastPost = idOf(kind.tweet) ?? lastPost;
        out.set(cell, EXCLUDED);
        return;
      }
      if (!kind) {
        above = undefined;
        return;
      }
      // A tombstone has no id of its own: the post before it in the list identifies it.
      const id = 'tweet' in kind ? idOf(kind.tweet) : `unavailable-${hashId(kind.text, lastPost)}`;
      if (!id) {
        above = undefined;
        return;
      }
      if ('tweet' in kind) lastPost = id;
      if (threadOpen && 'tweet' in kind && mainAuthor && handleOf(kind.tweet) === mainAuthor) {
        out.set(cell, EXCLUDED);
        above = undefined;
        return;
      }
      threadOpen = false;
      let depth = 0;
      if (above && start) {
        depth = above.depth + 1;
        out.set(cell, { excluded: false, id, kind, depth, parentId: above.id, threadId: start });
      } else {
        start = id;
        out.set(cell, { excluded: false, id, kind, depth, parentId: mainId, threadId: id });
      }
      above = { id, depth };
    });
    return out;
  }

  return { idOf, handleOf, kindOf, layout };
}
