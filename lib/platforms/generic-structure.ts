/**
 * The structural detector: finds a comment list nobody wrote a strategy for. A comment list is a
 * run of sibling blocks of the same kind (tag and first class) where each block holds an
 * author-like link or name, a time or date, and a block of text. The detector returns a
 * strategy made of the selectors those blocks share, so it is read like any named system.
 */
import type { Strategy } from './generic-systems';
import { readText } from './dom';

/** Dates and relative times as pages print them, in the languages the product reads. */
const TIME_TEXT = [
  /\b\d{4}-\d{2}-\d{2}\b/,
  /\b\d{1,2}[./]\s?\d{1,2}[./]\s?\d{2,4}\b/,
  /\b\d{1,2}:\d{2}\b/,
  /\b\d{1,2}\.?\s+(jan|feb|fév|mar|mär|apr|avr|may|mai|jun|juin|jul|juil|aug|août|sep|oct|okt|nov|dec|dez|déc|ene|abr|ago|dic|gen|mag|giu|lug|set|ott|sty|lut|kwi|cze|lip|sie|wrz|paź|lis|gru)/i,
  // "March 7, 2018", "März 7, 2018", "janv. 7, 2018": a month's name, the day, the year.
  /(^|\s)(jan|feb|fév|mar|mär|apr|avr|may|mai|jun|juin|jul|juil|aug|août|sep|oct|okt|nov|dec|dez|déc|ene|abr|ago|dic|gen|mag|giu|lug|set|ott)\S*\s+\d{1,2},?\s+\d{4}/i,
  /\b\d+\s*(s|sec|secs|seconds?|m|min|mins|minutes?|h|hr|hrs|hours?|d|days?|w|weeks?|mo|months?|y|years?)\s+ago\b/i,
  /\b(vor|il y a|hace|fa|temu)\b/i,
  /\b\d+\s*(minuten?|stunden?|tagen?|heures?|jours?|horas?|días?|ore|giorni|godz\.?|dni)\b/i,
  /^(just now|yesterday|gestern|hier|ayer|ieri|wczoraj|heute|today)$/i,
];

export function looksLikeTime(text: string): boolean {
  const t = text.trim();
  return t.length > 0 && t.length <= 60 && TIME_TEXT.some((re) => re.test(t));
}

const AUTHOR_HREF = /(user|member|profile|author|people|account|\/u\/|\/@|~)/i;
// `fn`: the hCard name class (WordPress's cite.fn, b.fn).
const AUTHOR_CLASS = /(author|user|name|nick|poster|member|byline|(^|\s)fn(\s|$))/i;
const TIME_CLASS = /(time|date|age|ago|posted|stamp)/i;

/** A selector naming an element by its tag and first class (the key blocks are grouped by). */
export function keyOf(el: Element): string {
  const tag = el.tagName.toLowerCase();
  const first = (el.getAttribute('class') ?? '').trim().split(/\s+/)[0];
  return first && /^[a-z_-][\w-]*$/i.test(first) ? `${tag}.${first}` : tag;
}

const wordCount = (s: string) => s.split(/\s+/).filter(Boolean).length;

/** "Name | Di, 21. April 2020 - 16:40": a byline holding the name and the date as plain text. */
function isByline(el: Element): boolean {
  if (!/^H[1-6]$/.test(el.tagName) || !(el.textContent ?? '').includes(' | ')) return false;
  const m = /^([^|\n]{1,60}) \| ([^\n]{1,60})$/.exec(readText(el));
  return !!m && wordCount(m[1]!) <= 6 && looksLikeTime(m[2]!);
}

