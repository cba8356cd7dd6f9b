/** Offline edits merge on reconnect; a restart of the real server command loses nothing; other teams' tokens are refused. */
import { afterEach, expect, test } from 'vitest';
import { join } from 'node:path';
import { writeFileSync } from 'node:fs';
import { changeNote, changeStatus } from '@/lib/db/items';
import { createIncident, setFact } from '@/lib/db/incidents';
import {
  closeAll,
  flag,
  member,
  spawnServer,
  startServer,
  synced,
  tempDir,
  until,
  SECRET,
  type Member,
} from './harness';

let members: Member[] = [];
const stops: Array<() => Promise<void>> = [];
afterEach(async () => {
  await closeAll(members);
  members = [];
  for (const s of stops.splice(0)) await s();
});

/** Everything a member's panel shows about the team's work, in a comparable form. */
async function view(m: Member) {
  const items = (await m.db.items.orderBy('key').toArray()).map((i) => [i.key, i.status, i.note ?? null]);
  const log = (await m.db.events.toArray()).map((e) => `${e.itemKey} ${e.type} ${e.to ?? ''} ${e.note ?? ''}`).sort();
  return { items, log, owners: items.map(([k]) => m.client.itemState(k as string).owner ?? null) };
}

test('offline edits on two clients merge to the same state', async () => {
  const server = await startServer(tempDir());
  stops.push(server.stop);
  const [a, b] = (members = [member(server.url, 'acme', 'ann'), member(server.url, 'acme', 'bob')]);
  await Promise.all(members.map(synced));
  await flag(a!, ['o1', 'o2', 'o3']);
  for (const k of ['o1', 'o2', 'o3'])
    await until(`bob has ${k}`, async () => (await b!.db.items.get(`demo:${k}`)) !== undefined);
  a!.client.disconnect();
  b!.client.disconnect();
  await until(
    'both offline',
    () => a!.client.snapshot().state === 'offline' && b!.client.snapshot().state === 'offline',
  );
  const t = Date.now();
  // Both work on o1 (ann first), each on another item, and both flag something new.
  a!.client.claim('demo:o1', t);
  b!.client.claim('demo:o1', t + 5);
  await changeStatus(a!.db, 'demo:o1', 'replied', { agent: 'ann', now: t + 10 });
  await changeStatus(b!.db, 'demo:o1', 'dismissed', { agent: 'bob', now: t + 11 });
  await changeNote(a!.db, 'demo:o2', 'ann: refund sent', { now: t + 12 });
  await changeNote(b!.db, 'demo:o2', 'bob: customer happy', { now: t + 13 });
  await changeStatus(b!.db, 'demo:o3', 'escalated', { agent: 'bob', now: t + 14 });
  await flag(a!, ['a-new'], t + 15);
  await flag(b!, ['b-new'], t + 16);
  await a!.client.flushed();
  await b!.client.flushed();
  expect(a!.client.snapshot().pending).toBeGreaterThan(0);
  const started = performance.now();
  await Promise.all([a!.client.connect(), b!.client.connect()]);
  await until('both have everything', async () => {
    const [va, vb] = [await view(a!), await view(b!)];
    return (
      va.items.length === 5 &&
      JSON.stringify(va) === JSON.stringify(vb) &&
      a!.client.snapshot().pending === 0 &&
      b!.client.snapshot().pending === 0
    );
  });
  console.log(`offline merge converged in ${Math.round(performance.now() - started)} ms`);
  const v = await view(a!);
  expect(v.items).toEqual([
    ['demo:a-new', 'new', null],
    ['demo:b-new', 'new', null],
    ['demo:o1', 'replied', null], // ann's claim was first: bob's dismissal is refused
    ['demo:o2', 'new', 'bob: customer happy'], // the later note shows ...
    ['demo:o3', 'escalated', null],
  ]);
  expect(v.log.filter((l) => l.startsWith('demo:o2 noteChanged'))).toHaveLength(2); // ... and both are kept
  expect(a!.client.itemState('demo:o1').collisions.map((c) => c.agent)).toEqual(['bob']);
});

test('a member who opens the panel again sends nothing already shared, and what was done while closed arrives', async () => {
  const server = await startServer(tempDir());
  stops.push(server.stop);
  const a = member(server.url, 'acme', 'ann');
  const b = member(server.url, 'acme', 'bob');
  members = [a, b];
  await Promise.all(members.map(synced));
  await flag(a, ['p1', 'p2']);
  await changeStatus(a.db, 'demo:p1', 'inProgress', { agent: 'ann', now: Date.now() });
  await until(
    'bob has both, and p1 in progress',
    async () => (await b.db.items.count()) === 2 && (await b.db.items.get('demo:p1'))?.status === 'inProgress',
  );
  // Ann closes the panel; the background keeps writing (a new comment, and she answers one).
  a.client.destroy();
  await flag(a, ['p3']);
  await changeStatus(a.db, 'demo:p2', 'replied', { agent: 'ann', now: Date.now() });
  const changed: string[] = [];
  const { workMaps } = await import('@/lib/team/doc');
  workMaps(b.client.docs.work).events.observe((ev) => ev.keysChanged.forEach((k) => changed.push(k)));
  workMaps(b.client.docs.work).items.observe((ev) => ev.keysChanged.forEach((k) => changed.push(k)));
  const again = member(server.url, 'acme', 'ann', 'agent', { db: a.db });
  members.push(again);
  await synced(again);
  await until(
    'bob gets what ann did while closed',
    async () =>
      (await b.db.items.get('demo:p2'))?.status === 'replied' && (await b.db.items.get('demo:p3')) !== undefined,
  );
  await new Promise((r) => setTimeout(r, 300));
  // Only the new item and the new status change travelled, not ann's whole history again.
  expect(changed.filter((k) => k.startsWith('demo:'))).toEqual(['demo:p3']);
  expect(changed.filter((k) => !k.startsWith('demo:'))).toHaveLength(1);
});

