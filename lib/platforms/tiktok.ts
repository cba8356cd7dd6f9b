/**
 * TikTok video comments (docs/PLATFORMS.md, TikTok). Class names are emotion hashes with a readable
 * suffix (`css-1i7ohvi-DivCommentItemContainer`), so only the suffix is matched; the stable
 * parts are the `data-e2e` attributes. Two layouts are live: the item layout
 * (`DivCommentItemContainer`, replies in its `DivReplyContainer`) and the 2025 object-wrapper
 * layout (`DivCommentObjectWrapper`). In both, one comment is the element carrying the comment's
 * id (`DivCommentContentContainer#<id>` / `DivCommentItemWrapper#<id>`), replies are one level
 * deep, and the text is `[data-e2e="comment-level-1|2"]`.
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
  queryFirst,
  readText,
} from './dom';
import { platformInfo } from './registry';

const COMMENT = '[class*="DivCommentContentContainer"], [class*="DivCommentItemWrapper"]';

const selectors = {
  root: [
    '[class*="DivCommentListContainer"]', // the video page's comment list
    '[class*="DivCommentMain"]', // the comment panel beside a feed video
  ],
  comment: COMMENT,
  text: '[data-e2e="comment-level-1"], [data-e2e="comment-level-2"]',
  author: '[data-e2e="comment-username-1"], [data-e2e="comment-username-2"]',
  profile: 'a[href^="/@"]',
  time: '[data-e2e="comment-time-1"], [data-e2e="comment-time-2"]',
  likes: '[data-e2e="comment-like-count"]',
  replyContainer: '[class*="DivReplyContainer"]',
  item: '[class*="DivCommentItemContainer"], [class*="DivCommentObjectWrapper"]',
  replyButton: '[data-e2e="comment-reply-1"], [data-e2e="comment-reply-2"]',
  // One input at the bottom of the panel; after Reply it answers one comment (Draft.js).
  footer: ['[data-e2e="comment-input"]', '[class*="DivCommentFooter"]', '[class*="DivBottomCommentContainer"]'],
  replyField: '.public-DraftEditor-content[contenteditable="true"]',
  loadMore: '[data-e2e^="view-more"], [class*="ReplyActionText"], [class*="DivViewRepliesContainer"]',
} as const;

/** Labels per UI language (docs/PLATFORMS.md, UI-language labels). */
const LABELS = {
  loadMore: {
    en: /^(View( \d+)? (more )?repl(y|ies)|View more( \(\d+\))?|Load more)/i,
    pl: /^(Wyświetl( \d+)? (więcej )?odpowiedzi|Zobacz (więcej )?odpowiedzi|Wyświetl więcej|Załaduj więcej)/i,
  },
  deleted: {
    en: /^(This comment has been deleted|Comment deleted|This comment is unavailable)\.?$/i,
    pl: /^(Ten komentarz został usunięty|Komentarz usunięty|Ten komentarz jest niedostępny)\.?$/i,
  },
  replyingTo: { en: /^(Reply(ing)? to|Reply)\s+@?/i, pl: /^(Odpowiedz(i)?|Odpowiadasz)\s+(na komentarz\s+)?@?/i },
} as const;
const anyOf = matchesLabel;

/** The first match inside `el` that belongs to `el`, not to a reply nested in it. */
const own = (el: Element, selector: string): HTMLElement | null => ownFirst(el, selector, (n) => n.closest(COMMENT));

/** The top-level comment a reply belongs to: the comment of its item outside every reply container. */
function parentOf(el: Element): Element | null {
  const replies = el.closest(selectors.replyContainer);
  const item = replies?.closest(selectors.item);
  if (!item) return null;
  return Array.from(item.querySelectorAll(COMMENT)).find((c) => !c.closest(selectors.replyContainer)) ?? null;
}

const handleOf = (el: Element): string => {
  const href = own(el, selectors.profile)?.getAttribute('href') ?? '';
  const m = /^\/@([\w.]+)/.exec(href);
  return m ? `@${m[1]}` : readText(own(el, selectors.author));
};

function idOf(el: Element): string {
  return (
    el.getAttribute('id') ||
    el.getAttribute('data-comment-id') ||
    `c${hashId(handleOf(el), readText(own(el, selectors.text)))}`
  );
}

