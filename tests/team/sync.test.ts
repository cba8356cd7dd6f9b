/**
 * Team mode end to end in Node: a real team server on 127.0.0.1, two and five clients with their own
 * Dexie databases (fake-indexeddb), the same repository functions the panel and background use.
 */
import { afterEach, describe, expect, test } from 'vitest';
import { changeNote, changeStatus } from '@/lib/db/items';
import { saveTemplate, approveTemplate, deleteTemplate } from '@/lib/db/templates';
import { libraryMap } from '@/lib/team/doc';
import type { ReplyTemplate } from '@/lib/library/types';
import {
  closeAll,
  flag,
  member,
  startServer,
  synced,
  tempDir,
  until,
  type Member,
  type RunningServer,
} from './harness';

let server: RunningServer | null = null;
let members: Member[] = [];
afterEach(async () => {
  await closeAll(members);
  members = [];
  await server?.stop();
  server = null;
});

const team = async (n: number, roles: Array<'agent' | 'lead'> = []) => {
  server = await startServer(tempDir());
  members = Array.from({ length: n }, (_, i) => member(server!.url, 'acme', `m${i}`, roles[i] ?? 'agent'));
  await Promise.all(members.map(synced));
  return members;
};

const template = (id: string, body: string, now: number): ReplyTemplate => ({
  id,
  title: `T ${id}`,
  body,
  language: 'en',
  tone: 'empathetic',
  categories: ['complaint'],
  tags: [],
  variables: [],
  status: 'draft',
  createdAt: now,
  updatedAt: now,
  usageCount: 0,
  origin: 'user',
});

describe.each([2, 5])('%i clients', (n) => {
  test('an item flagged on one appears on the others, with its status and notes', async () => {
    const [a, ...others] = await team(n);
    await flag(a!, ['c1']);
    for (const m of others)
      await until(`${m.name} sees c1`, async () => (await m.db.items.get('demo:c1')) !== undefined);
    const seen = await others[0]!.db.items.get('demo:c1');
    expect(seen).toMatchObject({ author: 'author-c1', severity: 'high', status: 'new' });
    await changeStatus(a!.db, 'demo:c1', 'inProgress', { agent: 'm0', now: Date.now() });
    await changeNote(a!.db, 'demo:c1', 'calling the customer', { now: Date.now() + 1 });
    for (const m of others)
      await until(`${m.name} sees the status`, async () => (await m.db.items.get('demo:c1'))?.status === 'inProgress');
    for (const m of others)
      await until(
        `${m.name} sees the note`,
        async () => (await m.db.items.get('demo:c1'))?.note === 'calling the customer',
      );
    // The response log reaches everyone, once.
    const log = await others.at(-1)!.db.events.where('itemKey').equals('demo:c1').toArray();
    expect(log.map((e) => e.type).sort()).toEqual(['noteChanged', 'statusChanged']);
    expect(members.flatMap((m) => m.errors)).toEqual([]);
  });

  test('concurrent claims resolve to one owner everywhere and the collision is reported', async () => {
    const ms = await team(n);
    await flag(ms[0]!, ['c2']);
    for (const m of ms) await until(`${m.name} has c2`, async () => (await m.db.items.get('demo:c2')) !== undefined);
    const now = Date.now();
    // Everyone claims at once, each before hearing from the others.
    ms.forEach((m, i) => m.client.claim('demo:c2', now + (n - i)));
    const winner = `m${n - 1}`; // the earliest claim
    for (const m of ms)
      await until(
        `${m.name} agrees on the owner`,
        () =>
          m.client.itemState('demo:c2').owner === winner && m.client.itemState('demo:c2').collisions.length === n - 1,
      );
    for (const m of ms) expect(m.client.handledBy('demo:c2')).toBe(m.name === winner ? null : winner);
    const collided = ms[0]!.client
      .itemState('demo:c2')
      .collisions.map((c) => c.agent)
      .sort();
    expect(collided).toEqual(
      ms
        .filter((m) => m.name !== winner)
        .map((m) => m.name)
        .sort(),
    );
    // A later claimer is told at once.
    expect(ms[0]!.client.claim('demo:c2')).toBe(winner);
  });
});

