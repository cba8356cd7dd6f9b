/**
 * Triage over many items at once: response-time targets per severity (what "overdue" means),
 * near-identical comments grouped into one row, and bulk status and assignment in one transaction.
 */
import type { StormwatchDB } from './schema';
import type { FlaggedItem, ItemStatus, ResponseEvent } from './types';
import type { Severity } from '@/lib/risk/types';
import { groupKeyOfSame, sameTextKey } from './text-key';
import { isClosed, waitedMs } from './clock';
import { addWritten, forgetWritten, noteWritten, type Written } from './written';

export { sameTextKey } from './text-key';

/** A mark on the page's timeline (the inbox benchmark times a bulk change's phases by them). */
const mark = (name: string) => globalThis.performance?.mark?.(`stormwatch:${name}`);

/** Time to respond per severity before an open item is overdue. */
export const SLA_MS: Record<Severity, number> = {
  critical: 30 * 60_000,
  high: 2 * 3_600_000,
  medium: 8 * 3_600_000,
  low: 24 * 3_600_000,
  none: 72 * 3_600_000,
};

/** Is the item open and past its severity's target? */
export function isOverdue(item: FlaggedItem, now: number): boolean {
  if (isClosed(item.status)) return false;
  const waited = waitedMs(item, now);
  return waited !== null && waited > SLA_MS[item.severity];
}

/** `sameTextKey` of texts already seen: the queue regroups 50,000 items at each change. */
const textKeys = new Map<string, string>();
function groupKeyOf(text: string): string {
  let k = textKeys.get(text);
  if (k === undefined) {
    if (textKeys.size >= 200_000) textKeys.clear();
    k = sameTextKey(text);
    textKeys.set(text, k);
  }
  return k;
}

export interface QueueRow {
  item: FlaggedItem;
  /** Items with the same text (the row's own item first), when more than one (of those read). */
  group?: FlaggedItem[];
  /**
   * Every key of the group, the row's own first, when the queue holds a window of its items and
   * the database counted the group (its true size, read or not).
   */
  all?: readonly string[];
  /** A member of an expanded group, shown under its first item. */
  member?: boolean;
  /** The group's true size is being read (a window's first screen): no count is shown yet. */
  counting?: boolean;
}

/** How many items a row stands for, and their keys. */
export const rowCount = (r: QueueRow): number => r.all?.length ?? r.group?.length ?? 1;
export const rowKeys = (r: QueueRow): readonly string[] =>
  r.all ?? (r.group ? r.group.map((i) => i.key) : [r.item.key]);

/**
 * The queue's rows: items with the same text (see `sameTextKey`) as one row with a count, placed
 * where the first of them is; an expanded group lists its other items under it. `known`: every
 * key of each group by `textGroupKey` (a window of the queue: the groups' true sizes; null while
 * they are read).
 */
export function groupRows(
  items: readonly FlaggedItem[],
  expanded: ReadonlySet<string> = new Set(),
  known?: ReadonlyMap<string, readonly string[]> | null,
): QueueRow[] {
  const groups = new Map<string, FlaggedItem[]>();
  for (const it of items) {
    const k = groupKeyOf(it.text) || `\u0000${it.key}`;
    const g = groups.get(k);
    if (g) g.push(it);
    else groups.set(k, [it]);
  }
  const rows: QueueRow[] = [];
  for (const g of groups.values()) {
    const lead = g[0]!;
    const keys = known?.get(groupKeyOfSame(groupKeyOf(lead.text), lead.key));
    const all = keys && keys.length > 1 ? [lead.key, ...keys.filter((k) => k !== lead.key)] : undefined;
    if (g.length === 1 && !all) {
      rows.push({ item: lead });
      continue;
    }
    rows.push({ item: lead, group: g, ...(all ? { all } : {}), ...(known === null ? { counting: true } : {}) });
    if (expanded.has(lead.key)) for (const m of g.slice(1)) rows.push({ item: m, member: true });
  }
  return rows;
}

/**
 * Dexie reports the keys of a `bulkPut` of fewer than 50 rows (more are reported as "the whole
 * table"): written in such parts inside the caller's transaction, open panels patch just these
 * items instead of reading the queue again (see `QueueCache`).
 */
export async function putInParts(db: StormwatchDB, rows: readonly FlaggedItem[]): Promise<void> {
  for (let i = 0; i < rows.length; i += PART) await db.items.bulkPut(rows.slice(i, i + PART));
}
const PART = 49;

/**
 * A read-write transaction on items (and the response log when `log`) whose rewritten items
 * (`rewriteInParts`) are handed to this context's queue cache with Dexie's report of the commit
 * (see `written.ts`).
 */
async function rewriting<T>(db: StormwatchDB, log: boolean, body: (w: Written) => Promise<T>): Promise<T> {
  let w: Written | undefined;
  const tables = log ? [db.items, db.events] : [db.items];
  try {
    return await db.transaction('rw', tables, (tx) => body((w = noteWritten(db, tx))));
  } finally {
    forgetWritten(db, w);
  }
}

