/**
 * docs/RELIABILITY.md D1, H2: a database written by each earlier build opens with the current
 * schema and loses nothing. `tests/fixtures/db/v<N>.json` is a raw copy (`rawExport`) of a
 * database filled through the repository functions of the build whose schema was version N;
 * write the current version's with `UPDATE_DB_FIXTURE=1 npx vitest run tests/unit/db/db-fixtures.test.ts`
 * before adding a schema version, and keep the older files.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { Dexie } from 'dexie';
import { SCHEMA_VERSIONS, StormwatchDB } from '@/lib/db/schema';
import { rawExport, type RawExport } from '@/lib/db/health';
import { changeNote, changeStatus, saveObserved } from '@/lib/db/items';
import { approveTemplate, installDefaultTemplates, saveTemplate } from '@/lib/db/templates';
import { createIncident, setFact } from '@/lib/db/incidents';
import { toggleAuthorTag } from '@/lib/db/authors';
import { recordReply } from '@/lib/db/replies';
import { scopedGenericId } from '@/lib/platforms/generic-key';
import type { FlaggedItem } from '@/lib/db/types';
import { observed } from '../../helpers';

const DIR = join(__dirname, '../../fixtures/db');
const LATEST = SCHEMA_VERSIONS.at(-1)!.version;

/** Fill a database the way the product does: items of several platforms, notes, the log, templates, incidents. */
async function fill(db: StormwatchDB): Promise<void> {
  const t0 = Date.UTC(2026, 10, 25, 9);
  await installDefaultTemplates(db, t0);
  await saveObserved(
    db,
    {
      pageUrl: 'https://www.youtube.com/watch?v=abc',
      comments: [
        observed('yt1', 'Ola', 'Oszuści!!!', 'high', { platform: 'youtube', textHash: 'a1' }),
        observed('yt2', 'Jan', 'idioci', 'medium', {
          platform: 'youtube',
          parentId: 'yt1',
          threadId: 'yt1',
          depth: 1,
          textHash: 'a2',
        }),
      ],
      threads: [
        {
          platform: 'youtube',
          threadId: 'yt1',
          status: 'heated',
          score: 0.7,
          derail: 0.2,
          reasons: [],
          commentCount: 2,
          riskyCount: 2,
        },
      ],
    },
    3,
    t0,
  );
  await saveObserved(
    db,
    {
      pageUrl: 'https://blog-a.example/2026/11/outage/',
      pageTitle: 'Blog A',
      comments: [
        observed('comment-505', 'Reader A', 'You are scammers', 'high', { platform: 'generic', textHash: 'b1' }),
        observed('comment-506', 'Reader A2', 'Liars, all of you', 'medium', {
          platform: 'generic',
          parentId: 'comment-505',
          threadId: 'comment-505',
          depth: 1,
          textHash: 'b2',
        }),
      ],
      threads: [
        {
          platform: 'generic',
          threadId: 'comment-505',
          status: 'heated',
          score: 0.6,
          derail: 0.1,
          reasons: [],
          commentCount: 2,
          riskyCount: 2,
        },
      ],
    },
    4,
    t0 + 1_000,
  );
  await saveObserved(
    db,
    {
      pageUrl: 'https://forum-b.example/t/zefir/77?page=2',
      comments: [observed('post_2', 'angry_user', 'Total idiots', 'high', { platform: 'generic', textHash: 'c1' })],
      threads: [],
    },
    5,
    t0 + 2_000,
  );
  await changeStatus(db, 'generic:comment-505', 'escalated', {
    agent: 'Kasia',
    note: 'Sent to legal',
    now: t0 + 3_000,
  });
  await changeNote(db, 'youtube:yt1', 'Regular complainer', { agent: 'Kasia', now: t0 + 4_000 });
  const [first] = await db.templates.toArray();
  await recordReply(db, (await db.items.get('generic:post_2'))!, first!.id, 'copied', {
    agent: 'Kasia',
    now: t0 + 5_000,
  });
  await saveTemplate(
    db,
    {
      id: 'user-1',
      title: 'Ours',
      body: 'Dziękujemy {{author}}, sprawdzamy.',
      language: 'pl',
      tone: 'empathetic',
      categories: ['complaint'],
      tags: ['x'],
      variables: [],
      status: 'draft',
      createdAt: t0,
      updatedAt: t0,
      usageCount: 0,
      origin: 'user',
    },
    t0 + 6_000,
  );
  await approveTemplate(db, 'user-1', 'Kasia', t0 + 7_000);
  const inc = await createIncident(
    db,
    { name: 'Outage', startedAt: t0, platforms: ['generic'] },
    { agent: 'Kasia', now: t0 + 8_000 },
  );
  await setFact(db, inc.id, 'incident-confirmed', true, { agent: 'Kasia', now: t0 + 9_000 });
  await toggleAuthorTag(db, 'generic', 'Reader A', 'troll');
}

