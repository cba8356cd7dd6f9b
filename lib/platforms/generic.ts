/**
 * Any other site: blogs, news sites, forums. Used only where the user allowed Stormwatch (the
 * toolbar button once, or "always on this site"), never by URL match.
 *
 * A site's comments are found by, in order:
 *   1. the user's own selectors for that host (Settings → "Other sites"), when given;
 *   2. known comment systems: WordPress, schema.org `Comment` microdata, ARIA `role="comment"`,
 *      self-hosted Disqus-like widgets (Isso, Commento, Remark42, Cusdis, Hyvor, Discourse embeds);
 *   3. a last heuristic for news-site sections: inside a container named "comments", the
 *      repeated element whose class names a comment.
 * Each strategy is a set of selectors, so the same fields (author, text, time, permalink,
 * nesting, reply field) come out whichever one matched. Disqus itself renders in a
 * cross-origin iframe and cannot be read from the page.
 */
import type { GenericSiteSelectors } from '@/lib/settings';
import type { PlatformAdapter, RawComment } from './types';
import { absoluteUrl, hashId, parseCount, readText } from './dom';
import { DELETED, HEURISTIC_FIELDS, LOAD_MORE, NOT_TEXT, SECTION, STRATEGIES, type Strategy } from './generic-systems';

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
      const cls = Array.from(el.classList).find((c) => /comment/i.test(c) && !/(list|section|form|count|button|header|footer|body|text|content|meta|author|avatar|actions?|reply-?box|input|wrap(per)?|container|area|title|replies)$/i.test(c));
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

/** The user's selectors as a strategy (only the fields they gave). */
export function customStrategy(site: GenericSiteSelectors): Strategy {
  return {
    name: `custom:${site.host}`,
    comment: site.commentSelector,
    text: site.textSelector,
    author: site.authorSelector,
    replyField: site.replyFieldSelector,
    time: 'time',
  };
}

/** Which strategy finds comments in this document (null when none does). */
export function pickStrategy(doc: Document, site?: GenericSiteSelectors): Strategy | null {
  if (site?.commentSelector) return customStrategy(site);
  for (const s of STRATEGIES) if (safeAll(doc, s.comment).length > 0) return s;
  const guessed = guessCommentSelector(doc);
  return guessed ? { name: 'heuristic', root: SECTION, ...HEURISTIC_FIELDS, comment: guessed } : null;
}

/** How many comments (and how many with text) a site's selectors match on this page. */
export function previewSelectors(doc: Document, site: GenericSiteSelectors): { comments: number; withText: number; sample?: string } {
  const adapter = createGenericAdapter(site);
  const els = adapter.findRoots(doc).flatMap((r) => adapter.findComments(r));
  const read = els.map((el) => adapter.readComment(el, doc.location?.href ?? '')).filter((c): c is RawComment => !!c && c.text !== '');
  return { comments: els.length, withText: read.length, sample: read[0]?.text.slice(0, 120) };
}

/**
 * An adapter for one site. The strategy is picked lazily on the document being read (and again
 * while none matches: comment sections often load after the page).
 */
