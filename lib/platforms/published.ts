/**
 * The comment's own time, from what its adapter read: the page's absolute time when it gives one
 * (`<time datetime>`, a `created` attribute), else the relative text ("2 h ago", "3 dni temu")
 * resolved against when it was read, keeping how uncertain that is. Pure: the read time is passed in.
 */
import { readTimeText } from '@/lib/risk/relative-time';
import type { RawComment } from './types';

/** `publishedAt` as ISO 8601 and `publishedWithinMs` (0: the page gave the time itself). */
export function withPublished<C extends RawComment | null>(raw: C, readAt: number): C {
  if (!raw) return raw;
  const absolute = raw.publishedAt === undefined ? Number.NaN : parseAbsolute(raw.publishedAt);
  if (Number.isFinite(absolute)) return { ...raw, publishedAt: new Date(absolute).toISOString(), publishedWithinMs: 0 };
  const rel = raw.relativeTime ? readTimeText(raw.relativeTime) : undefined;
  const { publishedAt: _unreadable, ...rest } = raw;
  if (!rel) return rest as C;
  const at = 'at' in rel ? rel.at : readAt - rel.ago;
  return { ...rest, publishedAt: new Date(at).toISOString(), publishedWithinMs: rel.within } as C;
}

/** Epoch ms of an absolute time as pages write it; NaN when it is not one. */
export function parseAbsolute(s: string): number {
  const t = s.trim();
  // Unix seconds or milliseconds (some pages put them in data attributes).
  if (/^\d{9,13}$/.test(t)) return Number(t) * (t.length <= 10 ? 1000 : 1);
  // "2024-05-01T10:00:00.000000+0000": more than millisecond digits and a colon-less offset.
  const norm = t.replace(/(\.\d{3})\d+/, '$1').replace(/([+-]\d{2})(\d{2})$/, '$1:$2');
  return /^\d{4}-\d{2}-\d{2}/.test(norm) ? Date.parse(norm) : Number.NaN;
}
