/**
 * New Reddit (shreddit web components). Comment data lives in attributes of `shreddit-comment`,
 * readable without entering shadow roots; the body is the light-DOM `[slot="comment"]`.
 *
 * As served, a post page often holds no comments at all: the tree is a `faceplate-partial`
 * (`/svc/shreddit/comments/…`) that the page fetches after load and replaces with the tree. Until
 * then the page is "comments not loaded yet"; the tree is read when it lands.
 */
import type { PlatformAdapter, RawComment } from './types';
import { absoluteUrl, queryAll, queryAllIncludingSelf, queryFirst, readText } from './dom';
import { platformInfo } from './registry';

const selectors = {
  root: 'shreddit-comment-tree',
  comment: 'shreddit-comment[thingid]',
  text: [
    ':scope > [slot="comment"]', // current markup: a div.md in the comment slot
    ':scope > div[id$="-post-rtjson-content"]', // body by id
  ],
  // The composer a comment's Reply opens inside its own action row (light DOM).
  replyField: [
    ':scope > shreddit-comment-action-row [bundlename="comment_composer"] shreddit-composer div[contenteditable="true"]', // rich text (Lexical)
    ':scope > shreddit-comment-action-row shreddit-composer textarea', // markdown mode
  ],
  replyButton: ':scope > shreddit-comment-action-row [slot="comment-reply"]',
  loadMore: 'faceplate-partial[src*="/more-comments/"], #top-level-more-comments-partial',
  // The whole comment tree, still to be fetched by the page.
  pendingTree: 'faceplate-partial[src*="/svc/shreddit/comments/"]',
} as const;

function readComment(el: Element, pageUrl: string): RawComment | null {
  const id = el.getAttribute('thingid');
  if (!id) return null;
  const parentEl = el.parentElement?.closest(selectors.comment);
  let top: Element = el;
  for (let p = parentEl; p; p = p.parentElement?.closest(selectors.comment) ?? null) top = p;
  const author = el.getAttribute('author') ?? '';
  const deleted = el.hasAttribute('is-comment-deleted') || author === '[deleted]' || author === '';
  const score = Number(el.getAttribute('score'));
  return {
    platform: 'reddit',
    id,
    author: author || '[deleted]',
    text: readText(queryFirst(el, selectors.text)) || (deleted ? '[deleted]' : ''),
    publishedAt: el.getAttribute('created') ?? undefined,
    permalink: absoluteUrl(el.getAttribute('permalink'), pageUrl),
    parentId: el.getAttribute('parentid') ?? parentEl?.getAttribute('thingid') ?? undefined,
    depth: Number(el.getAttribute('depth') ?? 0) || 0,
    likes: Number.isFinite(score) && score > 0 ? score : undefined,
    threadId: top.getAttribute('thingid') ?? id,
    deleted: deleted || undefined,
  };
}

export const reddit = {
  id: 'reddit',
  label: platformInfo('reddit').label,
  matches: [...platformInfo('reddit').hosts],
  testUrls: ['https://www.reddit.com/r/aww/comments/8dyrb3/'],
  selectors,
  isCommentPage: (url) => /^\/r\/[^/]+\/comments\//.test(url.pathname),
  findRoots: (doc) => {
    const trees = queryAll(doc, selectors.root);
    if (trees.length > 0) return trees;
    // Comments that landed without their tree element (a partial's bare contents): their container.
    const first = queryFirst(doc, selectors.comment);
    const outer = first?.parentElement?.closest(selectors.comment) ?? first;
    return outer?.parentElement ? [outer.parentElement] : [];
  },
  commentsPending: (doc) => !queryFirst(doc, selectors.comment) && queryFirst(doc, selectors.pendingTree) !== null,
  findComments: (node) => queryAllIncludingSelf(node, selectors.comment),
  readComment,
  // The badge goes after the comment body, inside the comment (shadow-DOM header is not reachable).
  badgeAnchor: (el) => queryFirst(el, selectors.text),
  findReplyField: (el) => queryFirst(el, selectors.replyField),
  findReplyButton: (el) => queryFirst(el, selectors.replyButton),
  findLoadMore: (root) => queryAll(root, selectors.loadMore),
} satisfies PlatformAdapter;

/* Test URLs
 * https://www.reddit.com/r/aww/comments/8dyrb3/  post page with nested comments and "more replies"
 */