test('an agent cannot change the approved library (the server refuses), a lead can', async () => {
  const [lead, agent, other] = await team(3, ['lead', 'agent', 'agent']);
  const now = Date.now();
  await saveTemplate(lead!.db, template('t-lead', 'We are on it.', now), now);
  await approveTemplate(lead!.db, 't-lead', 'm0', now + 1);
  for (const m of [agent!, other!])
    await until(
      `${m.name} gets the approved template`,
      async () => (await m.db.templates.get('t-lead'))?.status === 'approved',
    );
  expect(agent!.client.snapshot().libraryWritable).toBe(false);
  expect(lead!.client.snapshot().libraryWritable).toBe(true);
  // The agent writes straight into the library document, past the bridge: the server drops it.
  const lib = libraryMap(agent!.client.docs.library);
  lib.set('t-agent', template('t-agent', 'Forged approval.', now));
  lib.set('t-lead', { ...lib.get('t-lead')!, body: 'Changed by an agent.', updatedAt: now + 10 });
  // A later lead change still arrives, so the agent's writes had their chance to travel.
  await saveTemplate(lead!.db, template('t-lead-2', 'Second.', now + 20), now + 20);
  await until(
    'other agent gets the second lead template',
    async () => (await other!.db.templates.get('t-lead-2')) !== undefined,
  );
  expect(await other!.db.templates.get('t-agent')).toBeUndefined();
  expect((await other!.db.templates.get('t-lead'))?.body).toBe('We are on it.');
  expect(libraryMap(lead!.client.docs.library).has('t-agent')).toBe(false);
  // An agent's own draft is proposed: leads receive it as a draft.
  await saveTemplate(agent!.db, template('t-idea', 'Maybe this?', now + 30), now + 30);
  await until(
    'lead gets the proposal as a draft',
    async () => (await lead!.db.templates.get('t-idea@m1'))?.status === 'draft',
  );
  // An agent's edit of a library template (through the panel) is proposed too, and the agent's copy returns to the library's.
  await until('agent has the second template', async () => (await agent!.db.templates.get('t-lead-2')) !== undefined);
  const second = (await agent!.db.templates.get('t-lead-2'))!;
  await saveTemplate(agent!.db, { ...second, body: 'Second, better.' }, now + 40);
  await until(
    'lead gets the edit as a proposal',
    async () => (await lead!.db.templates.get('t-lead-2@m1'))?.body === 'Second, better.',
  );
  await until(
    "the agent's copy is the library's again",
    async () => (await agent!.db.templates.get('t-lead-2'))?.body === 'Second.',
  );
  expect((await lead!.db.templates.get('t-lead-2'))?.body).toBe('Second.');
  // A lead deletes a template: gone everywhere. An agent's deletion comes back.
  await deleteTemplate(lead!.db, 't-lead-2');
  for (const m of [agent!, other!])
    await until(
      `${m.name} loses the deleted template`,
      async () => (await m.db.templates.get('t-lead-2')) === undefined,
    );
  await deleteTemplate(agent!.db, 't-lead');
  await until("the agent's deletion is undone", async () => (await agent!.db.templates.get('t-lead')) !== undefined);
  expect(libraryMap(lead!.client.docs.library).has('t-lead')).toBe(true);
  await new Promise((r) => setTimeout(r, 200));
  expect(await lead!.db.templates.get('t-lead-2')).toBeUndefined();
  expect((await lead!.db.templates.get('t-lead'))?.status).toBe('approved');
});

test("events written in someone else's name are undone by the server", async () => {
  const [lead, agent] = await team(2, ['lead', 'agent']);
  await flag(lead!, ['c9']);
  await until('agent has c9', async () => (await agent!.db.items.get('demo:c9')) !== undefined);
  const events = agent!.client.docs.work.getMap('events');
  events.set('000000001-000-m0-forged', {
    id: '000000001-000-m0-forged',
    type: 'statusChanged',
    itemKey: 'demo:c9',
    to: 'resolved',
    at: 1,
    agent: 'm0',
    role: 'lead',
  });
  await until('the server removes the forged event', () => !events.has('000000001-000-m0-forged'));
  expect(server!.refused.some((r) => r.includes('m1'))).toBe(true);
  await lead!.client.flushed();
  expect((await lead!.db.items.get('demo:c9'))?.status).toBe('new');
});