function isAuthorLike(el: Element): boolean {
  if (isByline(el)) return true;
  // Cheap tests on the tag and attributes first: the text is read only for candidates.
  const link = el.tagName === 'A' && AUTHOR_HREF.test(el.getAttribute('href') ?? '');
  const named = `${el.getAttribute('class') ?? ''} ${el.getAttribute('itemprop') ?? ''} ${el.getAttribute('rel') ?? ''}`;
  const byName = AUTHOR_CLASS.test(named) && !TIME_CLASS.test(named);
  if (!link && !byName && el.tagName !== 'CITE') return false;
  // An avatar (a link around a picture): its only "text" is the picture's alt ("user picture").
  if ((el.textContent ?? '').trim() === '') return false;
  const text = readText(el);
  if (text.length === 0 || text.length > 60 || wordCount(text) > 6 || text.includes('\n')) return false;
  return link || el.tagName === 'CITE' || !looksLikeTime(text);
}

function isTimeLike(el: Element): boolean {
  if (
    el.tagName === 'TIME' ||
    el.hasAttribute('datetime') ||
    el.hasAttribute('data-time') ||
    el.hasAttribute('data-timestamp')
  )
    return true;
  if (/^\d{4}-\d{2}-\d{2}T/.test(el.getAttribute('content') ?? '')) return true;
  if (el.childElementCount > 1 || (el.firstElementChild && el.firstElementChild.tagName !== 'A')) return false;
  const raw = el.textContent ?? '';
  if (raw.length > 80) return false;
  const cls = el.getAttribute('class') ?? '';
  const text = readText(el);
  return looksLikeTime(text) && (TIME_CLASS.test(cls) || text.length <= 30);
}

/** The parts of one block: the first author-like, time-like and largest text element. */
interface Parts {
  author: Element;
  time: Element;
  text: Element;
}

/** Parts found per element during one detection, and comment elements confirmed while reading. */
let memo = new WeakMap<Element, Parts | null>();

function partsOf(block: Element): Parts | null {
  if (memo.has(block)) return memo.get(block)!;
  const found = findParts(block);
  memo.set(block, found);
  return found;
}

/** A heading linking to another page: an article teaser in a listing, not a comment. */
const TEASER_HEADING = 'h1 a[href], h2 a[href], h3 a[href], h4 a[href]';
const HEADINGS = 'h1, h2, h3, h4, h5, h6';
/** Class names of an item's title ("entry-title", "story-card__headline"); a user's title ("userTitle") is not one. */
const TITLE_CLASS = /title|headline/i;
const isTitleClassed = (el: Element | null) => {
  const cls = el?.getAttribute('class') ?? '';
  return TITLE_CLASS.test(cls) && !/user/i.test(cls);
};
/** Microdata that says the block is an article or a post, or holds its headline. */
const TEASER_ITEM =
  '[itemtype*="Article" i], [itemtype*="CreativeWork" i], [itemtype*="BlogPosting" i], [itemprop="headline"]';
/** A link to another page: a comment's permalink and a comment subject's point into the page (#…). */
const toOtherPage = (a: Element | null) => {
  const href = a?.getAttribute('href') ?? '';
  return !!a && href !== '' && !href.includes('#') && !/^javascript:/i.test(href);
};
/** A block inside a link to another page (a whole card is the link) or classed as a teaser. */
const linksAway = (a: Element | null) => !!a && !(a.getAttribute('href') ?? '').startsWith('#');
const isTeaser = (block: Element) =>
  block.matches(TEASER_ITEM) ||
  block.querySelector(TEASER_ITEM) !== null ||
  linksAway(block.closest('a[href]')) ||
  block.matches('[class*="teaser" i]') ||
  block.querySelector('[class*="teaser" i]') !== null ||
  Array.from(block.querySelectorAll(TEASER_HEADING)).some(toOtherPage);

/**
 * Posts from social networks that an article shows (an embedded tweet, Instagram or TikTok post,
 * a Facebook post plugin, their frames) and a live blog's update entries are the article's
 * content, not comments on it.
 */
const EMBEDDED_POST =
  'blockquote.twitter-tweet, blockquote.twitter-video, twitter-widget, .instagram-media, blockquote.tiktok-embed, .fb-post, .fb-video, blockquote.bluesky-embed, blockquote.threads-embed, iframe[src*="twitter.com/"], iframe[src*="platform.x.com/"], iframe[src*="instagram.com/"], iframe[src*="facebook.com/plugins/"], iframe[src*="tiktok.com/embed"]';
