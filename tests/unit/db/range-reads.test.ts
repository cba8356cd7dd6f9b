/**
 * Items read by many keys: close keys in two range requests, keys far apart one by one; the same
 * answer either way.
 */
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import type { DBCore, Middleware } from 'dexie';
import { StormwatchDB } from '@/lib/db/schema';
import { saveObserved } from '@/lib/db/items';
import { SPAN } from '@/lib/db/range-reads';
import { changeStatusMany } from '@/lib/db/triage';
import { observed } from '../../helpers';

/** What reached IndexedDB: per-key reads (keys asked for) and range reads (values or keys only). */
interface Seen {
  perKey: number;
  ranges: number;
}
function counting(seen: Seen): Middleware<DBCore> {
  return {
    stack: 'dbcore',
    name: 'TestCountReads',
    level: -3,
    create: (down) => ({
      ...down,
      table: (name) => {
        const t = down.table(name);
        if (name !== 'items') return t;
        return {
          ...t,
          getMany: (req) => {
            seen.perKey += req.keys.length;
            return t.getMany(req);
          },
          query: (req) => {
            seen.ranges++;
            return t.query(req);
          },
        };
      },
    }),
  };
}

let db: StormwatchDB;
let seen: Seen;
const N = 300;
const key = (i: number) => `demo:c${String(i).padStart(4, '0')}`;
beforeEach(async () => {
  db = new StormwatchDB(`range-${Math.random()}`);
  seen = { perKey: 0, ranges: 0 };
  db.use(counting(seen));
  const comments = Array.from({ length: N }, (_, i) =>
    observed(`c${String(i).padStart(4, '0')}`, 'a', `t ${i}`, 'high'),
  );
  await saveObserved(db, { pageUrl: 'x', comments, threads: [] }, 1, 0);
  seen.perKey = 0;
  seen.ranges = 0;
});
afterEach(async () => {
  await db.delete();
});

/** Each key read on its own (`get`): what a many-key read must return. */
const oneByOne = (keys: string[]) => Promise.all(keys.map((k) => db.items.get(k)));

describe('many keys read at once', () => {
  test('keys close together: two range requests, nothing read key by key', async () => {
    // Every other key of a stretch, asked for out of order, one missing, one twice.
    const keys = [...Array.from({ length: 40 }, (_, i) => key(200 - 2 * i)), 'demo:c0150x', key(200)];
    const got = await db.items.bulkGet(keys);
    expect(seen).toEqual({ perKey: 0, ranges: 2 });
    expect(got).toEqual(await oneByOne(keys));
    expect(got.filter((g) => g === undefined)).toHaveLength(1);
  });

  test(`keys further apart than ${SPAN} per key asked for: one key-only request, then key by key`, async () => {
    const keys = Array.from({ length: 20 }, (_, i) => key(i * 15));
    const got = await db.items.bulkGet(keys);
    expect(seen).toEqual({ perKey: 20, ranges: 1 });
    expect(got).toEqual(await oneByOne(keys));
  });

  test('a few keys are read key by key', async () => {
    const keys = [key(1), key(2), key(3)];
    expect(await db.items.bulkGet(keys)).toEqual(await oneByOne(keys));
    expect(seen.ranges).toBe(0);
  });

  test('what is read carries no index fields, as any read', async () => {
    const got = await db.items.bulkGet(Array.from({ length: 20 }, (_, i) => key(i)));
    expect(seen.perKey).toBe(0);
    for (const it of got) {
      expect(it).toBeDefined();
      expect(Object.keys(it!)).not.toContain('queueKey');
      expect(Object.keys(it!)).not.toContain('groupKey');
      expect(Object.keys(it!)).not.toContain('postedMs');
    }
  });

  test('a bulk change of a stretch of keys, chosen in any order, reads them a part at a time', async () => {
    // A stretch of 120 keys in the order a list sorted some other way shows them.
    const keys = Array.from({ length: 120 }, (_, i) => key(100 + ((i * 37) % 120)));
    expect(await changeStatusMany(db, keys, 'resolved', { now: 1 })).toBe(120);
    // Three parts: the first looks at the range's keys before reading it; the others read it at once.
    expect(seen).toEqual({ perKey: 0, ranges: 4 });
    expect((await oneByOne(keys)).every((it) => it?.status === 'resolved')).toBe(true);
  });

  test('a bulk change of keys far apart looks once, then reads key by key', async () => {
    const keys = Array.from({ length: 60 }, (_, i) => key(i * 5));
    expect(await changeStatusMany(db, keys, 'dismissed', { now: 1 })).toBe(60);
    expect(seen).toEqual({ perKey: 60, ranges: 1 });
    expect((await oneByOne(keys)).every((it) => it?.status === 'dismissed')).toBe(true);
  });
});
