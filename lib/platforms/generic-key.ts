/**
 * Ids of comments read on other sites, scoped to where they were read (docs/RELIABILITY.md H2).
 * An element id such as `comment-505` is on every WordPress blog, and a post number restarts
 * in every forum topic, so a generic comment's id carries the page's host and path:
 * `blog-a.example/2026/11/outage#comment-505`. The query and fragment are left out (they change
 * while the comments stay). Pure: used by the scanner and by the database upgrade that re-keys
 * items stored before.
 */
import { hashId } from './dom';

/** Longest id the background stores (OBSERVED_LIMITS.id). */
const MAX_ID = 200;

/** `host/path` of a page address, lowercase host, without a trailing slash; null when it is not a URL. */
export function genericScope(pageUrl: string): { host: string; path: string } | null {
  let u: URL;
  try {
    u = new URL(pageUrl);
  } catch {
    return null;
  }
  if (!u.host) return null;
  return { host: u.host.toLowerCase(), path: u.pathname.replace(/\/+$/, '') };
}

/**
 * The id a generic comment is stored under: scoped to the page's host and path. A long path is
 * replaced by its hash so the id fits; an address that is not a URL leaves the id as it is.
 */
export function scopedGenericId(id: string, pageUrl: string): string {
  const scope = genericScope(pageUrl);
  if (!scope) return id;
  const full = `${scope.host}${scope.path}#${id}`;
  if (full.length <= MAX_ID) return full;
  return `${scope.host}/~${hashId(scope.path)}#${id}`;
}
