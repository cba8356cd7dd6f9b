/**
 * Any other site: blogs, news sites, forums. Used only where the user allowed Stormwatch (the
 * toolbar button once, or "always on this site"), never by URL match.
 *
 * A site's comments are found by, in order:
 *   1. the user's own selectors for that host (Settings → "Other sites"), when given;
 *   2. known comment systems (lib/platforms/generic-systems.ts): Hacker News, XenForo, Discourse,
 *      phpBB, vBulletin, wpDiscuz, Epoch, Livefyre, Coral, Ghost, Substack, Medium responses,
 *      Viafoura, Drupal, WordPress, schema.org `Comment` microdata, self-hosted widgets (Isso,
 *      Commento, Remark42, Cusdis), ARIA roles; Coral's open shadow root and Ghost's same-origin
 *      frame are looked into (EMBEDDED_SHADOW_HOSTS, EMBEDDED_FRAMES);
 *   3. the structure finder (lib/platforms/generic-structure.ts): repeated blocks that each hold
 *      an author, a time and a text;
 *   4. a last heuristic for news-site sections: inside a container named "comments", the
 *      repeated element whose class names a comment.
 * Each strategy is a set of selectors, so the same fields (author, text, time, permalink,
 * nesting, reply field) come out whichever one matched; each field's selectors are tried in
 * their order, the first that matches wins (for the text and the author, the first that shows
 * some text), and for the author, time and permalink its innermost match (the name inside an
 * author box). Disqus itself renders in a cross-origin iframe and cannot be read from the page.
 */
import type { GenericSiteSelectors } from '@/lib/settings';
import type { PlatformAdapter, RawComment } from './types';
import { readText } from './dom';
import { commentsIn, isComment, own, readGenericComment, safeAll } from './generic-read';
import {
  EMBEDDED_FRAMES,
  EMBEDDED_SHADOW_HOSTS,
  HEURISTIC_FIELDS,
  LOAD_MORE,
  SECTION,
  STRATEGIES,
  type Strategy,
} from './generic-systems';
import { detectCommentStructure } from './generic-structure';

export { cleanAuthor, indentValue, timeAttribute } from './generic-fields';
import { platformInfo } from './registry';
import { scopedGenericId } from './generic-key';
import { checkUserSelector, isPageRoot, SELECTOR_BUDGET } from './selector-budget';
import type { SelectorPreview } from '@/lib/messaging/protocol';

export { STRATEGIES, type Strategy } from './generic-systems';

/** Boxes that list other pages' items: teasers, widgets, sidebars ("latest comments"). */
const ELSEWHERE = 'aside, [class*="teaser" i], [class*="widget" i], [class*="sidebar" i], [class*="recent" i]';

/**
 * Whether an element of a comment section is in such a box. A wrapper so classed around the
 * page's own content (`body.has-sidebar`, a "content-with-sidebar" layout holding the article's
 * heading) is not one.
 */
function inBoxOfOtherPages(el: Element): boolean {
  for (let box = el.closest(ELSEWHERE); box; box = box.parentElement?.closest(ELSEWHERE) ?? null)
    if (box.tagName !== 'BODY' && box.tagName !== 'HTML' && !box.querySelector('h1, main, article') && !ownAside(box))
      return true;
  return false;
}

/** An `aside` inside the page's own `main` or `article` is the post's side part (its comments). */
const ownAside = (box: Element) => box.tagName === 'ASIDE' && !!box.parentElement?.closest('main, article');

/**
 * The news-site heuristic: inside a comment section, the most repeated element (tag + first
 * class) whose class names a comment and which holds text. Returns a selector for it.
 */
export function guessCommentSelector(doc: Document): string | null {
  const counts = new Map<string, { n: number; chars: number }>();
  for (const section of safeAll(doc, SECTION)) {
    for (const el of Array.from(section.querySelectorAll('[class*="comment" i]'))) {
      // The reply form's fields (wpDiscuz's div.wpd-field-comment) and the section's buttons are not
      // comments, nor are the excerpts of a "latest comments" box or a teaser (other pages').
      if (el.closest('form, button') || inBoxOfOtherPages(el)) continue;
      const cls = Array.from(el.classList).find(
        (c) =>
          /comment/i.test(c) &&
          // Not a part of a comment, a container of many, the reply form's pieces, a link or a
          // control of the section (sort order, tabs) or a "no comments" / "comments are closed" note.
          !/(list|section|form|count|button|header|footer|body|text|content|meta|author|avatar|actions?|reply-?box|input|wrap(per)?|container|area|title|replies|thread|template|label|closed|links?|order|sort|tabs?|selector|nav|toggle|reply|comments)$/i.test(
            c,
          ) &&
          !/^no-?comments?$/i.test(c) &&
          !/^(reply|respond)/i.test(c),
      );
      if (!cls || !/^[a-z_-][\w-]*$/i.test(cls) || readText(el).length < 2) continue;
      const key = `${el.tagName.toLowerCase()}.${cls}`;
      const c = counts.get(key) ?? { n: 0, chars: 0 };
      c.n++;
      c.chars += (el.textContent ?? '').length;
      counts.set(key, c);
    }
  }
  // Among the repeated ones (at least half as frequent as the most repeated), the one holding the
  // most text is the whole comment, not one of its parts (time, like button).
  const max = Math.max(0, ...[...counts.values()].map((c) => c.n));
  let best: [string, number] | null = null;
  for (const [key, c] of counts) if (c.n >= 2 && c.n * 2 >= max && (!best || c.chars > best[1])) best = [key, c.chars];
  return best?.[0] ?? null;
}

