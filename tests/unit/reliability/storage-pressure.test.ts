/**
 * docs/RELIABILITY.md H6, H7: storage pressure. Finished items are pruned by age and count (open
 * ones never); a background write that fails is queued, retried after growing pauses (across a
 * worker restart), counted in the panel's health view, and never dropped silently.
 */
import { beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { StormwatchDB } from '@/lib/db/schema';
import { pruneItems } from '@/lib/db/retention';
import { changeStatus, saveObserved } from '@/lib/db/items';
import type { ItemStatus } from '@/lib/db/types';
import { createWriteQueue, MAX_PENDING_COMMENTS, WRITE_RETRY_MS } from '@/entrypoints/background/write-queue';
import { handleObserved } from '@/entrypoints/background/observed';
import { encodeObserved, type CommentsObserved } from '@/lib/messaging/protocol';
import { intakeItem } from '@/lib/intake-health';
import { observed } from '../../helpers';

const DAY = 86_400_000;
const NOW = 1_000 * DAY;
let db: StormwatchDB;
beforeEach(async () => {
  fakeBrowser.reset();
  await fakeBrowser.storage.session.clear();
  await fakeBrowser.storage.local.clear();
  db = new StormwatchDB(`pressure-${Math.random()}`);
});

async function seed(rows: Array<[id: string, status: ItemStatus, ageDays: number]>) {
  for (const [id, status, age] of rows) {
    await saveObserved(
      db,
      {
        pageUrl: 'https://x.test/p',
        comments: [observed(id, 'a', 'idiots', 'high', { threadId: `t-${id}` })],
        threads: [
          {
            platform: 'demo',
            threadId: `t-${id}`,
            status: 'heated',
            score: 0.5,
            derail: 0.1,
            reasons: [],
            commentCount: 1,
            riskyCount: 1,
          },
        ],
      },
      1,
      NOW - age * DAY,
    );
    if (status !== 'new') await changeStatus(db, `demo:${id}`, status, { now: NOW - age * DAY });
  }
}
const keys = async () => (await db.items.toCollection().primaryKeys()).sort();

describe('retention (H6)', () => {
  test('by age: finished items older than the limit go with their log and thread; open and escalated ones stay', async () => {
    await seed([
      ['old-resolved', 'resolved', 200],
      ['old-dismissed', 'dismissed', 400],
      ['old-new', 'new', 400],
      ['old-escalated', 'escalated', 400],
      ['old-progress', 'inProgress', 400],
      ['young-replied', 'replied', 10],
    ]);
    expect(await pruneItems(db, { days: 180, maxItems: 0 }, NOW)).toBe(2);
    expect(await keys()).toEqual(['demo:old-escalated', 'demo:old-new', 'demo:old-progress', 'demo:young-replied']);
    expect(await db.events.where('itemKey').equals('demo:old-resolved').count()).toBe(0);
    expect(await db.threads.get('demo:t-old-resolved')).toBeUndefined();
    expect(await db.threads.get('demo:t-old-new')).toBeDefined();
  });

  test('by count: the oldest finished items go first until the queue fits; open ones are never counted out', async () => {
    await seed([
      ['a', 'resolved', 30],
      ['b', 'replied', 20],
      ['c', 'dismissed', 10],
      ['d', 'new', 40],
      ['e', 'escalated', 50],
    ]);
    expect(await pruneItems(db, { days: 0, maxItems: 3 }, NOW)).toBe(2);
    expect(await keys()).toEqual(['demo:c', 'demo:d', 'demo:e']);
    expect(await pruneItems(db, { days: 0, maxItems: 1 }, NOW)).toBe(1);
    expect(await keys()).toEqual(['demo:d', 'demo:e']);
  });

  test('0 and 0 keep everything', async () => {
    await seed([['a', 'resolved', 3_000]]);
    expect(await pruneItems(db, { days: 0, maxItems: 0 }, NOW)).toBe(0);
  });
});

describe('failed background writes (H7)', () => {
  const batch = (ids: string[]): CommentsObserved => ({
    pageUrl: 'https://x.test/p',
    comments: ids.map((id) => observed(id, 'a', 'idiots', 'high')),
    threads: [],
  });
  /** Timers kept for the test to fire, with their pauses. */
  const timers = () => {
    const due: Array<{ fn: () => void; ms: number }> = [];
    return { due, setTimeout: (fn: () => void, ms: number) => due.push({ fn, ms }) };
  };
  const full = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');

  test('a write that fails while the disk is full waits in the queue, is retried after growing pauses, and is stored when space returns', async () => {
    const t = timers();
    // The disk is full: every write of items fails until space returns.
    const disk = vi.spyOn(db.items, 'bulkPut').mockRejectedValue(full());
    const queue = createWriteQueue(db, { now: () => NOW, setTimeout: t.setTimeout });
    const answer = await handleObserved(db, encodeObserved(batch(['a', 'b'])), 1, NOW, queue);
    expect(answer).toMatchObject({ stored: 0, pending: 2 });
    expect(await intakeItem.getValue()).toMatchObject({
      failedWrites: 1,
      pending: 2,
      lastReason: expect.stringMatching(/QuotaExceededError/) as string,
    });
    // Still full at the first retry: it waits longer.
    t.due.shift()!.fn();
    await new Promise((r) => setTimeout(r, 20));
    expect(t.due.map((d) => d.ms)).toEqual([WRITE_RETRY_MS[1]]);
    expect(await db.items.count()).toBe(0);
    disk.mockRestore();
    t.due.shift()!.fn();
    await new Promise((r) => setTimeout(r, 50));
    expect(await db.items.count()).toBe(2);
    expect((await intakeItem.getValue()).pending).toBeUndefined();
  });

  test('the queue outlives a worker restart (session storage): the next worker stores it', async () => {
    const t = timers();
    const first = createWriteQueue(db, {
      now: () => NOW,
      setTimeout: t.setTimeout,
      save: () => Promise.reject(full()),
    });
    await first.add(batch(['a', 'b', 'c']), 1);
    const next = createWriteQueue(db, { now: () => NOW, setTimeout: t.setTimeout });
    expect(await next.flush()).toBe(3);
    expect(await db.items.count()).toBe(3);
  });

  test('a full queue drops its oldest batches and counts them as lost, never silently', async () => {
    const t = timers();
    const queue = createWriteQueue(db, {
      now: () => NOW,
      setTimeout: t.setTimeout,
      save: () => Promise.reject(full()),
    });
    const ids = (n: number, p: string) => Array.from({ length: n }, (_, i) => `${p}${i}`);
    for (let i = 0; i < 11; i++) await queue.add(batch(ids(500, `b${i}-`)), 1);
    expect(queue.size()).toBeLessThanOrEqual(MAX_PENDING_COMMENTS);
    expect(await intakeItem.getValue()).toMatchObject({ lost: 500, pending: 5_000 });
  });

  test('waiting batches go first when the next report arrives', async () => {
    let failing = true;
    const t = timers();
    const queue = createWriteQueue(db, {
      now: () => NOW,
      setTimeout: t.setTimeout,
      save: async (...args) => (failing ? Promise.reject(full()) : saveObserved(...args)),
    });
    await queue.add(batch(['a']), 1);
    failing = false;
    expect((await handleObserved(db, encodeObserved(batch(['b'])), 1, NOW, queue)).stored).toBe(1);
    expect(await keys()).toEqual(['demo:a', 'demo:b']);
  });
});
