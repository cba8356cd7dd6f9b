/**
 * LinkedIn. Two front-ends run side by side (docs/PLATFORMS.md, LinkedIn): post pages (`/posts/…`,
 * `/feed/update/urn:li:activity:…`) keep the legacy Ember markup (BEM classes, `data-id` urns,
 * Quill editor); the feed (`/feed/`) is React SSR + SDUI (hashed CSS modules, `data-view-name`,
 * `componentkey` urns, TipTap/ProseMirror editor). LinkedIn has switched the same URL between
 * the two, so every page is read with both dialects: each comment element says which one it is.
 * Replies are one level deep in both.
 */
import type { PlatformAdapter, RawComment } from './types';
import {
  absoluteUrl,
  hashId,
  matchesLabel,
  ownFirst,
  parseCount,
  queryAll,
  queryAllIncludingSelf,
  readText,
} from './dom';
import { platformInfo } from './registry';

const LEGACY_COMMENT = 'article.comments-comment-entity[data-id^="urn:li:comment"]';
const SDUI_COMMENT = '[componentkey^="replaceableComment_urn:li:comment:"]';

const selectors = {
  root: [
    '.comments-comments-list', // legacy post page: the list under the post
    '[data-testid="mainFeed"]', // SDUI feed: the whole list (posts and their comments arrive as you scroll)
    '[data-view-name="feed-full-update"]', // SDUI post page: the one update
    '.feed-shared-update-v2[data-urn]', // legacy feed card with comments expanded
  ],
  comment: [LEGACY_COMMENT, SDUI_COMMENT],
  // Legacy (Ember) post page [V: DEF linkedin.ts, LHR selectors.ts]
  legacyText: '.comments-comment-entity__content .update-components-text',
  legacyAuthor: '.comments-comment-meta__container .comments-comment-meta__description-title',
  legacyTime: '.comments-comment-meta__container time.comments-comment-meta__data',
  legacyLikes: '.comments-comment-social-bar--cr .comments-comment-social-bar__reactions-count--cr span.v-align-middle',
  legacyReplyButton: [
    '.comments-comment-social-bar--cr button.comments-comment-social-bar__reply-action-button--cr', // 2025–2026 class
    '.comments-comment-social-bar--cr button[aria-label]', // any labelled button; the label is matched per locale
  ],
  // The reply box opens under the thread's top-level comment, after its replies (Quill).
  legacyReplyField: '.comments-comment-box--reply [role="textbox"][contenteditable="true"]',
  // SDUI feed [U: comment-commentary, expandable-text-box, *-actor-picture, componentkey; ? for the rest]
  sduiText: [
    '[data-view-name="comment-commentary"] [data-testid="expandable-text-box"]', // top-level
    '[data-view-name="comment-reply-commentary"] [data-testid="expandable-text-box"]', // reply
  ],
  sduiAuthor: [
    '[data-view-name="comment-actor-name"], [data-view-name="reply-actor-name"]', // name link [?]
    'a[href*="/in/"]:not([data-view-name$="-actor-picture"]), a[href*="/company/"]:not([data-view-name$="-actor-picture"])', // first profile link that is not the avatar
  ],
  sduiTime: 'time',
  sduiLikes: '[data-view-name="comment-reaction-count"]',
  sduiReplyButton: 'button[data-view-name="comment-reply"]',
  sduiReplyField: 'div[data-view-name="comment-box"] div.tiptap.ProseMirror[contenteditable="true"]',
  loadMore: [
    'button.comments-comments-list__load-more-comments-button, button.show-prev-replies', // legacy
    'button[data-view-name="more-comments"], button[data-view-name="comment-replies-load-more"]', // SDUI
  ],
} as const;

/** Button labels per UI language (docs/PLATFORMS.md, UI-language labels): never a single string. */
const LABELS = {
  reply: { en: /^Reply to /, pl: /^Odpowiedz (na komentarz|użytkownikowi) / },
  loadMore: {
    en: /^(Load more comments|See previous replies|Load previous replies|Show more comments)/i,
    pl: /^(Wczytaj więcej komentarzy|Załaduj więcej komentarzy|Zobacz poprzednie odpowiedzi|Pokaż więcej komentarzy)/i,
  },
  deleted: { en: /^This comment has been deleted\.?$/i, pl: /^Ten komentarz został usunięty\.?$/i },
} as const;

const COMMENT = selectors.comment.join(', ');
const LEGACY = {
  text: selectors.legacyText,
  author: selectors.legacyAuthor,
  time: selectors.legacyTime,
  likes: selectors.legacyLikes,
  replyField: selectors.legacyReplyField,
};
const SDUI = {
  text: selectors.sduiText,
  author: selectors.sduiAuthor,
  time: selectors.sduiTime,
  likes: selectors.sduiLikes,
  replyField: selectors.sduiReplyField,
};
const isLegacy = (el: Element) => el.matches(LEGACY_COMMENT);

/** `urn:li:comment:(activity:7390…,7391…)` → the comment's own number; ugcPost urns too. */
function urnParts(urn: string): { post?: string; comment: string } | null {
  const m = /urn:li:comment:\((?:urn:li:)?(activity|ugcPost):(\d+),(\d+)\)/.exec(urn);
  if (!m) return null;
  return { post: `urn:li:${m[1]}:${m[2]}`, comment: m[3]! };
}

function urnOf(el: Element): string | null {
  if (isLegacy(el)) return el.getAttribute('data-id');
  const key = el.getAttribute('componentkey');
  return key ? key.replace(/^replaceableComment_/, '') : null;
}

