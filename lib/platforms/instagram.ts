/**
 * Instagram post and reel comments, on the post's page and in the modal over the feed
 * (docs/PLATFORMS.md, Instagram). Markup is atomic classes and positional lists, so a comment is found by
 * what it must contain: a time link to `/p/<code>/c/<commentId>/` (or `/reel/…/c/…`). The row
 * holding that link (a `li`, or a `div` directly in the comment `ul`) is the comment; the post's
 * caption links to the post itself, not to a `/c/` comment, and is left out by that rule.
 * Replies sit in a nested `ul` of the parent's row after "View replies (N)".
 */
import type { PlatformAdapter, RawComment } from './types';
import { absoluteUrl, hashId, parseCount, queryAll, queryFirst, readText } from './dom';

const selectors = {
  root: [
    'div[role="dialog"] article', // the modal over the feed
    'main[role="main"] article', // the post's own page
    'main[role="main"]', // reels and newer post pages without an article
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
const anyOf = (table: Record<string, RegExp>, s: string) => Object.values(table).some((re) => re.test(s.trim()));

const commentIdOf = (href: string | null | undefined) => (href ? /\/c\/(\d+)/.exec(href)?.[1] : undefined);

/** The comment row of a time link: its `li`, or the `div` child of the comment list holding it. */
function rowOf(time: Element): Element | null {
  for (let p = time.parentElement; p; p = p.parentElement) {
    if (p.tagName === 'LI') return p;
    if (p.parentElement?.tagName === 'UL') return p;
  }
  return null;
}

const isRow = (el: Element) => queryAll(el, selectors.commentTime).some((t) => rowOf(t) === el);

/** The row's own time link (not one of its replies'). */
function ownTime(el: Element): Element | null {
  return queryAll(el, selectors.commentTime).find((t) => rowOf(t) === el) ?? null;
}

/** Inside `el` and not inside one of its replies' rows. */
const ownNodes = (el: Element, selector: string): HTMLElement[] =>
  queryAll<HTMLElement>(el, selector).filter((n) => {
    for (let p: Element | null = n.parentElement; p && p !== el; p = p.parentElement) if ((p.tagName === 'LI' || p.parentElement?.tagName === 'UL') && isRow(p)) return false;
    return true;
  });

function parentRow(el: Element): Element | null {
  for (let p = el.parentElement; p; p = p.parentElement) if ((p.tagName === 'LI' || p.parentElement?.tagName === 'UL') && isRow(p)) return p;
  return null;
}

function authorOf(el: Element): string {
  const link = ownNodes(el, selectors.author).find((a) => !a.querySelector('time, img') && readText(a) !== '' && /^\/[\w.]+\/?$/.test(a.getAttribute('href') ?? ''));
  return link ? readText(link) : '';
}

function idOf(el: Element): string {
  return commentIdOf(ownTime(el)?.closest('a')?.getAttribute('href')) ?? `c${hashId(authorOf(el), readText(el).slice(0, 200))}`;
}

function textOf(el: Element): string {
  const spans = ownNodes(el, selectors.text).filter((s) => !s.closest('a') && !s.closest(selectors.button) && !s.parentElement?.closest('span[dir="auto"]'));
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
  const likeText = ownNodes(el, selectors.button).map((b) => readText(b)).find((t) => anyOf(LABELS.likes, t));
  const likeCount = likeText ? Object.values(LABELS.likes).map((re) => re.exec(likeText)?.[1]).find(Boolean) : undefined;
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
  label: 'Instagram',
  matches: ['https://www.instagram.com/*'],
  testUrls: ['https://www.instagram.com/p/C0zefirAbc1/', 'https://www.instagram.com/reel/C0zefirAbc2/'],
  selectors,
  // Comment rows are found through their time links.
  health: { root: 'root', comment: 'commentTime' },
  isCommentPage: (url) => /^\/(p|reel|reels|tv)\/[\w-]+/.test(url.pathname) || /^\/[\w.]+\/(p|reel)\/[\w-]+/.test(url.pathname),
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
    if (typeof el.matches === 'function' && (el.tagName === 'LI' || el.parentElement?.tagName === 'UL') && isRow(el)) rows.unshift(el);
    return [...new Set(rows)];
  },
  readComment,
  badgeAnchor: (el) => ownNodes(el, selectors.author).find((a) => readText(a) !== '' && !a.querySelector('time, img')) ?? null,
  findReplyField,
  findReplyButton: (el) => ownNodes(el, selectors.button).find((b) => anyOf(LABELS.reply, readText(b))) ?? null,
  findLoadMore: (root) =>
    queryAll(root, selectors.button).filter((b) => anyOf(LABELS.loadMore, readText(b)) || anyOf(LABELS.loadMore, queryFirst(b, 'svg[aria-label]')?.getAttribute('aria-label') ?? '')),
} satisfies PlatformAdapter;

/* Test URLs
 * https://www.instagram.com/p/<code>/     post page: comments, "View replies (N)", load more
 * https://www.instagram.com/reel/<code>/  reel: the same list beside the video
 */
