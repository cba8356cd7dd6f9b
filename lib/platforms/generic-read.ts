/**
 * Reading a comment on another site with the strategy picked for it (`lib/platforms/generic.ts`):
 * each field is the comment's own match of the strategy's selectors (never a nested comment's),
 * nesting comes from the markup (nested elements, an indent, or a replies container after the
 * parent), and the text is the comment's own.
 */
import type { RawComment } from './types';
import { absoluteUrl, hashId, parseCount, readText, splitSelectorList } from './dom';
import { BODY_CHROME, DELETED, NOT_TEXT, type Strategy } from './generic-systems';
import { looksLikeTime } from './generic-structure';
import { cleanAuthor, indentValue, nameFromReplyLabel, timeAttribute } from './generic-fields';

export function safeAll(root: ParentNode, selector: string | undefined): Element[] {
  if (!selector) return [];
  try {
    return Array.from(root.querySelectorAll(selector));
  } catch {
    return []; // a user selector that this browser cannot parse matches nothing
  }
}

export function safeMatches(el: Element, selector: string): boolean {
  try {
    return el.matches(selector);
  } catch {
    return false;
  }
}

/**
 * The comment's own match for a field: the selectors of the list are tried in their order (the
 * most specific is written first), and each one's first match inside `el` that is not inside a
 * nested comment wins. With `innermost`, a match holding another match of the same selector
 * gives way to it (an author box around the name link); with `withText`, only matches that show
 * something count (an empty paragraph or an avatar link gives way to the next); matches `keep`
 * refuses do not count.
 */
export function own(
  s: Strategy,
  el: Element,
  selector: string | undefined,
  innermost = false,
  withText: false | 'text' | 'words' = false,
  keep: (found: Element) => boolean = () => true,
): Element | null {
  if (!selector) return null;
  for (const part of splitSelectorList(selector)) {
    const mine = candidates(s, el, part).filter(
      (found) => ownerOf(s, found) === el && shows(found, withText) && keep(found),
    );
    if (mine.length === 0) continue;
    if (!innermost) return mine[0]!;
    return mine.find((m) => !mine.some((o) => o !== m && m.contains(o))) ?? mine[0]!;
  }
  return null;
}

/**
 * Whether a match shows what a field needs: with 'text', any text (an emoji picture's alt counts:
 * a comment may be only that); with 'words', text of its own (an avatar link's picture does not
 * make it a name).
 */
function shows(found: Element, withText: false | 'text' | 'words'): boolean {
  if (!withText) return true;
  return withText === 'words' ? (found.textContent ?? '').trim() !== '' : readText(found).trim() !== '';
}

/** Every match of a selector inside the comment that is not inside a nested comment, in page order. */
function ownAll(s: Strategy, el: Element, selector: string | undefined): Element[] {
  return candidates(s, el, selector).filter((found) => ownerOf(s, found) === el);
}

/**
 * Where a field's selector is looked for: inside the comment, and in the sibling elements that
 * hold the rest of a comment spread over siblings (`partsAfter`), themselves included. The part
 * `:scope` is the comment element itself.
 */
function candidates(s: Strategy, el: Element, selector: string | undefined): Element[] {
  if (!selector) return [];
  if (selector.trim() === ':scope') return [el];
  const inside = safeAll(el, selector);
  if (!s.partsAfter) return inside;
  const after = partsAfter(s, el).flatMap((p) => [...(safeMatches(p, selector) ? [p] : []), ...safeAll(p, selector)]);
  return [...inside, ...after];
}

/** The siblings right after a comment that hold its other fields, up to the next comment. */
function partsAfter(s: Strategy, el: Element): Element[] {
  const out: Element[] = [];
  if (!s.partsAfter) return out;
  for (let n = el.nextElementSibling; n && !isComment(s, n) && safeMatches(n, s.partsAfter); n = n.nextElementSibling)
    out.push(n);
  return out;
}

/**
 * The comment a field's element belongs to: the nearest comment around it, or, for a comment
 * spread over siblings, the comment right before the sibling part holding it.
 */
function ownerOf(s: Strategy, node: Element): Element | null {
  const around = nearestComment(s, node);
  if (around || !s.partsAfter) return around;
  let part: Element | null = node;
  while (part && !(part.parentElement && safeMatches(part, s.partsAfter))) part = part.parentElement;
  for (let prev = part?.previousElementSibling ?? null; prev; prev = prev.previousElementSibling) {
    if (isComment(s, prev)) return prev;
    if (!safeMatches(prev, s.partsAfter)) return null;
  }
  return null;
}

