/**
 * Retention (docs/RELIABILITY.md H6, H7): flagged items the team has finished with (replied,
 * resolved, dismissed) are deleted, with their log entries, once they were last seen longer ago
 * than the retention age, and the oldest of them go first while the queue holds more items than
 * the retention count. Items still open (new, in progress, escalated) are never pruned: they are
 * work, or evidence, nobody closed. Threads no remaining item belongs to go with them.
 */
import type { StormwatchDB } from './schema';
import type { ItemStatus } from './types';

export interface Retention {
  /** Days after the last sighting; 0 keeps items of any age. */
  days: number;
  /** Items kept at most; 0 keeps any number. */
  maxItems: number;
}

export const DEFAULT_RETENTION: Retention = { days: 180, maxItems: 20_000 };

const CLOSED: readonly ItemStatus[] = ['replied', 'resolved', 'dismissed'];
const DAY = 86_400_000;

/** Prune by the retention settings; returns how many items were deleted. One transaction. */
export async function pruneItems(db: StormwatchDB, r: Retention, now: number): Promise<number> {
  return db.transaction('rw', db.items, db.events, db.threads, async () => {
    const closed = await db.items.where('status').anyOf(CLOSED).toArray();
    closed.sort((a, b) => a.lastSeen - b.lastSeen);
    const doomed = new Set<string>();
    if (r.days > 0) for (const it of closed) if (it.lastSeen < now - r.days * DAY) doomed.add(it.key);
    if (r.maxItems > 0) {
      const excess = (await db.items.count()) - doomed.size - r.maxItems;
      for (let i = 0, n = 0; i < closed.length && n < excess; i++) {
        if (doomed.has(closed[i]!.key)) continue;
        doomed.add(closed[i]!.key);
        n++;
      }
    }
    if (doomed.size === 0) return 0;
    const keys = [...doomed];
    await db.items.bulkDelete(keys);
    await db.events.where('itemKey').anyOf(keys).delete();
    const threadKeys = new Set(closed.filter((it) => doomed.has(it.key)).map((it) => it.threadKey));
    for (const key of threadKeys)
      if ((await db.items.where('threadKey').equals(key).count()) === 0) await db.threads.delete(key);
    return keys.length;
  });
}