const LIVE_ENTRY =
  '[itemprop="liveBlogUpdate"], [class*="liveblog" i], [class*="live-blog" i], [class*="live-update" i], [class*="liveupdate" i], [class*="live-post" i], [class*="live-entry" i]';
/** The address of one post on a social network: what a feed of quoted posts credits each item with. */
const SOCIAL_POST =
  /^(?:https?:)?\/\/(?:www\.|mobile\.)?(?:(?:twitter|x)\.com\/\w+\/status(?:es)?\/\d|instagram\.com\/(?:p|reel|tv)\/|facebook\.com\/[^/]+\/(?:posts|videos)\/|tiktok\.com\/@[^/]+\/video\/|threads\.net\/@[^/]+\/post\/|bsky\.app\/profile\/[^/]+\/post\/)/i;

/** A block that is, holds or sits in an embedded social post or a live blog's entry. */
function isEmbeddedPost(block: Element): boolean {
  if (block.matches(EMBEDDED_POST) || block.querySelector(EMBEDDED_POST) !== null) return true;
  // A comment section named like a live one ("live-comments") is still comments.
  for (let e = block.closest(LIVE_ENTRY); e; e = e.parentElement?.closest(LIVE_ENTRY) ?? null)
    if (!/comment/i.test(e.getAttribute('class') ?? '')) return true;
  return false;
}

/**
 * A block credited to a post on a social network (a link to the post beside its text, as a feed
 * of quoted tweets credits each one): the post's words, quoted by the page. A link to a post in
 * the text is the commenter's own reference.
 */
function creditsSocialPost(block: Element, text: Element): boolean {
  for (const a of Array.from(block.querySelectorAll('a[href]')))
    if (!text.contains(a) && SOCIAL_POST.test(a.getAttribute('href') ?? '')) return true;
  return false;
}

/**
 * Whether a block that has a comment's parts shows an item's title instead (asked last, only of
 * blocks that look like comments otherwise): a link to another page that holds a heading (a
 * card's headline wrapped in the story's link), that is classed as a title or headline or is the
 * link of an element so classed, or that comes before the text labelled like a headline.
 */
function showsTitle(block: Element, p: Parts): boolean {
  for (const a of Array.from(block.querySelectorAll('a[href]'))) {
    if (!toOtherPage(a)) continue;
    // Cheap tests on the link first; where it sits is looked at only for a candidate.
    const titled = isTitleClassed(a) || isTitleClassed(a.parentElement) || a.querySelector(HEADINGS) !== null;
    if (!titled && !headlineLike(a)) continue;
    // Links in the text, and the author's and the time's own, are not an item's title.
    if ([p.text, p.author, p.time].some((f) => f.contains(a) || a.contains(f))) continue;
    // 4: DOCUMENT_POSITION_FOLLOWING (no global Node in the scan command).
    if (titled || (a.compareDocumentPosition(p.text) & 4) !== 0) return true;
  }
  return false;
}

/**
 * A link labelled like a headline (4 words or more) outside prose paragraphs: when it comes
 * before the text, a teaser's title above its excerpt (a forum signature, "more from this
 * writer" and the replies come after the text).
 */
function headlineLike(a: Element): boolean {
  return wordCount(a.textContent ?? '') >= 4 && !a.closest('p, blockquote, pre') && wordCount(readText(a)) >= 4;
}

/** Most of the text is a link to another page (a teaser's title, a list of counts or tags), not something written. */
function mostlyLink(text: Element, len: number): boolean {
  let linked = 0;
  for (const a of Array.from(text.querySelectorAll('a[href]')))
    if (!(a.getAttribute('href') ?? '').startsWith('#')) linked += (a.textContent ?? '').trim().length;
  return linked >= len * 0.8;
}

/**
 * The elements a block's parts are looked for in: its own, and for a definition list's term the
 * definitions after it (`dt` with the name and the date, `dd` with the text).
 */
