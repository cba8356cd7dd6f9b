/**
 * docs/RELIABILITY.md H6, H11: a finished comment that retention deleted does not come back as new
 * work when its page is read again; retention leaves a mark per deleted item (lib/db/retention.ts)
 * and `saveObserved` skips marked comments it does not hold.
 */
import { beforeEach, describe, expect, test } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { StormwatchDB } from '@/lib/db/schema';
import { isRetiredRow, pruneItems, RETIRED_PREFIX } from '@/lib/db/retention';
import { changeStatus, saveObserved } from '@/lib/db/items';
import { createBackup, inspectBackup, restoreBackup } from '@/lib/db/backup';
import type { ItemStatus } from '@/lib/db/types';
import type { CommentsObserved } from '@/lib/messaging/protocol';
import { observed } from '../../helpers';

const DAY = 86_400_000;
const NOW = 1_000 * DAY;
let db: StormwatchDB;
beforeEach(() => {
  fakeBrowser.reset();
  db = new StormwatchDB(`marks-${Math.random()}`);
});

/** The page as it reads now: the comments `ids`, all flagged. */
const page = (ids: string[]): CommentsObserved => ({
  pageUrl: 'https://x.test/p',
  comments: ids.map((id) => observed(id, `author-${id}`, `idiots ${id}`, 'high')),
  threads: [],
});
const read = (ids: string[], at: number) => saveObserved(db, page(ids), 1, at);

async function seed(rows: Array<[id: string, status: ItemStatus, ageDays: number]>) {
  for (const [id, status, age] of rows) {
    await read([id], NOW - age * DAY);
    if (status !== 'new') await changeStatus(db, `demo:${id}`, status, { now: NOW - age * DAY });
  }
}
const keys = async () => (await db.items.toCollection().primaryKeys()).sort();
const marks = async () => (await db.settings.where('key').startsWith(RETIRED_PREFIX).primaryKeys()).sort();
const file = (text: string) => ({ size: text.length, text: async () => text });

describe('a comment retention deleted, on a page read again', () => {
  test('by age: the replied and the dismissed one stay gone; open ones and a new comment are stored', async () => {
    await seed([
      ['replied', 'replied', 200],
      ['dismissed', 'dismissed', 300],
      ['open', 'new', 300],
    ]);
    expect(await pruneItems(db, { days: 180, maxItems: 0 }, NOW)).toBe(2);
    expect(await marks()).toEqual(['retired:demo:dismissed', 'retired:demo:replied']);

    // The old post is opened again: its comments are still on the page, one more was added.
    expect(await read(['replied', 'dismissed', 'open', 'fresh'], NOW + DAY)).toBe(2);
    expect(await keys()).toEqual(['demo:fresh', 'demo:open']);
    expect((await db.items.get('demo:fresh'))!.status).toBe('new');
    expect((await db.items.get('demo:open'))!.lastSeen).toBe(NOW + DAY);
    // No new work appeared for what the team had finished.
    expect(await db.items.where('status').equals('new').count()).toBe(2);
  });

  test('by count: a recently seen finished comment pruned to make room does not return either', async () => {
    await seed([
      ['a', 'resolved', 3],
      ['b', 'replied', 2],
      ['c', 'new', 1],
    ]);
    expect(await pruneItems(db, { days: 0, maxItems: 2 }, NOW)).toBe(1);
    expect(await keys()).toEqual(['demo:b', 'demo:c']);
    await read(['a', 'b', 'c'], NOW);
    expect(await keys()).toEqual(['demo:b', 'demo:c']);
    // The kept finished one is refreshed as before, its status kept.
    expect((await db.items.get('demo:b'))!).toMatchObject({ status: 'replied', lastSeen: NOW });
  });

  test('the newest marks are kept, the oldest dropped first', async () => {
    await seed([
      ['a', 'resolved', 400],
      ['b', 'resolved', 300],
    ]);
    await pruneItems(db, { days: 180, maxItems: 0 }, NOW - 10 * DAY, 2);
    await seed([['c', 'dismissed', 200]]);
    await pruneItems(db, { days: 180, maxItems: 0 }, NOW, 2);
    // a and b were marked together, before c: one of them goes (the first in key order).
    expect(await marks()).toEqual(['retired:demo:b', 'retired:demo:c']);
    // The comment whose mark was dropped is stored again when read; the marked ones are not.
    await read(['a', 'b', 'c'], NOW + DAY);
    expect(await keys()).toEqual(['demo:a']);
  });
});

describe('marks and backups', () => {
  test('a backup leaves the marks out and restores; a restored item is kept up to date again', async () => {
    await seed([['done', 'replied', 200]]);
    const before = await createBackup(db, null, NOW - DAY);
    expect(await pruneItems(db, { days: 180, maxItems: 0 }, NOW)).toBe(1);

    const after = await createBackup(db, null, NOW);
    expect(
      JSON.parse(after)
        .state.map((s: { key: string }) => s.key)
        .filter(isRetiredRow),
    ).toEqual([]);
    expect((await inspectBackup(file(after))).problems).toEqual([]);

    // Restoring the older backup brings the item back: seen again, it keeps its status.
    await restoreBackup(db, file(before));
    await read(['done'], NOW + DAY);
    expect((await db.items.get('demo:done'))!).toMatchObject({ status: 'replied', lastSeen: NOW + DAY });
  });
});