/**
 * The user's selectors as a strategy (only the fields they gave), under the selector budget
 * (H4): the page's root is never a comment, and at most `maxMatches` are read per pass.
 */
export function customStrategy(site: GenericSiteSelectors): Strategy {
  return {
    name: `custom:${site.host}`,
    comment: site.commentSelector,
    text: site.textSelector,
    author: site.authorSelector,
    replyField: site.replyFieldSelector,
    time: 'time',
    accept: (el) => !isPageRoot(el),
    maxMatches: SELECTOR_BUDGET.maxMatches,
  };
}

// Each refused selector is logged once per page, not on every look at the page.
const refusedLogged = new WeakMap<Document, string>();

/**
 * Which strategy finds comments in this document (null when none does): the user's selectors,
 * then the named systems (`named`, all by default), then the structure finder, then the class
 * heuristic.
 */
export function pickStrategy(
  doc: Document,
  site?: GenericSiteSelectors,
  named: readonly Strategy[] = STRATEGIES,
): Strategy | null {
  if (site?.commentSelector) {
    // A selector over the budget is not used on this page: the built-in readers are tried instead (H4).
    const verdict = checkUserSelector(doc, site.commentSelector);
    if (verdict.ok) return customStrategy(site);
    if (refusedLogged.get(doc) !== site.commentSelector) {
      refusedLogged.set(doc, site.commentSelector);
      console.info(
        `[stormwatch] the selector "${site.commentSelector}" for ${site.host} is not used here (${verdict.reason}, ${verdict.matches} matches)`,
      );
    }
  }
  const shadows = shadowScopes(doc);
  const found = (s: Strategy, scope: ParentNode) =>
    (!s.gate || safeAll(scope, s.gate).length > 0) && safeAll(scope, s.comment).length > 0;
  for (const s of named) if ([doc, ...shadows].some((scope) => found(s, scope))) return s;
  const detected = detectCommentStructure(doc);
  if (detected) return detected.strategy;
  const guessed = guessCommentSelector(doc);
  // A comment whose own element has no id often holds one that does (WordPress themes' div#comment-N).
  return guessed
    ? { name: 'heuristic', root: SECTION, ...HEURISTIC_FIELDS, idFrom: '[id^="comment-"]', comment: guessed }
    : null;
}

/**
 * How many comments (and how many with text) a site's selectors match on this page, under the
 * selector budget (H4): a refused selector is said so with its reason and never read; the rest is
 * read in slices of SELECTOR_BUDGET.sliceMs, yielding to the page between them, and stops after
 * SELECTOR_BUDGET.previewMs.
 */
export async function previewSelectors(
  doc: Document,
  site: GenericSiteSelectors,
  clock: { now(): number; yield(): Promise<void> } = {
    now: () => performance.now(),
    yield: () => new Promise((r) => setTimeout(r, 0)),
  },
): Promise<SelectorPreview> {
  const verdict = checkUserSelector(doc, site.commentSelector);
  if (!verdict.ok) return { comments: verdict.matches, withText: 0, refused: verdict.reason };
  const adapter = createGenericAdapter(site);
  const els = [...new Set(adapter.findRoots(doc).flatMap((r) => adapter.findComments(r)))].slice(
    0,
    SELECTOR_BUDGET.maxMatches,
  );
  const url = doc.location?.href ?? '';
  const start = clock.now();
  let slice = start;
  let withText = 0;
  let read = 0;
  let sample: string | undefined;
  let timedOut = false;
  for (const el of els) {
    if (clock.now() - slice > SELECTOR_BUDGET.sliceMs) {
      await clock.yield();
      slice = clock.now();
      if (slice - start > SELECTOR_BUDGET.previewMs) {
        timedOut = true;
        break;
      }
    }
    const c: RawComment | null = adapter.readComment(el, url);
    read++;
    if (c && c.text !== '') {
      withText++;
      sample ??= c.text.slice(0, 120);
    }
  }
  return {
    comments: els.length,
    withText,
    sample,
    ...(verdict.matches > SELECTOR_BUDGET.maxMatches ? { capped: true } : {}),
    ...(timedOut ? { timedOut: true, read } : {}),
  };
}