function regionOf(block: Element): Element[] {
  const all = Array.from(block.querySelectorAll('*'));
  if (block.tagName !== 'DT') return all;
  for (let n = block.nextElementSibling; n?.tagName === 'DD'; n = n.nextElementSibling)
    all.push(n, ...Array.from(n.querySelectorAll('*')));
  return all;
}

/** Controls beside a comment's text: buttons, reply and "log in to answer" links, like counters. */
const CONTROL =
  'button, [role="button"], a[class*="reply" i], a[href*="replytocom="], a[class*="btn" i], a[class*="button" i], [class*="reply-link" i], [class*="comment-like" i]';
/** Where no comment text is: a form (the reply box), hidden or screen-reader-only parts. */
const NO_TEXT_AROUND =
  'form, button, template, [hidden], [aria-hidden="true"], [class*="visually-hidden"], [class*="sr-only"]';

/**
 * Whether an element may be a block's text: a text tag, not holding or inside the author or the
 * time, not in a reply nested in the block (an element of the block's own kind), a form, a
 * hidden part, and not holding a form field.
 */
function mayBeText(block: Element, key: string, e: Element, author: Element, time: Element): boolean {
  if (!/^(P|DIV|SPAN|BLOCKQUOTE|SECTION|TD|DD)$/.test(e.tagName)) return false;
  if (e.contains(author) || e.contains(time) || author.contains(e) || time.contains(e)) return false;
  const around = e.closest(NO_TEXT_AROUND);
  if (around && !around.contains(block)) return false;
  // The author's box ("member since", links to their photos) is not the text, unless it is a
  // wrapper that holds the date as well.
  const authorBox = e.closest('[class*="author" i]');
  if (authorBox && !authorBox.contains(block) && !authorBox.contains(time)) return false;
  const nested = e.closest(key);
  if (nested && nested !== block && !nested.contains(block)) return false;
  return e.querySelector('textarea, input, select') === null;
}

/** Characters of an element's text outside its controls (a "Reply" link is not what was written). */
function writtenLength(e: Element): number {
  const chars = (n: Element) => (n.textContent ?? '').replace(/\s+/g, ' ').trim().length;
  let len = chars(e);
  for (const c of Array.from(e.querySelectorAll(CONTROL))) len -= chars(c);
  return e.matches(CONTROL) ? 0 : len;
}

function findParts(block: Element): Parts | null {
  const all = regionOf(block);
  if (all.length > 3000) return null; // a page region, not a comment
  if (isTeaser(block) || isEmbeddedPost(block)) return null;
  const author = all.find(isAuthorLike);
  // A byline may hold its machine-readable date; any other author element holds no time.
  const byline = !!author && isByline(author);
  const time = all.find(
    (e) => e !== author && (byline || !author?.contains(e)) && !e.contains(author ?? null) && isTimeLike(e),
  );
  if (!author || !time) return null;
  let text: Element | null = null;
  let best = 0;
  const key = keyOf(block);
  for (const e of all) {
    // The cheap test first: only an element with more text than the best so far is looked at.
    if ((e.textContent ?? '').trim().length <= best || !mayBeText(block, key, e, author, time)) continue;
    const len = writtenLength(e);
    // The element with the most text; on a tie the outer one (seen first), e.g. a body around its paragraph.
    if (len > best) {
      best = len;
      text = e;
    }
  }
  if (!text || best < 2) return null;
  // Link and child shares are of the text as the page holds it (spaces included).
  const raw = (text.textContent ?? '').trim().length;
  if (mostlyLink(text, raw)) return null;
  // Down into a classed child holding nearly all of it (the text beside a short "reply" link).
  for (let inner = mainChild(text, raw); inner; inner = mainChild(text, raw)) text = inner;
  const parts = { author, time, text };
  return showsTitle(block, parts) || creditsSocialPost(block, text) ? null : parts;
}

/** The classed child of `el` holding at least 85 % of its `len` characters of text, if any. */
function mainChild(el: Element, len: number): Element | null {
  for (const c of Array.from(el.children)) {
    if (keyOf(c) !== c.tagName.toLowerCase() && (c.textContent ?? '').trim().length >= len * 0.85) return c;
  }
  return null;
}

