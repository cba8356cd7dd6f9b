/**
 * The queue's items in memory: only what the panel shows, kept fresh by patching what changed.
 *
 * Two ways of holding the queue:
 * - A window (the default view: every item, most severe first): the first `window` items of the
 *   queue's order, read through the `queueKey` index (one request a page), longer as the list
 *   scrolls (`showWindow`). The count of items and each near-identical group's keys come from
 *   index reads (`count`, the `groupKey` index), so they are the true totals from the first
 *   screen on, and nothing beyond the window is read.
 * - Everything (a filter, another order, the dashboard: whatever needs every item; `demandAll`):
 *   read in parts along the same index, most severe first (`complete` turns true after the last);
 *   back to a window when no one needs everything any more.
 *
 * Keeping fresh: Dexie reports every committed write (in this context and, through a broadcast
 * channel, in the background) with the keys it touched. Written keys are read back by key
 * (`bulkGet`; the rows a bulk change of this context has just written are taken as it wrote them,
 * see `written.ts`) and patched in (in a window: only those that fall inside it); a write Dexie reports
 * as a range (a clear, a large `bulkPut`) reads the window, or everything, again. A write arriving
 * while a read is under way is read after it.
 */
import { Dexie } from 'dexie';
import type { StormwatchDB } from './schema';
import type { FlaggedItem } from './types';
import { postedAt } from './clock';
import { QUEUE_ORDER_INDEX, queueKeyOf, type QueueKey } from './index-fields';
import { textGroupKey } from './text-key';
import { justWritten } from './written';

/** Items of the first screen (and of each further page of a window). */
export const WINDOW_PAGE = 30;
/** Items per read when reading everything. */
const CHUNK = 2_000;
/** A failed read is tried again after this pause. */
const RETRY_MS = 2_000;
/** More changed keys than this are read again as a whole. */
const MAX_PATCH = 5_000;

/** A mark on the page's timeline (the inbox benchmark reads them). */
const mark = (name: string) => globalThis.performance?.mark?.(name);

export interface QueueSnapshot {
  /** A window: its items, in the queue's order. Everything: every item read so far. A new array after each change. */
  items: readonly FlaggedItem[];
  /** Every item is in memory. */
  complete: boolean;
  /** Everything is being read (`items` grows, most severe first). */
  reading: boolean;
  /** A window with more items after it. */
  more: boolean;
  /** Items stored (an index count). */
  total: number;
  /** The items are a window of the queue (its head, in order). */
  window: boolean;
  /**
   * A window: every key of each group of near-identical items that has an item in it (by
   * `textGroupKey`), groups of two or more; null while they are being counted (just after the
   * first screen).
   */
  groups?: ReadonlyMap<string, readonly string[]> | null;
  /** Why the last read failed (the items shown are the last ones read). */
  error?: string;
}

interface Node {
  from: unknown;
  to: unknown;
  l?: Node | null;
  r?: Node | null;
  d: number;
}

/** The keys of a Dexie range set (a plain tree when it came over the broadcast channel); null for a range. */
export function changedKeys(tree: Node | undefined): string[] | null {
  const keys: string[] = [];
  const stack: Node[] = tree && tree.d ? [tree] : [];
  while (stack.length) {
    const n = stack.pop()!;
    if (typeof n.from !== 'string' || n.from !== n.to) return null;
    keys.push(n.from);
    if (keys.length > MAX_PATCH) return null;
    if (n.l && n.l.d) stack.push(n.l);
    if (n.r && n.r.d) stack.push(n.r);
  }
  return keys;
}

const posted = new WeakMap<FlaggedItem, number>();
/** An item's place in the queue's order, as the index holds it. */
function orderKey(it: FlaggedItem): QueueKey {
  let p = posted.get(it);
  if (p === undefined) posted.set(it, (p = postedAt(it)));
  return queueKeyOf(it, p);
}
/** Queue order: most severe, riskiest, newest posted first, then by key (the index's ascending order). */
export function queueOrder(a: FlaggedItem, b: FlaggedItem): number {
  const x = orderKey(a);
  const y = orderKey(b);
  for (let i = 0; i < 3; i++) if (x[i] !== y[i]) return (x[i] as number) - (y[i] as number);
  return x[3] < y[3] ? -1 : x[3] > y[3] ? 1 : 0;
}

