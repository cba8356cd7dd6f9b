/**
 * docs/RELIABILITY.md H11: a restore with tabs open. The restore writes settings, every open
 * tab's scanner starts again and reports the page's flagged comments once more. Those reports
 * must leave the queue as the restore made it: the team's decisions (status, note, assignee,
 * closing) stay, no item is duplicated, and only comments new to the database are added.
 */
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { StormwatchDB } from '@/lib/db/schema';
import { createBackup, restoreBackup } from '@/lib/db/backup';
import { planMerge, type BackupRows } from '@/lib/db/backup-merge';
import { changeStatus, saveObserved } from '@/lib/db/items';
import { assignMany } from '@/lib/db/triage';
import { handleObserved } from '@/entrypoints/background/observed';
import { encodeObserved, type CommentsObserved } from '@/lib/messaging/protocol';
import type { FlaggedItem } from '@/lib/db/types';
import { observed } from '../../helpers';

const page = (ids: string[]): CommentsObserved => ({
  pageUrl: 'https://demo.test/post',
  comments: ids.map((id) => observed(id, `author-${id}`, `Jesteście oszustami ${id}`, 'high')),
  threads: [],
});
const asFile = (text: string) => ({ size: text.length, text: async () => text });
const decisions = (items: FlaggedItem[]) =>
  Object.fromEntries(
    items.map((i) => [
      i.key,
      { status: i.status, note: i.note, assignee: i.assignee, closedAt: i.closedAt, agent: i.agent },
    ]),
  );

let a: StormwatchDB;
let b: StormwatchDB;
beforeEach(async () => {
  fakeBrowser.reset();
  await fakeBrowser.storage.local.clear();
  a = new StormwatchDB(`tabs-a-${Math.random()}`);
  b = new StormwatchDB(`tabs-b-${Math.random()}`);
});
afterEach(async () => {
  await a.delete();
  await b.delete();
});

describe('a restore with tabs open (H11)', () => {
  test("the open tab's report after the restore keeps what the restore decided", async () => {
    // The tab reported three comments; a backup is made; then the team works on them.
    await handleObserved(a, encodeObserved(page(['c1', 'c2', 'c3'])), 7, 10);
    const file = await createBackup(a, null, 20);
    await changeStatus(a, 'demo:c1', 'dismissed', { agent: 'Ola', now: 30 });
    await assignMany(a, ['demo:c2'], 'Ewa');
    // A colleague resolved c3 later, with a note, and assigned it: their backup.
    await saveObserved(b, page(['c3']), 1, 15);
    await changeStatus(b, 'demo:c3', 'resolved', { agent: 'Kuba', note: 'answered by phone', now: 40 });
    await assignMany(b, ['demo:c3'], 'Kuba');
    const colleague = await createBackup(b, null, 50);

    await restoreBackup(a, asFile(file));
    await restoreBackup(a, asFile(colleague));
    const restored = decisions(await a.items.toArray());
    expect(restored).toMatchObject({
      'demo:c1': { status: 'dismissed' },
      'demo:c2': { status: 'new', assignee: 'Ewa' },
      'demo:c3': { status: 'resolved', note: 'answered by phone', assignee: 'Kuba', agent: 'Kuba' },
    });
    expect(restored['demo:c3']!.closedAt).toBe(40);

    // The restore changed the settings: the tab's scanner starts again and reports the page again,
    // with one comment the page added meanwhile.
    const answer = await handleObserved(a, encodeObserved(page(['c1', 'c2', 'c3', 'c4'])), 7, 60);
    expect(answer.stored).toBe(4);
    const after = await a.items.toArray();
    expect(after.map((i) => i.key).sort()).toEqual(['demo:c1', 'demo:c2', 'demo:c3', 'demo:c4']);
    const { 'demo:c4': added, ...kept } = decisions(after);
    expect(kept).toEqual(restored);
    expect(added).toMatchObject({ status: 'new' });
    expect((await a.items.get('demo:c1'))!.lastSeen).toBe(60);
  });

  test('a copy that was only seen later does not reopen a comment dismissed here', () => {
    const seen = (status: FlaggedItem['status'], lastSeen: number) =>
      ({ key: 'demo:c1', status, firstSeen: 1, lastSeen }) as FlaggedItem;
    const rows = (item: FlaggedItem, at?: number): BackupRows => ({
      templates: [],
      items: [item],
      threads: [],
      events: at === undefined ? [] : [{ itemKey: 'demo:c1', type: 'statusChanged', at, to: item.status }],
      state: [],
      incidents: [],
      factEvents: [],
    });
    // Here: dismissed at 30. The file: never touched, but its tab kept re-reporting it until 90.
    const plan = planMerge(rows(seen('dismissed', 30), 30), rows(seen('new', 90)));
    expect(plan.items.map((i) => i.status)).toEqual(['dismissed']);
    expect(plan.items[0]!.lastSeen).toBe(90);
    // The other way round: the file's logged decision beats a later sighting here.
    const back = planMerge(rows(seen('new', 90)), rows(seen('dismissed', 30), 30));
    expect(back.items.map((i) => i.status)).toEqual(['dismissed']);
  });
});
