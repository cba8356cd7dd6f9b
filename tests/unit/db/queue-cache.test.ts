import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { RangeSet } from 'dexie';
import { StormwatchDB } from '@/lib/db/schema';
import { saveObserved } from '@/lib/db/items';
import { assignMany, changeStatusMany } from '@/lib/db/triage';
import { changedKeys, QueueCache, queueOrder, readQueue, type QueueSnapshot } from '@/lib/db/queue-cache';
import { textGroupKey } from '@/lib/db/text-key';
import type { Severity } from '@/lib/risk/types';
import { observed } from '../../helpers';

let db: StormwatchDB;
beforeEach(() => {
  db = new StormwatchDB(`cache-${Math.random().toString(36).slice(2)}`);
});
afterEach(async () => {
  await db.delete();
});

/** `n` comments of each severity, stored as the background stores them (`text`: the same text for all). */
async function store(n: number, severities: Severity[], text?: string, now = 0) {
  const comments = severities.flatMap((sev) =>
    Array.from({ length: n }, (_, i) => observed(`${sev}${i}`, `a${i}`, text ?? `${sev} text ${i}`, sev)),
  );
  await saveObserved(db, { pageUrl: 'https://example.invalid/', comments, threads: [] }, 1, now);
}

/** Every snapshot the cache publishes, until `until` holds. */
function follow(cache: QueueCache, until: (s: QueueSnapshot) => boolean) {
  const seen: QueueSnapshot[] = [];
  return new Promise<QueueSnapshot[]>((resolve) => {
    const off = cache.subscribe(() => {
      const s = cache.snapshot!;
      seen.push(s);
      if (until(s)) {
        off();
        resolve(seen);
      }
    });
  });
}
/** Read, and (in a window) its groups counted. */
const settled = (s: QueueSnapshot) => !s.reading && s.groups !== null;
const whole = (s: QueueSnapshot) => s.complete;

describe('QueueCache: a window of the queue', () => {
  test('reads only the first page, most severe first, with the true count from the start', async () => {
    await store(3, ['critical', 'high', 'medium', 'low']);
    const cache = new QueueCache(db, { page: 4 });
    const toArray = vi.spyOn(db.items, 'toArray');
    const [first] = await follow(cache, settled);
    cache.stop();
    expect(first!.items.map((i) => i.severity)).toEqual(['critical', 'critical', 'critical', 'high']);
    expect(first).toMatchObject({ complete: false, reading: false, more: true, total: 12 });
    // The first page is the head of the queue's order.
    const all = await readQueue(db);
    expect(first!.items.map((i) => i.key)).toEqual(all.slice(0, 4).map((i) => i.key));
    expect(toArray).not.toHaveBeenCalled();
  });

  test('grows page by page as the list scrolls on, and says when nothing follows', async () => {
    await store(3, ['critical', 'high', 'medium', 'low']);
    const cache = new QueueCache(db, { page: 5 });
    await follow(cache, settled);
    let next = follow(cache, (s) => s.items.length === 10);
    cache.showWindow(6);
    expect((await next).at(-1)!.more).toBe(true);
    next = follow(cache, (s) => !s.more);
    cache.showWindow(30);
    const last = (await next).at(-1)!;
    cache.stop();
    expect(last.items.map((i) => i.key)).toEqual((await readQueue(db)).map((i) => i.key));
  });

  test('a group of near-identical comments has its true size at once, though most of it is not read', async () => {
    await store(2, ['critical']);
    await store(40, ['low'], 'Oddajcie pieniądze!!!');
    await store(1, ['critical'], 'ODDAJCIE PIENIĄDZE', 5);
    const cache = new QueueCache(db, { page: 3 });
    const seen = await follow(cache, settled);
    cache.stop();
    // The first screen comes before the groups are counted: no size is given until the true one.
    expect(seen[0]!.groups).toBeNull();
    expect(seen.slice(1).every((s) => s.groups !== null)).toBe(true);
    const first = seen.at(-1);
    expect(first!.items).toHaveLength(3);
    const lead = first!.items.find((i) => i.text === 'ODDAJCIE PIENIĄDZE')!;
    const keys = first!.groups!.get(textGroupKey(lead.text, lead.key))!;
    expect(keys).toHaveLength(41);
    expect(new Set(keys)).toEqual(
      new Set((await db.items.toArray()).filter((i) => /oddajcie/i.test(i.text)).map((i) => i.key)),
    );
    // Comments of their own are no group.
    expect(first!.groups!.size).toBe(1);
  });

  test('a group keeps its true size as items join it or leave it, beyond the window too', async () => {
    await store(1, ['critical'], 'Oddajcie pieniądze!!!');
    await store(3, ['low'], 'oddajcie pieniadze');
    const cache = new QueueCache(db, { page: 2 });
    const seen = await follow(cache, settled);
    const lead = seen.at(-1)!.items[0]!;
    const size = (s: QueueSnapshot) => s.groups?.get(textGroupKey(lead.text, lead.key))?.length ?? 1;
    expect(size(seen.at(-1)!)).toBe(4);
    let next = follow(cache, (s) => s.groups !== null && size(s) === 6);
    await store(2, ['medium'], 'ODDAJCIE PIENIĄDZE');
    await next;
    next = follow(cache, (s) => s.groups !== null && size(s) === 5);
    await saveObserved(
      db,
      { pageUrl: 'https://example.invalid/', comments: [observed('low0', 'a0', 'something else', 'low')], threads: [] },
      1,
      1,
    );
    await next;
    next = follow(cache, (s) => s.groups !== null && size(s) === 4);
    await db.items.delete('demo:low1');
    await next;
    cache.stop();
  });

  test('writes are read back by key: inside the window they take their place, beyond it they are not read', async () => {
    await store(3, ['high', 'medium']);
    const cache = new QueueCache(db, { page: 4 });
    await follow(cache, settled);
    let next = follow(cache, (s) => s.items[0]?.severity === 'critical');
    await store(1, ['critical']);
    let last = (await next).at(-1)!;
    expect(last.items.map((i) => i.key)).toEqual((await readQueue(db)).slice(0, 4).map((i) => i.key));
    expect(last.total).toBe(7);
    // A low item falls beyond the window: counted, not held.
    next = follow(cache, (s) => s.total === 8);
    await store(1, ['low']);
    last = (await next).at(-1)!;
    expect(last.items.some((i) => i.severity === 'low')).toBe(false);
    // A deleted item goes and the window reads on to stay full.
    next = follow(cache, (s) => s.total === 7 && s.items.length === 4);
    await db.items.delete('demo:critical0');
    last = (await next).at(-1)!;
    expect(last.items.map((i) => i.key)).toEqual((await readQueue(db)).slice(0, 4).map((i) => i.key));
    // A status change inside the window is patched in.
    next = follow(cache, (s) => s.items.some((i) => i.status === 'resolved'));
    await changeStatusMany(db, [last.items[1]!.key], 'resolved', { now: 9 });
    expect((await next).at(-1)!.items[1]!.status).toBe('resolved');
    // A cleared table is read again.
    next = follow(cache, (s) => s.items.length === 0);
    await db.items.clear();
    expect((await next).at(-1)).toMatchObject({ items: [], total: 0, more: false });
    cache.stop();
  });

  test('an empty queue is settled at once', async () => {
    const cache = new QueueCache(db);
    const seen = await follow(cache, settled);
    cache.stop();
    expect(seen.at(-1)).toEqual({
      items: [],
      complete: false,
      reading: false,
      more: false,
      total: 0,
      window: true,
      groups: new Map(),
    });
  });
});