function idOf(el: Element): string {
  const urn = urnOf(el);
  const parts = urn ? urnParts(urn) : null;
  return parts?.comment ?? hashId(readText(el).slice(0, 200));
}

function permalinkOf(el: Element): string | undefined {
  const urn = urnOf(el);
  const parts = urn ? urnParts(urn) : null;
  if (!urn || !parts?.post) return undefined;
  return `https://www.linkedin.com/feed/update/${parts.post}/?commentUrn=${encodeURIComponent(urn)}`;
}

/** The comment this one replies to: the nearest enclosing comment of either dialect. */
const parentComment = (el: Element): Element | null => el.parentElement?.closest(COMMENT) ?? null;

/** First match of the chain inside `el` that belongs to `el` itself, not to one of its replies. */
const own = (el: Element, chain: string | readonly string[]): HTMLElement | null =>
  ownFirst(el, chain, (n) => n.closest(COMMENT));

function readComment(el: Element, pageUrl: string): RawComment | null {
  if (!el.matches(COMMENT)) return null;
  const legacy = isLegacy(el);
  const s = legacy ? LEGACY : SDUI;
  const body = own(el, s.text);
  if (!body) return null;
  const id = idOf(el);
  const parent = parentComment(el);
  const parentId = parent ? idOf(parent) : undefined;
  let author = readText(own(el, s.author));
  if (!legacy) author = author.split('\n')[0] ?? '';
  const time = own(el, s.time);
  const datetime = time?.getAttribute('datetime') ?? undefined;
  const text = readText(body).replace(/\s*(…|\.\.\.)\s*(see more|więcej|zobacz więcej)$/i, '');
  return {
    platform: 'linkedin',
    id,
    author: author.replace(/\s+(•\s*)?(1st|2nd|3rd\+?|Author|Autor|1\.|2\.|3\.\+?)$/i, '').trim(),
    text,
    publishedAt: datetime && !Number.isNaN(Date.parse(datetime)) ? new Date(datetime).toISOString() : undefined,
    relativeTime: time ? readText(time).replace(/\s*\((edited|edytowano)\)$/i, '') || undefined : undefined,
    permalink: permalinkOf(el) ?? absoluteUrl(pageUrl, pageUrl),
    parentId,
    depth: parent ? 1 : 0,
    likes: parseCount(own(el, s.likes)?.textContent),
    threadId: parentId ?? id,
    deleted: matchesLabel(LABELS.deleted, text) || undefined,
  };
}

/** The thread's open reply box; for a reply only when the box already mentions its author. */
function findReplyField(el: Element): HTMLElement | null {
  const s = isLegacy(el) ? LEGACY : SDUI;
  const parent = parentComment(el);
  if (!parent) return own(el, s.replyField);
  const field = own(parent, s.replyField);
  if (!field) return null;
  const author = readComment(el, 'https://www.linkedin.com/')?.author;
  // LinkedIn's Reply on a reply opens the thread's box with an @mention of that reply's author.
  return author && (field.textContent ?? '').includes(author) ? field : null;
}

function findReplyButton(el: Element): HTMLElement | null {
  if (!isLegacy(el)) return own(el, selectors.sduiReplyButton);
  const [byClass, byLabel] = selectors.legacyReplyButton;
  return (
    own(el, byClass) ??
    Array.from(el.querySelectorAll<HTMLElement>(byLabel)).find(
      (b) => b.closest(COMMENT) === el && matchesLabel(LABELS.reply, b.getAttribute('aria-label') ?? ''),
    ) ??
    null
  );
}

export const linkedin = {
  id: 'linkedin',
  label: platformInfo('linkedin').label,
  matches: [...platformInfo('linkedin').hosts],
  testUrls: [
    'https://www.linkedin.com/feed/update/urn:li:activity:7390000000000000001/',
    'https://www.linkedin.com/posts/zefir-mobile_awaria-activity-7390000000000000001-AbCd',
    'https://www.linkedin.com/feed/',
  ],
  selectors,
  isCommentPage: (url) =>
    url.pathname.startsWith('/feed') ||
    url.pathname.startsWith('/posts/') ||
    /^\/company\/[^/]+\/posts/.test(url.pathname),
  // The legacy list(s) when the page has them; otherwise the SDUI feed list, or its updates.
  findRoots: (doc) => {
    const legacy = queryAll(doc, selectors.root[0]);
    if (legacy.length > 0) return legacy;
    return queryAll(doc, selectors.root.slice(1));
  },
  findComments: (node) => queryAllIncludingSelf(node, COMMENT),
  readComment,
  badgeAnchor: (el) => (isLegacy(el) ? own(el, '.comments-comment-meta__container') : own(el, selectors.sduiAuthor)),
  findReplyField,
  findReplyButton,
  findLoadMore: (root) =>
    [
      ...queryAll(root, selectors.loadMore),
      ...Array.from(root.querySelectorAll('button')).filter((b) => matchesLabel(LABELS.loadMore, readText(b))),
    ].filter((b, i, all) => all.indexOf(b) === i),
} satisfies PlatformAdapter;

/* Test URLs
 * https://www.linkedin.com/feed/update/urn:li:activity:<id>/  post page (legacy markup, Quill)
 * https://www.linkedin.com/posts/<company>_<slug>-activity-<id>-<hash>  post page from a share link
 * https://www.linkedin.com/feed/  the feed (SDUI markup, TipTap); comments after "Comment" is clicked
 */