export function createGenericAdapter(site?: GenericSiteSelectors): PlatformAdapter {
  let strategy: Strategy | null = null;
  let strategyDoc: Document | null = null;
  const forDoc = (doc: Document | null): Strategy | null => {
    if (!doc) return strategy;
    if (!strategy || strategyDoc !== doc) {
      strategy = pickStrategy(doc, site);
      strategyDoc = strategy ? doc : null;
    }
    return strategy;
  };
  const current = (node: Node): Strategy | null => forDoc(node.nodeType === 9 ? (node as Document) : node.ownerDocument);

  /** The first match of `selector` inside `el` that is not inside a nested comment. */
  const own = (s: Strategy, el: Element, selector: string | undefined): Element | null => {
    for (const found of safeAll(el, selector)) if (nearestComment(s, found) === el) return found;
    return null;
  };
  const nearestComment = (s: Strategy, node: Element): Element | null => {
    for (let p: Element | null = node; p; p = p.parentElement) if (safeMatches(p, s.comment)) return p;
    return null;
  };
  const parentComment = (s: Strategy, el: Element): Element | null => (el.parentElement ? nearestComment(s, el.parentElement) : null);

  /** Text of the comment itself: its text element, or everything but nested comments and chrome. */
  const ownText = (s: Strategy, el: Element): string => {
    const body = own(s, el, s.text);
    if (body) return readText(body);
    const copy = el.cloneNode(true) as Element;
    for (const nested of safeAll(copy, s.comment)) nested.remove();
    for (const chrome of safeAll(copy, NOT_TEXT)) chrome.remove();
    return readText(copy);
  };

  const idOf = (s: Strategy, el: Element, author: string, text: string): string =>
    el.getAttribute('id') || el.getAttribute('data-id') || el.getAttribute('data-comment-id') || `c${hashId(author, text)}`;

  function readComment(el: Element, pageUrl: string): RawComment | null {
    const s = current(el);
    if (!s || !safeMatches(el, s.comment)) return null;
    const isDeletedLabel = (t: string) => t !== '' && Object.values(DELETED).some((re) => re.test(t));
    const note = s.deletedNote ? readText(own(s, el, s.deletedNote)).trim() : '';
    const body = ownText(s, el);
    // An emptied comment that keeps its place for its replies reads as its "deleted" note.
    const text = body.trim() === '' && isDeletedLabel(note) ? note : body;
    const authorEl = own(s, el, s.author);
    const author = authorEl ? readText(authorEl).split('\n')[0]!.replace(/\s+(says|pisze|napisał[a]?):?$/i, '').trim() : '';
    if (!text && !author) return null;
    const id = idOf(s, el, author, text);
    let depth = 0;
    let top = el;
    const parent = parentComment(s, el);
    for (let p = parent; p; p = parentComment(s, p)) {
      depth++;
      top = p;
    }
    const parentId = parent ? idOf(s, parent, readText(own(s, parent, s.author)).split('\n')[0] ?? '', ownText(s, parent)) : undefined;
    const threadId = top === el ? id : idOf(s, top, readText(own(s, top, s.author)).split('\n')[0] ?? '', ownText(s, top));
    const time = own(s, el, s.time);
    const datetime = time?.getAttribute('datetime') ?? time?.getAttribute('content') ?? undefined;
    const link = own(s, el, s.permalink) ?? (time?.closest('a') && nearestComment(s, time.closest('a')!) === el ? time.closest('a') : null);
    const anchor = el.getAttribute('id') ? `#${el.getAttribute('id')}` : undefined;
    return {
      platform: 'generic',
      id,
      author: author || '?',
      text,
      publishedAt: datetime && !Number.isNaN(Date.parse(datetime)) ? new Date(datetime).toISOString() : undefined,
      relativeTime: time && !datetime ? readText(time) || undefined : undefined,
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
    label: site?.host ?? 'Other site',
    // Never chosen by URL: the user enables it per site (optional host permissions).
    matches: [],
    testUrls: ['https://blog.example.com/2026/11/awaria-sieci/'],
    selectors: {
      comment: [...(site?.commentSelector ? [site.commentSelector] : []), ...STRATEGIES.map((s) => s.comment)],
      section: SECTION,
    },
    health: { root: 'section', comment: 'comment' },
    isCommentPage: (url) => url.protocol === 'https:' || url.protocol === 'http:',
    findRoots: (doc) => {
      const s = forDoc(doc);
      if (!s) return [];
      const roots = safeAll(doc, s.root).filter((r, _i, all) => !all.some((o) => o !== r && o.contains(r)));
      // Without a known container the whole body is observed; comments are still matched by selector.
      return roots.length > 0 && roots.some((r) => safeAll(r, s.comment).length > 0) ? roots : doc.body ? [doc.body] : [];
    },
    findComments: (node) => {
      const s = current(node);
      if (!s) return [];
      const el = node as Element;
      const self = typeof el.matches === 'function' && safeMatches(el, s.comment) ? [el] : [];
      return [...self, ...safeAll(node, s.comment)];
    },
    readComment,
    badgeAnchor: (el) => {
      const s = current(el);
      return s ? (own(s, el, s.author) ?? own(s, el, s.text)) : null;
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
      const labelled = safeAll(root, 'button, a[role="button"], a[href]').filter((b) => Object.values(LOAD_MORE).some((re) => re.test(readText(b))));
      return [...new Set([...known, ...labelled])];
    },
  };
}

/** The heuristics-only adapter (no user selectors): for the registry and `npm run scan`. */
export const generic = createGenericAdapter();

/** The user's selectors for this host, if any. */
export function siteFor(sites: readonly GenericSiteSelectors[], host: string): GenericSiteSelectors | undefined {
  const h = host.toLowerCase();
  return sites.find((s) => s.host.trim().toLowerCase() === h) ?? sites.find((s) => h.endsWith(`.${s.host.trim().toLowerCase()}`));
}

/* Test URLs
 * Any WordPress blog post with comments (e.g. a company blog's incident post)
 * A news article with a comment section; a page with Isso/Commento/Remark42 comments
 */