/** The first match of the first part of a selector list that matches anything under `root`. */
function firstMatch(root: ParentNode, selector: string | undefined): Element | null {
  if (!selector) return null;
  for (const part of splitSelectorList(selector)) {
    const found = safeAll(root, part)[0];
    if (found) return found;
  }
  return null;
}

export const isComment = (s: Strategy, el: Element): boolean =>
  safeMatches(el, s.comment) && (!s.accept || s.accept(el));

export function commentsIn(s: Strategy, root: ParentNode): Element[] {
  const all = safeAll(root, s.comment);
  const accepted = s.accept ? all.filter(s.accept) : all;
  return s.maxMatches !== undefined && accepted.length > s.maxMatches ? accepted.slice(0, s.maxMatches) : accepted;
}

function nearestComment(s: Strategy, node: Element): Element | null {
  for (let p: Element | null = node; p; p = p.parentElement) if (isComment(s, p)) return p;
  return null;
}

/** Depth of a comment in a flat list (from its indent), undefined when the strategy has none. */
function flatDepth(s: Strategy, el: Element): number | undefined {
  if (s.replyMark) return safeMatches(el, s.replyMark) ? 1 : 0;
  if (!s.indent) return undefined;
  const holder = safeMatches(el, s.indent) ? el : own(s, el, s.indent);
  return (
    indentValue(holder) ??
    indentValue(holder?.querySelector('[indent], [data-depth], [depth], [data-level], [aria-level]') ?? null) ??
    indentValue(el)
  );
}

function parentComment(s: Strategy, el: Element): Element | null {
  const named = s.parentOf?.(el) ?? quotedPost(s, el);
  if (named && isComment(s, named)) return named;
  const depth = flatDepth(s, el);
  if (depth !== undefined) return depth === 0 ? null : flatParent(s, el, depth);
  if (s.repliesAfter) return parentBeforeReplies(s, el, s.repliesAfter);
  return el.parentElement ? nearestComment(s, el.parentElement) : null;
}

/** Node.DOCUMENT_POSITION_FOLLOWING (the scan CLI's DOM has no global Node). */
const FOLLOWING = 4;
const SOURCE_ATTRIBUTES = ['data-content-selector', 'data-source', 'href', 'cite'];

/**
 * The post that a forum post's first quote names (`quoteSource`), when it is on the page before
 * the quoting post (a later one cannot be quoted, and a parent must come first); null otherwise.
 */
function quotedPost(s: Strategy, el: Element): Element | null {
  const src = s.quoteSource;
  const first = src && s.quote ? ownAll(s, el, s.quote)[0] : undefined;
  if (!src || !first) return null;
  const from = safeMatches(first, src.from) ? first : safeAll(first, src.from)[0];
  const value = SOURCE_ATTRIBUTES.map((a) => from?.getAttribute(a)).find((v) => v && src.post.test(v));
  const n = value ? src.post.exec(value)?.[1] : undefined;
  if (!n || !/^\w+$/.test(n)) return null;
  // The page, or the shadow root the posts are in.
  const anchor = safeAll(el.getRootNode() as ParentNode, src.anchor.replaceAll('$1', n))[0];
  const quoted = anchor ? nearestComment(s, anchor) : null;
  const before = quoted && quoted.compareDocumentPosition(el) & FOLLOWING;
  return quoted && quoted !== el && before ? quoted : null;
}

/** The nearest earlier comment one level up (rows of one table, blocks of one list). */
function flatParent(s: Strategy, el: Element, depth: number): Element | null {
  const all = el.parentElement ? commentsIn(s, el.ownerDocument ?? el.parentElement) : [];
  for (let i = all.indexOf(el) - 1; i >= 0; i--) {
    const d = flatDepth(s, all[i]!);
    if (d !== undefined && d < depth) return all[i]!;
  }
  return null;
}

/** Replies kept in a container right after their parent comment. */
function parentBeforeReplies(s: Strategy, el: Element, repliesAfter: string): Element | null {
  for (let p = el.parentElement; p; p = p.parentElement) {
    if (isComment(s, p)) return p;
    if (!safeMatches(p, repliesAfter)) continue;
    let prev = p.previousElementSibling;
    while (prev && !isComment(s, prev) && !prev.querySelector(s.comment)) prev = prev.previousElementSibling;
    if (!prev) return null;
    if (isComment(s, prev)) return prev;
    // A wrapper holding the parent: its last comment that is not itself in a replies container.
    const wrapper = prev;
    const inWrapper = commentsIn(s, wrapper).filter((c) => {
      for (let q = c.parentElement; q && q !== wrapper; q = q.parentElement)
        if (safeMatches(q, repliesAfter)) return false;
      return true;
    });
    return inWrapper.pop() ?? null;
  }
  return null;
}

