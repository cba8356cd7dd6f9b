/**
 * What the background could not store, kept in `storage.local` (outside the database, so a full
 * or failing database can still be reported) and shown in the panel's health view
 * (docs/RELIABILITY.md H1, H7). Nothing the page reports is lost silently: a refused comment or a
 * failed write is counted here with its reason.
 */
import { storage } from '#imports';

export interface IntakeHealth {
  /** Comments (and thread summaries) refused by the background's checks. */
  rejected: number;
  /** Writes of valid comments that failed (storage full, database closed); each is retried by the background. */
  failedWrites: number;
  /** Comments waiting in the background's retry queue now. */
  pending?: number;
  /** Comments dropped because the retry queue was full (oldest first), counted so they are not lost silently. */
  lost?: number;
  lastReason?: string;
  /** Epoch milliseconds of the last problem. */
  lastAt?: number;
}

export const EMPTY_INTAKE: IntakeHealth = { rejected: 0, failedWrites: 0 };

export const intakeItem = storage.defineItem<IntakeHealth>('local:intakeHealth', { fallback: EMPTY_INTAKE });

// One update at a time: two messages handled together must not lose each other's counts.
let chain: Promise<unknown> = Promise.resolve();

/** Add to the counters (background only). Never throws: reporting a problem must not become one. */
export function recordIntake(add: {
  rejected?: number;
  failedWrites?: number;
  lost?: number;
  pending?: number;
  reason?: string;
  now: number;
}): Promise<void> {
  const next = chain.then(async () => {
    const cur = await intakeItem.getValue();
    const out: IntakeHealth = {
      ...cur,
      rejected: cur.rejected + (add.rejected ?? 0),
      failedWrites: cur.failedWrites + (add.failedWrites ?? 0),
    };
    const lost = (cur.lost ?? 0) + (add.lost ?? 0);
    if (lost > 0) out.lost = lost;
    // The queue's length now (not a running total); absent when it is empty.
    if (add.pending !== undefined) {
      if (add.pending > 0) out.pending = add.pending;
      else delete out.pending;
    }
    if (add.reason !== undefined) {
      out.lastReason = add.reason.slice(0, 300);
      out.lastAt = add.now;
    }
    await intakeItem.setValue(out);
  });
  chain = next.catch((e: unknown) => console.warn('[stormwatch] could not record a storage problem', e));
  return chain as Promise<void>;
}