/** How long a page where no strategy matched waits before the strategies are tried again. */
export const RETRY_PICK_MS = 2_000;
/** The longest such wait, after repeated misses. */
export const RETRY_PICK_MAX_MS = 16_000;

/**
 * An adapter for one site. The strategy is picked lazily on the document being read (and again
 * while none matches: comment sections often load after the page).
 */
export function createGenericAdapter(
  site?: GenericSiteSelectors,
  named: readonly Strategy[] = STRATEGIES,
): PlatformAdapter {
  const forDoc = strategyPicker(site, named);
  const current = (node: Node): Strategy | null =>
    forDoc(node.nodeType === 9 ? (node as Document) : node.ownerDocument);
  return {
    id: 'generic',
    label: site?.host ?? platformInfo('generic').label,
    // Never chosen by URL: the user enables it per site (optional host permissions).
    matches: [],
    testUrls: ['https://blog.example.com/2026/11/awaria-sieci/'],
    selectors: {
      comment: [...(site?.commentSelector ? [site.commentSelector] : []), ...STRATEGIES.map((s) => s.comment)],
      section: SECTION,
    },
    health: { root: 'section', comment: 'comment' },
    activeSelectors: (doc) => {
      const s = forDoc(doc);
      if (!s) return null;
      return { name: s.name, selectors: Object.fromEntries(ACTIVE_FIELDS.flatMap((f) => (s[f] ? [[f, s[f]]] : []))) };
    },
    isCommentPage: (url) => url.protocol === 'https:' || url.protocol === 'http:',
    findRoots: (doc) => {
      const s = forDoc(doc);
      // An embedded shadow root whose comments have not arrived yet is observed from its top elements.
      const waiting = s ? [] : shadowScopes(doc).flatMap((scope) => Array.from(scope.children));
      return [...(s ? rootsOf(s, doc) : waiting), ...frameRoots(doc, forDoc)];
    },
    findComments: (node) => {
      const s = current(node);
      if (!s) return [];
      const el = node as Element;
      const self = typeof el.matches === 'function' && isComment(s, el) ? [el] : [];
      return [...self, ...commentsIn(s, node)];
    },
    readComment: (el, pageUrl) => {
      const s = current(el);
      return s ? readGenericComment(s, el, pageUrl) : null;
    },
    // Element ids such as comment-505 repeat across sites: stored ids carry the host and path (H2).
    scopeId: scopedGenericId,
    badgeAnchor: (el) => {
      const s = current(el);
      return s ? (own(s, el, s.author, true, 'words') ?? own(s, el, s.text, false, 'text')) : null;
    },
    findReplyField: (el) => {
      const s = current(el);
      return s ? (own(s, el, s.replyField) as HTMLElement | null) : null;
    },
    findReplyButton: (el) => {
      const s = current(el);
      return s ? (own(s, el, s.replyButton) as HTMLElement | null) : null;
    },
    findLoadMore: (root) => loadMoreIn(current(root), root),
  };
}

/** The fields a strategy may give, in the order the health view lists them. */
const ACTIVE_FIELDS = [
  'root',
  'comment',
  'title',
  'text',
  'author',
  'time',
  'permalink',
  'indent',
  'repliesAfter',
  'partsAfter',
  'likes',
  'replyButton',
  'replyField',
  'loadMore',
  'deletedNote',
] as const;

/**
 * The strategy for a document, picked on first use and kept for that document (a page and the
 * same-origin frames it holds each have their own). A document with no comment list found is
 * looked at again after RETRY_PICK_MS, then twice as long after each further miss up to
 * RETRY_PICK_MAX_MS: the structure finder walks the whole page, and a page that keeps changing
 * would otherwise pay it on every change.
 */
function strategyPicker(
  site: GenericSiteSelectors | undefined,
  named: readonly Strategy[],
): (doc: Document | null) => Strategy | null {
  const picked = new WeakMap<Document, Strategy>();
  const missed = new WeakMap<Document, { at: number; misses: number }>();
  let last: Strategy | null = null;
  return (doc) => {
    if (!doc) return last;
    const known = picked.get(doc);
    if (known) return (last = known);
    // Comments in an embedded shadow root (Coral) are looked for on every call: a cheap look at
    // that root alone, not the whole page's.
    const embedded = namedInShadows(doc, named);
    if (embedded) {
      picked.set(doc, embedded);
      return (last = embedded);
    }
    const miss = missed.get(doc);
    // A known comment frame (small, and its comments arrive after it) is looked at on every call.
    const wait = isCommentFrame(doc) ? 0 : Math.min(RETRY_PICK_MAX_MS, RETRY_PICK_MS * 2 ** ((miss?.misses ?? 1) - 1));
    if (miss && Date.now() - miss.at < wait) return null;
    const strategy = pickStrategy(doc, site, named);
    if (strategy) {
      picked.set(doc, strategy);
      missed.delete(doc);
      return (last = strategy);
    }
    missed.set(doc, { at: Date.now(), misses: (miss?.misses ?? 0) + 1 });
    return null;
  };
}

