/**
 * Facebook (www, the Comet UI; docs/PLATFORMS.md, Facebook). Classes are atomic hashes, so comments are
 * found by role and label: a comment is a `div[role="article"]` whose aria-label says "Comment
 * by …" or "Reply by … to …'s comment" in the UI language (feed posts are articles too, without
 * such a label). Replies render in a list inside the parent comment's list item; the label says
 * which article is a reply. Reply boxes are Lexical editors labelled "Reply to NAME…".
 */
import type { PlatformAdapter, RawComment } from './types';
import { absoluteUrl, hashId, matchesLabel, ownAll, parseCount, queryAll, readText } from './dom';
import { platformInfo } from './registry';

const selectors = {
  root: [
    'div[role="dialog"]', // a post opened over the feed
    'div[role="main"]', // a post's own page
  ],
  article: 'div[role="article"][aria-label]',
  text: 'div[dir="auto"]',
  author: 'a[role="link"]',
  permalink: 'a[href*="comment_id="]',
  likes: '[aria-label*="reaction" i], [aria-label*="reakcj" i]',
  replyField: 'div[contenteditable="true"][role="textbox"][data-lexical-editor="true"]',
  button: 'div[role="button"], span[role="button"], a[role="button"]',
} as const;

/** Article labels per UI language; the first group is the author. */
const LABELS = {
  comment: {
    en: /^Comment by (.+?)(?: (?:\d+\s?\w+|an? \w+) ago)?$/i,
    pl: /^Komentarz (?:użytkownika|od) (.+?)(?: \d+\s?\S+ temu)?$/i,
  },
  reply: {
    en: /^Reply by (.+?) to (.+?)(?:'s|’s) comment(?: .*)?$/i,
    pl: /^Odpowiedź (?:użytkownika|od) (.+?) na komentarz (?:użytkownika )?(.+?)(?: .*)?$/i,
  },
  replyBox: { en: /^Reply to (.+?)(?:…|\.\.\.)?$/i, pl: /^Odpowiedz (?:użytkownikowi )?(.+?)(?:…|\.\.\.)?$/i },
  loadMore: {
    en: /^(View more comments|View previous comments|View all \d+ replies|View \d+ repl(y|ies)|View more replies|See more comments|All comments|Most relevant|Newest)$/i,
    pl: /^(Wyświetl więcej komentarzy|Wyświetl wcześniejsze komentarze|Wyświetl wszystkie odpowiedzi \(\d+\)|Wyświetl \d+ odpowiedzi|Wyświetl (więcej|1) odpowied(ź|zi)|Wszystkie komentarze|Najtrafniejsze|Najnowsze)$/i,
  },
  deleted: { en: /^This comment (has been|was) deleted\.?$/i, pl: /^Ten komentarz został usunięty\.?$/i },
  replyButton: { en: /^Reply$/i, pl: /^Odpowiedz$/i },
} as const;

function labelled(el: Element): { author: string; reply: boolean } | null {
  const label = (el.getAttribute('aria-label') ?? '').trim();
  for (const re of Object.values(LABELS.reply)) {
    const m = re.exec(label);
    if (m) return { author: m[1]!, reply: true };
  }
  for (const re of Object.values(LABELS.comment)) {
    const m = re.exec(label);
    if (m) return { author: m[1]!, reply: false };
  }
  return null;
}

const isComment = (el: Element) => el.matches(selectors.article) && labelled(el) !== null;

/** The nearest comment article around `node` (itself included); feed-post articles are skipped. */
function commentAround(node: Element | null): Element | null {
  let a = node?.closest(selectors.article) ?? null;
  while (a && !isComment(a)) a = a.parentElement?.closest(selectors.article) ?? null;
  return a;
}

/** Matches inside `el` that belong to it, not to a nested comment. */
const own = <T extends Element = HTMLElement>(el: Element, selector: string): T[] =>
  ownAll<T>(el, selector, commentAround);

/**
 * The comment this reply answers: an enclosing comment article, or (the usual layout) the
 * comment article heading the list item whose nested list holds the reply.
 */
function parentOf(el: Element): Element | null {
  const around = commentAround(el.parentElement);
  if (around) return around;
  const outerItem = el.closest('li')?.parentElement?.closest('li');
  if (!outerItem) return null;
  return queryAll(outerItem, selectors.article).find((a) => isComment(a) && a.closest('li') === outerItem) ?? null;
}

/** The comment's time link (in its action row), not the author link that also carries comment_id. */
const timeLinks = (el: Element) =>
  own<HTMLAnchorElement>(el, selectors.permalink).filter((a) => {
    const li = a.closest('li');
    return !!li && el.contains(li);
  });
const authorLink = (el: Element) =>
  own(el, selectors.author).find((a) => readText(a) !== '' && !timeLinks(el).includes(a as HTMLAnchorElement)) ?? null;

function idOf(el: Element): string {
  for (const a of timeLinks(el)) {
    try {
      const u = new URL(a.getAttribute('href') ?? '', 'https://www.facebook.com/');
      const id = u.searchParams.get('reply_comment_id') ?? u.searchParams.get('comment_id');
      if (id) return id;
    } catch {
      // an unparsable link: try the next
    }
  }
  return `c${hashId(el.getAttribute('aria-label') ?? '', readText(el).slice(0, 200))}`;
}

function textOf(el: Element): string {
  const blocks = own(el, selectors.text).filter(
    (d) => !d.closest(selectors.button) && !d.closest('a') && !d.parentElement?.closest('div[dir="auto"]'),
  );
  return blocks
    .map((b) => readText(b))
    .filter(Boolean)
    .join('\n');
}

function readComment(el: Element, pageUrl: string): RawComment | null {
  const label = isComment(el) ? labelled(el) : null;
  if (!label) return null;
  const id = idOf(el);
  const parent = label.reply ? parentOf(el) : null;
  let depth = 0;
  let top: Element = el;
  for (let p = parent; p; p = parentOf(p)) {
    depth++;
    top = p;
    if (depth > 10) break;
  }
  const parentId = parent ? idOf(parent) : undefined;
  const link = timeLinks(el)[0];
  const text = textOf(el);
  const reactions = own(el, selectors.likes)[0];
  return {
    platform: 'facebook',
    id,
    author: readText(authorLink(el)) || label.author,
    text,
    relativeTime: link ? readText(link) || undefined : undefined,
    permalink: absoluteUrl(link?.getAttribute('href'), pageUrl),
    parentId,
    depth: label.reply && !parent ? 1 : depth,
    likes: parseCount(/^[\d.,\s]+(K|M|tys\.)?/i.exec(reactions?.getAttribute('aria-label') ?? '')?.[0]),
    threadId: top === el ? id : idOf(top),
    deleted: matchesLabel(LABELS.deleted, text) || undefined,
  };
}

/** The Lexical box labelled "Reply to <this comment's author>" in this comment's thread. */
function findReplyField(el: Element): HTMLElement | null {
  const author = readComment(el, 'https://www.facebook.com/')?.author;
  if (!author) return null;
  // The thread: the list item of the top-level comment (replies' boxes open there too).
  let top = el;
  for (let p = parentOf(el); p; p = parentOf(p)) top = p;
  const scope = top.closest('li') ?? top.parentElement ?? top;
  for (const box of queryAll(scope, selectors.replyField)) {
    const label = box.getAttribute('aria-label') ?? '';
    const m = Object.values(LABELS.replyBox)
      .map((re) => re.exec(label))
      .find(Boolean);
    if (m && m[1]!.trim() === author) return box;
  }
  return null;
}

function findReplyButton(el: Element): HTMLElement | null {
  return own(el, selectors.button).find((b) => matchesLabel(LABELS.replyButton, readText(b))) ?? null;
}

export const facebook = {
  id: 'facebook',
  label: platformInfo('facebook').label,
  matches: [...platformInfo('facebook').hosts],
  testUrls: [
    'https://www.facebook.com/zefirmobile/posts/pfbid02abc',
    'https://www.facebook.com/permalink.php?story_fbid=123&id=456',
    'https://www.facebook.com/groups/zefir/posts/789/',
    'https://www.facebook.com/photo/?fbid=123',
    'https://www.facebook.com/watch/?v=123',
    'https://www.facebook.com/reel/123',
  ],
  selectors,
  health: { root: 'root', comment: 'article' },
  isCommentPage: (url) =>
    /\/(posts|videos|photos)\//.test(url.pathname) ||
    /^\/(permalink\.php|story\.php|photo(\.php)?\/?|watch\/?|reel\/)/.test(url.pathname) ||
    url.searchParams.has('comment_id'),
  // Dialog first: a post opened over the feed is what the user is reading.
  findRoots: (doc) => {
    const roots = queryAll(doc, selectors.root[0]).filter((d) => queryAll(d, selectors.article).some(isComment));
    return roots.length > 0 ? roots : queryAll(doc, selectors.root[1]).slice(0, 1);
  },
  findComments: (node) => {
    const el = node as Element;
    const self = typeof el.matches === 'function' && isComment(el) ? [el] : [];
    return [...self, ...queryAll(node, selectors.article).filter(isComment)];
  },
  readComment,
  badgeAnchor: (el) => authorLink(el),
  findReplyField,
  findReplyButton,
  findLoadMore: (root) => queryAll(root, selectors.button).filter((b) => matchesLabel(LABELS.loadMore, readText(b))),
} satisfies PlatformAdapter;

/* Test URLs
 * https://www.facebook.com/<page>/posts/<id>  a page's post with "All comments" and replies
 * https://www.facebook.com/groups/<group>/posts/<id>/  a group post
 */
