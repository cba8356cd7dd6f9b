import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { StormwatchDB } from '@/lib/db/schema';
import {
  changeNote,
  changeStatus,
  dismissAuthor,
  dismissThread,
  eventsFor,
  listFlagged,
  saveObserved,
} from '@/lib/db/items';
import type { CommentsObserved, ObservedComment } from '@/lib/messaging/protocol';
import type { Severity } from '@/lib/risk/types';
import { observed, riskAt } from '../../helpers';

const comment = (id: string, text: string, severity: Severity, extra: Partial<ObservedComment> = {}) =>
  observed(id, `author-${id}`, text, severity, extra);

const payload = (comments: ObservedComment[]): CommentsObserved => ({
  pageUrl: 'https://example.test/post',
  comments,
  threads: [],
});

let db: StormwatchDB;
beforeEach(() => {
  db = new StormwatchDB(`items-${Math.random()}`);
});
afterEach(async () => {
  await db.delete();
});

describe('saveObserved', () => {
  test('dedups by platform and comment id and keeps status, note and first-seen time', async () => {
    await saveObserved(db, payload([comment('a', 'you are idiots', 'high')]), 1, 1000);
    await changeStatus(db, 'demo:a', 'inProgress', { agent: 'Ola', now: 1500 });
    await changeNote(db, 'demo:a', 'called the customer', { agent: 'Ola', now: 1600 });
    await saveObserved(db, payload([comment('a', 'you are idiots (edited)', 'critical')]), 2, 2000);
    const rows = await db.items.toArray();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      key: 'demo:a',
      status: 'inProgress',
      note: 'called the customer',
      firstSeen: 1000,
      lastSeen: 2000,
      severity: 'critical',
      text: 'you are idiots (edited)',
      tabId: 2,
    });
  });

  test('stores thread summaries and keeps their first-seen time', async () => {
    const thread = {
      platform: 'demo' as const,
      threadId: 't',
      status: 'heated' as const,
      score: 0.5,
      derail: 0.4,
      reasons: [],
      commentCount: 3,
      riskyCount: 2,
    };
    await saveObserved(db, { ...payload([]), threads: [thread] }, 1, 100);
    await saveObserved(db, { ...payload([]), threads: [{ ...thread, status: 'crisis' }] }, 1, 200);
    expect(await db.threads.get('demo:t')).toMatchObject({ status: 'crisis', firstSeen: 100, updatedAt: 200 });
  });
});

describe('listFlagged', () => {
  beforeEach(async () => {
    await saveObserved(
      db,
      payload([
        comment('low1', 'meh service', 'low'),
        comment('crit', 'we will sue you', 'critical'),
        comment('med', 'Refund NOW', 'medium', { platform: 'reddit' }),
      ]),
      7,
      1000,
    );
    await saveObserved(db, payload([comment('new', 'Oszuści!', 'high')]), 8, 5000);
  });
  test.each([
    [{}, ['demo:crit', 'demo:new', 'reddit:med', 'demo:low1']],
    [{ sort: 'newest' as const }, ['demo:new']],
    [{ platform: 'reddit' as const }, ['reddit:med']],
    [{ minSeverity: 'high' as const }, ['demo:crit', 'demo:new']],
    [{ search: 'OSZU' }, ['demo:new']],
    [{ search: 'author-med' }, ['reddit:med']],
    [{ tabId: 8 }, ['demo:new']],
    [{ from: 2000 }, ['demo:new']],
  ])('%o', async (filter, expectedPrefix) => {
    const keys = (await listFlagged(db, filter)).map((r) => r.key);
    expect(keys.slice(0, expectedPrefix.length)).toEqual(expectedPrefix);
    if (Object.keys(filter).some((k) => k !== 'sort')) expect(keys).toHaveLength(expectedPrefix.length);
  });
});

describe('listFlagged: status, thread, language, date range, lane and author', () => {
  beforeEach(async () => {
    await saveObserved(
      db,
      payload([
        comment('pl1', 'Oszuści', 'high', { threadId: 't1' }),
        comment('pl2', 'Złodzieje', 'high', { threadId: 't1', parentId: 'pl1', depth: 1 }),
        comment('en1', 'Scammers', 'high', { threadId: 't2', risk: riskAt('high', { language: 'en' }) }),
        comment('unsure', 'Great job, really…', 'medium', {
          threadId: 't3',
          risk: riskAt('medium', { uncertain: true }),
        }),
      ]),
      7,
      1000,
    );
    await saveObserved(db, payload([comment('late', 'Oszuści!', 'high', { threadId: 't4' })]), 7, 9000);
    await changeStatus(db, 'demo:pl2', 'escalated', { now: 1500 });
  });
  test.each([
    [{ statuses: ['escalated' as const] }, ['demo:pl2']],
    [{ statuses: ['new' as const, 'escalated' as const], threadKey: 'demo:t1' }, ['demo:pl1', 'demo:pl2']],
    [{ threadKey: 'demo:t1' }, ['demo:pl1', 'demo:pl2']],
    [{ language: 'en' as const }, ['demo:en1']],
    [{ from: 500, to: 2000, sort: 'newest' as const }, ['demo:en1', 'demo:pl1', 'demo:pl2', 'demo:unsure']],
    [{ to: 2000, minSeverity: 'high' as const, language: 'pl' as const }, ['demo:pl1', 'demo:pl2']],
    [{ uncertain: true }, ['demo:unsure']],
    [{ author: 'author-late' }, ['demo:late']],
  ])('%o', async (filter, expected) => {
    const keys = (await listFlagged(db, filter)).map((r) => r.key);
    expect([...keys].sort()).toEqual([...expected].sort());
  });
});