test('two panels of one browser share each local change once', async () => {
  const server = await startServer(tempDir());
  stops.push(server.stop);
  const a = member(server.url, 'acme', 'ann');
  const second = member(server.url, 'acme', 'ann', 'agent', { db: a.db });
  const b = member(server.url, 'acme', 'bob');
  members = [a, second, b];
  await Promise.all(members.map(synced));
  await flag(a, ['d1']);
  for (let i = 0; i < 5; i++) await changeNote(a.db, 'demo:d1', `note ${i}`, { now: Date.now() + i });
  await until('bob has the last note', async () => (await b.db.items.get('demo:d1'))?.note === 'note 4');
  await a.client.flushed();
  await second.client.flushed();
  await new Promise((r) => setTimeout(r, 200));
  const { workMaps } = await import('@/lib/team/doc');
  const notes = [...workMaps(b.client.docs.work).events.values()].filter((e) => e.type === 'noteChanged');
  expect(notes.map((e) => e.note).sort()).toEqual(['note 0', 'note 1', 'note 2', 'note 3', 'note 4']);
  expect(await b.db.events.count()).toBe(5);
});

test('a restart of the server loses nothing (the real command, its data folder)', async () => {
  const data = tempDir();
  const keyFile = join(tempDir(), 'team.key');
  writeFileSync(keyFile, SECRET.toString('utf8'));
  let server = await spawnServer(data, keyFile);
  const port = new URL(server.url).port;
  const writer = member(server.url, 'acme', 'ann', 'lead');
  members = [writer];
  await synced(writer);
  await flag(writer, ['r1', 'r2']);
  await changeStatus(writer.db, 'demo:r1', 'escalated', { agent: 'ann', now: Date.now() });
  const inc = await createIncident(
    writer.db,
    { name: 'Outage', startedAt: Date.now() },
    { agent: 'ann', now: Date.now() },
  );
  await setFact(writer.db, inc.id, 'incident-confirmed', true, { agent: 'ann', now: Date.now() });
  await until(
    'writer has nothing pending',
    () => writer.client.snapshot().pending === 0 && writer.client.snapshot().synced,
    10_000,
  );
  await server.stop();
  await until('writer sees the server gone', () => writer.client.snapshot().state !== 'connected');
  server = await spawnServer(data, keyFile, Number(port));
  stops.push(server.stop);
  const fresh = member(server.url, 'acme', 'cleo');
  members.push(fresh);
  await until(
    'a new member loads everything from the restarted server',
    async () =>
      (await fresh.db.items.get('demo:r1'))?.status === 'escalated' &&
      (await fresh.db.items.count()) === 2 &&
      (await fresh.db.factEvents.count()) === 1 &&
      (await fresh.db.incidents.count()) === 1,
  );
  // The writer reconnects by itself.
  await until('writer reconnects', () => writer.client.snapshot().state === 'connected', 20_000);
});

test("a wrong team's token is refused", async () => {
  const server = await startServer(tempDir());
  stops.push(server.stop);
  const insider = member(server.url, 'acme', 'ann');
  const outsider = member(server.url, 'rival', 'eve');
  // A valid token of another team, pointed at acme's documents, and a token signed with another secret.
  const intruder = member(server.url, 'acme', 'eve', 'lead', { tokenTeam: 'rival' });
  const forger = member(server.url, 'acme', 'mallory', 'lead', {
    secret: Buffer.from('not-the-secret-not-the-secret-000'),
  });
  members = [insider, outsider, intruder, forger];
  await synced(insider);
  await flag(insider, ['secret-1']);
  await until('intruder refused', () => intruder.client.snapshot().state === 'refused');
  await until('forged token refused', () => forger.client.snapshot().state === 'refused');
  expect(intruder.client.snapshot().synced).toBe(false);
  await new Promise((r) => setTimeout(r, 200));
  expect(await intruder.db.items.count()).toBe(0);
  expect(await forger.db.items.count()).toBe(0);
  expect(server.refused.some((r) => r.includes('token of team rival for acme/'))).toBe(true);
  expect(server.refused).toContain('invalid token');
  // The other team's own documents work, and are separate.
  await synced(outsider);
  expect(await outsider.db.items.count()).toBe(0);
});
