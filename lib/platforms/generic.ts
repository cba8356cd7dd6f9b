/**
 * Any other site: blogs, news sites, forums. Used only where the user allowed Stormwatch (the
 * toolbar button once, or "always on this site"), never by URL match.
 *
 * A site's comments are found by, in order:
 *   1. the user's own selectors for that host (Settings → "Other sites"), when given;
 *   2. known comment systems (lib/platforms/generic-systems.ts): Hacker News, XenForo, Discourse,
 *      phpBB, vBulletin, wpDiscuz, Epoch, Livefyre, Coral, Drupal, WordPress, schema.org
 *      `Comment` microdata, self-hosted widgets (Isso, Commento, Remark42, Cusdis), ARIA roles;
 *   3. the structure finder (lib/platforms/generic-structure.ts): repeated blocks that each hold
 *      an author, a time and a text;
 *   4. a last heuristic for news-site sections: inside a container named "comments", the
 *      repeated element whose class names a comment.
 * Each strategy is a set of selectors, so the same fields (author, text, time, permalink,
 * nesting, reply field) come out whichever one matched; each field's selectors are tried in
 * their order, the first that matches wins, and for the author, time and permalink its innermost
 * match (the name inside an author box). Disqus itself renders in a cross-origin iframe and
 * cannot be read from the page.
 */
import type { GenericSiteSelectors } from '@/lib/settings';
import type { PlatformAdapter, RawComment } from './types';
import { absoluteUrl, hashId, parseCount, readText, splitSelectorList } from './dom';
import { DELETED, HEURISTIC_FIELDS, LOAD_MORE, NOT_TEXT, SECTION, STRATEGIES, type Strategy } from './generic-systems';
import { detectCommentStructure } from './generic-structure';
import { cleanAuthor, indentValue, timeAttribute } from './generic-fields';

export { cleanAuthor, indentValue, timeAttribute } from './generic-fields';
import { platformInfo } from './registry';
import { scopedGenericId } from './generic-key';
import { checkUserSelector, isPageRoot, SELECTOR_BUDGET } from './selector-budget';
import type { SelectorPreview } from '@/lib/messaging/protocol';

export { STRATEGIES, type Strategy } from './generic-systems';

function safeAll(root: ParentNode, selector: string | undefined): Element[] {
  if (!selector) return [];
  try {
    return Array.from(root.querySelectorAll(selector));
  } catch {
    return []; // a user selector that this browser cannot parse matches nothing
  }
}

function safeMatches(el: Element, selector: string): boolean {
  try {
    return el.matches(selector);
  } catch {
    return false;
  }
}

/**
 * The news-site heuristic: inside a comment section, the most repeated element (tag + first
 * class) whose class names a comment and which holds text. Returns a selector for it.
 */
