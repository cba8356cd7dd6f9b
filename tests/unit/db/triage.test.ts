import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { Dexie } from 'dexie';
import { StormwatchDB } from '@/lib/db/schema';
import { listFlagged, saveObserved } from '@/lib/db/items';
import { assignMany, changeStatusMany, groupRows, isOverdue, sameTextKey, SLA_MS } from '@/lib/db/triage';
import { CRISIS_SIGNALS, type Severity } from '@/lib/risk/types';
import type { FlaggedItem } from '@/lib/db/types';
import { observed, riskAt, zeros } from '../../helpers';

const T = Date.parse('2026-12-06T12:00:00Z');
const item = (key: string, text: string, patch: Partial<FlaggedItem> = {}): FlaggedItem => ({
  key,
  platform: 'demo',
  commentId: key,
  author: 'a',
  text,
  pageUrl: 'x',
  depth: 0,
  threadKey: `demo:${key}`,
  severityRank: 3,
  status: 'new',
  firstSeen: T,
  lastSeen: T,
  textHash: 'h',
  ...riskAt('high'),
  ...patch,
});

describe('near-identical comments', () => {
  test.each([
    ['@ola SKANDAL!!! 2 dni bez sieci', 'skandal, 2 dni bez sieci 😡', true],
    ['Oszuści, oddajcie kasę https://x.pl/a', 'oszusci oddajcie kase', true],
    ['#zefir awaria', 'awaria', true],
    ['awaria sieci', 'awaria prądu', false],
    ['zamówienie 123 nie doszło', 'zamówienie 456 nie doszło', false],
  ])('%s ~ %s: %s', (a, b, same) => {
    expect(sameTextKey(a) === sameTextKey(b)).toBe(same);
  });
  test('are one row with a count, where the first of them is; expanded, the others follow it', () => {
    const items = [item('a', 'Skandal!'), item('b', 'inna sprawa'), item('c', 'skandal'), item('d', 'SKANDAL !!!')];
    expect(groupRows(items).map((r) => [r.item.key, r.group?.length ?? 1])).toEqual([
      ['a', 3],
      ['b', 1],
    ]);
    expect(groupRows(items, new Set(['a'])).map((r) => [r.item.key, !!r.member])).toEqual([
      ['a', false],
      ['c', true],
      ['d', true],
      ['b', false],
    ]);
    // A comment with no letters is its own row.
    expect(groupRows([item('x', '😡😡'), item('y', '😡😡')])).toHaveLength(2);
  });
});

describe('response targets', () => {
  test.each<[Severity, number, FlaggedItem['status'], boolean]>([
    ['critical', SLA_MS.critical + 1, 'new', true],
    ['critical', SLA_MS.critical - 1, 'new', false],
    ['high', SLA_MS.high + 1, 'inProgress', true],
    ['high', SLA_MS.high + 1, 'replied', false],
    ['low', SLA_MS.high + 1, 'new', false],
  ])('%s waiting %i ms, %s: overdue %s', (severity, waited, status, overdue) => {
    expect(isOverdue(item('a', 'x', { severity, status, publishedAt: new Date(T - waited).toISOString() }), T)).toBe(
      overdue,
    );
  });
});

