/**
 * X (x.com, twitter.com): replies on a post's page (PLATFORMS.md §3.4). The conversation is a
 * virtualised list of `cellInnerDiv` cells that X recycles while scrolling, so everything is read
 * from the cell's current content (the id from its status link) and never from the node: a
 * recycled cell reads as the post it shows now. The post itself and the posts above it (the
 * thread it answers) are not comments; neither is anything after the "Discover more" heading.
 *
 * Nesting follows the list's order (as X draws it): consecutive post cells without a separator
 * cell between them form one reply chain; the first is a direct reply to the post (depth 0), each
 * next one answers the one above it (depth 1, 2, …) in the chain that the first one starts.
 */
import type { PlatformAdapter, RawComment } from './types';
import { absoluteUrl, hashId, parseCount, queryAll, queryFirst, readText } from './dom';

const selectors = {
  root: [
    'div[data-testid="primaryColumn"] section[role="region"]', // the conversation timeline
    'div[data-testid="primaryColumn"]', // the column, when the section has no role
  ],
  cell: '[data-testid="cellInnerDiv"]',
  comment: 'article[data-testid="tweet"]',
  text: '[data-testid="tweetText"]',
  userName: '[data-testid="User-Name"]',
  statusLink: 'a[href*="/status/"]:has(> time)',
  time: 'time[datetime]',
  likes: ['[data-testid="like"]', '[data-testid="unlike"]'], // "unlike" when the agent liked it
  replyButton: '[data-testid="reply"]',
  // Replying to one reply happens in the modal composer that X opens for it.
  dialog: '[role="dialog"]',
  replyField: '[data-testid="tweetTextarea_0"][contenteditable="true"], textarea[data-testid="tweetTextarea_0"]', // Draft.js; textarea on mobile web
  heading: 'h2, [role="heading"]',
} as const;

/** Labels per UI language (PLATFORMS.md §1.4): never one string. */
const LABELS = {
  loadMore: {
    en: /^(Show (more )?replies|Show additional replies|Show probable spam|Show)$/i,
    pl: /^(Pokaż (więcej )?odpowiedzi|Pokaż dodatkowe odpowiedzi|Pokaż prawdopodobny spam|Pokaż)$/i,
  },
  discoverMore: { en: /^(Discover more|More posts)$/i, pl: /^(Odkryj więcej|Więcej postów)$/i },
  unavailable: {
    en: /^(This post is unavailable|This post was deleted by the post author|This post is from an account that no longer exists)\.?/i,
    pl: /^(Ten post jest niedostępny|Ten post został usunięty przez autora|Ten post pochodzi z konta, które już nie istnieje)\.?/i,
  },
  replyingTo: { en: /^Replying to\b/i, pl: /^W odpowiedzi (do|na)\b/i },
} as const;
const anyOf = (table: Record<string, RegExp>, s: string) => Object.values(table).some((re) => re.test(s.trim()));

const statusId = (href: string | null | undefined): string | undefined => (href ? /\/status\/(\d+)/.exec(href)?.[1] : undefined);
const pageStatusId = (pageUrl: string): string | undefined => statusId(pageUrl);

const cellOf = (el: Element): Element | null => el.closest(selectors.cell);

/** A cell's post, or its "unavailable" tombstone text; null for separators, headings and buttons. */
function cellKind(cell: Element): { article: Element } | { tombstone: string } | null {
  const article = queryFirst(cell, selectors.comment);
  if (article) return { article };
  const text = readText(cell).trim();
  for (const re of Object.values(LABELS.unavailable)) {
    const m = re.exec(text);
    if (m) return { tombstone: m[0] };
  }
  return null;
}

function idOf(article: Element): string | undefined {
  return statusId(queryFirst(article, selectors.time)?.closest('a')?.getAttribute('href'));
}

/** The id of a cell as a comment: its post's status id, or a hash for a tombstone. */
function cellId(cell: Element): string | undefined {
  const kind = cellKind(cell);
  if (!kind) return undefined;
  if ('article' in kind) return idOf(kind.article);
  // A tombstone has no id of its own: its place after the previous post identifies it.
  const prev = previousCells(cell).find((c) => cellKind(c) && 'article' in cellKind(c)!);
  return `gone-${hashId(kind.tombstone, prev ? (cellId(prev) ?? '') : '')}`;
}

/** The cells above this one in the list, nearest first (cells are siblings in X's list). */
function previousCells(cell: Element): Element[] {
  const out: Element[] = [];
  for (let p = cell.previousElementSibling; p; p = p.previousElementSibling) if (p.matches(selectors.cell)) out.push(p);
  return out;
}

interface Position {
  /** Not a reply: the post, the thread above it, or a recommendation after "Discover more". */
  excluded: boolean;
  depth: number;
  parentId?: string;
  threadId?: string;
}