/**
 * Text of the comment itself: its text element, or everything but nested comments, chrome and
 * the strategy's other fields (author, time, permalink, likes, reply button).
 */
function ownText(s: Strategy, el: Element): string {
  const title = s.title ? readText(own(s, el, s.title)) : '';
  // The first text element that shows something; an emptied one (a deleted comment) still counts.
  const body = own(s, el, s.text, false, 'text') ?? own(s, el, s.text);
  let text: string;
  if (body && s.textParts)
    text = ownAll(s, el, s.text)
      .map((part) => ownWords(s, part))
      .filter(Boolean)
      .join('\n\n');
  else if (body)
    text = siblingParagraphs(s, el, body)
      .map((p) => bodyWords(s, el, p).trim())
      .filter(Boolean)
      .join('\n\n');
  else {
    const copy = el.cloneNode(true) as Element;
    // The byline the name was read from (its `cite`, Kubrick's "Kommentar von <span.fn>"), not a
    // wrapper that holds the text too (a theme's .comment-author around the paragraphs).
    const byline = bylineOf(own(s, el, s.author, true, 'words'));
    if (byline && el.contains(byline)) elementAt(copy, pathFrom(el, byline))?.remove();
    for (const nested of safeAll(copy, s.comment)) nested.remove();
    for (const chrome of safeAll(copy, NOT_TEXT)) if (!holdsParagraphs(chrome)) chrome.remove();
    // The comment's own date and controls are not its text either (only the match each field
    // reads, so a mention linking to a profile stays in the text).
    if (!byline) firstMatch(copy, s.author)?.remove();
    for (const field of [s.time, s.permalink, s.likes, s.replyButton]) firstMatch(copy, field)?.remove();
    trimLooseEdges(copy);
    text = readText(copy);
  }
  // A subject cut from the text's start ("Thanks for the…", made when none was given) is left out.
  const cut = /(…|\.\.\.)$/.test(title) && text.startsWith(title.replace(/(…|\.\.\.)$/, '').trim());
  return title && !cut && title !== text ? (text ? `${title} — ${text}` : title) : text;
}

/**
 * Whether a part named like chrome (a theme's div.comment-author.vcard) holds the comment's
 * paragraphs too: then only its byline goes, not the whole part.
 */
const holdsParagraphs = (part: Element) =>
  Array.from(part.querySelectorAll('p')).some((p) => readText(p).trim().length >= 30);

/** The element a name was read from, or the `cite` around it (a byline with the date in it). */
function bylineOf(author: Element | null): Element | null {
  return author?.closest('cite') ?? author;
}

/**
 * A text selector that names paragraphs (WordPress core's `.comment-body > p`) matches each of
 * them: the text is all the comment's paragraphs beside the first one matched, not that one alone.
 */
function siblingParagraphs(s: Strategy, el: Element, body: Element): Element[] {
  if (body.tagName !== 'P' || !s.text) return [body];
  for (const part of splitSelectorList(s.text)) {
    const mine = ownAll(s, el, part);
    if (mine.includes(body)) return mine.filter((m) => m.tagName === 'P' && m.parentElement === body.parentElement);
  }
  return [body];
}

/**
 * Text of a text element without the quotes of other comments in it (`quote`) and the controls
 * some themes put inside it (a like button, a reply link: BODY_CHROME).
 */
function ownWords(s: Strategy, body: Element): string {
  const quotes = s.quote ? safeAll(body, s.quote) : [];
  if (quotes.length === 0 && safeAll(body, BODY_CHROME).length === 0) return readText(body);
  const copy = body.cloneNode(true) as Element;
  for (const quoted of s.quote ? safeAll(copy, s.quote) : []) quoted.remove();
  for (const control of safeAll(copy, BODY_CHROME)) control.remove();
  return readText(copy).trim();
}

/**
 * The words of a text element. One that holds the comment's byline too (a theme's
 * `.comment-content` around the name and the date, a `.comment-body` that is the whole comment)
 * is read without the author, the time, the controls and nested comments, and without the loose
 * date or separator left at its edges ("März 7, 2018", "–"): the text is what the author wrote.
 */
