/**
 * Instagram post and reel comments, on the post's page and in the modal over the feed
 * (docs/PLATFORMS.md, Instagram). Markup is atomic classes and positional lists, so a comment is found by
 * what it must contain: a time link to `/p/<code>/c/<commentId>/` (or `/reel/…/c/…`). The row
 * holding that link (a `li`, or a `div` directly in the comment `ul`) is the comment; the post's
 * caption links to the post itself, not to a `/c/` comment, and is left out by that rule.
 * Replies sit in a nested `ul` of the parent's row after "View replies (N)".
 *
 * Newer pages (2025) have no `ul`/`li` at all: nested `div`s only. There the row is the largest
 * element around the time link holding no other comment's time link, and a reply's parent is the
 * nearest earlier row that sits less deep in the page.
 */
import type { PlatformAdapter, RawComment } from './types';
import { absoluteUrl, hashId, matchesLabel, parseCount, queryAll, queryFirst, readText } from './dom';
import { platformInfo } from './registry';

const selectors = {
  root: [
    'div[role="dialog"] article', // the modal over the feed
    'main[role="main"] article', // the post's own page
    'main[role="main"]', // reels and newer post pages without an article
    'main', // any main area
    'body', // 2025 pages whose comment panel sits outside main
  ],
  commentTime: 'a[href*="/c/"] time[datetime]',
  author: 'a[href^="/"]',
  text: 'span[dir="auto"]',
  button: 'button, div[role="button"], span[role="button"]',
  replyField: 'form textarea',
} as const;

const LABELS = {
  likes: { en: /^([\d.,]+\s?[KkMm]?) likes?$/i, pl: /^([\d.,\s]+(?:tys\.|mln)?) (polubień|polubienia|polubienie)$/i },
  reply: { en: /^Reply$/i, pl: /^Odpowiedz$/i },
  loadMore: {
    en: /^(View replies \(\d+\)|View all \d+ replies|View \d+ more repl(y|ies)|Load more comments|View hidden comments|View more comments)$/i,
    pl: /^(Wyświetl odpowiedzi \(\d+\)|Wyświetl wszystkie odpowiedzi \(\d+\)|Wyświetl \d+ odpowiedzi|Załaduj więcej komentarzy|Wyświetl ukryte komentarze|Wyświetl więcej komentarzy)$/i,
  },
  deleted: { en: /^This comment (has been|was) deleted\.?$/i, pl: /^Ten komentarz został usunięty\.?$/i },
} as const;
const anyOf = matchesLabel;

const commentIdOf = (href: string | null | undefined) => (href ? /\/c\/(\d+)/.exec(href)?.[1] : undefined);

/**
 * The comment row of a time link: its `li`, or the `div` child of the comment list holding it;
 * without lists, the largest element around it that holds no other comment time link.
 */
function rowOf(time: Element): Element | null {
  for (let p = time.parentElement; p; p = p.parentElement) {
    if (p.tagName === 'LI') return p;
    if (p.parentElement?.tagName === 'UL') return p;
  }
  let row: Element | null = null;
  for (let p = time.parentElement; p && p.tagName !== 'BODY'; p = p.parentElement) {
    if (p.querySelectorAll(selectors.commentTime).length > 1) break;
    row = p;
  }
  return row;
}

/** Is this a row found without lists (2025 markup)? */
const isDivRow = (el: Element) => !el.closest('ul, li');

function domDepth(el: Element): number {
  let d = 0;
  for (let p = el.parentElement; p; p = p.parentElement) d++;
  return d;
}

const isRow = (el: Element) => queryAll(el, selectors.commentTime).some((t) => rowOf(t) === el);

/** The row's own time link (not one of its replies'). */
function ownTime(el: Element): Element | null {
  return queryAll(el, selectors.commentTime).find((t) => rowOf(t) === el) ?? null;
}

/** Could `p` be a comment row (cheap checks before `isRow`)? */
const mayBeRow = (p: Element) =>
  p.tagName === 'LI' ||
  p.parentElement?.tagName === 'UL' ||
  (isDivRow(p) && p.querySelector(selectors.commentTime) !== null);

/** Inside `el` and not inside one of its replies' rows. */
const ownNodes = (el: Element, selector: string): HTMLElement[] =>
  queryAll<HTMLElement>(el, selector).filter((n) => {
    for (let p: Element | null = n.parentElement; p && p !== el; p = p.parentElement)
      if (mayBeRow(p) && isRow(p)) return false;
    return true;
  });

function parentRow(el: Element): Element | null {
  if (isDivRow(el)) {
    // Rows without lists: a reply is not inside its parent's row but beside it, deeper.
    const depth = domDepth(el);
    const rows = queryAll(el.ownerDocument, selectors.commentTime)
      .map(rowOf)
      .filter((r): r is Element => r !== null);
    for (let a = el.parentElement; a && a.tagName !== 'BODY'; a = a.parentElement) {
      const before = rows.filter(
        (r) => r !== el && a.contains(r) && (r.compareDocumentPosition(el) & 4) !== 0 && domDepth(r) < depth,
      );
      if (before.length > 0) return before[before.length - 1]!;
    }
    return null;
  }
  for (let p = el.parentElement; p; p = p.parentElement)
    if ((p.tagName === 'LI' || p.parentElement?.tagName === 'UL') && isRow(p)) return p;
  return null;
}

