/**
 * An item's clock: it starts when the comment was posted (the platform's time, else when
 * Stormwatch first saw it) and stops when the item is replied to, resolved or dismissed. Pure.
 */
import type { FlaggedItem, ItemStatus } from './types';

/** Statuses that stop the clock. */
export const CLOSED_STATUSES: readonly ItemStatus[] = ['replied', 'resolved', 'dismissed'];
export const isClosed = (s: ItemStatus): boolean => CLOSED_STATUSES.includes(s);

/** When the comment was posted (epoch ms): its own time, never after Stormwatch first saw it. */
export function postedAt(item: Pick<FlaggedItem, 'publishedAt' | 'firstSeen'>): number {
  const t = item.publishedAt === undefined ? Number.NaN : Date.parse(item.publishedAt);
  return Number.isFinite(t) ? Math.min(t, item.firstSeen) : item.firstSeen;
}

/**
 * How long the comment has waited (ms): until now while open, until it was closed once closed;
 * null for an item closed before Stormwatch kept that time.
 */
export function waitedMs(
  item: Pick<FlaggedItem, 'publishedAt' | 'firstSeen' | 'status' | 'closedAt' | 'respondedAt'>,
  now: number,
): number | null {
  const end = isClosed(item.status) ? (item.closedAt ?? item.respondedAt) : now;
  return end === undefined ? null : Math.max(0, end - postedAt(item));
}