function bodyWords(s: Strategy, el: Element, body: Element): string {
  const fields = [own(s, el, s.author, true, 'words'), timeOf(s, el)].filter(
    (f): f is Element => f !== null && body.contains(f) && f !== body,
  );
  if (fields.length === 0) return ownWords(s, body);
  const copy = body.cloneNode(true) as Element;
  const path = (f: Element) => pathFrom(body, f);
  for (const f of fields.map(path).map((p) => elementAt(copy, p))) f?.remove();
  for (const nested of safeAll(copy, s.comment)) nested.remove();
  for (const chrome of safeAll(copy, NOT_TEXT)) chrome.remove();
  for (const control of safeAll(copy, BODY_CHROME)) control.remove();
  for (const quoted of s.quote ? safeAll(copy, s.quote) : []) quoted.remove();
  trimLooseEdges(copy);
  return readText(copy).trim();
}

/** Child indexes from `root` down to `node`. */
function pathFrom(root: Element, node: Element): number[] {
  const out: number[] = [];
  for (let n: Element = node; n !== root && n.parentElement; n = n.parentElement)
    out.unshift(Array.from(n.parentElement.children).indexOf(n));
  return out;
}

function elementAt(root: Element, path: number[]): Element | null {
  let n: Element | null = root;
  for (const i of path) n = n?.children[i] ?? null;
  return n;
}

/** Node.TEXT_NODE and NodeFilter.SHOW_TEXT (the scan CLI's DOM has no globals for them). */
const SHOW_TEXT = 4;
/** Separators a byline leaves behind ("–", "//", "|", ","). */
const SEPARATOR = /^[\s–—\-|/·•,:]*$/;

/**
 * Removes the text nodes at the start and the end of a body copy that are only a date or a
 * separator, outside paragraphs (what is in a paragraph was written by the author).
 */
function trimLooseEdges(copy: Element): void {
  const walker = copy.ownerDocument.createTreeWalker(copy, SHOW_TEXT);
  const nodes: Node[] = [];
  for (let n = walker.nextNode(); n; n = walker.nextNode()) nodes.push(n);
  const loose = (n: Node) => {
    const t = (n.textContent ?? '').trim();
    // The copy is detached: `closest` stops at it.
    const prose = n.parentElement?.closest('p, blockquote, pre, li');
    return (!prose || prose === copy) && (SEPARATOR.test(t) || (t.length <= 40 && looksLikeTime(t)));
  };
  // A comment that is only such words ("12:30", "Yesterday") keeps them.
  const written = nodes.filter((n) => (n.textContent ?? '').trim() !== '');
  if (written.every(loose)) return;
  for (const n of written) {
    if (!loose(n)) break;
    n.textContent = '';
  }
  for (const n of written.reverse()) {
    if (!loose(n)) break;
    n.textContent = '';
  }
}

/** The author's name; a byline element holding the date too ("Name 29.07.2026") is read without it. */
function authorOf(s: Strategy, el: Element): string {
  const author = own(s, el, s.author, true, 'words');
  if (!author) return nameFromReplyLabel(own(s, el, s.replyButton)?.getAttribute('aria-label')) || linkbackName(s, el);
  const time = timeOf(s, el, author);
  if (!time || !author.contains(time) || time === author) return cleanAuthor(readText(author));
  const copy = author.cloneNode(true) as Element;
  elementAt(copy, pathFrom(author, time))?.remove();
  return cleanAuthor(readText(copy));
}

/**
 * The comment's time element. A match inside the author's element that shows no date is the
 * name's own link, not a date: a theme's `.commentmetadata` holding `cite.fn > a` before the
 * linked date (`.commentmetadata a` would take the name link).
 */
function timeOf(s: Strategy, el: Element, author = own(s, el, s.author, true, 'words')): Element | null {
  const inName = (e: Element) =>
    !!author?.contains(e) && e.tagName !== 'TIME' && !timeAttribute(e) && !looksLikeTime(readText(e));
  return own(s, el, s.time, true, false, (e) => !inName(e));
}

/** A pingback's or trackback's author: the linking post's title, the first link of the notice. */
function linkbackName(s: Strategy, el: Element): string {
  if (!s.linkback || !safeMatches(el, s.linkback)) return '';
  return readText(own(s, el, 'a[href]', false, 'words'))
    .replace(/\s+/g, ' ')
    .trim();
}

