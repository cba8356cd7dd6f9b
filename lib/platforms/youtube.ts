/**
 * YouTube watch pages and Shorts. Ids repeat in every comment, so selectors use [id="…"]. Comments are `ytd-comment-view-model` (mid-2024 markup) with
 * `ytd-comment-renderer` as the older fallback, one `ytd-comment-thread-renderer` per top-level
 * comment with its replies one level deep. Ids come from the `lc=` parameter of the time link,
 * found by its id or, in older markup, its class.
 */
import type { PlatformAdapter, RawComment } from './types';
import { absoluteUrl, hashId, parseCount, queryAll, queryFirst, readText } from './dom';
import { platformInfo } from './registry';

const selectors = {
  root: [
    'ytd-comments[id="comments"] ytd-item-section-renderer[id="sections"] > [id="contents"]', // watch page
    'ytd-engagement-panel-section-list-renderer[target-id*="comment"] [id="contents"]', // Shorts / side panel
  ],
  thread: 'ytd-comment-thread-renderer',
  comment: ['ytd-comment-view-model', 'ytd-comment-renderer'], // view-model since 2024; renderer before
  text: '[id="content-text"]',
  author: '[id="author-text"]',
  // The time link by id (2024 markup) or by class (2022: yt-formatted-string.published-time-text).
  time: ['[id="published-time-text"] a', '.published-time-text a[href*="lc="]', '.published-time-text a'],
  likes: '[id="vote-count-middle"]',
  replyButton: ['[id="reply-button-end"] button', '[id="reply-button-end"]'], // the button; its wrapper in older markup
  replyField: '[id="contenteditable-root"][contenteditable="true"]',
  loadMore: 'ytd-continuation-item-renderer, [id="more-replies"] button',
} as const;

const COMMENT = selectors.comment.join(', ');

function commentId(el: Element, href: string | undefined): string {
  const lc = href ? new URL(href, 'https://www.youtube.com').searchParams.get('lc') : null;
  return lc ?? hashId(readText(queryFirst(el, selectors.author)), readText(queryFirst(el, selectors.text)));
}

function readComment(el: Element, pageUrl: string): RawComment | null {
  const body = queryFirst(el, selectors.text);
  if (!body) return null;
  const timeLink = queryFirst(el, selectors.time);
  const href = timeLink?.getAttribute('href') ?? undefined;
  const id = commentId(el, href);
  const thread = el.closest(selectors.thread);
  const topComment = thread
    ? queryFirst(thread, ':scope > ytd-comment-view-model, :scope > ytd-comment-renderer')
    : null;
  const isReply = !!el.closest('ytd-comment-replies-renderer');
  const parentId =
    isReply && topComment
      ? commentId(topComment, queryFirst(topComment, selectors.time)?.getAttribute('href') ?? undefined)
      : undefined;
  return {
    platform: 'youtube',
    id,
    author: readText(queryFirst(el, selectors.author)).replace(/^@/, '@'),
    text: readText(body),
    relativeTime: timeLink ? readText(timeLink).replace(/\s*\((edited|edytowano|edytowany)\)$/i, '') : undefined,
    permalink: absoluteUrl(href, pageUrl),
    parentId,
    depth: isReply ? 1 : 0,
    likes: parseCount(queryFirst(el, selectors.likes)?.textContent),
    threadId: parentId ?? id,
  };
}

export const youtube = {
  id: 'youtube',
  label: platformInfo('youtube').label,
  matches: [...platformInfo('youtube').hosts],
  testUrls: ['https://www.youtube.com/watch?v=dQw4w9WgXcQ', 'https://www.youtube.com/shorts/aqz-KE-bpKQ'],
  selectors,
  isCommentPage: (url) => url.pathname === '/watch' || url.pathname.startsWith('/shorts/'),
  findRoots: (doc) => queryAll(doc, selectors.root).slice(0, 1),
  findComments: (node) => {
    const el = node as Element;
    const all =
      typeof el.matches === 'function' && el.matches(COMMENT) ? [el] : Array.from(node.querySelectorAll(COMMENT));
    // ytd-comment-view-model may contain a legacy renderer during the migration: keep the outer one.
    return all.filter((c) => !c.parentElement?.closest(COMMENT));
  },
  readComment,
  badgeAnchor: (el) => queryFirst(el, '[id="header-author"]') ?? queryFirst(el, selectors.author),
  // The inline reply box opens inside this comment's own reply dialog (scoped: never the top-level box).
  findReplyField: (el) => queryFirst(el, `[id="reply-dialog"] ${selectors.replyField}`),
  findReplyButton: (el) => queryFirst(el, selectors.replyButton),
  findLoadMore: (root) => queryAll(root, selectors.loadMore),
} satisfies PlatformAdapter;

/* Test URLs
 * https://www.youtube.com/watch?v=dQw4w9WgXcQ  watch page: threads, "N replies", continuation
 * https://www.youtube.com/shorts/aqz-KE-bpKQ   Shorts: comments in the engagement panel
 */
