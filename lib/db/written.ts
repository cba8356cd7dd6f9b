/**
 * Rows this extension context has just written, handed to the queue cache with Dexie's report of
 * the commit, so that the cache does not read back what it was written a moment ago.
 *
 * A writer notes its rows inside its transaction (`noteWritten`) and forgets them when the
 * transaction has ended (`forgetWritten`, in a `finally`). Dexie reports a commit (its
 * `storagemutated` event, with the written keys) synchronously as the transaction completes,
 * before the writer's code runs again, so a report of these keys that comes while the transaction
 * is finished but not yet forgotten is the report of this commit, and the noted rows are what it
 * stored. Rows of a transaction still running or aborted are never handed out. A writer called
 * inside a larger transaction forgets its rows before that one commits, so other writes of the
 * same items in it cannot be hidden: the cache reads those items back.
 */
import type { Transaction } from 'dexie';
import type { StormwatchDB } from './schema';
import type { FlaggedItem } from './types';

export interface Written {
  trans: Transaction;
  rows: Map<string, FlaggedItem>;
  aborted: boolean;
}

const byDb = new WeakMap<StormwatchDB, Set<Written>>();

/** Start noting rows written by `trans` (the running transaction); returns what `forgetWritten` takes. */
export function noteWritten(db: StormwatchDB, trans: Transaction): Written {
  let all = byDb.get(db);
  if (!all) byDb.set(db, (all = new Set()));
  // Inside another transaction, only the outermost one commits.
  let root = trans;
  while (root.parent) root = root.parent;
  const w: Written = { trans: root, rows: new Map(), aborted: false };
  root.on('abort', () => {
    w.aborted = true;
  });
  root.on('error', () => {
    w.aborted = true;
  });
  all.add(w);
  return w;
}

/** Add rows to what `w` holds (a later part of the same transaction). */
export function addWritten(w: Written, rows: Iterable<FlaggedItem>): void {
  for (const r of rows) w.rows.set(r.key, r);
}

/** The writer's transaction has ended (committed or not): its rows are no longer handed out. */
export function forgetWritten(db: StormwatchDB, w: Written | undefined): void {
  if (w) byDb.get(db)?.delete(w);
}

/** The row a committed transaction of this context has just written for `key`, if it noted one. */
export function justWritten(db: StormwatchDB, key: string): FlaggedItem | undefined {
  const all = byDb.get(db);
  if (!all) return undefined;
  for (const w of all) {
    if (w.aborted || w.trans.active) continue;
    const row = w.rows.get(key);
    if (row) return row;
  }
  return undefined;
}
