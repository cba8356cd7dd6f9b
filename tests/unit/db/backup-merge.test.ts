import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { StormwatchDB } from '@/lib/db/schema';
import { createBackup, restoreBackup } from '@/lib/db/backup';
import { mergeSettings, planMerge, type BackupRows } from '@/lib/db/backup-merge';
import { changeNote, changeStatus, saveObserved } from '@/lib/db/items';
import { installDefaultTemplates, saveTemplate } from '@/lib/db/templates';
import { DEFAULT_SETTINGS } from '@/lib/settings';
import type { FlaggedItem, ResponseEvent } from '@/lib/db/types';
import type { ReplyTemplate } from '@/lib/library/types';
import { observed } from '../../helpers';

const empty = (): BackupRows => ({
  templates: [],
  items: [],
  threads: [],
  events: [],
  state: [],
  incidents: [],
  factEvents: [],
});
const tpl = (id: string, updatedAt: number, body: string, extra: Partial<ReplyTemplate> = {}): ReplyTemplate => ({
  id,
  title: id,
  body,
  language: 'en',
  tone: 'formal',
  categories: [],
  tags: [],
  variables: [],
  status: 'approved',
  createdAt: 1,
  updatedAt,
  usageCount: 0,
  origin: 'user',
  ...extra,
});
const item = (key: string, status: FlaggedItem['status'], lastSeen: number, note?: string) =>
  ({ key, status, lastSeen, firstSeen: lastSeen, note }) as FlaggedItem;
const ev = (id: number, itemKey: string, at: number, to?: FlaggedItem['status']): ResponseEvent => ({
  id,
  itemKey,
  type: 'statusChanged',
  at,
  to,
});

describe('planMerge', () => {
  test.each([
    ['a template only in the file is added', [], [tpl('a', 5, 'x')], ['a:x']],
    ['the newer template wins', [tpl('a', 5, 'here')], [tpl('a', 9, 'file')], ['a:file']],
    ['an older file copy changes nothing', [tpl('a', 9, 'here')], [tpl('a', 5, 'file')], []],
    [
      'an untouched default gives way to the file',
      [tpl('d', 50, 'default', { origin: 'default', createdAt: 50 })],
      [tpl('d', 5, 'edited there', { origin: 'default' })],
      ['d:edited there'],
    ],
    [
      'an edited default here is kept when newer',
      [tpl('d', 60, 'edited here', { origin: 'default', createdAt: 50 })],
      [tpl('d', 5, 'edited there', { origin: 'default' })],
      [],
    ],
  ] as const)('%s', (_n, here, there, out) => {
    const plan = planMerge({ ...empty(), templates: [...here] }, { ...empty(), templates: [...there] });
    expect(plan.templates.map((t) => `${t.id}:${t.body}`)).toEqual(out);
  });

  test.each([
    ['new item', [], [], [item('k', 'replied', 5)], [], 'replied'],
    [
      'later activity in the file wins',
      [item('k', 'new', 5)],
      [ev(1, 'k', 6, 'inProgress')],
      [item('k', 'resolved', 5)],
      [ev(1, 'k', 9, 'resolved')],
      'resolved',
    ],
    [
      'later activity here is kept',
      [item('k', 'escalated', 5)],
      [ev(1, 'k', 9, 'escalated')],
      [item('k', 'replied', 5)],
      [ev(1, 'k', 6, 'replied')],
      null,
    ],
    ['no log: the later seen wins', [item('k', 'new', 5)], [], [item('k', 'dismissed', 8)], [], 'dismissed'],
  ] as const)('items: %s', (_n, hereItems, hereEvents, fileItems, fileEvents, status) => {
    const plan = planMerge(
      { ...empty(), items: [...hereItems], events: [...hereEvents] },
      { ...empty(), items: [...fileItems], events: [...fileEvents] },
    );
    expect(plan.items[0]?.status ?? null).toBe(status);
  });

  test('the log is joined, each entry once, whatever its local id', () => {
    const here = [ev(1, 'k', 5, 'replied'), ev(2, 'k', 6, 'resolved')];
    const there = [ev(7, 'k', 5, 'replied'), ev(8, 'k', 7, 'dismissed'), ev(9, 'k', 7, 'dismissed')];
    expect(planMerge({ ...empty(), events: here }, { ...empty(), events: there }).events).toEqual([
      { itemKey: 'k', type: 'statusChanged', at: 7, to: 'dismissed' },
    ]);
  });

  test('incidents: a close on either side stays; state rows here win', () => {
    const inc = { id: 'i', name: 'Outage', startedAt: 1, platforms: [], pages: [], createdAt: 1 };
    const plan = planMerge(
      { ...empty(), incidents: [inc], state: [{ key: 'authorTags', value: 'here' }] },
      {
        ...empty(),
        incidents: [{ ...inc, closedAt: 9 }],
        state: [
          { key: 'authorTags', value: 'file' },
          { key: 'other', value: 1 },
        ],
      },
    );
    expect(plan.incidents).toEqual([{ ...inc, closedAt: 9 }]);
    expect(plan.state).toEqual([{ key: 'other', value: 1 }]);
  });
});