/** "2022-4-19" or "4-19" (this year) → ISO date; relative texts ("2h", "3 dni temu") → undefined. */
export function tiktokDate(raw: string, now = new Date()): string | undefined {
  const full = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(raw.trim());
  const short = /^(\d{1,2})-(\d{1,2})$/.exec(raw.trim());
  const [y, m, d] = full
    ? [Number(full[1]), Number(full[2]), Number(full[3])]
    : short
      ? [now.getUTCFullYear(), Number(short[1]), Number(short[2])]
      : [];
  if (y === undefined || m === undefined || d === undefined || m < 1 || m > 12 || d < 1 || d > 31) return undefined;
  return new Date(Date.UTC(y, m - 1, d)).toISOString();
}

function readComment(el: Element, pageUrl: string): RawComment | null {
  const body = own(el, selectors.text);
  if (!body) return null;
  const id = idOf(el);
  const parent = parentOf(el);
  const parentId = parent && parent !== el ? idOf(parent) : undefined;
  const text = readText(body);
  const time = readText(own(el, selectors.time));
  const absolute = tiktokDate(time);
  return {
    platform: 'tiktok',
    id,
    author: handleOf(el),
    text,
    publishedAt: absolute,
    relativeTime: absolute ? undefined : time || undefined,
    permalink: absoluteUrl(pageUrl, pageUrl),
    parentId,
    depth: parentId ? 1 : 0,
    likes: parseCount(own(el, selectors.likes)?.textContent),
    threadId: parentId ?? id,
    deleted: anyOf(LABELS.deleted, text) || undefined,
  };
}

/** The panel's input, when it is set to answer this comment's author; null otherwise. */
function findReplyField(el: Element): HTMLElement | null {
  const handle = handleOf(el).replace(/^@/, '');
  const footer = queryFirst(el.ownerDocument, selectors.footer);
  if (!footer || !handle) return null;
  const field = queryFirst(footer, selectors.replyField);
  if (!field) return null;
  // TikTok shows "Reply to @user" over the input (or starts the text with the @mention).
  const chips = queryAll(footer, 'span, p, div').map((n) => readText(n).trim());
  const answering = chips.some(
    (t) => anyOf(LABELS.replyingTo, t) && new RegExp(`@?${handle.replace(/[.]/g, '\\.')}\\b`).test(t),
  );
  const mentioned = readText(field).trim().startsWith(`@${handle}`);
  return answering || mentioned ? field : null;
}

export const tiktok = {
  id: 'tiktok',
  label: platformInfo('tiktok').label,
  matches: [...platformInfo('tiktok').hosts],
  testUrls: [
    'https://www.tiktok.com/@tiktok/video/7106594312292453675',
    'https://www.tiktok.com/@tiktok/photo/7106594312292453676',
  ],
  selectors,
  isCommentPage: (url) =>
    /^\/@[\w.]+\/(video|photo)\/\d+/.test(url.pathname) || url.pathname === '/foryou' || url.pathname === '/',
  findRoots: (doc) => queryAll(doc, selectors.root).slice(0, 1),
  findComments: (node) => queryAllIncludingSelf(node, COMMENT),
  readComment,
  badgeAnchor: (el) => own(el, selectors.author) ?? own(el, selectors.text),
  findReplyField,
  findReplyButton: (el) => own(el, selectors.replyButton),
  findLoadMore: (root) => {
    const known = queryAll(root, selectors.loadMore);
    const labelled = queryAll(root, 'p, span, button, div[role="button"]').filter(
      (b) => b.children.length <= 1 && anyOf(LABELS.loadMore, readText(b)),
    );
    // The outermost control only (a label inside its button is the same control).
    return [...new Set([...known, ...labelled])].filter((b, _i, all) => !all.some((o) => o !== b && o.contains(b)));
  },
} satisfies PlatformAdapter;

/* Test URLs
 * https://www.tiktok.com/@tiktok/video/7106594312292453675  video page: comments, "View N replies"
 * https://www.tiktok.com/@tiktok/photo/7106594312292453676  photo post: the same comment panel
 */
