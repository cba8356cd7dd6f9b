/**
 * X (x.com, twitter.com): the replies on a post's page (docs/PLATFORMS.md, X). The conversation is a
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
 * Separators, composers, buttons and headings end a chain. The layout lives in ./x-thread.ts.
 */
import type { PlatformAdapter, RawComment } from './types';
import { absoluteUrl, parseCount, queryAll, queryFirst, readText } from './dom';
import { LABELS, isLabel, labelAt, statusId, threadReader } from './x-thread';
import { platformInfo } from './registry';

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
  heading: 'h2[role="heading"]', // CPFT TIMELINE_HEADING
  button: 'button, [role="button"]',
} as const;

// Which cell is the post, its thread, a reply (and to what), from the cells' order.
const { idOf, handleOf, placeOf } = threadReader(selectors);

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
  const place = placeOf(cell, cells, statusId(pageUrl));
  if (!place || place.excluded || !place.id || !place.kind) return null;
  const base = {
    platform: 'x' as const,
    id: place.id,
    depth: place.depth,
    parentId: place.parentId,
    threadId: place.threadId ?? place.id,
  };
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
  let found: Element[] =
    typeof el.matches === 'function' && el.matches(selectors.article)
      ? [el]
      : Array.from(node.querySelectorAll(selectors.article));
  if (found.length === 0 && typeof el.closest === 'function') {
    const up = el.closest(selectors.article);
    if (up) found = [up];
  }
  return found.filter(
    (a) =>
      !!a.closest(selectors.cell) &&
      !a.parentElement?.closest(selectors.article) &&
      (a.matches(selectors.tweet) || !!labelAt(LABELS.unavailable, readText(a))),
  );
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
    const lines = queryAll(dialog, 'div, span')
      .map((n) => readText(n))
      .filter((t) => labelAt(LABELS.replyingTo, t));
    const line = lines.sort((a, b) => a.length - b.length)[0] ?? '';
    const names: string[] = line.match(/@[A-Za-z0-9_]{1,15}\b/g) ?? [];
    if (handle && names.includes(handle) && text !== '' && readText(queryFirst(dialog, selectors.text)) === text)
      return field;
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
  label: platformInfo('x').label,
  matches: [...platformInfo('x').hosts],
  testUrls: ['https://x.com/jack/status/20', 'https://twitter.com/jack/status/20'],
  selectors,
  health: { root: 'root', comment: 'tweet' },
  // A post's page, also with its photo or video open; not /quotes, /retweets, /likes.
  isCommentPage: (url) =>
    /^\/(?:[A-Za-z0-9_]{1,15}|i\/web)\/status\/\d+(?:\/(?:photo|video)\/\d+)?\/?$/.test(url.pathname),
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
