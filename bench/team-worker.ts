/**
 * One process of `npm run bench:team`: hosts some of the members (each with its own Dexie on
 * fake-indexeddb) and does what the coordinator asks over IPC. Times are wall-clock milliseconds
 * (`performance.timeOrigin + performance.now()`), comparable between processes on one machine.
 */
import 'fake-indexeddb/auto';
import { changeNote, changeStatus } from '../lib/db/items';
import { ITEM_STATUSES } from '../lib/db/types';
import { LOCAL, workMaps } from '../lib/team/doc';
import { closeAll, flag, member, synced, type Member } from '../tests/team/harness';

type Msg =
  | { type: 'start'; url: string; names: string[]; leads: string[] }
  | { type: 'flag'; ids: string[][] }
  | { type: 'counts' }
  | { type: 'events'; keys: string[]; perSecond: number; seconds: number; seed: number }
  | { type: 'state' }
  | { type: 'queues' }
  | { type: 'stop' };

const now = () => performance.timeOrigin + performance.now();
let members: Member[] = [];
const entered: Array<[string, number]> = [];
const arrived: Array<[string, number]> = [];
let errors = 0;
const reply = (m: unknown): void => {
  process.send!(m);
};

type Ask<T extends Msg['type']> = Extract<Msg, { type: T }>;

/** Join the members and note when each event enters (own) or arrives (others') in their documents. */
async function start(msg: Ask<'start'>) {
  members = msg.names.map((n) => member(msg.url, 'bench', n, msg.leads.includes(n) ? 'lead' : 'agent'));
  for (const m of members) {
    workMaps(m.client.docs.work).events.observe((ev, tr) => {
      const t = now();
      ev.keysChanged.forEach((id) => (tr.origin === LOCAL ? entered : arrived).push([id, t]));
    });
  }
  await Promise.all(members.map(synced));
}

/** Flag each member's items in batches of 50, as pages report them. */
async function flagAll(msg: Ask<'flag'>) {
  for (let b = 0; b < Math.max(...msg.ids.map((x) => x.length)); b += 50)
    await Promise.all(members.map((m, i) => flag(m, (msg.ids[i] ?? []).slice(b, b + 50))));
}

/** One event from a random member on a random key: a claim, a status change or a note. */
function oneEvent(keys: string[], next: () => number, n: number) {
  const m = members[Math.floor(next() * members.length)]!;
  const key = keys[Math.floor(next() * keys.length)]!;
  const r = next();
  const at = Date.now();
  if (r < 0.4) m.client.claim(key, at);
  else if (r < 0.8)
    void changeStatus(m.db, key, ITEM_STATUSES[Math.floor(next() * ITEM_STATUSES.length)]!, {
      agent: m.name,
      now: at,
    }).catch(() => errors++);
  else void changeNote(m.db, key, `note ${n} by ${m.name}`, { agent: m.name, now: at }).catch(() => errors++);
}

/** Events at a steady rate (a seeded generator picks who does what), checked every 10 ms. Returns how many. */
async function sendEvents(msg: Ask<'events'>): Promise<number> {
  let rand = msg.seed;
  const next = () => (rand = (rand * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
  const total = msg.perSecond * msg.seconds;
  let sent = 0;
  const t0 = performance.now();
  await new Promise<void>((done) => {
    const tick = setInterval(() => {
      const due = Math.min(total, Math.floor(((performance.now() - t0) / 1000) * msg.perSecond));
      for (; sent < due; sent++) oneEvent(msg.keys, next, sent);
      if (sent >= total) {
        clearInterval(tick);
        done();
      }
    }, 10);
  });
  return sent;
}

/** Each member's queue as one string (key, status, note, owner), once Dexie holds everything received. */
async function queues(): Promise<string[]> {
  await Promise.all(members.map((m) => m.client.flushed()));
  return Promise.all(
    members.map(async (m) =>
      JSON.stringify(
        (await m.db.items.orderBy('key').toArray()).map((r) => [
          r.key,
          r.status,
          r.note ?? '',
          m.client.itemState(r.key).owner ?? '',
        ]),
      ),
    ),
  );
}

async function handle(msg: Msg): Promise<void> {
  switch (msg.type) {
    case 'start':
      await start(msg);
      return reply({ type: 'ready' });
    case 'flag':
      await flagAll(msg);
      return reply({ type: 'flagged' });
    case 'counts':
      return reply({ type: 'counts', counts: await Promise.all(members.map((m) => m.db.items.count())) });
    case 'events':
      return reply({ type: 'sent', sent: await sendEvents(msg) });
    case 'state':
      return reply({
        type: 'state',
        sizes: members.map((m) => workMaps(m.client.docs.work).events.size),
        pending: members.map((m) => m.client.snapshot().pending),
      });
    case 'queues':
      return reply({
        type: 'queues',
        queues: await queues(),
        entered,
        arrived,
        errors: errors + members.flatMap((m) => m.errors).length,
        rss: process.memoryUsage().rss,
      });
    case 'stop':
      await closeAll(members);
      return reply({ type: 'stopped' });
  }
}

process.on('message', (msg: Msg) => {
  handle(msg).catch((e: unknown) => reply({ type: 'error', message: String(e) }));
});