describe('QueueCache: every item', () => {
  test('read in parts, most severe first, until complete; released, back to a window', async () => {
    await store(3, ['critical', 'high', 'medium', 'low']);
    const cache = new QueueCache(db, { page: 2, chunk: 5 });
    await follow(cache, settled);
    const next = follow(cache, whole);
    const release = cache.demandAll();
    const seen = await next;
    expect(seen[0]).toMatchObject({ reading: true, complete: false, total: 12 });
    expect(seen[0]!.items.map((i) => i.severity)).toEqual(['critical', 'critical', 'critical', 'high', 'high']);
    expect(seen.at(-1)!.items).toHaveLength(12);
    expect([...seen.at(-1)!.items].sort(queueOrder).map((i) => i.key)).toEqual((await readQueue(db)).map((i) => i.key));
    const back = follow(cache, (s) => !s.complete && !s.reading);
    release();
    expect((await back).at(-1)!.items).toHaveLength(2);
    cache.stop();
  });

  test('a bulk status change in this context is patched in from what it wrote: nothing is read back', async () => {
    await store(100, ['high', 'medium']);
    const cache = new QueueCache(db);
    const ready = follow(cache, whole);
    cache.demandAll();
    await ready;
    const orderBy = vi.spyOn(db.items, 'orderBy');
    const bulkGet = vi.spyOn(db.items, 'bulkGet');
    const keys = cache.snapshot!.items.filter((i) => i.severity === 'high').map((i) => i.key);
    const done = follow(cache, (s) => s.items.filter((i) => i.status === 'resolved').length === 100);
    await changeStatusMany(db, keys, 'resolved', { agent: 'Ola', now: 5 });
    const last = (await done).at(-1)!;
    cache.stop();
    expect(last.items).toHaveLength(200);
    expect(orderBy).not.toHaveBeenCalled();
    expect(bulkGet).not.toHaveBeenCalled();
    // What the cache shows is what is stored.
    const shown = last.items.filter((i) => keys.includes(i.key)).sort((a, b) => (a.key < b.key ? -1 : 1));
    expect(shown).toEqual(await db.items.where(':id').anyOf(keys).sortBy('key'));
    expect(shown[0]).toMatchObject({ status: 'resolved', closedAt: 5, respondedAt: 5, agent: 'Ola' });
  });

  test('a bulk change inside a larger transaction is shown as that transaction stored it, once committed', async () => {
    await store(60, ['high']);
    const cache = new QueueCache(db);
    const ready = follow(cache, whole);
    cache.demandAll();
    await ready;
    const keys = cache.snapshot!.items.map((i) => i.key);
    const done = follow(cache, (s) => s.items.filter((i) => i.assignee === 'Ewa').length === 60);
    await db.transaction('rw', db.items, async () => {
      await assignMany(db, keys, 'Ewa');
      // Not committed yet: the cache has heard of nothing.
      expect(cache.snapshot!.items.some((i) => i.assignee === 'Ewa')).toBe(false);
      await db.items.update(keys[0]!, { note: 'first' });
    });
    const last = (await done).at(-1)!;
    cache.stop();
    // The item written again after the bulk change shows both writes.
    expect(last.items.find((i) => i.key === keys[0])).toMatchObject({ assignee: 'Ewa', note: 'first' });
    expect(last.items).toEqual(
      await db.items.toArray().then((all) => last.items.map((i) => all.find((a) => a.key === i.key))),
    );
  });

  test('a bulk status change in another context is read back by key, not by reading the queue again', async () => {
    await store(100, ['high', 'medium']);
    const cache = new QueueCache(db);
    const ready = follow(cache, whole);
    cache.demandAll();
    await ready;
    const orderBy = vi.spyOn(db.items, 'orderBy');
    const bulkGet = vi.spyOn(db.items, 'bulkGet');
    const keys = cache.snapshot!.items.filter((i) => i.severity === 'high').map((i) => i.key);
    const done = follow(cache, (s) => s.items.filter((i) => i.status === 'resolved').length === 100);
    // Another connection to the same database: the background, another panel.
    const other = new StormwatchDB(db.name);
    await changeStatusMany(other, keys, 'resolved', { now: 5 });
    other.close();
    const last = (await done).at(-1)!;
    cache.stop();
    expect(last.items).toHaveLength(200);
    expect(orderBy).not.toHaveBeenCalled();
    expect(bulkGet.mock.calls.some(([k]) => k.length === 100 && k.every((x) => keys.includes(x as string)))).toBe(true);
  });

  test('rows of a bulk change that failed are never shown: the next write of those keys is read back', async () => {
    await store(60, ['high']);
    const cache = new QueueCache(db);
    const ready = follow(cache, whole);
    cache.demandAll();
    await ready;
    const keys = cache.snapshot!.items.map((i) => i.key);
    // The log refuses the write (an event with this id exists): the transaction aborts after the items were written.
    await db.events.add({ id: 1, itemKey: 'x', type: 'statusChanged', at: 0 });
    const hook = () => {
      throw new Error('log refused');
    };
    db.events.hook('creating', hook);
    await expect(changeStatusMany(db, keys, 'dismissed', { now: 5 })).rejects.toThrow();
    db.events.hook('creating').unsubscribe(hook);
    expect((await db.items.get(keys[0]!))!.status).toBe('new');
    // Another context changes the same items: the cache shows what is stored, not the aborted rows.
    const done = follow(cache, (s) => s.items.some((i) => i.assignee === 'Ewa'));
    const other = new StormwatchDB(db.name);
    await other.items.bulkPut((await other.items.bulkGet(keys.slice(0, 10))).map((i) => ({ ...i!, assignee: 'Ewa' })));
    other.close();
    const last = (await done).at(-1)!;
    cache.stop();
    expect(last.items.filter((i) => i.status === 'dismissed')).toHaveLength(0);
  });

  test('items written later appear; deleted ones go; a cleared table is read again', async () => {
    await store(2, ['high']);
    const cache = new QueueCache(db);
    let next = follow(cache, whole);
    cache.demandAll();
    await next;
    next = follow(cache, (s) => s.items.length === 3);
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
    next = follow(cache, (s) => s.items.length === 0 && s.complete);
    await db.items.clear();
    expect((await next).at(-1)!.items).toEqual([]);
    cache.stop();
  });
});

describe('QueueCache when a read fails', () => {
  test('says why, keeps what it had, and reads again after a pause', async () => {
    await store(2, ['high']);
    const orderBy = vi.spyOn(db.items, 'orderBy').mockImplementationOnce(() => {
      throw new Error('disk gone');
    });
    const cache = new QueueCache(db);
    const seen = await follow(cache, (s) => s.items.length === 2);
    cache.stop();
    expect(seen[0]).toMatchObject({ items: [], error: 'disk gone' });
    expect(seen.at(-1)!.error).toBeUndefined();
    expect(orderBy.mock.calls.length).toBeGreaterThan(1);
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
