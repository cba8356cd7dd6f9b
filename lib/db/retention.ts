/**
 * Retention (docs/RELIABILITY.md H6, H7): flagged items the team has finished with (replied,
 * resolved, dismissed) are deleted, with their log entries, once they were last seen longer ago
 * than the retention age, and the oldest of them go first while the queue holds more items than
 * the retention count. Items still open (new, in progress, escalated) are never pruned: they are
 * work, or evidence, nobody closed. Threads no remaining item belongs to go with them.
 *
 * Each deleted item leaves a small mark (its key and when, one settings row): a page read again
 * later still shows the comment, and without the mark it came back as new work though the team
 * had finished with it (docs/RELIABILITY.md H11). `saveObserved` skips a marked comment unless it
 * is stored again (a restore). The newest MAX_RETIRED marks are kept; marks never go into backups.
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

/** The settings rows marking items retention deleted: `retired:<item key>`, valued by when. */
export const RETIRED_PREFIX = 'retired:';
/** Marks kept at most, the oldest dropped first (each is a key and a time). */
export const MAX_RETIRED = 20_000;
const retiredKey = (itemKey: string) => `${RETIRED_PREFIX}${itemKey}`;
/** Is this settings row a retention mark (left out of backups)? */
export const isRetiredRow = (settingsKey: string): boolean => settingsKey.startsWith(RETIRED_PREFIX);

/** Which of these item keys retention deleted (call inside a transaction holding `settings`). */
export async function retiredAmong(db: StormwatchDB, itemKeys: readonly string[]): Promise<Set<string>> {
  if (itemKeys.length === 0) return new Set();
  const rows = await db.settings.bulkGet(itemKeys.map(retiredKey));
  return new Set(itemKeys.filter((_, i) => rows[i] !== undefined));
}

/** Mark deleted items, then drop the oldest marks beyond `max`. */
async function markRetired(db: StormwatchDB, itemKeys: readonly string[], now: number, max: number): Promise<void> {
  await db.settings.bulkPut(itemKeys.map((k) => ({ key: retiredKey(k), value: now })));
  const marks = db.settings.where('key').startsWith(RETIRED_PREFIX);
  const excess = (await marks.count()) - max;
  if (excess <= 0) return;
  const all = await marks.toArray();
  all.sort((a, b) => (a.value as number) - (b.value as number) || (a.key < b.key ? -1 : 1));
  await db.settings.bulkDelete(all.slice(0, excess).map((r) => r.key));
}

/**
 * Prune by the retention settings; returns how many items were deleted. One transaction, which
 * also marks them (at most `maxRetired` marks kept).
 */
export async function pruneItems(
  db: StormwatchDB,
  r: Retention,
  now: number,
  maxRetired = MAX_RETIRED,
): Promise<number> {
  return db.transaction('rw', db.items, db.events, db.threads, db.settings, async () => {
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
    await markRetired(db, keys, now, maxRetired);
    const threadKeys = new Set(closed.filter((it) => doomed.has(it.key)).map((it) => it.threadKey));
    for (const key of threadKeys)
      if ((await db.items.where('threadKey').equals(key).count()) === 0) await db.threads.delete(key);
    return keys.length;
  });
}
