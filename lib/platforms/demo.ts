/**
 * The bundled demo page (`demo.html`, an extension page): a social post with comments in Polish
 * and English. Plain semantic markup, so it doubles as the reference adapter.
 */
import type { PlatformAdapter, RawComment } from './types';
import { absoluteUrl, parseCount, queryAll, queryAllIncludingSelf, queryFirst, readText } from './dom';
import { platformInfo } from './registry';

const selectors = {
  root: '#comments',
  comment: 'article.comment[data-comment-id]',
  author: ':scope > header .author',
  text: ':scope > .body',
  time: ':scope > header time',
  likes: ':scope > footer .likes',
  replyButton: ':scope > footer button.reply',
  replyField: ':scope > .reply-box:not([hidden]) textarea', // a closed box is not a field: Reply opens it
  loadMore: 'button.load-more',
} as const;

function readComment(el: Element, pageUrl: string): RawComment | null {
  const id = el.getAttribute('data-comment-id');
  if (!id) return null;
  const parent = el.parentElement?.closest(selectors.comment);
  let top: Element = el;
  for (let p = parent; p; p = p.parentElement?.closest(selectors.comment) ?? null) top = p;
  let depth = 0;
  for (let p = parent; p; p = p.parentElement?.closest(selectors.comment) ?? null) depth++;
  const time = queryFirst(el, selectors.time);
  return {
    platform: 'demo',
    id,
    author: readText(queryFirst(el, selectors.author)),
    text: readText(queryFirst(el, selectors.text)),
    publishedAt: time?.getAttribute('datetime') ?? undefined,
    relativeTime: time?.textContent?.trim() || undefined,
    permalink: absoluteUrl(`#${id}`, pageUrl),
    parentId: parent?.getAttribute('data-comment-id') ?? undefined,
    depth,
    likes: parseCount(queryFirst(el, selectors.likes)?.textContent),
    threadId: top.getAttribute('data-comment-id') ?? id,
  };
}

export const demo = {
  id: 'demo',
  label: platformInfo('demo').label,
  matches: [...platformInfo('demo').hosts],
  testUrls: [],
  selectors,
  isCommentPage: (url) => url.pathname.endsWith('/demo.html'),
  findRoots: (doc) => queryAll(doc, selectors.root),
  findComments: (node) => queryAllIncludingSelf(node, selectors.comment),
  readComment,
  badgeAnchor: (el) => queryFirst(el, selectors.author),
  findReplyField: (el) => queryFirst<HTMLTextAreaElement>(el, selectors.replyField),
  findReplyButton: (el) => queryFirst(el, selectors.replyButton),
  findLoadMore: (root) => queryAll(root, selectors.loadMore),
} satisfies PlatformAdapter;