test.runIf(process.env.UPDATE_DB_FIXTURE === '1')(`write tests/fixtures/db/v${LATEST}.json`, async () => {
  const name = `fixture-${Math.random()}`;
  const db = new StormwatchDB(name);
  await fill(db);
  db.close();
  const raw = await rawExport(name, new Date(Date.UTC(2026, 11, 6)));
  writeFileSync(join(DIR, `v${LATEST}.json`), `${JSON.stringify({ ...raw, database: 'stormwatch' }, null, 1)}\n`);
});

const fixtures = readdirSync(DIR).filter((f) => /^v\d+\.json$/.test(f));

/** Open a fixture as the build that wrote it would have (its schema version), then with the current code. */
async function openFixture(file: string): Promise<{ before: RawExport; db: StormwatchDB }> {
  const before = JSON.parse(readFileSync(join(DIR, file), 'utf8')) as RawExport;
  const name = `from-${file}-${Math.random()}`;
  const old = new Dexie(name);
  for (const v of SCHEMA_VERSIONS.filter((s) => s.version <= before.version)) old.version(v.version).stores(v.stores);
  await old.open();
  for (const [table, rows] of Object.entries(before.tables)) await old.table(table).bulkAdd(rows);
  old.close();
  return { before, db: new StormwatchDB(name) };
}

describe('a database from an earlier build opens with the current schema and loses nothing', () => {
  test('there is a fixture of every shipped version from 2 on', () => {
    expect(fixtures).toEqual(
      expect.arrayContaining(
        SCHEMA_VERSIONS.filter((v) => v.version >= 2 && v.version < LATEST).map((v) => `v${v.version}.json`),
      ),
    );
  });

  test.each(fixtures)('%s: every row of every table is still there', async (file) => {
    const { before, db } = await openFixture(file);
    for (const [table, rows] of Object.entries(before.tables))
      expect([table, await db.table(table).count()]).toEqual([table, rows.length]);
    expect(db.verno).toBe(LATEST);
    // Records other than generic items and threads are unchanged.
    for (const table of ['templates', 'settings', 'incidents', 'factEvents'] as const) {
      expect(await db.table(table).toArray()).toEqual(before.tables[table]);
    }
    const items = before.tables.items as FlaggedItem[];
    for (const it of items.filter((i) => i.platform !== 'generic')) expect(await db.items.get(it.key)).toEqual(it);
    await db.delete();
  });

  test.each(fixtures.filter((f) => Number(/\d+/.exec(f)![0]) < 3))(
    '%s: generic items are re-keyed by host and path; status, note and log stay with their comment',
    async (file) => {
      const { before, db } = await openFixture(file);
      const old = (before.tables.items as FlaggedItem[]).filter((i) => i.platform === 'generic');
      expect(old.length).toBeGreaterThan(0);
      for (const it of old) {
        const id = scopedGenericId(it.commentId, it.pageUrl);
        const now = await db.items.get(`generic:${id}`);
        expect(now).toEqual({
          ...it,
          key: `generic:${id}`,
          commentId: id,
          threadKey: `generic:${scopedGenericId(it.threadKey.slice('generic:'.length), it.pageUrl)}`,
          ...(it.parentId === undefined ? {} : { parentId: scopedGenericId(it.parentId, it.pageUrl) }),
        });
        expect(await db.items.get(it.key)).toBeUndefined();
        // The log follows the item.
        const events = (before.tables.events as Array<{ itemKey: string }>).filter((e) => e.itemKey === it.key).length;
        expect(await db.events.where('itemKey').equals(`generic:${id}`).count()).toBe(events);
      }
      expect(await db.items.get('generic:blog-a.example/2026/11/outage#comment-505')).toMatchObject({
        status: 'escalated',
        note: 'Sent to legal',
        author: 'Reader A',
      });
      expect(await db.threads.get('generic:blog-a.example/2026/11/outage#comment-505')).toMatchObject({
        riskyCount: 2,
      });
      expect(await db.threads.where('platform').equals('generic').count()).toBe(
        (before.tables.threads as Array<{ platform: string }>).filter((t) => t.platform === 'generic').length,
      );
      await db.delete();
    },
  );
});