/** Every key of each of the `groupKey`s: one key-only request each, all in one transaction. */
function groupMembers(idb: IDBDatabase, wanted: readonly string[]): Promise<string[][]> {
  return new Promise((resolve, reject) => {
    const tx = idb.transaction('items', 'readonly');
    const index = tx.objectStore('items').index('groupKey');
    const out: string[][] = [];
    wanted.forEach((k, i) => {
      const req = index.getAllKeys(IDBKeyRange.only(k));
      req.onsuccess = () => (out[i] = req.result as string[]);
    });
    tx.oncomplete = () => resolve(out);
    tx.onerror = () => reject(tx.error ?? new Error('reading groups failed'));
    tx.onabort = () => reject(tx.error ?? new Error('reading groups was aborted'));
  });
}

export class QueueCache {
  private readonly byKey = new Map<string, FlaggedItem>();
  /** The window, in the queue's order (window mode). */
  private win: FlaggedItem[] = [];
  private more = false;
  private total = 0;
  private groups: ReadonlyMap<string, readonly string[]> | null = null;
  /** Every key of the group of each item in the window, singletons too (what `groups` is made from). */
  private members = new Map<string, readonly string[]>();
  private want: number;
  private allDemands = 0;
  /** What is held now: the mode the last read was for. */
  private holding: 'window' | 'all' | null = null;
  private complete = false;
  private snap: QueueSnapshot | undefined;
  private readonly listeners = new Set<() => void>();
  /** Keys written since the last read; null: read everything again. */
  private pending: Set<string> | null = null;
  /** Of the pending keys, the rows this context wrote (see `written.ts`): not read back. */
  private known = new Map<string, FlaggedItem>();
  private timer: ReturnType<typeof setTimeout> | undefined;
  private busy = false;
  private started = false;
  private stopped = false;
  private readonly part: string;
  private readonly page: number;
  private readonly chunk: number;
  private readonly onMutated = (parts: Record<string, Node>) => this.mutated(parts);

  constructor(
    private readonly db: StormwatchDB,
    opts: { page?: number; chunk?: number } = {},
  ) {
    this.part = `idb://${db.name}/items/`;
    this.page = opts.page ?? WINDOW_PAGE;
    this.chunk = opts.chunk ?? CHUNK;
    this.want = this.page;
  }

  /**
   * What the panel shows now; undefined until the first read. The first look starts the reading
   * (during the panel's first render, not a frame later when it subscribes).
   */
  get snapshot(): QueueSnapshot | undefined {
    if (!this.started) this.start();
    return this.snap;
  }

  /** Listen to changes; the first listener starts the reading. */
  subscribe(fn: () => void): () => void {
    this.listeners.add(fn);
    if (!this.started) this.start();
    return () => {
      this.listeners.delete(fn);
    };
  }

  /** Hold every item until the returned function is called (filters, other orders, the dashboard). */
  demandAll(): () => void {
    this.allDemands++;
    this.kick();
    let done = false;
    return () => {
      if (done) return;
      done = true;
      this.allDemands--;
      this.kick();
    };
  }

  /** In a window: hold at least the first `n` items of the queue's order (the list scrolled on). */
  showWindow(n: number): void {
    const next = Math.ceil(n / this.page) * this.page;
    if (next <= this.want) return;
    this.want = next;
    if (this.holding === 'window' && this.more) this.kick();
  }

  /** Stop listening to writes (tests, with a database of their own). */
  stop(): void {
    this.stopped = true;
    clearTimeout(this.timer);
    Dexie.on('storagemutated').unsubscribe(this.onMutated as never);
  }

  private get mode(): 'window' | 'all' {
    return this.allDemands > 0 ? 'all' : 'window';
  }

  private start(): void {
    this.started = true;
    // For the panel's lifetime: a database closed for an upgrade in another page opens again on
    // the next read, and the cache reads again on the next write it hears of.
    Dexie.on('storagemutated', this.onMutated as never);
    void this.drain();
  }