export function guessCommentSelector(doc: Document): string | null {
  const counts = new Map<string, { n: number; chars: number }>();
  for (const section of safeAll(doc, SECTION)) {
    for (const el of Array.from(section.querySelectorAll('[class*="comment" i]'))) {
      const cls = Array.from(el.classList).find(
        (c) =>
          /comment/i.test(c) &&
          !/(list|section|form|count|button|header|footer|body|text|content|meta|author|avatar|actions?|reply-?box|input|wrap(per)?|container|area|title|replies)$/i.test(
            c,
          ),
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
  for (const s of named) if (safeAll(doc, s.comment).length > 0) return s;
  const detected = detectCommentStructure(doc);
  if (detected) return detected.strategy;
  const guessed = guessCommentSelector(doc);
  return guessed ? { name: 'heuristic', root: SECTION, ...HEURISTIC_FIELDS, comment: guessed } : null;
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
  let strategy: Strategy | null = null;
  let strategyDoc: Document | null = null;
  // A page with no comment list found is looked at again after RETRY_PICK_MS, then twice as
  // long after each further miss up to RETRY_PICK_MAX_MS: the structure finder walks the whole
  // page, and a page that keeps changing would otherwise pay it on every change.
  let missedDoc: Document | null = null;
  let missedAt = 0;
  let misses = 0;
  const forDoc = (doc: Document | null): Strategy | null => {
    if (!doc) return strategy;
    if (!strategy || strategyDoc !== doc) {
      if (doc === missedDoc && Date.now() - missedAt < Math.min(RETRY_PICK_MAX_MS, RETRY_PICK_MS * 2 ** (misses - 1)))
        return null;
      strategy = pickStrategy(doc, site, named);
      strategyDoc = strategy ? doc : null;
      misses = strategy ? 0 : doc === missedDoc ? misses + 1 : 1;
      missedDoc = strategy ? null : doc;
      missedAt = Date.now();
    }
    return strategy;
  };
  const current = (node: Node): Strategy | null =>
    forDoc(node.nodeType === 9 ? (node as Document) : node.ownerDocument);

  /**
   * The comment's own match for a field: the selectors of the list are tried in their order (the
   * most specific is written first), and each one's first match inside `el` that is not inside a
   * nested comment wins. With `innermost`, a match holding another match of the same selector
   * gives way to it (an author box around the name link).
   */
  const own = (s: Strategy, el: Element, selector: string | undefined, innermost = false): Element | null => {
    if (!selector) return null;
    for (const part of splitSelectorList(selector)) {
      const mine = safeAll(el, part).filter((found) => nearestComment(s, found) === el);
      if (mine.length === 0) continue;
      if (!innermost) return mine[0]!;
      return mine.find((m) => !mine.some((o) => o !== m && m.contains(o))) ?? mine[0]!;
    }
    return null;
  };
  const isComment = (s: Strategy, el: Element): boolean => safeMatches(el, s.comment) && (!s.accept || s.accept(el));
  const commentsIn = (s: Strategy, root: ParentNode): Element[] => {
    const all = safeAll(root, s.comment);
    const accepted = s.accept ? all.filter(s.accept) : all;
    return s.maxMatches !== undefined && accepted.length > s.maxMatches ? accepted.slice(0, s.maxMatches) : accepted;
  };
  const nearestComment = (s: Strategy, node: Element): Element | null => {
    for (let p: Element | null = node; p; p = p.parentElement) if (isComment(s, p)) return p;
    return null;
  };
  /** Depth of a comment in a flat list (from its indent), undefined when the strategy has none. */
  const flatDepth = (s: Strategy, el: Element): number | undefined => {
    if (!s.indent) return undefined;
    const holder = safeMatches(el, s.indent) ? el : own(s, el, s.indent);
    return (
      indentValue(holder) ??
      indentValue(holder?.querySelector('[indent], [data-depth], [depth], [data-level], [aria-level]') ?? null) ??
      indentValue(el)
    );
  };
  const parentComment = (s: Strategy, el: Element): Element | null => {
    const depth = flatDepth(s, el);
    if (depth !== undefined) {
      if (depth === 0) return null;
      // The nearest earlier comment one level up (rows of one table, blocks of one list).
      const all = el.parentElement ? commentsIn(s, el.ownerDocument ?? el.parentElement) : [];
      for (let i = all.indexOf(el) - 1; i >= 0; i--) {
        const d = flatDepth(s, all[i]!);
        if (d !== undefined && d < depth) return all[i]!;
      }
      return null;
    }
    if (s.repliesAfter) {
      // Replies kept in a container right after their parent comment.
      for (let p = el.parentElement; p; p = p.parentElement) {
        if (isComment(s, p)) return p;
        if (safeMatches(p, s.repliesAfter)) {
          let prev = p.previousElementSibling;
          while (prev && !isComment(s, prev) && !prev.querySelector(s.comment)) prev = prev.previousElementSibling;
          if (!prev) return null;
          if (isComment(s, prev)) return prev;
          // A wrapper holding the parent: its last comment that is not itself in a replies container.
          const inWrapper = commentsIn(s, prev).filter((c) => {
            for (let q = c.parentElement; q && q !== prev; q = q.parentElement)
              if (safeMatches(q, s.repliesAfter!)) return false;
            return true;
          });
          return inWrapper.pop() ?? null;
        }
      }
      return null;
    }
    return el.parentElement ? nearestComment(s, el.parentElement) : null;
  };

  /** Text of the comment itself: its text element, or everything but nested comments and chrome. */
  const ownText = (s: Strategy, el: Element): string => {
    const title = s.title ? readText(own(s, el, s.title)) : '';
    const body = own(s, el, s.text);
    let text: string;
    if (body) text = readText(body);
    else {
      const copy = el.cloneNode(true) as Element;
      for (const nested of safeAll(copy, s.comment)) nested.remove();
      for (const chrome of safeAll(copy, NOT_TEXT)) chrome.remove();
      text = readText(copy);
    }
    // A subject cut from the text's start ("Thanks for the…", made when none was given) is left out.
    const cut = /(…|\.\.\.)$/.test(title) && text.startsWith(title.replace(/(…|\.\.\.)$/, '').trim());
    return title && !cut && title !== text ? (text ? `${title} — ${text}` : title) : text;
  };

  const authorOf = (s: Strategy, el: Element): string => cleanAuthor(readText(own(s, el, s.author, true)));

  const idOf = (s: Strategy, el: Element, author: string, text: string): string =>
    el.getAttribute('id') ||
    (s.idFrom ? own(s, el, s.idFrom)?.getAttribute('id') : null) ||
    el.getAttribute('data-id') ||
    el.getAttribute('data-comment-id') ||
    el.getAttribute('data-post-id') ||
    el.getAttribute('data-message-id') ||
    el.parentElement?.getAttribute('data-comment-id') ||
    `c${hashId(author, text)}`;

  function readComment(el: Element, pageUrl: string): RawComment | null {
    const s = current(el);
    if (!s || !isComment(s, el)) return null;
    const isDeletedLabel = (t: string) => t !== '' && Object.values(DELETED).some((re) => re.test(t));
    const note = s.deletedNote ? readText(own(s, el, s.deletedNote)).trim() : '';
    const body = ownText(s, el);
    // An emptied comment that keeps its place for its replies reads as its "deleted" note.
    const text = body.trim() === '' && isDeletedLabel(note) ? note : body;
    const author = authorOf(s, el);
    if (!text && !author) return null;
    const id = idOf(s, el, author, text);
    let depth = 0;
    let top = el;
    const parent = parentComment(s, el);
    for (let p = parent; p; p = parentComment(s, p)) {
      depth++;
      top = p;
    }
    const parentId = parent ? idOf(s, parent, authorOf(s, parent), ownText(s, parent)) : undefined;
    const threadId = top === el ? id : idOf(s, top, authorOf(s, top), ownText(s, top));
    const time = own(s, el, s.time, true);
    const datetime = timeAttribute(time);
    const link =
      own(s, el, s.permalink, true) ??
      (time?.closest('a') && nearestComment(s, time.closest('a')!) === el ? time.closest('a') : null);
    const anchor = el.getAttribute('id') ? `#${el.getAttribute('id')}` : undefined;
    return {
      platform: 'generic',
      id,
      author: author || '?',
      text,
      publishedAt: datetime && !Number.isNaN(Date.parse(datetime)) ? new Date(datetime).toISOString() : undefined,
      // Without a separator a byline puts before it ("· 3 hours ago").
      relativeTime:
        time && !datetime
          ? readText(time)
              .split('\n')[0]!
              .replace(/^[·•|–—-]\s*/, '') || undefined
          : undefined,
      permalink: absoluteUrl(link?.getAttribute('href') ?? anchor, pageUrl),
      parentId,
      depth,
      likes: parseCount(own(s, el, s.likes)?.textContent),
      threadId,
      deleted: isDeletedLabel(text) || undefined,
    };
  }

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
      const fields = [
        'root',
        'comment',
        'title',
        'text',
        'author',
        'time',
        'permalink',
        'indent',
        'repliesAfter',
        'likes',
        'replyButton',
        'replyField',
        'loadMore',
        'deletedNote',
      ] as const;
      return { name: s.name, selectors: Object.fromEntries(fields.flatMap((f) => (s[f] ? [[f, s[f]]] : []))) };
    },
    isCommentPage: (url) => url.protocol === 'https:' || url.protocol === 'http:',
    findRoots: (doc) => {
      const s = forDoc(doc);
      if (!s) return [];
      const roots = safeAll(doc, s.root).filter((r, _i, all) => !all.some((o) => o !== r && o.contains(r)));
      // Without a known container the whole body is observed; comments are still matched by selector.
      return roots.length > 0 && roots.some((r) => commentsIn(s, r).length > 0) ? roots : doc.body ? [doc.body] : [];
    },
    findComments: (node) => {
      const s = current(node);
      if (!s) return [];
      const el = node as Element;
      const self = typeof el.matches === 'function' && isComment(s, el) ? [el] : [];
      return [...self, ...commentsIn(s, node)];
    },
    readComment,
    // Element ids such as comment-505 repeat across sites: stored ids carry the host and path (H2).
    scopeId: scopedGenericId,
    badgeAnchor: (el) => {
      const s = current(el);
      return s ? (own(s, el, s.author, true) ?? own(s, el, s.text)) : null;
    },
    findReplyField: (el) => {
      const s = current(el);
      return s ? (own(s, el, s.replyField) as HTMLElement | null) : null;
    },
    findReplyButton: (el) => {
      const s = current(el);
      return s ? (own(s, el, s.replyButton) as HTMLElement | null) : null;
    },
    findLoadMore: (root) => {
      const s = current(root);
      const known = s ? safeAll(root, s.loadMore) : [];
      const labelled = safeAll(root, 'button, a[role="button"], a[href]').filter((b) =>
        Object.values(LOAD_MORE).some((re) => re.test(readText(b))),
      );
      return [...new Set([...known, ...labelled])];
    },
  };
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
