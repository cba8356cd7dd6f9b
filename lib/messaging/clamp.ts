/**
 * What the page sends is clamped to the limits the background checks (`OBSERVED_LIMITS`), so a
 * comment out of range is stored shortened instead of refused (docs/RELIABILITY.md H1). Pure and
 * free of zod, so the content script stays small; `tests/unit/reliability/observed-intake.test.ts`
 * checks that whatever goes through here passes the background's schema.
 */
import { hashId } from '@/lib/platforms/dom';
import type { ObservedComment, ThreadSummary } from './protocol';
import { MAX_COMMENT_TEXT, OBSERVED_LIMITS as L, truncationMarker } from './limits';

/** `s` cut to at most `max` UTF-16 units, never inside a surrogate pair. */
function cut(s: string, max: number): string {
  if (s.length <= max) return s;
  let end = max;
  const c = s.charCodeAt(end - 1);
  if (c >= 0xd800 && c <= 0xdbff) end--;
  return s.slice(0, end);
}

/** Long text kept whole up to MAX_COMMENT_TEXT; beyond it cut, ending with the marker (total within the limit). */
export function clampText(text: string): string {
  if (text.length <= MAX_COMMENT_TEXT) return text;
  const marker = truncationMarker(text.length);
  return cut(text, MAX_COMMENT_TEXT - marker.length) + marker;
}

/** A label shortened with an ellipsis (authors, relative times). */
function shorten(s: string, max: number): string {
  return s.length <= max ? s : `${cut(s, max - 1)}…`;
}

/**
 * An id over the limit keeps its start and gains a hash of the whole, so two long ids that share
 * a start stay apart, and the same id always gives the same key (thread ids, parent ids).
 */
export function clampId(id: string): string {
  if (id.length <= L.id) return id;
  const tag = `#${hashId(id)}`;
  return cut(id, L.id - tag.length) + tag;
}

const whole = (n: number, max: number): number => (Number.isFinite(n) ? Math.min(max, Math.max(0, Math.trunc(n))) : 0);

/** The page's address within the limit: without its fragment, then without its query, then cut. */
export function clampPageUrl(url: string): string {
  if (url.length <= L.pageUrl) return url;
  const noHash = url.split('#')[0]!;
  if (noHash.length <= L.pageUrl) return noHash;
  const noQuery = noHash.split('?')[0]!;
  return cut(noQuery, L.pageUrl);
}

/** One comment as the background will accept it: every field within its limit, nothing dropped that fits. */
export function clampObserved(c: ObservedComment): ObservedComment {
  const out: ObservedComment = {
    ...c,
    id: clampId(c.id),
    author: shorten(c.author, L.author),
    text: clampText(c.text),
    depth: whole(c.depth, L.maxDepth),
    threadId: clampId(c.threadId),
    risk: {
      ...c.risk,
      engine: cut(c.risk.engine, L.engine),
      reasons: c.risk.reasons.slice(0, L.reasons).map((r) => ({
        ...r,
        label: shorten(r.label, L.label),
        ...(r.term === undefined ? {} : { term: cut(r.term, L.label) }),
      })),
    },
    textHash: cut(c.textHash, L.textHash),
  };
  if (c.parentId !== undefined) out.parentId = clampId(c.parentId);
  // A cut address or date would point somewhere else or mean another day: dropped instead.
  if (c.permalink !== undefined && c.permalink.length > L.permalink) delete out.permalink;
  if (c.publishedAt !== undefined && c.publishedAt.length > L.publishedAt) delete out.publishedAt;
  if (c.relativeTime !== undefined) out.relativeTime = shorten(c.relativeTime, L.relativeTime);
  if (c.likes !== undefined) {
    if (Number.isFinite(c.likes)) out.likes = whole(c.likes, Number.MAX_SAFE_INTEGER);
    else delete out.likes;
  }
  return out;
}

/** A thread summary as the background will accept it (ids as `clampId` gives them, so they match the comments'). */
export function clampThread(t: ThreadSummary): ThreadSummary {
  const out: ThreadSummary = {
    ...t,
    threadId: clampId(t.threadId),
    reasons: t.reasons.slice(0, 20).map((r) => ({
      ...r,
      kind: cut(r.kind, 40),
      label: shorten(r.label, 300),
      ...(r.commentIds === undefined ? {} : { commentIds: r.commentIds.slice(0, 50).map(clampId) }),
    })),
    commentCount: whole(t.commentCount, Number.MAX_SAFE_INTEGER),
    riskyCount: whole(t.riskyCount, Number.MAX_SAFE_INTEGER),
  };
  if (t.permalink !== undefined && t.permalink.length > L.permalink) delete out.permalink;
  return out;
}
