/**
 * X (x.com, twitter.com): the replies on a post's page (PLATFORMS.md §3.4). The conversation is a
 * virtualised list of `cellInnerDiv` cells that X recycles while scrolling, so a comment is the
 * cell's `article` and everything is read from its current content (the id from its status link),
 * never remembered per node: a recycled node reads as the post it shows now.
 *
 * Not comments: the post itself (the focused article, `tabindex="-1"`, or the one the URL names),
 * the posts above it (the thread it answers), its author's own follow-ups before anyone else
 * answers (the rest of the thread, as DEF reads it) and everything after the "Discover more"
 * heading. Unavailable posts ("This post is unavailable.") are comments marked deleted.
 *
 * Nesting follows the list's order (DEF's rule): consecutive post cells without another cell
 * between them form one reply chain. The first post of a chain answers the post (depth 0, its own
 * thread); each next one answers the cell right above it (one level deeper than that post,
 * parentId = the post above, threadId = the chain's first post), as DEF counts depth.
 * Separators, composers, buttons and headings end a chain.
 */
import type { PlatformAdapter, RawComment } from './types';
import { absoluteUrl, hashId, parseCount, queryAll, queryFirst, readText } from './dom';

const selectors = {
  root: [
    'div[data-testid="primaryColumn"] section[role="region"]', // the conversation timeline
    'div[data-testid="primaryColumn"] section', // older markup without the region role
  ],
  cell: '[data-testid="cellInnerDiv"]',
  tweet: 'article[data-testid="tweet"]',
  // Any article of a cell: posts, and tombstones that have no test id (CPFT :6460-6475).
  article: 'article',
  text: '[data-testid="tweetText"]',
  userName: '[data-testid="User-Name"]',
  time: [
    '[data-testid="User-Name"] a[href*="/status/"] time', // the post's own time link in its header
    'a[href*="/status/"] time', // a header without the User-Name test id
  ],
  likes: [
    '[data-testid="like"]', // "2378 Likes. Like"
    '[data-testid="unlike"]', // when the signed-in account liked it: "2378 Likes. Liked"
  ],
  replyButton: '[data-testid="reply"]',
  // Replying to a reply happens in the modal composer X opens for it (in #layers).
  dialog: '[role="dialog"]',
  replyField: [
    '[data-testid="tweetTextarea_0"][contenteditable="true"]', // Draft.js (desktop)
    'textarea[data-testid="tweetTextarea_0"]', // mobile web
  ],
  heading: 'h2[role="heading"], [role="heading"][aria-level="2"]',
  button: 'button, [role="button"]',
} as const;