describe('the queue’s filters and bulk changes (Dexie)', () => {
  let db: StormwatchDB;
  beforeEach(async () => {
    db = new StormwatchDB(`triage-${Math.random()}`);
    const legal = { ...zeros(CRISIS_SIGNALS), legalThreat: 0.9 };
    await saveObserved(
      db,
      {
        pageUrl: 'x',
        comments: [
          observed('a', 'Ola', 'Do zobaczenia w SĄDZIE', 'high', {
            risk: riskAt('high', { signals: legal }),
            publishedAt: new Date(T - 3 * 3_600_000).toISOString(),
          }),
          observed('b', 'Łukasz', 'awaria znowu', 'medium'),
          observed('c', 'Jan', 'oszuści', 'critical'),
        ],
        threads: [],
      },
      1,
      T,
    );
  });
  afterEach(async () => {
    await db.delete();
  });
  const keys = (rows: FlaggedItem[]) => rows.map((r) => r.commentId);

  test('search ignores case and diacritics, in text and author', async () => {
    expect(keys(await listFlagged(db, { search: 'sadzie' }))).toEqual(['a']);
    expect(keys(await listFlagged(db, { search: 'OSZUSCI' }))).toEqual(['c']);
    expect(keys(await listFlagged(db, { search: 'lukasz' }))).toEqual(['b']);
  });
  test('by signal, overdue, assignee; sorted by signal', async () => {
    expect(keys(await listFlagged(db, { signal: 'legalThreat' }))).toEqual(['a']);
    expect(keys(await listFlagged(db, { overdue: true, now: T + 60_000 }))).toEqual(['a']);
    expect(keys(await listFlagged(db, { overdue: true, now: T + 31 * 60_000 }))).toEqual(['c', 'a']);
    await assignMany(db, ['demo:a', 'demo:b'], 'Ewa');
    expect(keys(await listFlagged(db, { assignee: 'Ewa', sort: 'newest' }))).toEqual(['b', 'a']);
    expect(keys(await listFlagged(db, { assignee: '' }))).toEqual(['c']);
    await assignMany(db, ['demo:b'], '');
    expect((await db.items.get('demo:b'))!.assignee).toBeUndefined();
    expect(keys(await listFlagged(db, { sort: 'signal' }))[0]).toBe('a');
    expect(keys(await listFlagged(db, { sort: 'assignee' }))).toEqual(['c', 'b', 'a']);
    // Two hours after reading: 'c' (critical, 30 min target) is 4× past it, 'a' (high, posted 5 h ago) 2.5×.
    expect(keys(await listFlagged(db, { sort: 'overdue', now: T + 2 * 3_600_000 }))).toEqual(['c', 'a', 'b']);
    await changeStatusMany(db, ['demo:c'], 'resolved', { now: T });
    expect(keys(await listFlagged(db, { sort: 'overdue', now: T + 2 * 3_600_000 }))).toEqual(['a', 'b', 'c']);
    expect(keys(await listFlagged(db, { sort: 'language' }))).toEqual(['c', 'a', 'b']);
  });
  test('bulk status: one transaction, each change logged, unchanged items left alone', async () => {
    await changeStatusMany(db, ['demo:a'], 'inProgress', { now: T });
    expect(
      await changeStatusMany(db, ['demo:a', 'demo:b', 'demo:c', 'demo:missing'], 'inProgress', {
        agent: 'Ola',
        now: T + 1,
      }),
    ).toBe(2);
    expect(await changeStatusMany(db, ['demo:a', 'demo:b'], 'dismissed', { agent: 'Ola', now: T + 2 })).toBe(2);
    const a = (await db.items.get('demo:a'))!;
    expect(a).toMatchObject({ status: 'dismissed', closedAt: T + 2 });
    expect(await db.events.where('type').equals('statusChanged').count()).toBe(5);
    await changeStatusMany(db, ['demo:a'], 'new', { now: T + 3 });
    expect((await db.items.get('demo:a'))!.closedAt).toBeUndefined();
  });
});

