/**
 * old.reddit.com comment pages. Server-rendered markup with stable classes and data attributes;
 * "load more comments" fetches more `.thing.comment` nodes into the same tree.
 */
import type { PlatformAdapter, RawComment } from './types';
import { absoluteUrl, hasClass, parseCount, queryAll, queryAllIncludingSelf, queryFirst, readText } from './dom';
import { platformInfo } from './registry';

const selectors = {
  root: [
    '.commentarea > .sitetable.nestedlisting', // comment tree of a post page
    '.commentarea .sitetable', // permalink ("single comment thread") pages
  ],
  comment: '.thing.comment[data-fullname]',
  // The comment's own entry; text, author, time, score and permalink are read inside it only
  // (child comments have their own entries).
  entry: ':scope > .entry',
  text: '.usertext-body .md',
  author: '.tagline a.author',
  time: '.tagline time.live-timestamp',
  score: '.tagline .score.unvoted',
  permalink: 'a.bylink',
  replyButton: ':scope > .entry .reply-button a',
  // The inline reply form old.reddit inserts under the entry after "reply" is clicked.
  replyField: [':scope > .child > form.usertext textarea', ':scope > .entry form.usertext.cloneable textarea'],
  loadMore: '.thing.morechildren .morecomments a',
} as const;

/** The comment's own `.entry`: a direct child, found without a selector walk over its replies. */
function entryOf(el: Element): Element | null {
  for (let c = el.firstElementChild; c; c = c.nextElementSibling) if (hasClass(c, 'entry')) return c;
  return null;
}

function readComment(el: Element, pageUrl: string): RawComment | null {
  const fullname = el.getAttribute('data-fullname');
  if (!fullname) return null;
  const parent = el.parentElement?.closest(selectors.comment);
  let top: Element = el;
  let depth = 0;
  for (let p = parent; p; p = p.parentElement?.closest(selectors.comment) ?? null) {
    top = p;
    depth++;
  }
  const entry = entryOf(el);
  if (!entry) return null;
  // The author's name is on the comment itself; its link is looked for only when it is not
  // (a deleted comment has neither).
  const dataAuthor = el.getAttribute('data-author');
  const authorEl = dataAuthor ? null : queryFirst(entry, selectors.author);
  const deleted = hasClass(el, 'deleted') || (!dataAuthor && !authorEl);
  const score = queryFirst(entry, selectors.score);
  return {
    platform: 'old-reddit',
    id: fullname,
    author: dataAuthor || readText(authorEl) || '[deleted]',
    text: readText(queryFirst(entry, selectors.text)) || (deleted ? '[deleted]' : ''),
    publishedAt: queryFirst(entry, selectors.time)?.getAttribute('datetime') ?? undefined,
    permalink: absoluteUrl(
      el.getAttribute('data-permalink') ?? queryFirst(entry, selectors.permalink)?.getAttribute('href'),
      pageUrl,
    ),
    parentId: parent?.getAttribute('data-fullname') ?? undefined,
    depth,
    likes: parseCount(score?.getAttribute('title') ?? score?.textContent),
    threadId: top.getAttribute('data-fullname') ?? fullname,
    deleted: deleted || undefined,
  };
}

export const oldReddit = {
  id: 'old-reddit',
  label: platformInfo('old-reddit').label,
  matches: [...platformInfo('old-reddit').hosts],
  testUrls: ['https://old.reddit.com/r/aww/comments/8dyrb3/'],
  selectors,
  isCommentPage: (url) => /^\/r\/[^/]+\/comments\//.test(url.pathname),
  findRoots: (doc) => queryAll(doc, selectors.root).slice(0, 1),
  findComments: (node) => queryAllIncludingSelf(node, selectors.comment),
  readComment,
  badgeAnchor: (el) => {
    const entry = entryOf(el);
    return entry ? (queryFirst(entry, '.tagline a.author') ?? queryFirst(entry, '.tagline')) : null;
  },
  findReplyField: (el) => queryFirst<HTMLTextAreaElement>(el, selectors.replyField),
  findReplyButton: (el) => queryFirst(el, selectors.replyButton),
  findLoadMore: (root) => queryAll(root, selectors.loadMore),
} satisfies PlatformAdapter;

/* Test URLs
 * https://old.reddit.com/r/aww/comments/8dyrb3/  post page, nested replies, "load more comments"
 * https://old.reddit.com/r/AskReddit/comments/<id>/<slug>/<comment>/  permalink page (single thread)
 */
