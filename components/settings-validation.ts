/** Checks for what users type into Settings. Terms are literal text: nothing is compiled as a regex. */
import type { GenericSiteSelectors } from '@/lib/settings';
import { HOST_PERMISSIONS } from '@/lib/platforms/hosts';
import { matchesAnyPage } from '@/lib/platforms/selector-budget';

/** Split a comma or newline separated list into unique trimmed terms. */
export const splitList = (s: string): string[] => [
  ...new Set(
    s
      .split(/[,\n]/)
      .map((x) => x.normalize('NFC').trim())
      .filter(Boolean),
  ),
];

// Control and bidi-override characters have no place in a keyword and could spoof the panel
// (docs/RELIABILITY.md G1).
// eslint-disable-next-line no-control-regex
const BAD_CHARS = /[\u0000-\u001f\u007f\u202a-\u202e\u2066-\u2069]/;

/**
 * Terms that are not usable keywords (too short, too long, control characters). Matching is by
 * words, punctuation ignored, so a term also needs two letters or digits of its own: "(a+)+$" or
 * "C++" would otherwise be the one-letter word "a" or "c" and match nearly every Polish comment.
 */
export function invalidTerms(terms: readonly string[]): string[] {
  return terms.filter(
    (t) => t.length < 2 || t.length > 100 || BAD_CHARS.test(t) || t.replace(/[^\p{L}\p{N}]/gu, '').length < 2,
  );
}

/** Is `selector` valid CSS for this browser? Checked by parsing it against a detached fragment. */
export function validSelector(selector: string, doc: Document | undefined = globalThis.document): boolean {
  if (!selector.trim() || selector.length > 500) return false;
  // Without a document (the background, Node) only the length is checked; the page's reader
  // matches nothing with a selector it cannot parse.
  if (!doc) return true;
  try {
    doc.createDocumentFragment().querySelector(selector);
    return true;
  } catch {
    return false;
  }
}

/** A host name such as `blog.example.com` or `localhost:8080` (no scheme, no path). */
export const validHost = (host: string): boolean =>
  /^(localhost|([a-z0-9-]+\.)+[a-z0-9-]+)(:\d{1,5})?$/i.test(host.trim());

const BUILT_IN_HOSTS = HOST_PERMISSIONS.map((p) => new URL(p.replace('/*', '/')).host);

/**
 * Is `host` (or a site under it) read by a built-in adapter? Selectors for `reddit.com` would
 * replace the Reddit reader on www.reddit.com (docs/RELIABILITY.md H3), so such a host is refused.
 */
export const builtInHost = (host: string): boolean => {
  const h = host.trim().toLowerCase();
  return BUILT_IN_HOSTS.some((b) => b === h || b.endsWith(`.${h}`) || h.endsWith(`.${b}`));
};

/**
 * Problems of one generic site entry, as [kind, value] pairs; empty when valid. `broad`: the
 * comment selector matches the root of any page (`*`, `html`, `body`), so it would read the whole
 * page as one comment (docs/RELIABILITY.md H4).
 */
export function siteProblems(
  site: GenericSiteSelectors,
  doc?: Document,
): Array<['host' | 'selector' | 'broad', string]> {
  const out: Array<['host' | 'selector' | 'broad', string]> = [];
  if (!validHost(site.host) || builtInHost(site.host)) out.push(['host', site.host]);
  // The comment selector is required; the others are optional.
  const optional = [site.textSelector, site.authorSelector, site.replyFieldSelector].filter((s): s is string => !!s);
  for (const sel of [site.commentSelector, ...optional]) if (!validSelector(sel, doc)) out.push(['selector', sel]);
  if (out.length === 0 && matchesAnyPage(site.commentSelector, doc ?? globalThis.document) === true)
    out.push(['broad', site.commentSelector]);
  return out;
}