/** UI labels per language (PLATFORMS.md §1.4); text is compared case-insensitively. */
const LABELS = {
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
type Table = Record<string, readonly string[]>;

/** The prefix of `text` that is one of the table's labels (as the page spells it), if any. */
function labelAt(table: Table, text: string): string | undefined {
  const t = text.trim();
  const low = t.toLocaleLowerCase();
  for (const labels of Object.values(table)) for (const l of labels) if (low.startsWith(l.toLocaleLowerCase())) return t.slice(0, l.length);
  return undefined;
}
const isLabel = (table: Table, text: string) => Object.values(table).some((ls) => ls.some((l) => l.toLocaleLowerCase() === text.trim().toLocaleLowerCase()));

const statusId = (href: string | null | undefined): string | undefined => (href ? /\/status\/(\d+)/.exec(href)?.[1] : undefined);
const idOf = (tweet: Element): string | undefined => statusId(queryFirst(tweet, selectors.time)?.closest('a[href*="/status/"]')?.getAttribute('href'));

/** "@handle" from the header's profile links (`/handle`). */
function handleOf(tweet: Element): string {
  for (const a of queryAll(queryFirst(tweet, selectors.userName) ?? tweet, 'a[href]')) {
    const m = /^(?:https:\/\/(?:x|twitter)\.com)?\/([A-Za-z0-9_]{1,15})\/?$/.exec(a.getAttribute('href') ?? '');
    if (m) return `@${m[1]}`;
  }
  return '';
}

type Kind = { tweet: Element } | { tombstone: Element; text: string };

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

interface Place {
  /** Not a reply: the post, its thread, or a recommendation. */
  excluded: boolean;
  id?: string;
  kind?: Kind;
  depth: number;
  parentId?: string;
  threadId?: string;
}
const EXCLUDED: Place = { excluded: true, depth: 0 };

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

/** Exact like count from the aria-label ("2378 Likes. Like", "2378 polubień. Polub"); the visible "2.3K" otherwise. */
function likesOf(tweet: Element): number | undefined {
  const button = queryFirst(tweet, selectors.likes);
  if (!button) return undefined;
  const digits = /^\s*(\d[\d\s.,\u00a0\u202f]*)/.exec(button.getAttribute('aria-label') ?? '')?.[1]?.trim();
  if (digits && /^\d{1,3}(?:[\s.,\u00a0\u202f]\d{3})+$/.test(digits)) return Number(digits.replace(/\D/g, ''));
  return parseCount(digits) ?? parseCount(readText(button));
}

function readComment(el: Element, pageUrl: string): RawComment | null {
  const cell = el.closest(selectors.cell);
  if (!cell?.parentElement) return null;
  const cells = Array.from(cell.parentElement.children).filter((c) => c.matches(selectors.cell));
  const place = layout(cells, statusId(pageUrl)).get(cell);
  if (!place || place.excluded || !place.id || !place.kind) return null;
  const base = { platform: 'x' as const, id: place.id, depth: place.depth, parentId: place.parentId, threadId: place.threadId ?? place.id };
  if ('tombstone' in place.kind) return { ...base, author: '[deleted]', text: place.kind.text, deleted: true };
  const tweet = place.kind.tweet;
  const time = queryFirst(tweet, selectors.time);
  return {
    ...base,
    author: handleOf(tweet),
    text: readText(queryFirst(tweet, selectors.text)),
    publishedAt: time?.getAttribute('datetime') ?? undefined,
    permalink: absoluteUrl(time?.closest('a')?.getAttribute('href'), pageUrl),
    likes: likesOf(tweet),
  };
}

/** Posts and tombstones of cells at or inside `node` (or the one `node` sits in). */
function findComments(node: ParentNode): Element[] {
  const el = node as Element;
  let found: Element[] = typeof el.matches === 'function' && el.matches(selectors.article) ? [el] : Array.from(node.querySelectorAll(selectors.article));
  if (found.length === 0 && typeof el.closest === 'function') {
    const up = el.closest(selectors.article);
    if (up) found = [up];
  }
  return found.filter((a) => !!a.closest(selectors.cell) && !a.parentElement?.closest(selectors.article) && (a.matches(selectors.tweet) || !!labelAt(LABELS.unavailable, readText(a))));
}

/**
 * The reply field of this comment: only the modal composer X opens for it. It shows the post it
 * answers above "Replying to @handle": the field is this comment's when that post's status link
 * has this comment's id, or, without a link, when the line names this author and the shown text
 * is this comment's text. The inline composer under the post replies to the post, never returned.
 */
function findReplyField(el: Element): HTMLElement | null {
  const tweet = el.matches(selectors.tweet) ? el : queryFirst(el, selectors.tweet);
  if (!tweet) return null;
  const id = idOf(tweet);
  const handle = handleOf(tweet);
  const text = readText(queryFirst(tweet, selectors.text));
  for (const dialog of queryAll(el.ownerDocument, selectors.dialog)) {
    const field = queryFirst(dialog, selectors.replyField);
    if (!field) continue;
    const shownId = idOf(dialog);
    if (shownId) {
      if (shownId === id) return field;
      continue;
    }
    // The innermost element reading "Replying to @a @b" (not a container that also holds the draft).
    const lines = queryAll(dialog, 'div, span').map((n) => readText(n)).filter((t) => labelAt(LABELS.replyingTo, t));
    const line = lines.sort((a, b) => a.length - b.length)[0] ?? '';
    const names: string[] = line.match(/@[A-Za-z0-9_]{1,15}\b/g) ?? [];
    if (handle && names.includes(handle) && text !== '' && readText(queryFirst(dialog, selectors.text)) === text) return field;
  }
  return null;
}

/** "Show more replies" cells, and the "Show" of hidden-replies placeholders; never a post's own buttons. */
function findLoadMore(root: ParentNode): Element[] {
  const found = queryAll(root, selectors.button).filter((b) => {
    if (b.closest(selectors.tweet)) return false;
    const t = readText(b);
    return !!labelAt(LABELS.loadMore, t) || (isLabel(LABELS.show, t) && !!b.closest(selectors.article));
  });
  return found.filter((b) => !found.some((o) => o !== b && o.contains(b)));
}

export const x = {
  id: 'x',
  label: 'X',
  matches: ['https://x.com/*', 'https://twitter.com/*'],
  testUrls: ['https://x.com/jack/status/20', 'https://twitter.com/jack/status/20'],
  selectors,
  health: { root: 'root', comment: 'tweet' },
  // A post's page, also with its photo or video open; not /quotes, /retweets, /likes.
  isCommentPage: (url) => /^\/(?:[A-Za-z0-9_]{1,15}|i\/web)\/status\/\d+(?:\/(?:photo|video)\/\d+)?\/?$/.test(url.pathname),
  findRoots: (doc) => queryAll(doc, selectors.root).slice(0, 1),
  findComments,
  readComment,
  badgeAnchor: (el) => queryFirst(el, selectors.userName),
  findReplyField,
  findReplyButton: (el) => queryFirst(el, selectors.replyButton),
  findLoadMore,
} satisfies PlatformAdapter;

/* Test URLs
 * https://x.com/jack/status/20        a post with many replies: chains, "Show more replies", "Discover more"
 * https://twitter.com/jack/status/20  the same on the old domain (redirects to x.com)
 */
