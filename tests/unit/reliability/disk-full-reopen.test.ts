/**
 * docs/RELIABILITY.md H7, as Chromium does it: a write error on a full disk closes every database
 * connection of the extension, and Dexie's automatic reopening fails while the disk is still
 * full. Dexie then answers every later operation with DatabaseClosedError and never opens the
 * database again, so the background's retry queue must open it again itself once there is room.
 */
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { StormwatchDB } from '@/lib/db/schema';
import { createWriteQueue, WRITE_RETRY_MS } from '@/entrypoints/background/write-queue';
import { handleObserved } from '@/entrypoints/background/observed';
import { encodeObserved, type CommentsObserved } from '@/lib/messaging/protocol';
import { intakeItem } from '@/lib/intake-health';
import { observed } from '../../helpers';

const NOW = 1_800_000_000_000;
const batch = (ids: string[]): CommentsObserved => ({
  pageUrl: 'https://x.test/p',
  comments: ids.map((id) => observed(id, 'a', 'idiots', 'high')),
  threads: [],
});
const settle = () => new Promise((r) => setTimeout(r, 50));

let db: StormwatchDB;
beforeEach(async () => {
  fakeBrowser.reset();
  await fakeBrowser.storage.session.clear();
  await fakeBrowser.storage.local.clear();
  db = new StormwatchDB(`reopen-${Math.random()}`);
  await db.open();
});
afterEach(async () => {
  vi.restoreAllMocks();
  await db.delete();
});

/** The disk fills: the browser closes the connection, and opening fails until space returns. */
function diskFull(): { free(): void } {
  const open = vi.spyOn(indexedDB, 'open').mockImplementation(() => {
    throw new DOMException('Internal error opening backing store for indexedDB.open.', 'UnknownError');
  });
  const conn = db.backendDB();
  conn.close();
  conn.onclose?.call(conn, new Event('close'));
  return { free: () => open.mockRestore() };
}

describe('the database closed by a full disk (H7)', () => {
  test('comments that arrive meanwhile wait, and are stored once space returns, without a worker restart', async () => {
    await handleObserved(db, encodeObserved(batch(['before'])), 1, NOW);
    const due: Array<{ fn: () => void; ms: number }> = [];
    const queue = createWriteQueue(db, { now: () => NOW, setTimeout: (fn, ms) => due.push({ fn, ms }) });
    const disk = diskFull();

    const answer = await handleObserved(db, encodeObserved(batch(['a', 'b'])), 1, NOW, queue);
    expect(answer).toMatchObject({ stored: 0, pending: 2 });
    expect((await intakeItem.getValue()).lastReason).toMatch(/UnknownError|backing store/);
    // Still full at the first retry.
    due.shift()!.fn();
    await settle();
    expect(due.map((d) => d.ms)).toEqual([WRITE_RETRY_MS[1]]);
    expect(await intakeItem.getValue()).toMatchObject({ failedWrites: 2, pending: 2 });

    disk.free();
    due.shift()!.fn();
    await settle();
    expect((await db.items.toCollection().primaryKeys()).sort()).toEqual(['demo:a', 'demo:b', 'demo:before']);
    expect((await intakeItem.getValue()).pending).toBeUndefined();
    // And the next report is stored at once.
    expect(await handleObserved(db, encodeObserved(batch(['c'])), 1, NOW, queue)).toMatchObject({ stored: 1 });
  });

  test('a report that arrives after space returned is stored at once, with what waited before it', async () => {
    const due: Array<{ fn: () => void; ms: number }> = [];
    const queue = createWriteQueue(db, { now: () => NOW, setTimeout: (fn, ms) => due.push({ fn, ms }) });
    const disk = diskFull();
    expect(await handleObserved(db, encodeObserved(batch(['a'])), 1, NOW, queue)).toMatchObject({ pending: 1 });
    disk.free();
    expect(await handleObserved(db, encodeObserved(batch(['b'])), 1, NOW, queue)).toMatchObject({ stored: 1 });
    expect((await db.items.toCollection().primaryKeys()).sort()).toEqual(['demo:a', 'demo:b']);
  });
});
