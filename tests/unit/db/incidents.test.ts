import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { Dexie } from 'dexie';
import { SCHEMA_VERSIONS, StormwatchDB } from '@/lib/db/schema';
import { createIncident, factHistory, incidentFor, setFact } from '@/lib/db/incidents';
import { recordReply } from '@/lib/db/replies';
import { saveObserved } from '@/lib/db/items';
import { DEFAULT_TEMPLATES } from '@/lib/library/default-templates';
import { observed } from '../../helpers';

describe('upgrading a version-1 database', () => {
  test('templates get claims: an unedited default its annotation, any other template what its body asserts; incidents start empty', async () => {
    const name = `claims-upgrade-${Math.random()}`;
    const v1 = SCHEMA_VERSIONS.find((v) => v.version === 1)!;
    const old = new Dexie(name);
    old.version(1).stores(v1.stores);
    await old.open();
    const leak = DEFAULT_TEMPLATES.find((t) => t.id === 'default-en-leak-apology')!;
    const { claims: _drop, ...leakV1 } = leak;
    await old.table('templates').bulkPut([
      leakV1,
      {
        ...leakV1,
        id: 'default-en-leak-holding',
        body: 'We are aware of reports and are looking into them. Next update at 4 pm.',
        claims: undefined,
      },
      {
        id: 'mine',
        title: 'Ours',
        body: 'We apologise for the outage. Service is fully restored.',
        status: 'approved',
        language: 'en',
        tone: 'apologetic',
        categories: ['update'],
        tags: [],
        variables: [],
        createdAt: 1,
        updatedAt: 1,
        usageCount: 0,
        origin: 'user',
      },
    ]);
    old.close();
    const db = new StormwatchDB(name);
    expect((await db.templates.get('default-en-leak-apology'))!.claims).toEqual([
      'incident-confirmed',
      'cause-known',
      'fixed',
    ]);
    expect((await db.templates.get('default-en-leak-holding'))!.claims).toEqual([]);
    expect([...(await db.templates.get('mine'))!.claims!].sort()).toEqual(['fixed', 'incident-confirmed']);
    expect(await db.incidents.count()).toBe(0);
    expect(db.verno).toBe(SCHEMA_VERSIONS.at(-1)!.version);
    await db.delete();
  });
});

let db: StormwatchDB;
beforeEach(() => {
  db = new StormwatchDB(`incidents-${Math.random()}`);
});
afterEach(async () => {
  await db.delete();
});

describe('incident facts', () => {
  test('declaring and withdrawing keep a history with who and when; the latest change decides', async () => {
    const inc = await createIncident(
      db,
      { name: 'Outage in Gdańsk', startedAt: 100, platforms: ['demo'] },
      { agent: 'Ola', now: 150 },
    );
    await setFact(db, inc.id, 'incident-confirmed', true, { agent: 'Ola', now: 200 });
    await setFact(db, inc.id, 'fixed', true, { agent: 'Jan', now: 300 });
    await setFact(db, inc.id, 'fixed', false, { agent: 'Ola', now: 400 });
    expect(await factHistory(db, inc.id)).toMatchObject([
      { fact: 'incident-confirmed', action: 'declared', agent: 'Ola', at: 200 },
      { fact: 'fixed', action: 'declared', agent: 'Jan', at: 300 },
      { fact: 'fixed', action: 'withdrawn', agent: 'Ola', at: 400 },
    ]);
    expect(await incidentFor(db, 'demo', 'https://x.test/post')).toMatchObject({
      incident: { name: 'Outage in Gdańsk' },
      facts: ['incident-confirmed'],
    });
    expect(await incidentFor(db, 'youtube', 'https://x.test/post')).toBeNull();
  });
  test('an incident limited to pages applies only there', async () => {
    await createIncident(db, { name: 'Leak', startedAt: 1, pages: ['https://www.facebook.com/zefir'] }, { now: 2 });
    expect(await incidentFor(db, 'facebook', 'https://www.facebook.com/zefir/posts/1')).not.toBeNull();
    expect(await incidentFor(db, 'facebook', 'https://www.facebook.com/other')).toBeNull();
  });
});

describe('override', () => {
  test('inserting a template that claims undeclared facts logs an override with the agent and the claims', async () => {
    await saveObserved(
      db,
      { pageUrl: 'https://x.test', comments: [observed('c1', 'a', 'Is it fixed?', 'high')], threads: [] },
      1,
      10,
    );
    const item = (await db.items.get('demo:c1'))!;
    await recordReply(db, item, 'default-en-fixed-short', 'inserted', {
      agent: 'Ola',
      now: 20,
      override: { claims: ['incident-confirmed', 'fixed'], incidentId: 'inc-1' },
    });
    const events = await db.events.where('itemKey').equals('demo:c1').toArray();
    expect(events.find((e) => e.type === 'claimOverride')).toMatchObject({
      agent: 'Ola',
      templateId: 'default-en-fixed-short',
      claims: ['incident-confirmed', 'fixed'],
      incidentId: 'inc-1',
      at: 20,
      note: 'claims not declared: incident-confirmed, fixed',
    });
    const { exportEvents } = await import('@/lib/export/stream');
    expect(exportEvents(events).join('')).toMatch(
      /"demo:c1","claimOverride","","","[^"]+","Ola","default-en-fixed-short","claims not declared: incident-confirmed, fixed"/,
    );
    await recordReply(db, item, 'default-en-praise-friendly', 'inserted', { agent: 'Ola', now: 30 });
    expect((await db.events.where('type').equals('claimOverride').toArray()).length).toBe(1);
  });
});