describe('bulk changes of many items', () => {
  let db: StormwatchDB;
  beforeEach(async () => {
    db = new StormwatchDB(`triage-many-${Math.random()}`);
    const comments = Array.from({ length: 120 }, (_, i) =>
      observed(`m${i}`, `author${i % 7}`, `tekst ${i}`, i % 2 ? 'high' : 'medium'),
    );
    await saveObserved(db, { pageUrl: 'x', comments, threads: [] }, 1, T);
  });
  afterEach(async () => {
    await db.delete();
  });
  const keysOf = (n: number, from = 0) => Array.from({ length: n }, (_, i) => `demo:m${from + i}`);

  /** The sizes of Dexie's change report for the items table, per index, over `write`. */
  async function reported(write: () => Promise<unknown>): Promise<Record<string, number>[]> {
    const seen: Record<string, number>[] = [];
    const size = (n: { d?: number; l?: unknown; r?: unknown } | null | undefined): number =>
      n && n.d ? 1 + size(n.l as never) + size(n.r as never) : 0;
    const on = (parts: Record<string, never>) => {
      const items = Object.entries(parts).filter(([k]) => k.startsWith(`idb://${db.name}/items/`));
      if (items.length) seen.push(Object.fromEntries(items.map(([k, v]) => [k.split('/items/')[1]!, size(v)])));
    };
    Dexie.on('storagemutated', on as never);
    try {
      await write();
      await new Promise((r) => setTimeout(r, 20));
    } finally {
      Dexie.on('storagemutated').unsubscribe(on as never);
    }
    return seen;
  }

  test('are reported once, by key, with only the indexes whose values changed', async () => {
    const keys = keysOf(100);
    const seen = await reported(() => changeStatusMany(db, keys, 'resolved', { now: T + 1 }));
    expect(seen).toHaveLength(1);
    const r = seen[0]!;
    // Every written key (a tree of single keys: the queue patches just these items).
    expect(r['']).toBe(100);
    // Status went from one value to another; no item was deleted; no other index moved.
    expect(r.status).toBe(2);
    expect(r[':dels'] ?? 0).toBe(0);
    for (const ix of ['platform', 'author', 'threadKey', 'firstSeen', 'assignee']) expect(r[ix] ?? 0).toBe(0);
    const assigned = await reported(() => assignMany(db, keysOf(60), 'Ewa'));
    expect(assigned[0]).toMatchObject({ '': 60, assignee: 1 });
    expect(assigned[0]!.status ?? 0).toBe(0);
  });

  test('each change is logged with where it came from; repeated and missing keys count once', async () => {
    await changeStatusMany(db, keysOf(10), 'inProgress', { now: T });
    const keys = [...keysOf(60), ...keysOf(5), 'demo:missing'];
    expect(await changeStatusMany(db, keys, 'replied', { agent: 'Ola', note: 'seria', now: T + 1 })).toBe(60);
    const log = await db.events
      .where('at')
      .equals(T + 1)
      .toArray();
    expect(log).toHaveLength(60);
    expect(new Set(log.map((e) => e.itemKey))).toEqual(new Set(keysOf(60)));
    expect(log.filter((e) => e.from === 'inProgress')).toHaveLength(10);
    expect(log.every((e) => e.to === 'replied' && e.agent === 'Ola' && e.note === 'seria')).toBe(true);
    // The clock stopped at replied; the answer is the agent's.
    expect(await db.items.get('demo:m59')).toMatchObject({
      status: 'replied',
      closedAt: T + 1,
      respondedAt: T + 1,
      agent: 'Ola',
    });
    // Only what changed is counted and logged again.
    expect(await changeStatusMany(db, keysOf(61), 'replied', { now: T + 2 })).toBe(1);
    // Reopened: the clock runs again, the first answer is kept.
    expect(await changeStatusMany(db, keysOf(60), 'new', { now: T + 3 })).toBe(60);
    expect(await db.items.get('demo:m0')).toMatchObject({ status: 'new', respondedAt: T + 1 });
    expect((await db.items.get('demo:m0'))!.closedAt).toBeUndefined();
  });

  test('a failure anywhere leaves every item and the log as they were', async () => {
    const before = await db.items.toArray();
    const hook = () => {
      throw new Error('log refused');
    };
    db.events.hook('creating', hook);
    await expect(changeStatusMany(db, keysOf(120), 'dismissed', { now: T + 1 })).rejects.toThrow();
    db.events.hook('creating').unsubscribe(hook);
    expect(await db.items.toArray()).toEqual(before);
    expect(await db.events.count()).toBe(0);
  });
});
