/**
 * `commentsObserved`: store every valid comment of a page's report, name each refused one, and
 * count both kinds of loss where the panel shows them (docs/RELIABILITY.md H1, H7). A refusal is
 * an answer, not an error, so the page does not send the same report again. A failed write goes
 * to the background's retry queue (`write-queue.ts`) and is answered as pending; without a queue
 * it is thrown back for the page's few retries.
 */
import { splitObserved, type Rejection } from '@/lib/messaging/observed-batch';
import { decodeObserved } from '@/lib/messaging/protocol';
import { saveObserved } from '@/lib/db/items';
import type { StormwatchDB } from '@/lib/db/schema';
import { recordIntake } from '@/lib/intake-health';
import { reopenIfClosed, type WriteQueue } from './write-queue';

export interface ObservedAnswer {
  stored: number;
  rejected: Rejection[];
  /** Comments kept for a later write because this one failed. */
  pending?: number;
}

/** Check a report (as it came over the wire) row by row and store what passes. */
export async function handleObserved(
  db: StormwatchDB,
  wire: unknown,
  tabId: number | undefined,
  now: number,
  queue?: WriteQueue,
): Promise<ObservedAnswer> {
  let raw: unknown;
  try {
    raw = decodeObserved(wire);
  } catch (e) {
    raw = { notJson: e instanceof Error ? e.message : String(e) };
  }
  const { payload, rejected, carried } = splitObserved(raw);
  if (rejected.length > 0) {
    const count = payload ? rejected.length : Math.max(1, carried);
    const first = rejected[0]!;
    console.warn(
      `[stormwatch] ${count} observed ${count === 1 ? 'row' : 'rows'} refused; first: ${first.kind} ${first.id ?? ''} ${first.reason}`,
    );
    await recordIntake({
      rejected: count,
      reason: `${first.kind}${first.id ? ` ${first.id}` : ''}: ${first.reason}`,
      now,
    });
  }
  if (!payload || (payload.comments.length === 0 && payload.threads.length === 0)) return { stored: 0, rejected };
  // Earlier batches still waiting go first.
  if (queue && queue.size() > 0) await queue.flush();
  try {
    // A database the browser closed on a full disk is opened again once there is room (H7).
    await reopenIfClosed(db);
    const stored = await saveObserved(db, payload, tabId, now);
    return { stored, rejected };
  } catch (e) {
    const err = e as { name?: string; message?: string } | null;
    await recordIntake({ failedWrites: 1, reason: `${err?.name ?? 'Error'}: ${err?.message ?? String(e)}`, now });
    if (!queue) throw e;
    return { stored: 0, rejected, pending: await queue.add(payload, tabId) };
  }
}
