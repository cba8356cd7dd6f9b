/**
 * Schema 4: the queue's indexes (`queueKey`, `postedMs`, `groupKey`, `assignee`) over fields the database keeps itself. A schema 3 database (the fixture written by
 * the build before) upgrades with nothing lost and every item in the new indexes; whatever path
 * writes an item keeps its index fields right; no read shows them.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { Dexie } from 'dexie';
import { SCHEMA_VERSIONS, StormwatchDB } from '@/lib/db/schema';
import type { RawExport } from '@/lib/db/health';
import { postedAt } from '@/lib/db/clock';
import { QUEUE_ORDER_INDEX } from '@/lib/db/index-fields';
import { textGroupKey } from '@/lib/db/text-key';
import { changeStatus, saveObserved } from '@/lib/db/items';
import { assignMany, changeStatusMany } from '@/lib/db/triage';
import type { FlaggedItem } from '@/lib/db/types';
import { observed } from '../../helpers';

const opened: Dexie[] = [];
afterEach(async () => {
  for (const d of opened.splice(0)) await d.delete();
});

/** The items as stored, index fields included (a plain Dexie, without the middleware). */
async function raw(name: string): Promise<Array<FlaggedItem & { postedMs?: number; groupKey?: string }>> {
  const plain = new Dexie(name);
  await plain.open();
  try {
    return await plain.table('items').toArray();
  } finally {
    plain.close();
  }
}

/** The v3 fixture loaded as the build that wrote it had it (schema 3, no index fields). */
async function v3Database(): Promise<{ before: RawExport; name: string }> {
  const before = JSON.parse(readFileSync(join(__dirname, '../../fixtures/db/v3.json'), 'utf8')) as RawExport;
  expect(before.version).toBe(3);
  const name = `v3-${Math.random()}`;
  const old = new Dexie(name);
  for (const v of SCHEMA_VERSIONS.filter((s) => s.version <= 3)) old.version(v.version).stores(v.stores);
  await old.open();
  for (const [table, rows] of Object.entries(before.tables)) await old.table(table).bulkAdd(rows);
  old.close();
  return { before, name };
}

describe('a schema 3 database opened with schema 4', () => {
  test('loses nothing: every row of every table reads back as it was', async () => {
    const { before, name } = await v3Database();
    const db = new StormwatchDB(name);
    opened.push(db);
    await db.open();
    expect(db.verno).toBe(4);
    for (const [table, rows] of Object.entries(before.tables)) {
      const now = await db.table(table).toArray();
      const byKey = (r: unknown) => JSON.stringify(r);
      expect([table, now.map(byKey).sort()]).toEqual([table, rows.map(byKey).sort()]);
    }
  });

  test('every item is in the new indexes, with its posted time and text group', async () => {
    const { before, name } = await v3Database();
    const db = new StormwatchDB(name);
    opened.push(db);
    const items = before.tables.items as FlaggedItem[];
    expect(items.length).toBeGreaterThan(2);
    expect(await db.items.orderBy(QUEUE_ORDER_INDEX).count()).toBe(items.length);
    expect(await db.items.orderBy('postedMs').count()).toBe(items.length);
    expect(await db.items.orderBy('groupKey').count()).toBe(items.length);
    for (const it of items) {
      expect(await db.items.where('postedMs').equals(postedAt(it)).primaryKeys()).toContain(it.key);
      expect(await db.items.where('groupKey').equals(textGroupKey(it.text, it.key)).primaryKeys()).toContain(it.key);
    }
    // The order index: most severe first, then riskiest.
    const order = await db.items.orderBy(QUEUE_ORDER_INDEX).toArray();
    const expected = [...items].sort(
      (a, b) =>
        b.severityRank - a.severityRank ||
        b.risk - a.risk ||
        postedAt(b) - postedAt(a) ||
        (a.key < b.key ? -1 : a.key > b.key ? 1 : 0),
    );
    expect(order.map((i) => i.key)).toEqual(expected.map((i) => i.key));
    db.close();
    // Stored with the fields, read without them.
    const stored = await raw(name);
    expect(stored.every((i) => typeof i.postedMs === 'number' && typeof i.groupKey === 'string')).toBe(true);
  });
});

describe('index fields', () => {
  test('every way of writing an item keeps them right, and no read shows them', async () => {
    const name = `fields-${Math.random()}`;
    const db = new StormwatchDB(name);
    opened.push(db);
    const t0 = Date.UTC(2026, 11, 1);
    await saveObserved(
      db,
      {
        pageUrl: 'https://example.invalid/',
        comments: [
          observed('a', 'Ola', 'SKANDAL!!! 2 dni bez sieci', 'high', {
            publishedAt: new Date(t0 - 3_600_000).toISOString(),
          }),
          observed('b', 'Jan', '@ola skandal, 2 dni bez sieci', 'medium'),
          observed('c', 'Ewa', '😡😡', 'low'),
        ],
        threads: [],
      },
      1,
      t0,
    );
    await changeStatus(db, 'demo:a', 'replied', { now: t0 + 1 });
    await changeStatusMany(db, ['demo:b'], 'resolved', { now: t0 + 2 });
    await assignMany(db, ['demo:a', 'demo:c'], 'Kasia');
    await db.items.update('demo:c', { note: 'x' });
    await db.items.where('key').equals('demo:b').modify({ note: 'y' });
    for (const it of await db.items.toArray()) {
      expect(it).not.toHaveProperty('postedMs');
      expect(it).not.toHaveProperty('groupKey');
    }
    expect(await db.items.get('demo:a')).not.toHaveProperty('groupKey');
    expect((await db.items.bulkGet(['demo:b']))[0]).not.toHaveProperty('groupKey');
    const seen: FlaggedItem[] = [];
    await db.items.each((i) => void seen.push(i));
    expect(seen.some((i) => 'groupKey' in i)).toBe(false);
    // Same text once mentions and punctuation go: one group; emoji only: a group of its own.
    expect(await db.items.where('groupKey').equals(textGroupKey('skandal 2 dni bez sieci', '')).primaryKeys()).toEqual([
      'demo:a',
      'demo:b',
    ]);
    expect(await db.items.where('groupKey').equals('kdemo:c').count()).toBe(1);
    expect(
      await db.items
        .where('postedMs')
        .equals(t0 - 3_600_000)
        .primaryKeys(),
    ).toEqual(['demo:a']);
    expect((await db.items.orderBy('assignee').uniqueKeys()).sort()).toEqual(['Kasia']);
    db.close();
    const stored = await raw(name);
    expect(stored).toHaveLength(3);
    for (const it of stored) {
      expect(it.postedMs).toBe(postedAt(it));
      expect(it.groupKey).toBe(textGroupKey(it.text, it.key));
    }
  });

  test('a text that changes moves its item to its new group', async () => {
    const db = new StormwatchDB(`move-${Math.random()}`);
    opened.push(db);
    await saveObserved(db, { pageUrl: 'x', comments: [observed('a', 'Ola', 'first text', 'high')], threads: [] }, 1, 1);
    await saveObserved(
      db,
      { pageUrl: 'x', comments: [observed('a', 'Ola', 'second text', 'high')], threads: [] },
      1,
      2,
    );
    expect(await db.items.where('groupKey').equals(textGroupKey('first text', '')).count()).toBe(0);
    expect(await db.items.where('groupKey').equals(textGroupKey('second text', '')).count()).toBe(1);
  });
});
