/**
 * Flagged comments whose write failed (storage full, database closed) wait here and are written
 * again after growing pauses, in the order they came, until a write succeeds (docs/RELIABILITY.md
 * H7). The queue is kept in `storage.session` too, so a worker stopped meanwhile picks it up when
 * it starts again. It holds at most MAX_PENDING_COMMENTS comments: beyond that the oldest batches
 * are dropped and counted as lost, where the panel shows them. Nothing is dropped silently.
 *
 * On a full disk Chromium closes every database connection of the extension (a write error of
 * its storage closes the whole store), and Dexie's automatic reopening fails while the disk is
 * still full; after that Dexie answers every operation with DatabaseClosedError and never tries
 * again. So each write here opens the database again first when it is closed (`reopenIfClosed`).
 */
import { storage } from '#imports';
import type { CommentsObserved } from '@/lib/messaging/protocol';
import type { StormwatchDB } from '@/lib/db/schema';
import { saveObserved } from '@/lib/db/items';
import { recordIntake } from '@/lib/intake-health';

export const MAX_PENDING_COMMENTS = 5_000;
/** Pauses before each further try; the last one repeats. */
export const WRITE_RETRY_MS = [1_000, 5_000, 30_000, 120_000] as const;

interface PendingBatch {
  payload: CommentsObserved;
  tabId?: number;
}

const pendingItem = storage.defineItem<PendingBatch[]>('session:pendingWrites', { fallback: [] });

export interface WriteQueue {
  /** Keep a batch whose write failed, and try it again later. */
  add(payload: CommentsObserved, tabId: number | undefined): Promise<number>;
  /** Write what waits, in order; stops at the first failure (and tries again after the next pause). */
  flush(): Promise<number>;
  /** Comments waiting. */
  size(): number;
}

/** Open the database again if the browser closed it (or a reopening failed); throws while it cannot be opened. */
export async function reopenIfClosed(db: StormwatchDB): Promise<void> {
  if (!db.isOpen()) await db.open();
}

const count = (q: readonly PendingBatch[]) => q.reduce((n, b) => n + Math.max(1, b.payload.comments.length), 0);
const describe = (e: unknown) => {
  const err = e as { name?: string; message?: string } | null;
  return `${err?.name ?? 'Error'}: ${err?.message ?? String(e)}`;
};

export function createWriteQueue(
  db: StormwatchDB,
  deps: {
    now(): number;
    setTimeout(fn: () => void, ms: number): unknown;
    save?: typeof saveObserved;
    onStored?(n: number): void;
  } = { now: () => Date.now(), setTimeout: (fn, ms) => setTimeout(fn, ms) },
): WriteQueue {
  const save = deps.save ?? saveObserved;
  let queue: PendingBatch[] | null = null;
  let attempt = 0;
  let timer = false;
  let running: Promise<number> | null = null;

  // A copy: WXT's storage hands out its fallback object itself, which must not be mutated.
  const load = async (): Promise<PendingBatch[]> => (queue ??= [...(await pendingItem.getValue().catch(() => []))]);
  const persist = async (q: PendingBatch[]) => {
    await pendingItem
      .setValue(q)
      .catch((e: unknown) => console.warn('[stormwatch] could not keep the retry queue in session storage', e));
    await recordIntake({ pending: count(q), now: deps.now() });
  };
  const schedule = () => {
    if (timer) return;
    timer = true;
    const pause = WRITE_RETRY_MS[Math.min(attempt, WRITE_RETRY_MS.length - 1)]!;
    attempt++;
    deps.setTimeout(() => {
      timer = false;
      void flush();
    }, pause);
  };

  async function flushOnce(): Promise<number> {
    const q = await load();
    let stored = 0;
    while (q.length > 0) {
      const batch = q[0]!;
      try {
        await reopenIfClosed(db);
        stored += await save(db, batch.payload, batch.tabId, deps.now());
      } catch (e) {
        await recordIntake({ failedWrites: 1, reason: describe(e), now: deps.now() });
        await persist(q);
        schedule();
        return stored;
      }
      q.shift();
      attempt = 0;
    }
    await persist(q);
    if (stored > 0) deps.onStored?.(stored);
    return stored;
  }

  function flush(): Promise<number> {
    running ??= flushOnce().finally(() => {
      running = null;
    });
    return running;
  }

  return {
    async add(payload, tabId) {
      const q = await load();
      q.push({ payload, tabId });
      let lost = 0;
      while (q.length > 1 && count(q) > MAX_PENDING_COMMENTS) lost += Math.max(1, q.shift()!.payload.comments.length);
      if (lost > 0) await recordIntake({ lost, reason: `retry queue full: ${lost} comments dropped`, now: deps.now() });
      await persist(q);
      schedule();
      return count(q);
    },
    flush,
    size: () => (queue ? count(queue) : 0),
  };
}