const idOf = (s: Strategy, el: Element, author: string, text: string): string =>
  fromPermalink(s, el, s.idFromPermalink) ||
  el.getAttribute('id') ||
  (s.idFrom ? own(s, el, s.idFrom)?.getAttribute('id') : null) ||
  el.getAttribute('data-id') ||
  el.getAttribute('data-comment-id') ||
  el.getAttribute('data-post-id') ||
  el.getAttribute('data-message-id') ||
  el.parentElement?.getAttribute('data-comment-id') ||
  `c${hashId(author, text)}`;

/** The id of a comment read only for its id (a parent, a thread's top comment). */
const idOfOther = (s: Strategy, el: Element): string => idOf(s, el, authorOf(s, el), ownText(s, el));

const isDeletedLabel = (t: string) => t !== '' && Object.values(DELETED).some((re) => re.test(t));

/** Reads `el` with strategy `s`; null when it is not one of its comments or holds nothing. */
export function readGenericComment(s: Strategy, el: Element, pageUrl: string): RawComment | null {
  if (!isComment(s, el)) return null;
  const note = s.deletedNote ? readText(own(s, el, s.deletedNote)).trim() : '';
  const body = ownText(s, el);
  // An emptied comment that keeps its place for its replies reads as its "deleted" note.
  const text = body.trim() === '' && isDeletedLabel(note) ? note : body;
  const author = authorOf(s, el);
  // A block that holds nothing but its "author" (a match box's team name) is no comment.
  if ((!text && !author) || (author && text.trim() === author.trim())) return null;
  const id = idOf(s, el, author, text);
  let depth = 0;
  let top = el;
  const parent = parentComment(s, el);
  for (let p = parent; p; p = parentComment(s, p)) {
    depth++;
    top = p;
  }
  const time = timeOf(s, el);
  return {
    platform: 'generic',
    id,
    author: author || '?',
    text,
    ...timeFields(time, fromPermalink(s, el, s.timeFromPermalink) ?? epochAttribute(s, el)),
    permalink: permalinkOf(s, el, time, pageUrl),
    parentId: parent ? idOfOther(s, parent) : undefined,
    depth,
    likes: parseCount(own(s, el, s.likes)?.textContent),
    threadId: top === el ? id : idOfOther(s, top),
    deleted: isDeletedLabel(text) || undefined,
  };
}

/** Epoch milliseconds from the comment element's `publishedAttr` (epoch seconds), if it has one. */
function epochAttribute(s: Strategy, el: Element): string | undefined {
  const v = s.publishedAttr ? el.getAttribute(s.publishedAttr)?.trim() : undefined;
  return v && /^\d{9,10}$/.test(v) ? String(Number(v) * 1000) : undefined;
}

/** The first group of a pattern in the address of the comment's own permalink, if it matches. */
function fromPermalink(s: Strategy, el: Element, re: RegExp | undefined): string | undefined {
  if (!re) return undefined;
  const href = own(s, el, s.permalink, true)?.getAttribute('href');
  return href ? re.exec(href)?.[1] : undefined;
}

/**
 * When it was written: epoch milliseconds the permalink carries, else a date from the time
 * element's attribute, else the text it shows ("3 hours ago").
 */
function timeFields(time: Element | null, epochMs?: string): Pick<RawComment, 'publishedAt' | 'relativeTime'> {
  const datetime = epochMs ? new Date(Number(epochMs)).toISOString() : timeAttribute(time);
  return {
    publishedAt: datetime && !Number.isNaN(Date.parse(datetime)) ? new Date(datetime).toISOString() : undefined,
    // Without a separator a byline puts before it ("· 3 hours ago").
    relativeTime:
      time && !datetime
        ? readText(time)
            .split('\n')[0]!
            .replace(/^[·•|–—-]\s*/, '') || undefined
        : undefined,
  };
}

/** The comment's link: its permalink element, the link around its time, or its element id on the page. */
function permalinkOf(s: Strategy, el: Element, time: Element | null, pageUrl: string): string | undefined {
  const timeLink = time?.closest('a');
  const link = own(s, el, s.permalink, true) ?? (timeLink && nearestComment(s, timeLink) === el ? timeLink : null);
  const anchor = el.getAttribute('id') ? `#${el.getAttribute('id')}` : undefined;
  const href = link?.getAttribute('href');
  // A link is relative to the page's <base href> when it has one (XenForo 1 writes "posts/123/").
  const doc = el.ownerDocument;
  const base = href && doc?.querySelector('base[href]') ? doc.baseURI : pageUrl;
  return absoluteUrl(href ?? anchor, base);
}
