/**
 * The budget a user's comment selector runs under (Settings → Other sites; docs/RELIABILITY.md
 * H4). `div` froze an 800-comment page for 6 s and `*` for 200 s: every match was read as a
 * comment, and a match without a text selector copies its subtree. A selector is refused when it
 * matches the page root (or <body>, <head>), when one match holds most of the page, or when it
 * matches more than a set share of the page's elements; an accepted one is read at most
 * `maxMatches` comments per pass. Pure DOM reads, no timers.
 */
export const SELECTOR_BUDGET = {
  /** Refused above this share of the page's elements (on pages of at least `minPage` elements). */
  maxShare: 0.2,
  minPage: 200,
  /** Refused when one match holds more than this share of the page's elements (a page-wide container). */
  maxHolding: 0.5,
  /** Comments read per pass at most: more matches than this are left unread. */
  maxMatches: 1_000,
  /** The preview reads in slices of this many ms and stops after `previewMs`. */
  sliceMs: 8,
  previewMs: 1_500,
} as const;

export type SelectorRefusal = 'invalid' | 'root' | 'container' | 'share';

export type SelectorVerdict = { ok: true; matches: number } | { ok: false; reason: SelectorRefusal; matches: number };

/** Is this element the page itself (html, head, body)? */
export const isPageRoot = (el: Element): boolean => {
  const doc = el.ownerDocument;
  return el === doc.documentElement || el === doc.body || el === doc.head;
};

/** Check a user's comment selector against the page it would run on. */
export function checkUserSelector(doc: Document, selector: string): SelectorVerdict {
  let found: NodeListOf<Element>;
  try {
    found = doc.querySelectorAll(selector);
  } catch {
    return { ok: false, reason: 'invalid', matches: 0 };
  }
  const matches = found.length;
  if (matches === 0) return { ok: true, matches };
  const total = doc.getElementsByTagName('*').length;
  // Document order: an outer match comes before the ones inside it, so the first few tell.
  for (let i = 0; i < Math.min(matches, 20); i++) {
    const el = found[i]!;
    if (isPageRoot(el)) return { ok: false, reason: 'root', matches };
    if (total >= SELECTOR_BUDGET.minPage && el.getElementsByTagName('*').length > total * SELECTOR_BUDGET.maxHolding)
      return { ok: false, reason: 'container', matches };
  }
  if (total >= SELECTOR_BUDGET.minPage && matches > total * SELECTOR_BUDGET.maxShare)
    return { ok: false, reason: 'share', matches };
  return { ok: true, matches };
}

/**
 * Does this selector match a bare page's root or body (`*`, `html`, `body`, `:root`, `html *`)?
 * Checked without the page, when the selector is typed or restored; null when there is no
 * document to check in (the background).
 */
export function matchesAnyPage(selector: string, doc: Document | undefined = globalThis.document): boolean | null {
  if (!doc?.implementation) return null;
  const bare = doc.implementation.createHTMLDocument('');
  try {
    return (
      bare.documentElement.matches(selector) || bare.body.matches(selector) || (bare.head?.matches(selector) ?? false)
    );
  } catch {
    return false;
  }
}