/** The most common value of a list (first seen wins a tie). */
function mostCommon(values: string[]): string {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  let best = values[0]!;
  for (const [v, n] of counts) if (n > (counts.get(best) ?? 0)) best = v;
  return best;
}

/** A selector for a part inside its block: its key, with the link's href kind for bare links. */
function partKey(el: Element): string {
  const key = keyOf(el);
  if (key !== el.tagName.toLowerCase()) return key;
  if (el.tagName === 'A') {
    const m = AUTHOR_HREF.exec(el.getAttribute('href') ?? '');
    if (m) return `a[href*="${m[1]}"]`;
  }
  const parent = el.parentElement;
  return parent && keyOf(parent) !== parent.tagName.toLowerCase() ? `${keyOf(parent)} > ${key}` : key;
}

/** Where a block says its depth, when the list is flat (an indent, depth or level attribute). */
const INDENT_ATTRS = ['indent', 'data-depth', 'depth', 'data-level', 'aria-level'];

function indentSelector(blocks: Element[]): string | undefined {
  for (const attr of INDENT_ATTRS) {
    const sel = `[${attr}]`;
    if (blocks.filter((b) => b.matches(sel) || b.querySelector(sel)).length >= blocks.length * 0.8) return sel;
  }
  return undefined;
}

export interface Detected {
  strategy: Strategy;
  /** How many blocks looked like comments. */
  blocks: number;
}