function authorOf(el: Element): string {
  const link = ownNodes(el, selectors.author).find(
    (a) => !a.querySelector('time, img') && readText(a) !== '' && /^\/[\w.]+\/?$/.test(a.getAttribute('href') ?? ''),
  );
  return link ? readText(link) : '';
}

function idOf(el: Element): string {
  return (
    commentIdOf(ownTime(el)?.closest('a')?.getAttribute('href')) ??
    `c${hashId(authorOf(el), readText(el).slice(0, 200))}`
  );
}

function textOf(el: Element): string {
  const time = ownTime(el);
  // Not the author's or the time's wrapper (newer rows wrap both in span[dir=auto] too).
  const author = ownNodes(el, selectors.author).find(
    (a) => !a.querySelector('time, img') && readText(a) !== '' && /^\/[\w.]+\/?$/.test(a.getAttribute('href') ?? ''),
  );
  const spans = ownNodes(el, selectors.text).filter(
    (s) =>
      !s.closest('a') &&
      !s.closest(selectors.button) &&
      !s.parentElement?.closest('span[dir="auto"]') &&
      !(author && s.contains(author)) &&
      !(time && s.contains(time)),
  );
  return spans.map((s) => readText(s)).find((t) => t !== '') ?? '';
}

function readComment(el: Element, pageUrl: string): RawComment | null {
  const time = ownTime(el);
  if (!time) return null;
  const id = idOf(el);
  const parent = parentRow(el);
  let top = el;
  for (let p = parent; p; p = parentRow(p)) top = p;
  const parentId = parent ? idOf(parent) : undefined;
  const text = textOf(el);
  const likeText = ownNodes(el, selectors.button)
    .map((b) => readText(b))
    .find((t) => anyOf(LABELS.likes, t));
  const likeCount = likeText
    ? Object.values(LABELS.likes)
        .map((re) => re.exec(likeText)?.[1])
        .find(Boolean)
    : undefined;
  return {
    platform: 'instagram',
    id,
    author: authorOf(el),
    text,
    publishedAt: time.getAttribute('datetime') ?? undefined,
    permalink: absoluteUrl(time.closest('a')?.getAttribute('href'), pageUrl),
    parentId,
    depth: parent ? 1 : 0,
    likes: parseCount(likeCount),
    threadId: top === el ? id : idOf(top),
    deleted: anyOf(LABELS.deleted, text) || undefined,
  };
}

/** The post's comment box, once Reply has prefilled it with "@<this comment's author> ". */
function findReplyField(el: Element): HTMLElement | null {
  const author = authorOf(el);
  if (!author) return null;
  const scope = el.closest('div[role="dialog"]') ?? el.closest('article') ?? el.closest('main') ?? el.ownerDocument;
  const field = queryFirst<HTMLTextAreaElement>(scope, selectors.replyField);
  return field && field.value.trim().startsWith(`@${author}`) ? field : null;
}

export const instagram = {
  id: 'instagram',
  label: platformInfo('instagram').label,
  matches: [...platformInfo('instagram').hosts],
  testUrls: ['https://www.instagram.com/p/C0zefirAbc1/', 'https://www.instagram.com/reel/C0zefirAbc2/'],
  selectors,
  // Comment rows are found through their time links.
  health: { root: 'root', comment: 'commentTime' },
  isCommentPage: (url) =>
    /^\/(p|reel|reels|tv)\/[\w-]+/.test(url.pathname) || /^\/[\w.]+\/(p|reel)\/[\w-]+/.test(url.pathname),
  findRoots: (doc) => {
    for (const sel of selectors.root) {
      const found = queryAll(doc, sel).filter((r) => queryFirst(r, selectors.commentTime));
      if (found.length > 0) return found.slice(0, 1);
    }
    return [];
  },
  findComments: (node) => {
    const rows = queryAll(node, selectors.commentTime)
      .map(rowOf)
      .filter((r): r is Element => r !== null);
    const el = node as Element;
    if (typeof el.matches === 'function' && mayBeRow(el) && isRow(el)) rows.unshift(el);
    return [...new Set(rows)];
  },
  readComment,
  badgeAnchor: (el) =>
    ownNodes(el, selectors.author).find((a) => readText(a) !== '' && !a.querySelector('time, img')) ?? null,
  findReplyField,
  findReplyButton: (el) => ownNodes(el, selectors.button).find((b) => anyOf(LABELS.reply, readText(b))) ?? null,
  findLoadMore: (root) =>
    queryAll(root, selectors.button).filter(
      (b) =>
        anyOf(LABELS.loadMore, readText(b)) ||
        anyOf(LABELS.loadMore, queryFirst(b, 'svg[aria-label]')?.getAttribute('aria-label') ?? ''),
    ),
} satisfies PlatformAdapter;

/* Test URLs
 * https://www.instagram.com/p/<code>/     post page: comments, "View replies (N)", load more
 * https://www.instagram.com/reel/<code>/  reel: the same list beside the video
 */