/** Where a cell sits in the conversation, from the cells above it. */
function position(cell: Element, pageUrl: string): Position {
  const main = pageStatusId(pageUrl);
  const own = cellId(cell);
  if (own && own === main) return { excluded: true, depth: 0 };
  const chain: string[] = [];
  for (const prev of previousCells(cell)) {
    const heading = queryFirst(prev, selectors.heading);
    if (heading && anyOf(LABELS.discoverMore, readText(heading))) return { excluded: true, depth: 0 };
    const kind = cellKind(prev);
    const id = kind ? cellId(prev) : undefined;
    if (id && id === main) {
      // The chain started right under the post.
      return chain.length === 0 ? { excluded: false, depth: 0, parentId: main, threadId: own } : { excluded: false, depth: chain.length, parentId: chain[0], threadId: chain.at(-1) };
    }
    if (!kind || !id) {
      if (chain.length === 0) return { excluded: false, depth: 0, parentId: main, threadId: own };
      return { excluded: false, depth: chain.length, parentId: chain[0], threadId: chain.at(-1) };
    }
    chain.push(id);
  }
  // No post above: the cells precede the post (its thread) when the post is further down the list.
  const mainBelow = main !== undefined && followingHas(cell, main);
  if (mainBelow) return { excluded: true, depth: 0 };
  return chain.length === 0 ? { excluded: false, depth: 0, parentId: main, threadId: own } : { excluded: false, depth: chain.length, parentId: chain[0], threadId: chain.at(-1) };
}

function followingHas(cell: Element, id: string): boolean {
  for (let n = cell.nextElementSibling; n; n = n.nextElementSibling) if (n.matches(selectors.cell) && cellId(n) === id) return true;
  return false;
}

function handleOf(article: Element): string {
  const links = queryAll<HTMLAnchorElement>(queryFirst(article, selectors.userName) ?? article, 'a[href^="/"]');
  for (const a of links) {
    const m = /^\/([A-Za-z0-9_]{1,15})$/.exec(a.getAttribute('href') ?? '');
    if (m) return `@${m[1]}`;
  }
  return '';
}

function readComment(el: Element, pageUrl: string): RawComment | null {
  const cell = cellOf(el) ?? el;
  const kind = cellKind(cell);
  if (!kind) return null;
  const id = cellId(cell);
  if (!id) return null;
  const pos = position(cell, pageUrl);
  if (pos.excluded) return null;
  const base = { platform: 'x' as const, id, depth: pos.depth, parentId: pos.parentId, threadId: pos.threadId ?? id };
  if ('tombstone' in kind) return { ...base, author: '[deleted]', text: kind.tombstone, deleted: true };
  const article = kind.article;
  const time = queryFirst(article, selectors.time);
  const likes = queryFirst(article, selectors.likes);
  return {
    ...base,
    author: handleOf(article),
    text: readText(queryFirst(article, selectors.text)),
    publishedAt: time?.getAttribute('datetime') ?? undefined,
    permalink: absoluteUrl(time?.closest('a')?.getAttribute('href'), pageUrl),
    likes: parseCount(/^[\d.,\s]+[KkMm]?/.exec(likes?.getAttribute('aria-label') ?? '')?.[0] ?? likes?.textContent),
  };
}

/** The modal composer replying to this post's author, when open; never the inline reply to the post. */
function findReplyField(el: Element): HTMLElement | null {
  const article = el.matches(selectors.comment) ? el : queryFirst(el, selectors.comment);
  if (!article) return null;
  const handle = handleOf(article);
  const id = idOf(article);
  for (const dialog of queryAll(el.ownerDocument, selectors.dialog)) {
    const field = queryFirst(dialog, selectors.replyField);
    if (!field) continue;
    // The dialog quotes the post it answers (its status link) and says "Replying to @handle".
    const quotes = id !== undefined && queryAll(dialog, 'a[href*="/status/"]').some((a) => statusId(a.getAttribute('href')) === id);
    const names = queryAll(dialog, 'div, span').some((n) => anyOf(LABELS.replyingTo, readText(n)) && readText(n).includes(handle));
    if (handle && (quotes || names)) return field;
  }
  return null;
}

export const x = {
  id: 'x',
  label: 'X',
  matches: ['https://x.com/*', 'https://twitter.com/*'],
  testUrls: ['https://x.com/XDevelopers/status/1228393702244134912', 'https://twitter.com/XDevelopers/status/1228393702244134912'],
  selectors,
  isCommentPage: (url) => /^\/[A-Za-z0-9_]{1,15}\/status\/\d+/.test(url.pathname),
  findRoots: (doc) => queryAll(doc, selectors.root).slice(0, 1),
  // Cells, not articles: a tombstone has no article, and a recycled cell is re-read as a whole.
  findComments: (node) => {
    const el = node as Element;
    const cells = typeof el.matches === 'function' && el.matches(selectors.cell) ? [el] : Array.from(node.querySelectorAll(selectors.cell));
    if (cells.length === 0 && typeof el.closest === 'function') {
      const up = el.closest(selectors.cell);
      if (up) cells.push(up);
    }
    return cells.filter((c) => cellKind(c) !== null);
  },
  readComment,
  badgeAnchor: (el) => queryFirst(el, selectors.userName),
  findReplyField,
  findReplyButton: (el) => queryFirst(el, selectors.replyButton),
  findLoadMore: (root) => queryAll(root, 'button, [role="button"]').filter((b) => anyOf(LABELS.loadMore, readText(b))),
} satisfies PlatformAdapter;

/* Test URLs
 * https://x.com/XDevelopers/status/1228393702244134912  a post with replies, chains and "Show more replies"
 */