/**
 * Rewrite many items in parts under 50 (see `putInParts`) inside `rewriting`'s transaction: each
 * part is read (Dexie keeps what it read for the write that follows, so its report of the change
 * names the written keys and only the indexes whose values changed), `change` makes each item's
 * new row (null: left alone), and the part is written. Returns the items changed, as they were.
 */
async function rewriteInParts(
  db: StormwatchDB,
  w: Written,
  keys: readonly string[],
  change: (item: FlaggedItem) => FlaggedItem | null,
): Promise<{ before: FlaggedItem[]; written: Promise<unknown> }> {
  const trans = w.trans.idbtrans;
  const core = db.items.core;
  // In key order: keys close together are read a part at a time (range-reads.ts).
  const unique = [...new Set(keys)].sort();
  const read = (i: number) =>
    core.getMany({ trans, keys: unique.slice(i, i + PART), cache: 'immutable' }) as Promise<
      (FlaggedItem | undefined)[]
    >;
  const before: FlaggedItem[] = [];
  const writes: Promise<unknown>[] = [];
  let next = unique.length ? read(0) : undefined;
  for (let i = 0; next; i += PART) {
    const old = await next;
    // The next part is read while this one is prepared and written. (Dexie keeps what a read
    // returned for the write that follows once the read is done: after this part's write.)
    next = i + PART < unique.length ? read(i + PART) : undefined;
    const rows: FlaggedItem[] = [];
    for (const it of old) {
      const row = it ? change(it) : null;
      if (!it || !row) continue;
      before.push(it);
      rows.push(row);
    }
    if (!rows.length) continue;
    writes.push(db.items.bulkPut(rows));
    addWritten(w, rows);
  }
  return { before, written: Promise.all(writes) };
}

/**
 * Rewrite many items (`change`, see `rewriteInParts`) and log each changed one (`eventOf`, from the
 * item as it was) in one transaction; `keys` may be read in it. Returns how many changed.
 */
async function rewriteLogged(
  db: StormwatchDB,
  keys: readonly string[] | (() => Promise<readonly string[]>),
  change: (item: FlaggedItem) => FlaggedItem | null,
  eventOf: (was: FlaggedItem) => ResponseEvent,
): Promise<number> {
  return rewriting(db, true, async (w) => {
    const { before, written } = await rewriteInParts(db, w, typeof keys === 'function' ? await keys() : keys, change);
    mark('bulk-put');
    await Promise.all([written, db.events.bulkAdd(before.map(eventOf))]);
    mark('bulk-logged');
    return before.length;
  });
}

/** Change the status of many items in one transaction (each change logged); returns how many changed. */
export async function changeStatusMany(
  db: StormwatchDB,
  keys: readonly string[],
  to: ItemStatus,
  opts: { agent?: string; note?: string; now: number },
): Promise<number> {
  mark('bulk-start');
  const n = await changeStatusWhere(db, keys, to, opts, (item) => item.status !== to);
  mark('bulk-committed');
  return n;
}

/**
 * Move the items among `keys` (or read in the transaction) that `accept` takes to status `to`, as
 * one bulk change: the clock stops on closing and runs again on reopening, a first response is
 * noted with its agent, and each change is logged. Returns how many changed.
 */
export function changeStatusWhere(
  db: StormwatchDB,
  keys: readonly string[] | (() => Promise<readonly string[]>),
  to: ItemStatus,
  opts: { agent?: string; note?: string; now: number },
  accept: (item: FlaggedItem) => boolean,
): Promise<number> {
  return rewriteLogged(
    db,
    keys,
    (item) => {
      if (!accept(item)) return null;
      const next: FlaggedItem = { ...item, status: to };
      if (isClosed(to) && !isClosed(item.status)) next.closedAt = opts.now;
      if (!isClosed(to)) delete next.closedAt;
      if ((to === 'replied' || to === 'resolved' || to === 'escalated') && item.respondedAt === undefined) {
        next.respondedAt = opts.now;
        next.agent = opts.agent;
      }
      return next;
    },
    (item) => ({
      itemKey: item.key,
      type: 'statusChanged',
      at: opts.now,
      agent: opts.agent,
      from: item.status,
      to,
      ...(opts.note ? { note: opts.note } : {}),
    }),
  );
}

/** Assign many items to a person (empty name: unassigned). */
export async function assignMany(db: StormwatchDB, keys: readonly string[], assignee: string): Promise<number> {
  const name = assignee.trim().slice(0, 100);
  return rewriting(db, false, async (w) => {
    const { before, written } = await rewriteInParts(db, w, keys, (i) =>
      name ? { ...i, assignee: name } : (({ assignee: _, ...rest }) => rest)(i),
    );
    await written;
    return before.length;
  });
}
