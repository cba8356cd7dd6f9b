import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { RangeSet } from 'dexie';
import { StormwatchDB } from '@/lib/db/schema';
import { saveObserved } from '@/lib/db/items';
import { changeStatusMany } from '@/lib/db/triage';
import { changedKeys, QueueCache, type QueueSnapshot } from '@/lib/db/queue-cache';
import type { Severity } from '@/lib/risk/types';
import { observed } from '../../helpers';

let db: StormwatchDB;
beforeEach(() => {
  db = new StormwatchDB(`cache-${Math.random().toString(36).slice(2)}`);
});
afterEach(async () => {
  await db.delete();
});

/** `n` comments of each severity, stored as the background stores them. */
async function store(n: number, severities: Severity[]) {
  const comments = severities.flatMap((sev) =>
    Array.from({ length: n }, (_, i) => observed(`${sev}${i}`, `a${i}`, `${sev} text ${i}`, sev)),
  );
  await saveObserved(db, { pageUrl: 'https://example.invalid/', comments, threads: [] }, 1, 0);
}

/** Every snapshot the cache publishes, until one is complete and `until` holds. */
function follow(cache: QueueCache, until: (s: QueueSnapshot) => boolean = () => true) {
  const seen: QueueSnapshot[] = [];
  return new Promise<QueueSnapshot[]>((resolve) => {
    const off = cache.subscribe(() => {
      const s = cache.snapshot!;
      seen.push(s);
      if (s.complete && until(s)) {
        off();
        resolve(seen);
      }
    });
  });
}

describe('QueueCache', () => {
  test('shows the most severe items first, then every item', async () => {
    await store(3, ['critical', 'high', 'medium', 'low']);
    const cache = new QueueCache(db);
    const seen = await follow(cache);
    cache.stop();
    expect(seen[0]!.complete).toBe(false);
    expect(seen[0]!.items.map((i) => i.severity)).toEqual(['critical', 'critical', 'critical']);
    expect(seen.at(-1)!.items).toHaveLength(12);
  });

  test('an empty queue is complete at once', async () => {
    const cache = new QueueCache(db);
    const seen = await follow(cache);
    cache.stop();
    expect(seen).toEqual([{ items: [], complete: true }]);
  });

  test('a bulk status change is read back by key, not by reading the queue again', async () => {
    await store(100, ['high', 'medium']);
    const cache = new QueueCache(db);
    await follow(cache);
    const where = vi.spyOn(db.items, 'where');
    const bulkGet = vi.spyOn(db.items, 'bulkGet');
    const keys = cache.snapshot!.items.filter((i) => i.severity === 'high').map((i) => i.key);
    const done = follow(cache, (s) => s.items.filter((i) => i.status === 'resolved').length === 100);
    await changeStatusMany(db, keys, 'resolved', { now: 5 });
    const last = (await done).at(-1)!;
    cache.stop();
    expect(last.items).toHaveLength(200);
    expect(where).not.toHaveBeenCalled();
    // Read back: the 100 changed keys (changeStatusMany's own bulkGet is counted too).
    expect(bulkGet.mock.calls.some(([k]) => k.length === 100 && k.every((x) => keys.includes(x as string)))).toBe(true);
  });

  test('items written later appear; deleted ones go; a cleared table is read again', async () => {
    await store(2, ['high']);
    const cache = new QueueCache(db);
    await follow(cache);
    let next = follow(cache, (s) => s.items.length === 3);
    await store(3, ['high']);
    expect((await next).at(-1)!.items).toHaveLength(3);
    next = follow(cache, (s) => s.items.length === 2);
    await db.items.delete('demo:high0');
    expect(
      (await next)
        .at(-1)!
        .items.map((i) => i.key)
        .sort(),
    ).toEqual(['demo:high1', 'demo:high2']);
    next = follow(cache, (s) => s.items.length === 0);
    await db.items.clear();
    expect((await next).at(-1)!.items).toEqual([]);
    cache.stop();
  });
});

describe('QueueCache when a read fails', () => {
  test('says why, keeps what it had, and reads again after a pause', async () => {
    await store(2, ['high']);
    const where = vi.spyOn(db.items, 'where').mockImplementationOnce(() => {
      throw new Error('disk gone');
    });
    const cache = new QueueCache(db);
    const seen = await follow(cache);
    cache.stop();
    expect(seen[0]).toEqual({ items: [], complete: false, error: 'disk gone' });
    expect(seen.at(-1)).toMatchObject({ complete: true });
    expect(seen.at(-1)!.items).toHaveLength(2);
    expect(seen.at(-1)!.error).toBeUndefined();
    expect(where.mock.calls.length).toBeGreaterThan(1);
  });
});

describe('changedKeys', () => {
  test('lists the keys Dexie reports, and gives up on a range', () => {
    expect(changedKeys(new RangeSet().addKeys(['b', 'a', 'c']) as never)?.sort()).toEqual(['a', 'b', 'c']);
    expect(changedKeys(new RangeSet('a', 'z') as never)).toBeNull();
    expect(changedKeys({ d: 0 } as never)).toEqual([]);
    // As it arrives over the broadcast channel: a plain tree.
    expect(changedKeys(structuredClone({ ...new RangeSet().addKeys(['k1', 'k2']) }) as never)?.sort()).toEqual([
      'k1',
      'k2',
    ]);
  });
});
