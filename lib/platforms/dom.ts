/**
 * Small DOM helpers shared by the adapters. Pure functions over a root; no globals, so the
 * adapters run the same in the content script, in jsdom tests and in the `scan` command.
 */
import type { SelectorChain } from './types';
import { HOST_ATTR } from '@/lib/content/dom-labels';

const warned = new Set<string>();

/** Log once per selector name that nothing matched: a free "the site changed" signal. */
export function warnMissing(name: string): void {
  if (warned.has(name)) return;
  warned.add(name);
  console.info(`[stormwatch] ${name} not found`);
}

function chain(selectors: SelectorChain): readonly string[] {
  return typeof selectors === 'string' ? [selectors] : selectors;
}

/** First element matching the first selector of the chain that matches anything. */
export function queryFirst<T extends Element = HTMLElement>(root: ParentNode, selectors: SelectorChain): T | null {
  for (const s of chain(selectors)) {
    const el = root.querySelector<T & Element>(s);
    if (el) return el;
  }
  return null;
}

/** All elements matching the first selector of the chain that matches anything. */
export function queryAll<T extends Element = HTMLElement>(root: ParentNode, selectors: SelectorChain): T[] {
  for (const s of chain(selectors)) {
    const found = root.querySelectorAll<T & Element>(s);
    if (found.length > 0) return Array.from(found);
  }
  return [];
}

/** Elements at or inside `node` that match the chain (the node itself included). */
export function queryAllIncludingSelf(node: ParentNode, selectors: SelectorChain): Element[] {
  const out: Element[] = [];
  const el = node as Element;
  for (const s of chain(selectors)) {
    if (typeof el.matches === 'function' && el.matches(s)) out.push(el);
    out.push(...Array.from(node.querySelectorAll(s)));
    if (out.length > 0) return out;
  }
  return out;
}

/**
 * The selectors of a selector list, in their order: "a, b:is(c, d)" → ["a", "b:is(c, d)"]. Commas
 * inside parentheses, brackets or quotes do not split.
 */
export function splitSelectorList(list: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let quote = '';
  let start = 0;
  for (let i = 0; i < list.length; i++) {
    const c = list[i]!;
    if (quote) {
      if (c === '\\') i++;
      else if (c === quote) quote = '';
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '(' || c === '[') depth++;
    else if (c === ')' || c === ']') depth = Math.max(0, depth - 1);
    else if (c === ',' && depth === 0) {
      out.push(list.slice(start, i).trim());
      start = i + 1;
    }
  }
  out.push(list.slice(start).trim());
  return out.filter((x) => x !== '');
}

const SKIP_TAGS = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT']);
const BLOCK_TAGS = new Set(['P', 'DIV', 'LI', 'BLOCKQUOTE', 'PRE', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'UL', 'OL']);

const isClassSpace = (c: number) => c === 32 || c === 9 || c === 10 || c === 12 || c === 13;

/**
 * `el.classList.contains(name)`, read from the class attribute string: a `classList` is an object
 * the browser creates for each element on first use, a measurable cost on every comment of a page.
 */
export function hasClass(el: Element, name: string): boolean {
  const cls = el.getAttribute('class');
  return !!cls && classListHas(cls, name);
}

/** Is `name` one of the classes in the class attribute value `cls`? */
function classListHas(cls: string, name: string): boolean {
  for (let i = cls.indexOf(name); i >= 0; i = cls.indexOf(name, i + 1)) {
    const end = i + name.length;
    if ((i === 0 || isClassSpace(cls.charCodeAt(i - 1))) && (end === cls.length || isClassSpace(cls.charCodeAt(end))))
      return true;
  }
  return false;
}

/** Elements whose text is not the comment's: Stormwatch's own UI and screen-reader duplicates. */
function skipped(e: Element, tag: string): boolean {
  if (SKIP_TAGS.has(tag) || e.hasAttribute(HOST_ATTR)) return true;
  // The class attribute read once for both names (each read is a call into the page's DOM).
  const cls = e.getAttribute('class');
  return !!cls && (classListHas(cls, 'visually-hidden') || classListHas(cls, 'sr-only'));
}