  /** Read (soon) whatever the mode and the writes call for. */
  private kick(): void {
    if (!this.started || this.stopped || this.busy) return;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.drain(), 0);
  }

  private emit(error?: string): void {
    const window = this.holding === 'window';
    this.snap = {
      items: window ? [...this.win] : [...this.byKey.values()],
      complete: this.holding === 'all' && this.complete,
      reading: this.holding === 'all' && !this.complete,
      more: window && this.more,
      total: this.total,
      window,
      ...(window ? { groups: this.groups } : {}),
      ...(error ? { error } : {}),
    };
    for (const fn of this.listeners) fn();
  }

  private mutated(parts: Record<string, Node>): void {
    const tree = parts[this.part];
    if (!tree || this.stopped) return;
    mark('stormwatch:mutated');
    const keys = changedKeys(tree);
    if (keys === null) this.pending = null;
    else if (this.pending) {
      for (const k of keys) {
        this.pending.add(k);
        // Taken now: the rows are handed out only while the commit is being reported.
        const row = justWritten(this.db, k);
        if (row) this.known.set(k, row);
        else this.known.delete(k);
      }
    }
    if (this.pending && this.pending.size > MAX_PATCH) this.pending = null;
    if (!this.pending) this.known.clear();
    this.kick();
  }

  /** The items of `keys` as stored now: those this context wrote as it wrote them, the others read. */
  private async rowsOf(keys: readonly string[]): Promise<(FlaggedItem | undefined)[]> {
    const known = this.known;
    this.known = new Map();
    const unknown = keys.filter((k) => !known.has(k));
    const read = unknown.length ? await this.db.items.bulkGet(unknown) : [];
    const got = new Map(unknown.map((k, i) => [k, read[i]]));
    return keys.map((k) => known.get(k) ?? got.get(k));
  }

  /** The next thing to read, or null when what is held is what is wanted. */
  private nextStep(): (() => Promise<void>) | null {
    const mode = this.mode;
    if (this.holding !== mode || this.pending === null) return () => this.readAgain(mode);
    if (this.pending.size) {
      const keys = [...this.pending];
      this.pending = new Set();
      return () => (mode === 'all' ? this.patchAll(keys) : this.patchWindow(keys));
    }
    if (mode === 'window' && this.more && this.win.length < this.want) return () => this.extendWindow();
    return null;
  }

  /** Read what is wanted until nothing is. */
  private async drain(): Promise<void> {
    this.busy = true;
    try {
      for (let step = this.nextStep(); step && !this.stopped; step = this.nextStep()) await step();
    } catch (e) {
      // Shown by the panel; read again after a pause (or at the next write).
      this.pending = null;
      if (!this.stopped) {
        this.emit(e instanceof Error ? e.message : String(e));
        this.timer = setTimeout(() => void this.drain(), RETRY_MS);
      }
    } finally {
      this.busy = false;
    }
  }

  private async readAgain(mode: 'window' | 'all'): Promise<void> {
    this.pending = new Set();
    this.known.clear();
    mark('stormwatch:queue-read');
    if (mode === 'window') await this.readWindow();
    else await this.readAll();
  }

  /** The first `want` items of the queue's order, the count, the groups: the first screen. */
  private async readWindow(): Promise<void> {
    const [rows, total] = await Promise.all([
      this.db.items.orderBy(QUEUE_ORDER_INDEX).limit(this.want).toArray(),
      this.db.items.count(),
    ]);
    this.byKey.clear();
    this.complete = false;
    this.holding = 'window';
    this.win = rows;
    this.total = total;
    this.more = rows.length === this.want && total > rows.length;
    // The first screen at once; the groups' sizes right after (they wait for its rendering).
    this.groups = null;
    this.members = new Map();
    mark('stormwatch:queue-window');
    this.emit();
    await this.readGroups();
    mark('stormwatch:queue-first');
    this.emit();
  }

  /** The next page of the window, after its last item. */
  private async extendWindow(): Promise<void> {
    const last = this.win.at(-1);
    const n = this.want - this.win.length;
    const rows = last
      ? await this.db.items.where(QUEUE_ORDER_INDEX).above(orderKey(last)).limit(n).toArray()
      : await this.db.items.orderBy(QUEUE_ORDER_INDEX).limit(n).toArray();
    this.win = [...this.win, ...rows];
    this.more = rows.length === n;
    await this.readGroups(new Set());
    this.emit();
  }

  /**
   * Every key of the groups of near-identical items in the window (key-only reads of the `groupKey`
   * index): the groups not known yet, and those `changed` (all of them when it is not given).
   */
  private async readGroups(changed?: ReadonlySet<string>): Promise<void> {
    const inWindow = [...new Set(this.win.map((it) => textGroupKey(it.text, it.key)))];
    const wanted = inWindow.filter((gk) => !changed || changed.has(gk) || !this.members.has(gk));
    const keys = wanted.length ? await groupMembers(this.db.backendDB(), wanted) : [];
    wanted.forEach((gk, i) => this.members.set(gk, keys[i]!));
    this.members = new Map(inWindow.map((gk) => [gk, this.members.get(gk)!]));
    this.groups = new Map([...this.members].filter(([, all]) => all.length > 1));
  }

  /** The groups a write touched: those of the written items, and those that held a written key. */
  private touchedGroups(keys: ReadonlySet<string>, rows: ReadonlyArray<FlaggedItem | undefined>): Set<string> {
    const touched = new Set(rows.flatMap((it) => (it ? [textGroupKey(it.text, it.key)] : [])));
    for (const [gk, all] of this.members) if (!touched.has(gk) && all.some((k) => keys.has(k))) touched.add(gk);
    return touched;
  }

  /** Written keys in a window: those that fall inside it are put in their place; it is read on when it shrinks. */
  private async patchWindow(keys: string[]): Promise<void> {
    const [rows, total] = await Promise.all([this.rowsOf(keys), this.db.items.count()]);
    const changed = new Set(keys);
    const last = this.win.at(-1);
    const next = this.win.filter((it) => !changed.has(it.key));
    for (const it of rows) {
      // Inside the window: before its last item, or anywhere when nothing follows it.
      if (it && (!this.more || !last || queueOrder(it, last) <= 0)) next.push(it);
    }
    next.sort(queueOrder);
    if (next.length > this.want) {
      next.length = this.want;
      this.more = true;
    }
    this.win = next;
    this.total = total;
    await this.readGroups(this.touchedGroups(changed, rows));
    this.emit();
  }

  /** Everything, most severe first, in parts; each part is shown as it comes. */
  private async readAll(): Promise<void> {
    this.byKey.clear();
    this.win = [];
    this.holding = 'all';
    this.complete = false;
    this.total = await this.db.items.count();
    let last: FlaggedItem | undefined;
    for (let first = true; ; first = false) {
      const part = last
        ? await this.db.items.where(QUEUE_ORDER_INDEX).above(orderKey(last)).limit(this.chunk).toArray()
        : await this.db.items.orderBy(QUEUE_ORDER_INDEX).limit(this.chunk).toArray();
      for (const it of part) this.byKey.set(it.key, it);
      last = part.at(-1);
      if (part.length < this.chunk) break;
      if (first) mark('stormwatch:queue-first');
      this.emit();
    }
    // Items outside the index (a field it needs missing; none are written so, but a file could hold them).
    if ((await this.db.items.count()) !== this.byKey.size) {
      for (const it of await this.db.items.toArray()) this.byKey.set(it.key, it);
    }
    this.total = this.byKey.size;
    this.complete = true;
    mark('stormwatch:queue-all');
    this.emit();
  }

  private async patchAll(keys: string[]): Promise<void> {
    mark('stormwatch:patch-start');
    const rows = await this.rowsOf(keys);
    mark('stormwatch:patch-read');
    keys.forEach((k, i) => {
      const it = rows[i];
      if (it) this.byKey.set(k, it);
      else this.byKey.delete(k);
    });
    this.total = this.byKey.size;
    this.emit();
    mark('stormwatch:patch-emitted');
  }
}

const caches = new WeakMap<StormwatchDB, QueueCache>();

/** The one cache of a database (shared by every hook of the panel). */
export function queueCache(db: StormwatchDB): QueueCache {
  let c = caches.get(db);
  if (!c) {
    c = new QueueCache(db);
    caches.set(db, c);
  }
  return c;
}

/** Every item in the queue's order (what an export of the whole queue writes). */
export async function readQueue(db: StormwatchDB): Promise<FlaggedItem[]> {
  const rows = await db.items.orderBy(QUEUE_ORDER_INDEX).toArray();
  if (rows.length === (await db.items.count())) return rows;
  // Items outside the index go last, in the queue's order.
  const seen = new Set(rows.map((r) => r.key));
  return [...rows, ...(await db.items.toArray()).filter((r) => !seen.has(r.key)).sort(queueOrder)];
}
