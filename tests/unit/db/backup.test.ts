import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { StormwatchDB } from '@/lib/db/schema';
import { backupOverdue, createBackup, restoreBackup } from '@/lib/db/backup';
import { installDefaultTemplates, saveTemplate } from '@/lib/db/templates';
import { changeStatus, saveObserved } from '@/lib/db/items';
import { DEFAULT_SETTINGS } from '@/lib/settings';
import { observed } from '../../helpers';
import { hmacSigner } from '@/lib/backup-signer';

const signer = hmacSigner(new Uint8Array(32).fill(7));
const otherProfile = hmacSigner(new Uint8Array(32).fill(9));

const DAY = 24 * 3_600_000;
const file = (text: string) => ({ size: text.length, text: async () => text });
let a: StormwatchDB;
let b: StormwatchDB;
beforeEach(() => {
  a = new StormwatchDB(`backup-a-${Math.random()}`);
  b = new StormwatchDB(`backup-b-${Math.random()}`);
});
afterEach(async () => {
  await a.delete();
  await b.delete();
});

async function snapshot(db: StormwatchDB) {
  const by = <T>(xs: T[], k: (x: T) => string) => [...xs].sort((x, y) => k(x).localeCompare(k(y)));
  return {
    templates: by(await db.templates.toArray(), (t) => t.id),
    items: by(await db.items.toArray(), (t) => t.key),
    threads: by(await db.threads.toArray(), (t) => t.key),
    events: by(await db.events.toArray(), (e) => String(e.id)),
    state: by(
      (await db.settings.toArray()).filter((s) => s.key !== 'lastBackupAt'),
      (s) => s.key,
    ),
    incidents: by(await db.incidents.toArray(), (i) => i.id),
    factEvents: by(await db.factEvents.toArray(), (e) => String(e.id)),
  };
}

describe('backup and restore', () => {
  test('restoring into a fresh database gives back the same library, queue, threads, log, overrides and settings', async () => {
    await installDefaultTemplates(a, 1);
    const t = (await a.templates.toArray())[0]!;
    await saveTemplate(a, { ...t, body: 'Our own wording {{author}}' }, 2);
    await saveObserved(
      a,
      {
        pageUrl: 'x',
        comments: [observed('c1', 'jan', 'Oszuści!', 'high')],
        threads: [
          {
            platform: 'demo',
            threadId: 'c1',
            status: 'heated',
            score: 0.4,
            derail: 0.2,
            reasons: [],
            commentCount: 2,
            riskyCount: 1,
          },
        ],
      },
      1,
      3,
    );
    await changeStatus(a, 'demo:c1', 'replied', { agent: 'Ola', note: 'done', now: 4 });
    await a.settings.put({ key: 'authorTags', value: { jan: ['troll'] } });
    // Rows the panel writes as it is used: a saved view, the crisis alert acknowledged, a note being typed.
    const { saveView } = await import('@/lib/db/saved-views');
    const { acknowledgeSpike } = await import('@/lib/db/spike-ack');
    const { saveNoteDraft } = await import('@/lib/db/notes');
    await saveView(a, 'Escalated in Polish', { statuses: ['escalated'], language: 'pl', sort: 'severity' }, 'all');
    await acknowledgeSpike(a, { agent: 'Ola', now: 4 });
    await saveNoteDraft(a, 'demo:c1', 'Called the customer back, waiting for the photos');
    const { createIncident, setFact } = await import('@/lib/db/incidents');
    const inc = await createIncident(a, { name: 'Outage', startedAt: 1 }, { agent: 'Ola', now: 2 });
    await setFact(a, inc.id, 'incident-confirmed', true, { agent: 'Ola', now: 5 });
    const settings = { ...DEFAULT_SETTINGS, brands: ['Zefir'], ignoredPhrases: ['bomba'], agentName: 'Ola' };
    const text = await createBackup(a, settings, 5, signer);
    expect(await restoreBackup(b, file(text), signer)).toEqual(settings);
    expect(await snapshot(b)).toEqual(await snapshot(a));
  });

  describe('approval comes only from this profile (H10)', () => {
    const approved = async () => (await b.templates.toArray()).filter((t) => t.status === 'approved').length;
    beforeEach(async () => {
      await installDefaultTemplates(a, 1);
    });
    test.each([
      ['made without a signature', async () => createBackup(a, null, 5)],
      ['signed by another profile', async () => createBackup(a, null, 5, otherProfile)],
      [
        'signed here, then edited to approve a template',
        async () => {
          const t = (await a.templates.toArray())[0]!;
          await a.templates.update(t.id, { status: 'draft', approvedBy: undefined, approvedAt: undefined });
          const body = JSON.parse(await createBackup(a, null, 5, signer)) as {
            templates: Array<Record<string, unknown>>;
          };
          Object.assign(
            body.templates.find((x) => x.id === t.id)!,
            { status: 'approved', approvedBy: 'Mallory', approvedAt: 6 },
          );
          return JSON.stringify(body);
        },
      ],
    ])('a backup %s: every template arrives as a draft, without the file’s approver', async (_n, make) => {
      expect((await a.templates.toArray()).some((t) => t.status === 'approved')).toBe(true);
      await restoreBackup(b, file(await make()), signer);
      expect(await approved()).toBe(0);
      expect((await b.templates.toArray()).some((t) => t.approvedBy !== undefined)).toBe(false);
      expect(await b.templates.count()).toBe(await a.templates.count());
    });
    test('this profile’s own backup keeps its approvals', async () => {
      await restoreBackup(b, file(await createBackup(a, null, 5, signer)), signer);
      expect(await approved()).toBe((await a.templates.toArray()).filter((t) => t.status === 'approved').length);
    });
  });

  test.each([
    ['not JSON', '{', /not valid JSON/],
    ['not a backup', '{"format":"x"}', /Not a Stormwatch backup/],
    [
      'records without keys',
      JSON.stringify({
        format: 'stormwatch-backup',
        schemaVersion: 1,
        createdAt: '',
        settings: null,
        templates: [{}],
        items: [],
        threads: [],
        events: [],
        state: [],
      }),
      /1 rows that do not parse \(first: templates row 1: id: /,
    ],
  ])('a bad file (%s) is refused and the current data stays', async (_n, text, msg) => {
    await installDefaultTemplates(b, 1);
    const before = await b.templates.count();
    await expect(restoreBackup(b, file(text))).rejects.toThrow(msg);
    expect(await b.templates.count()).toBe(before);
  });

  test('a backup is overdue when a library change is a week old and not backed up', async () => {
    await installDefaultTemplates(a, 1);
    expect(await backupOverdue(a, 10 * DAY)).toBe(false);
    const t = (await a.templates.toArray())[0]!;
    await saveTemplate(a, { ...t, title: 'edited' }, DAY);
    expect(await backupOverdue(a, 3 * DAY)).toBe(false);
    expect(await backupOverdue(a, 9 * DAY)).toBe(true);
    await createBackup(a, null, 9 * DAY);
    expect(await backupOverdue(a, 20 * DAY)).toBe(false);
  });
});
