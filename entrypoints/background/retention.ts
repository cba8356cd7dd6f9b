/**
 * Runs the retention pruning (lib/db/retention.ts) from the background, which writes the queue:
 * when the worker starts and after stored reports, at most once per PRUNE_EVERY_MS
 * (docs/RELIABILITY.md H6, H7).
 */
import type { StormwatchDB } from '@/lib/db/schema';
import { pruneItems } from '@/lib/db/retention';
import { settingsItem, withDefaults } from '@/lib/settings';

export const PRUNE_EVERY_MS = 3_600_000;

/** A function to call whenever items were stored: prunes when the last run is old enough. */
export function retentionRunner(db: StormwatchDB, now: () => number = () => Date.now()): () => void {
  let last = -Infinity;
  let running = false;
  return () => {
    if (running || now() - last < PRUNE_EVERY_MS) return;
    running = true;
    last = now();
    settingsItem
      .getValue()
      .then((s) => {
        const { retentionDays: days, retentionMaxItems: maxItems } = withDefaults(s);
        return pruneItems(db, { days, maxItems }, now());
      })
      .then(
        (n) => n > 0 && console.info(`[stormwatch] retention: ${n} finished items deleted`),
        (e: unknown) => console.warn('[stormwatch] retention failed', e),
      )
      .finally(() => {
        running = false;
      });
  };
}