const SKIP = new Set(['HEAD', 'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'NAV', 'SELECT', 'FORM']);

/**
 * The repeated sibling blocks that look most like a comment list, as a strategy; null when no
 * run of at least 2 such blocks exists. Replies nested inside blocks (nested lists) are found by
 * the same selector; flat lists with an indent attribute get their depth from it.
 */
export function detectCommentStructure(doc: Document): Detected | null {
  const body = doc.body;
  if (!body) return null;
  memo = new WeakMap();
  let best = bestCandidate(candidatesIn(body), body);
  if (!best) return null;
  // Wrappers without ids around comments with ids (one comment per wrapper): read the inner ones.
  const inner = best.parts.map((p, i) => idHolder(best!.blocks[i]!, p));
  // Replies nested in their parent's block: the blocks stay the comments (the nesting is theirs).
  const nests = best.blocks.some((b) => best!.blocks.some((o) => o !== b && b.contains(o)));
  if (
    !nests &&
    inner.every((e) => e !== null) &&
    new Set(inner.map((e) => keyOf(e!))).size === 1 &&
    keyOf(inner[0]!).includes('.')
  ) {
    best = { ...best, sel: keyOf(inner[0]!), container: null, blocks: inner as Element[] };
  }
  const idFrom = best.blocks.some((b) => b.id) ? undefined : idPrefixSelector(best.blocks, best.parts);
  const replyMark = nests ? undefined : replyClass(best.blocks);
  const author = mostCommon(best.parts.map((p) => partKey(p.author)));
  const time = mostCommon(best.parts.map((p) => partKey(p.time)));
  const text = mostCommon(best.parts.map((p) => partKey(p.text)));
  return {
    blocks: best.blocks.length,
    strategy: {
      name: 'structure',
      root: best.container ? selectorOf(best.container, body) : undefined,
      comment: best.sel,
      accept: confirmedComment(),
      author,
      time,
      text,
      // A forum's quote of another comment (classed as one, or naming whom it quotes).
      quote: 'blockquote[class*="quote" i], blockquote[data-name], blockquote[data-author]',
      permalink: `${time} a[href], a[href] ${time}`,
      indent: indentSelector(best.blocks),
      ...(idFrom ? { idFrom } : {}),
      ...(replyMark ? { replyMark } : {}),
      // A definition list's comment: the text is in the definitions after the term.
      ...(best.blocks[0]!.tagName === 'DT' ? { partsAfter: 'dd' } : {}),
      replyButton: 'button[class*="reply" i], a[class*="reply" i], a[href*="reply" i]',
      replyField: 'textarea, [contenteditable="true"]',
    },
  };
}

interface Candidate {
  container: Element | null;
  members: Element[];
}

/**
 * Candidates: keys (tag + first class) repeated among the children of some element. A classed
 * key is counted over the whole page (replies nested elsewhere share it); a bare tag only inside
 * its own list.
 */
function candidatesIn(body: HTMLElement): Map<string, Candidate> {
  const candidates = new Map<string, Candidate>();
  for (const container of [body, ...Array.from(body.querySelectorAll('*'))]) {
    if (SKIP.has(container.tagName.toUpperCase()) || container.childElementCount < 2) continue;
    const groups = new Map<string, number>();
    for (const child of Array.from(container.children)) groups.set(keyOf(child), (groups.get(keyOf(child)) ?? 0) + 1);
    for (const [key, n] of groups) {
      if (n < 2) continue;
      if (key.includes('.')) {
        if (!candidates.has(key))
          candidates.set(key, { container: null, members: Array.from(body.querySelectorAll(key)) });
      } else addListCandidate(candidates, body, container, key);
    }
  }
  return candidates;
}

/** The list's own items, and items of the same kind of list nested in them (replies). */
function addListCandidate(candidates: Map<string, Candidate>, body: Element, container: Element, key: string): void {
  const sel = `${selectorOf(container, body)} ${key}`;
  const listTag = container.tagName.toLowerCase();
  if (candidates.has(sel)) return;
  const own = Array.from(container.children).filter((c) => keyOf(c) === key);
  // Only a list whose own items are comments (a page layout's rows hold the whole page).
  if (own.slice(0, 300).filter((m) => partsOf(m) !== null).length < 2) return;
  const nested = own.flatMap((m) => Array.from(m.querySelectorAll(`${listTag} > ${key}`)));
  candidates.set(sel, { container, members: [...own, ...nested] });
}

interface Best {
  sel: string;
  container: Element | null;
  blocks: Element[];
  parts: Parts[];
  depth: number;
  distinct: number;
}

/** The candidate with the most distinct authors among blocks that look like comments. */
function bestCandidate(candidates: Map<string, Candidate>, body: Element): Best | null {
  let best: Best | null = null;
  for (const [key, { container, members }] of candidates) {
    const found = scored(key, container, members) ?? narrowed(key, container, members, body);
    if (!found) continue;
    // More comments wins; on a tie the inner ones (a wrapper holding one comment is not the comment).
    if (!best || found.distinct > best.distinct || (found.distinct === best.distinct && found.depth > best.depth))
      best = found;
  }
  return best;
}

/** The blocks of a candidate that look like comments, when they are at least half of it. */
function scored(sel: string, container: Element | null, members: Element[]): Best | null {
  const { blocks, parts } = commentBlocks(members);
  // A block and a wrapper inside it both holding the same author line are one comment.
  const distinct = new Set(parts.map((p) => p.author)).size;
  if (distinct < 2 || blocks.length * 2 < Math.min(members.length, 300)) return null;
  return { sel, container, blocks, parts, depth: depthOf(blocks[0]!), distinct };
}

function commentBlocks(members: Element[]): { blocks: Element[]; parts: Parts[] } {
  const parts: Parts[] = [];
  const blocks: Element[] = [];
  for (const m of members.slice(0, 300)) {
    if (SKIP.has(m.tagName.toUpperCase())) continue;
    const p = partsOf(m);
    if (p) {
      parts.push(p);
      blocks.push(m);
    }
  }
  return { blocks, parts };
}

/**
 * A key whose first class is a page-wide layout class (`div.ds-mb` on comments and on every
 * other box) holds the comments among many other blocks: the comments are then named by another
 * class all of them share (`div.comment-item`), when that one is mostly comments.
 */
function narrowed(key: string, container: Element | null, members: Element[], body: Element): Best | null {
  if (container || !key.includes('.')) return null;
  const { blocks } = commentBlocks(members);
  if (new Set(blocks.map((b) => partsOf(b)!.author)).size < 2) return null;
  const tag = blocks[0]!.tagName.toLowerCase();
  // The other classes two blocks or more carry, the most carried first.
  const carried = new Map<string, number>();
  for (const b of blocks)
    for (const c of Array.from(b.classList))
      if (/^[a-z_-][\w-]*$/i.test(c) && `${tag}.${c}` !== key) carried.set(c, (carried.get(c) ?? 0) + 1);
  const shared = [...carried].filter(([, n]) => n >= 2).sort((a, b) => b[1] - a[1]);
  for (const [c] of shared) {
    const found = scored(`${tag}.${c}`, null, Array.from(body.querySelectorAll(`${tag}.${c}`)));
    if (found) return found;
  }
  return null;
}

/**
 * While reading, an element once seen as a comment stays one (its ancestors are asked often);
 * one that was not is asked again (its text may have arrived since).
 */
function confirmedComment(): (el: Element) => boolean {
  const confirmed = new WeakSet<Element>();
  return (el) => {
    if (confirmed.has(el)) return true;
    const ok = findParts(el) !== null;
    if (ok) confirmed.add(el);
    return ok;
  };
}

/** Inside a block without an id: the element with an id that holds all the comment's parts. */
function idHolder(block: Element, p: Parts): Element | null {
  if (block.id) return null;
  let core: Element | null = p.author;
  while (core && !(core.contains(p.time) && core.contains(p.text))) core = core.parentElement;
  for (let e = core; e && e !== block; e = e.parentElement) if (e.id) return e;
  return null;
}

/**
 * Blocks without ids whose text and time sit in an element with an id of one pattern
 * (`comment-123` on the article inside each list item, or on the message box beside the
 * author's box): a selector for that element by the ids' common prefix, read as the comment's id.
 */
function idPrefixSelector(blocks: Element[], parts: Parts[]): string | undefined {
  const ids: string[] = [];
  for (const [i, p] of parts.entries()) {
    let e: Element | null = p.text;
    while (e && e !== blocks[i] && !(e.id && e.contains(p.time))) e = e.parentElement;
    if (!e || e === blocks[i]) return undefined;
    ids.push(e.id);
  }
  const prefix = /^([A-Za-z][\w-]*?[-_])\d+$/.exec(ids[0] ?? '')?.[1];
  return prefix && ids.every((id) => id.startsWith(prefix) && /^\d+$/.test(id.slice(prefix.length)))
    ? `[id^="${prefix}"]`
    : undefined;
}

/** A class naming a reply ("comment-sub", "is-reply", "child-comment"), not replies ("has-replies"). */
const REPLY_CLASS = /^(?:[a-z]+[-_])*(?:sub|reply|child|answer|response)(?:[-_](?:comment|item|post|entry))?$/i;

/**
 * In a flat list, a reply class some blocks carry and others do not (the first block, which
 * answers none, never): a selector for the replies, or undefined.
 */
function replyClass(blocks: Element[]): string | undefined {
  const tag = blocks[0]!.tagName.toLowerCase();
  const candidates = new Set(
    blocks.slice(1).flatMap((b) => Array.from(b.classList).filter((c) => REPLY_CLASS.test(c))),
  );
  const found = [...candidates].find((c) => /^[a-z_-][\w-]*$/i.test(c) && !blocks[0]!.classList.contains(c));
  return found ? `${tag}.${found}` : undefined;
}

function depthOf(el: Element): number {
  let d = 0;
  for (let p = el.parentElement; p; p = p.parentElement) d++;
  return d;
}

/** A selector for a list container: its id, else its key under the nearest ancestor with an id. */
function selectorOf(el: Element, body: Element): string {
  if (el === body) return 'body';
  const id = el.getAttribute('id');
  if (id && /^[A-Za-z][\w-]*$/.test(id)) return `#${id}`;
  for (let p = el.parentElement; p && p !== body; p = p.parentElement) {
    const pid = p.getAttribute('id');
    if (pid && /^[A-Za-z][\w-]*$/.test(pid)) return `#${pid} ${keyOf(el)}`;
  }
  return keyOf(el);
}