/**
 * Visible text of an element: text nodes plus the `alt` of emoji images, skipping elements
 * Stormwatch added and screen-reader-only duplicates. Whitespace is collapsed per line.
 * Cheap checks per element (no selector matching): it runs for every comment on the page.
 */
export function readText(el: Element | null | undefined): string {
  if (!el) return '';
  let out = '';
  // Walked with a stack of its own, not by recursion: a page can nest elements 30,000 deep and
  // overflow the call stack (docs/RELIABILITY.md H9). Each frame: the next child to read, and
  // whether its element is a block (a line break after its last child).
  const stack: Array<{ next: ChildNode | null; block: boolean }> = [];
  if (el.firstElementChild === null) out = el.textContent ?? '';
  else stack.push({ next: el.firstChild, block: false });
  while (stack.length > 0) {
    const top = stack[stack.length - 1]!;
    const child = top.next;
    if (!child) {
      stack.pop();
      if (top.block) out += '\n';
      continue;
    }
    top.next = child.nextSibling;
    if (child.nodeType === 3) {
      out += child.nodeValue ?? '';
      continue;
    }
    if (child.nodeType !== 1) continue;
    const e = child as Element;
    const tag = e.tagName;
    if (skipped(e, tag)) continue;
    if (tag === 'IMG') out += e.getAttribute('alt') ?? '';
    else if (tag === 'BR') out += '\n';
    else {
      const block = BLOCK_TAGS.has(tag);
      if (block && out !== '') out += '\n';
      // An element with text only (the usual paragraph): its text in one call, not node by node.
      if (e.firstElementChild === null) {
        out += e.textContent ?? '';
        if (block) out += '\n';
      } else stack.push({ next: e.firstChild, block });
    }
  }
  // Most comments are one line, often one paragraph (its block ends in a line break): no
  // per-line work. Blank lines at either end are dropped below anyway, so trimming first is the same.
  const text = out.trim();
  if (!text.includes('\n')) return text.replace(/\s+/g, ' ');
  const lines: string[] = [];
  for (const raw of text.split('\n')) {
    const line = raw.replace(/\s+/g, ' ').trim();
    if (line !== '' || (lines.length > 0 && lines[lines.length - 1] !== '')) lines.push(line);
  }
  while (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
  return lines.join('\n');
}

/** Does `text` (trimmed) match the label of any UI language in `table` (one pattern per language)? */
export function matchesLabel(table: Readonly<Record<string, RegExp>>, text: string): boolean {
  const t = text.trim();
  return Object.values(table).some((re) => re.test(t));
}

/**
 * First match of the chain inside `el` that belongs to `el` itself, not to a comment nested in
 * it: `owner` gives the comment a node belongs to (usually `n.closest(COMMENT)`).
 */
export function ownFirst<T extends Element = HTMLElement>(
  el: Element,
  selectors: SelectorChain,
  owner: (n: Element) => Element | null,
): T | null {
  for (const s of chain(selectors)) {
    for (const found of Array.from(el.querySelectorAll<T & Element>(s))) if (owner(found) === el) return found;
  }
  return null;
}

/** All matches of `selector` inside `el` that belong to `el` itself (see `ownFirst`). */
export function ownAll<T extends Element = HTMLElement>(
  el: Element,
  selector: string,
  owner: (n: Element) => Element | null,
): T[] {
  return Array.from(el.querySelectorAll<T & Element>(selector)).filter((n) => owner(n) === el);
}

const PLAIN_COUNT = /^\d{1,15}$/;

/** Parse counts such as "1.2K", "3,4 tys.", "15", "" (→ undefined). */
export function parseCount(raw: string | null | undefined): number | undefined {
  if (!raw) return undefined;
  // Plain digits, the usual case (old.reddit's score title), without the unit parsing below.
  if (PLAIN_COUNT.test(raw)) return Number(raw);
  const s = raw.trim().toLowerCase().replace(/\s/g, '');
  const m = /^(\d+(?:[.,]\d+)?)(k|tys\.?|m|mln\.?|mld)?/.exec(s);
  if (!m) return undefined;
  const n = Number.parseFloat(m[1]!.replace(',', '.'));
  const unit = m[2] ?? '';
  const mult =
    unit.startsWith('k') || unit.startsWith('tys')
      ? 1e3
      : unit.startsWith('m')
        ? unit.startsWith('mld')
          ? 1e9
          : 1e6
        : 1;
  return Math.round(n * mult);
}

/** A short stable hash (FNV-1a, hex) for ids when a platform gives none. */
export function hashId(...parts: string[]): string {
  let h = 0x811c9dc5;
  for (const p of parts) {
    for (let i = 0; i < p.length; i++) {
      h ^= p.charCodeAt(i);
      h = Math.imul(h, 0x01000193);
    }
    h ^= 0x1f;
  }
  return (h >>> 0).toString(16).padStart(8, '0');
}

let lastPage = '';
let lastOrigin = '';
/** Path-absolute hrefs with only characters URL parsing keeps as they are ("/r/a/comments/b/"). */
const PLAIN_PATH = /^\/(?!\/)[A-Za-z0-9\-._~!$&'()*+,;=:@%/?#]*$/;

/** Resolve a possibly relative href against the page URL; undefined when unusable. */
export function absoluteUrl(href: string | null | undefined, pageUrl: string): string | undefined {
  if (!href) return undefined;
  // Fast path for the common "/path" links (one URL parse per page instead of one per comment).
  if (
    PLAIN_PATH.test(href) &&
    !href.includes('/./') &&
    !href.includes('/../') &&
    !href.endsWith('/.') &&
    !href.endsWith('/..')
  ) {
    if (pageUrl !== lastPage) {
      try {
        const u = new URL(pageUrl);
        lastOrigin = u.protocol === 'https:' || u.protocol === 'http:' ? u.origin : '';
      } catch {
        lastOrigin = '';
      }
      lastPage = pageUrl;
    }
    if (lastOrigin) return lastOrigin + href;
  }
  try {
    const u = new URL(href, pageUrl);
    return u.protocol === 'https:' || u.protocol === 'http:' ? u.toString() : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Frames that hold a comment form: Blogger's `iframe#comment-editor` (blogger.com), Jetpack's
 * `iframe#jetpack_remote_comment` (jetpack.wordpress.com) and others named after comments.
 */
const COMMENT_FORM_FRAME = 'iframe[id*="comment" i], iframe[name*="comment" i], iframe[class*="comment" i]';

/** Whether the page cannot reach into a frame: no document for it, or loaded from another origin. */
function unreachable(frame: HTMLIFrameElement): boolean {
  let doc: Document | null;
  try {
    doc = frame.contentDocument;
  } catch {
    return true;
  }
  if (!doc) return true;
  const src = frame.getAttribute('src')?.trim();
  if (!src || /^about:/i.test(src)) return false;
  try {
    const page = frame.ownerDocument;
    return new URL(src, page.baseURI).origin !== new URL(page.URL).origin;
  } catch {
    return false;
  }
}

/**
 * Where a comment's reply box is when no field for it could be reached: a frame from another
 * site inside the comment (Blogger moves its comment frame under the comment whose Reply was
 * clicked; Jetpack moves WordPress's #respond with its frame), else the page's comment form frame
 * from another site. Null when there is none, or when the frame is the page's own.
 */
export function unreachableReplyFrame(comment: Element): HTMLIFrameElement | null {
  const inside = Array.from(comment.querySelectorAll('iframe')).find(unreachable);
  if (inside) return inside;
  const onPage = Array.from(comment.ownerDocument.querySelectorAll<HTMLIFrameElement>(COMMENT_FORM_FRAME));
  return onPage.find(unreachable) ?? null;
}