describe('changeStatus', () => {
  test('records each change in the response log with agent and time, and the first response time', async () => {
    await saveObserved(db, payload([comment('a', 'refund now', 'medium')]), 1, 1000);
    await changeStatus(db, 'demo:a', 'inProgress', { agent: 'Ola', now: 2000 });
    await changeStatus(db, 'demo:a', 'replied', { agent: 'Ola', now: 3000 });
    await changeStatus(db, 'demo:a', 'resolved', { agent: 'Jan', now: 4000 });
    const events = await eventsFor(db, 'demo:a');
    expect(events.map((e) => [e.from, e.to, e.at, e.agent])).toEqual([
      ['new', 'inProgress', 2000, 'Ola'],
      ['inProgress', 'replied', 3000, 'Ola'],
      ['replied', 'resolved', 4000, 'Jan'],
    ]);
    expect(await db.items.get('demo:a')).toMatchObject({ status: 'resolved', respondedAt: 3000, agent: 'Ola' });
  });
  test('an unknown item is an error and writes nothing', async () => {
    await expect(changeStatus(db, 'demo:none', 'replied', { now: 1 })).rejects.toThrow(/No flagged item/);
    expect(await db.events.count()).toBe(0);
  });
});

describe('dismissing an author or a thread', () => {
  /** 70 comments of one author on one thread, some already handled; the same name on another platform. */
  async function seedAuthor() {
    const mine = Array.from({ length: 70 }, (_, i) =>
      observed(`m${i}`, 'Jan', `comment ${i}`, 'high', { threadId: 't1' }),
    );
    const elsewhere = observed('y1', 'Jan', 'same name elsewhere', 'high', { platform: 'youtube', threadId: 't1' });
    await saveObserved(
      db,
      payload([...mine, elsewhere, observed('o1', 'Ola', 'other author', 'high', { threadId: 't1' })]),
      1,
      1000,
    );
    await changeStatus(db, 'demo:m0', 'replied', { agent: 'Ola', now: 1100 });
    await changeStatus(db, 'demo:m1', 'inProgress', { now: 1100 });
  }

  test("ignoring an author dismisses the author's open items on that platform only, each logged", async () => {
    await seedAuthor();
    expect(await dismissAuthor(db, 'demo', 'Jan', { agent: 'Ewa', note: 'false positive: author', now: 2000 })).toBe(
      69,
    );
    // Answered items keep their status and their clock; the other platform and author are untouched.
    expect((await db.items.get('demo:m0'))!.status).toBe('replied');
    expect((await db.items.get('youtube:y1'))!.status).toBe('new');
    expect((await db.items.get('demo:o1'))!.status).toBe('new');
    expect(await db.items.get('demo:m1')).toMatchObject({ status: 'dismissed', closedAt: 2000 });
    expect(await eventsFor(db, 'demo:m1')).toMatchObject([
      { to: 'inProgress' },
      { from: 'inProgress', to: 'dismissed', agent: 'Ewa', note: 'false positive: author', at: 2000 },
    ]);
    expect(await db.events.where('at').equals(2000).count()).toBe(69);
    // Nothing open is left: a second time changes nothing.
    expect(await dismissAuthor(db, 'demo', 'Jan', { now: 3000 })).toBe(0);
  });

  test("'not a crisis' dismisses a thread's open items, whoever wrote them", async () => {
    await seedAuthor();
    expect(await dismissThread(db, 'demo:t1', { note: 'false positive: thread', now: 2000 })).toBe(70);
    const thread = await db.items.where('threadKey').equals('demo:t1').toArray();
    expect(thread.filter((i) => i.status === 'dismissed')).toHaveLength(70);
    expect((await db.items.get('demo:m0'))!.status).toBe('replied');
    expect((await db.items.get('youtube:y1'))!.status).toBe('new');
  });
});