/** The named strategy whose comments are in one of the document's embedded shadow roots, if any. */
function namedInShadows(doc: Document, named: readonly Strategy[]): Strategy | null {
  const shadows = shadowScopes(doc);
  if (shadows.length === 0) return null;
  return named.find((s) => shadows.some((scope) => safeAll(scope, s.comment).length > 0)) ?? null;
}

/** The open shadow roots of the hosts known comment systems render into (EMBEDDED_SHADOW_HOSTS). */
function shadowScopes(doc: Document): ShadowRoot[] {
  return safeAll(doc, EMBEDDED_SHADOW_HOSTS).flatMap((host) => (host.shadowRoot ? [host.shadowRoot] : []));
}

/** The documents of same-origin frames known comment systems write into (EMBEDDED_FRAMES). */
function frameDocuments(doc: Document): Document[] {
  return safeAll(doc, EMBEDDED_FRAMES).flatMap((frame) => {
    try {
      const inner = (frame as HTMLIFrameElement).contentDocument;
      // Not the empty document a srcdoc frame shows before its own one has loaded.
      if (frame.hasAttribute('srcdoc') && inner?.URL === 'about:blank') return [];
      return inner?.body ? [inner] : [];
    } catch {
      return []; // cross-origin: not readable
    }
  });
}

/** Whether a document is one of those frames' (read from the page that holds it). */
function isCommentFrame(doc: Document): boolean {
  try {
    return doc.defaultView?.frameElement?.matches(EMBEDDED_FRAMES) ?? false;
  } catch {
    return false;
  }
}

/**
 * Comment roots inside those frames, each read with the strategy picked for its own document; a
 * frame whose comments have not arrived yet gives its body, so that their arrival is observed.
 */
function frameRoots(doc: Document, forDoc: (doc: Document | null) => Strategy | null): Element[] {
  return frameDocuments(doc).flatMap((inner) => {
    const s = forDoc(inner);
    return s ? rootsOf(s, inner) : [inner.body];
  });
}

/** The outermost comment containers that hold comments; without one, the whole body (comments are still matched by selector). */
function rootsOf(s: Strategy, doc: Document): Element[] {
  const roots = outermost(safeAll(doc, s.root));
  const own = roots.length > 0 && roots.some((r) => commentsIn(s, r).length > 0) ? roots : doc.body ? [doc.body] : [];
  return [...own, ...shadowScopes(doc).flatMap((scope) => shadowRootsOf(s, scope))];
}

/** Comment roots inside an open shadow root: the strategy's containers there, else its top elements that hold comments. */
function shadowRootsOf(s: Strategy, scope: ShadowRoot): Element[] {
  const roots = outermost(safeAll(scope, s.root)).filter((r) => commentsIn(s, r).length > 0);
  return roots.length > 0 ? roots : Array.from(scope.children).filter((c) => commentsIn(s, c).length > 0);
}

const outermost = (els: Element[]): Element[] => els.filter((r) => !els.some((o) => o !== r && o.contains(r)));

/** "Load more" controls: the strategy's own, and any button or link whose label says so. */
function loadMoreIn(s: Strategy | null, root: ParentNode): Element[] {
  const known = s ? safeAll(root, s.loadMore) : [];
  const labelled = safeAll(root, 'button, a[role="button"], a[href]').filter((b) =>
    Object.values(LOAD_MORE).some((re) => re.test(readText(b))),
  );
  return [...new Set([...known, ...labelled])];
}

/** The heuristics-only adapter (no user selectors): for the registry and `npm run scan`. */
export const generic = createGenericAdapter();

/** The user's selectors for this host, if any. */
export function siteFor(sites: readonly GenericSiteSelectors[], host: string): GenericSiteSelectors | undefined {
  const h = host.toLowerCase();
  return (
    sites.find((s) => s.host.trim().toLowerCase() === h) ??
    sites.find((s) => h.endsWith(`.${s.host.trim().toLowerCase()}`))
  );
}

/* Test URLs
 * Any WordPress blog post with comments (e.g. a company blog's incident post)
 * A news article with a comment section; a page with Isso/Commento/Remark42 comments
 */
