/**
 * The queue's items in memory, read once and then kept fresh by patching only what changed.
 *
 * Reading: most severe first, one severity at a time through the `severityRank` index, so the
 * default order ("most severe first") has its first screen after the first read, not after all
 * 50,000 items. Later reads add the other severities (`complete` turns true after the last).
 *
 * Keeping fresh: Dexie reports every committed write (in this context and, through a broadcast
 * channel, in the background) with the keys it touched. Writes of a few keys are read back by key
 * (`bulkGet`) and patched in; a write Dexie reports as a range (a clear, a large `bulkPut`, a
 * collection `modify`) reads everything again. Writes coalesce over a short pause.
 */
import { Dexie } from 'dexie';
import type { StormwatchDB } from './schema';
import type { FlaggedItem } from './types';
import { SEVERITY_RANK } from '@/lib/risk/types';

/** Severity ranks, most severe first: the order in which items are read. */
const RANKS = [...new Set(Object.values(SEVERITY_RANK))].sort((a, b) => b - a);
/** Writes arriving within this pause are read back together. */
const COALESCE_MS = 30;
/** A failed read is tried again after this pause. */
const RETRY_MS = 2_000;
/** More changed keys than this are read again as a whole table. */
const MAX_PATCH = 5_000;

/** A mark on the page's timeline (the inbox benchmark reads them). */
const mark = (name: string) => globalThis.performance?.mark?.(name);

export interface QueueSnapshot {
  /** Every item read so far (a new array after each change). */
  items: readonly FlaggedItem[];
  /** False while lower severities are still being read. */
  complete: boolean;
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

export class QueueCache {
  private readonly byKey = new Map<string, FlaggedItem>();
  private snap: QueueSnapshot | undefined;
  private readonly listeners = new Set<() => void>();
  /** Keys written while a read is under way or waiting for the pause; null: read everything. */
  private pending: Set<string> | null = null;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private busy = false;
  private started = false;
  private stopped = false;
  private readonly part: string;
  private readonly onMutated = (parts: Record<string, Node>) => this.mutated(parts);

  constructor(private readonly db: StormwatchDB) {
    this.part = `idb://${db.name}/items/`;
  }

  /**
   * What the panel shows now; undefined until the first severity is read. The first look starts
   * the reading (during the panel's first render, not a frame later when it subscribes).
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

  /** Stop listening to writes (tests, with a database of their own). */
  stop(): void {
    this.stopped = true;
    clearTimeout(this.timer);
    Dexie.on('storagemutated').unsubscribe(this.onMutated as never);
  }

  private start(): void {
    this.started = true;
    // For the panel's lifetime: a database closed for an upgrade in another page opens again on
    // the next read, and the cache reads everything again on the next write it hears of.
    Dexie.on('storagemutated', this.onMutated as never);
    void this.drain();
  }

  private emit(complete: boolean, error?: string): void {
    this.snap = { items: [...this.byKey.values()], complete, ...(error ? { error } : {}) };
    for (const fn of this.listeners) fn();
  }

  private mutated(parts: Record<string, Node>): void {
    const tree = parts[this.part];
    if (!tree || this.stopped) return;
    const keys = changedKeys(tree);
    if (keys === null) this.pending = null;
    else if (this.pending) for (const k of keys) this.pending.add(k);
    if (this.pending && this.pending.size > MAX_PATCH) this.pending = null;
    if (!this.busy) {
      clearTimeout(this.timer);
      this.timer = setTimeout(() => void this.drain(), COALESCE_MS);
    }
  }

  /** Read what is pending (everything, or the written keys) until nothing is. */
  private async drain(): Promise<void> {
    this.busy = true;
    try {
      while (!this.stopped && (this.pending === null || this.pending.size)) {
        const todo = this.pending;
        this.pending = new Set();
        if (todo === null) await this.readAll();
        else await this.patch([...todo]);
      }
    } catch (e) {
      // Shown by the panel; everything is read again after a pause (or at the next write).
      this.pending = null;
      if (!this.stopped) {
        this.emit(this.snap?.complete ?? false, e instanceof Error ? e.message : String(e));
        this.timer = setTimeout(() => void this.drain(), RETRY_MS);
      }
    } finally {
      this.busy = false;
    }
  }

  /** Everything, most severe first; the first non-empty severity is shown at once. */
  private async readAll(): Promise<void> {
    const fresh = new Map<string, FlaggedItem>();
    mark('stormwatch:queue-read');
    for (const rank of RANKS) {
      const part = await this.db.items.where('severityRank').equals(rank).toArray();
      for (const it of part) fresh.set(it.key, it);
      // The first screen: the panel had nothing yet, so show the most severe items now.
      if (part.length && !this.snap) {
        mark('stormwatch:queue-first');
        this.replace(fresh, false);
      }
    }
    // Items outside the known ranks (none are written so, but a file could hold them).
    if ((await this.db.items.count()) !== fresh.size) {
      for (const it of await this.db.items.toArray()) fresh.set(it.key, it);
    }
    mark('stormwatch:queue-all');
    this.replace(fresh, true);
  }

  private replace(fresh: Map<string, FlaggedItem>, complete: boolean): void {
    this.byKey.clear();
    for (const [k, v] of fresh) this.byKey.set(k, v);
    this.emit(complete);
  }

  private async patch(keys: string[]): Promise<void> {
    const rows = await this.db.items.bulkGet(keys);
    keys.forEach((k, i) => {
      const it = rows[i];
      if (it) this.byKey.set(k, it);
      else this.byKey.delete(k);
    });
    this.emit(this.snap?.complete ?? false);
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