test('mergeSettings keeps what is set here, fills what was never set, joins the lists', () => {
  const here = { ...DEFAULT_SETTINGS, agentName: 'Ola', brands: ['Zefir'], ignoredPhrases: ['bomba'] };
  const file = {
    ...DEFAULT_SETTINGS,
    agentName: 'Jan',
    sensitivity: 'high' as never,
    brands: ['Zefir', 'Wiatr'],
    ignoredPhrases: ['hit'],
  };
  expect(mergeSettings(here, file, DEFAULT_SETTINGS)).toMatchObject({
    agentName: 'Ola',
    sensitivity: 'high',
    brands: ['Zefir', 'Wiatr'],
    ignoredPhrases: ['bomba', 'hit'],
  });
  expect(mergeSettings(null, file, DEFAULT_SETTINGS)).toBe(file);
});

describe('restoring merges with what is there', () => {
  let a: StormwatchDB;
  let b: StormwatchDB;
  beforeEach(() => {
    a = new StormwatchDB(`merge-a-${Math.random()}`);
    b = new StormwatchDB(`merge-b-${Math.random()}`);
  });
  afterEach(async () => {
    await a.delete();
    await b.delete();
  });

  test('an older backup restored later loses no work done since, and restoring twice adds nothing', async () => {
    await installDefaultTemplates(a, 1);
    await saveObserved(
      a,
      {
        pageUrl: 'x',
        comments: [observed('c1', 'jan', 'Oszuści!', 'high'), observed('c2', 'ewa', 'Skandal', 'high')],
        threads: [],
      },
      1,
      2,
    );
    await changeStatus(a, 'demo:c1', 'inProgress', { agent: 'Ola', now: 3 });
    const file = await createBackup(a, null, 4);
    // Work after the backup: an answer, a note, a new comment, an edited template.
    await changeStatus(a, 'demo:c1', 'replied', { agent: 'Ola', now: 5 });
    await changeNote(a, 'demo:c2', 'called back', { now: 6 });
    await saveObserved(
      a,
      { pageUrl: 'x', comments: [observed('c3', 'ala', 'Nigdy więcej', 'high')], threads: [] },
      1,
      7,
    );
    const t = (await a.templates.toArray())[0]!;
    await saveTemplate(a, { ...t, body: 'Newer wording' }, 8);
    const before = {
      items: await a.items.toArray(),
      events: await a.events.count(),
      template: (await a.templates.get(t.id))!.body,
    };
    const asFile = { size: file.length, text: async () => file };
    await restoreBackup(a, asFile);
    await restoreBackup(a, asFile);
    expect(await a.items.toArray()).toEqual(before.items);
    expect(await a.events.count()).toBe(before.events);
    expect((await a.templates.get(t.id))!.body).toBe(before.template);
    // Into another browser with its own work: both sides' items and log.
    await saveObserved(b, { pageUrl: 'y', comments: [observed('b1', 'zoe', 'Oszustwo', 'high')], threads: [] }, 1, 2);
    await restoreBackup(b, asFile);
    expect((await b.items.orderBy('key').primaryKeys()).sort()).toEqual(['demo:b1', 'demo:c1', 'demo:c2']);
    expect((await b.items.get('demo:c1'))!.status).toBe('inProgress');
  });
});
