/**
 * `npm run bench:team`: 20 members (Node clients, each with its own Dexie database on
 * fake-indexeddb), one team server (the real command, in a child process), 10,000 flagged items
 * spread over the members, then 100 team events per second for a minute (claims, status changes
 * and notes, through the same repository functions the panel uses). Reports whether every member
 * converged to the same queue, the median and 95th percentile time from an event entering its
 * author's document to reaching another member's document, and the server's memory.
 * Writes bench/results/team.json. TEAM_BENCH_SECONDS / TEAM_BENCH_ITEMS / TEAM_BENCH_CLIENTS
 * shorten a run.
 */
import 'fake-indexeddb/auto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { changeNote, changeStatus } from '../lib/db/items';
import { ITEM_STATUSES } from '../lib/db/types';
import { workMaps } from '../lib/team/doc';
import { LOCAL } from '../lib/team/doc';
import type { TeamEvent } from '../lib/team/types';
import { closeAll, flag, member, spawnServer, synced, tempDir, until, SECRET, type Member } from '../tests/team/harness';
import { table } from './lib/table';

const CLIENTS = Number(process.env.TEAM_BENCH_CLIENTS ?? 20);
const ITEMS = Number(process.env.TEAM_BENCH_ITEMS ?? 10_000);
const SECONDS = Number(process.env.TEAM_BENCH_SECONDS ?? 60);
const RATE = 100;

const rssOf = (pid: number) => Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0) / 1024;
const pct = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.min(s.length - 1, Math.floor((s.length - 1) * p))]! : NaN;
};

/** What a member's panel would show: every item's status and note, and the owners by the rules. */
async function queueOf(m: Member): Promise<string> {
  const rows = await m.db.items.orderBy('key').toArray();
  return JSON.stringify(rows.map((r) => [r.key, r.status, r.note ?? '', m.client.itemState(r.key).owner ?? '']));
}

async function main() {
  const keyFile = join(tempDir(), 'team.key');
  writeFileSync(keyFile, SECRET.toString('utf8'));
  const server = await spawnServer(tempDir(), keyFile);
  const pid = server.child.pid!;
  const memory: number[] = [rssOf(pid)];
  const sampler = setInterval(() => memory.push(rssOf(pid)), 1000);
  const members = Array.from({ length: CLIENTS }, (_, i) => member(server.url, 'bench', `agent${i}`, i === 0 ? 'lead' : 'agent'));
  await Promise.all(members.map(synced));

  // When each event entered its author's document, and when it reached each other member's.
  const entered = new Map<string, number>();
  const latencies: number[] = [];
  for (const m of members) {
    workMaps(m.client.docs.work).events.observe((ev, tr) => {
      const t = performance.now();
      ev.keysChanged.forEach((id) => {
        if (tr.origin === LOCAL) entered.set(id, t);
        else if (entered.has(id)) latencies.push(t - entered.get(id)!);
      });
    });
  }

  // 1. 10,000 items, flagged by all members in batches as their pages report them.
  const t0 = performance.now();
  const per = Math.ceil(ITEMS / CLIENTS);
  for (let b = 0; b < per; b += 50) {
    await Promise.all(members.map((m, i) => flag(m, Array.from({ length: Math.min(50, per - b) }, (_, j) => `m${i}-${b + j}`).filter((_, j) => i * per + b + j < ITEMS))));
  }
  await until('every member has every item', async () => (await Promise.all(members.map((m) => m.db.items.count()))).every((n) => n === ITEMS), 600_000);
  const itemsMs = performance.now() - t0;
  console.log(`${ITEMS} items on ${CLIENTS} members in ${(itemsMs / 1000).toFixed(1)} s`);

  // 2. 100 events a second for SECONDS seconds, from random members on random items.
  const keys = (await members[0]!.db.items.toCollection().primaryKeys()) as string[];
  let sent = 0;
  const errors: unknown[] = [];
  const t1 = performance.now();
  let rand = 42;
  const next = () => (rand = (rand * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
  await new Promise<void>((done) => {
    const tick = setInterval(() => {
      const due = Math.floor(((performance.now() - t1) / 1000) * RATE);
      while (sent < due && sent < SECONDS * RATE) {
        const m = members[Math.floor(next() * CLIENTS)]!;
        const key = keys[Math.floor(next() * keys.length)]!;
        const r = next();
        const now = Date.now();
        if (r < 0.4) m.client.claim(key, now);
        else if (r < 0.8) changeStatus(m.db, key, ITEM_STATUSES[Math.floor(next() * ITEM_STATUSES.length)]!, { agent: m.name, now }).catch((e: unknown) => errors.push(e));
        else changeNote(m.db, key, `note ${sent} by ${m.name}`, { agent: m.name, now }).catch((e: unknown) => errors.push(e));
        sent++;
      }
      if (sent >= SECONDS * RATE) {
        clearInterval(tick);
        done();
      }
    }, 10);
  });
  const sendMs = performance.now() - t1;
  console.log(`${sent} events sent in ${(sendMs / 1000).toFixed(1)} s`);

  // 3. Convergence: first the documents (same event map everywhere, nothing pending), then every
  // member's Dexie queue (the rows the panel lists). Polled every 250 ms: polling is not free here.
  const t2 = performance.now();
  let converged = true;
  let docsMs = NaN;
  try {
    await until(
      'every document converged',
      async () => {
        const sizes = members.map((m) => workMaps(m.client.docs.work).events.size);
        const ok = new Set(sizes).size === 1 && members.every((m) => m.client.snapshot().pending === 0);
        if (!ok) await new Promise((r) => setTimeout(r, 240));
        return ok;
      },
      180_000,
    );
    docsMs = performance.now() - t2;
    await until(
      'every queue converged',
      async () => {
        await Promise.all(members.map((m) => m.client.flushed()));
        const ok = new Set(await Promise.all(members.map(queueOf))).size === 1;
        if (!ok) await new Promise((r) => setTimeout(r, 240));
        return ok;
      },
      180_000,
    );
  } catch {
    converged = false;
  }
  const convergeMs = performance.now() - t2;
  clearInterval(sampler);
  memory.push(rssOf(pid));
  const events = workMaps(members[0]!.client.docs.work).events;
  const eventCount = events.size;
  const sample = [...events.values()].slice(0, 1) as TeamEvent[];
  const bridgeErrors = members.flatMap((m) => m.errors).length + errors.length;
  await closeAll(members);
  await server.stop();

  const result = {
    date: new Date().toISOString(),
    node: process.version,
    clients: CLIENTS,
    items: ITEMS,
    eventsPerSecond: RATE,
    seconds: SECONDS,
    eventsSent: sent,
    eventsInDocument: eventCount,
    itemsSpreadSeconds: +(itemsMs / 1000).toFixed(1),
    converged,
    documentsConvergedAfterLastEventMs: Math.round(docsMs),
    queuesConvergedAfterLastEventMs: Math.round(convergeMs),
    note: 'All members run in one Node process with fake-indexeddb on a shared 2-core machine: client-side work (20 Dexie bridges) dominates the latency.',
    latencyMs: { median: +pct(latencies, 0.5).toFixed(1), p95: +pct(latencies, 0.95).toFixed(1), max: +pct(latencies, 1).toFixed(1), samples: latencies.length },
    serverRssMb: { start: Math.round(memory[0]!), peak: Math.round(Math.max(...memory)), end: Math.round(memory.at(-1)!) },
    errors: bridgeErrors,
    exampleEvent: sample[0]?.type,
  };
  console.log(
    table(
      ['clients', 'items', 'events', 'converged', 'documents after last (ms)', 'queues after last (ms)', 'median latency (ms)', 'p95 (ms)', 'server RSS peak (MB)', 'errors'],
      [[CLIENTS, ITEMS, sent, String(converged), result.documentsConvergedAfterLastEventMs, result.queuesConvergedAfterLastEventMs, result.latencyMs.median, result.latencyMs.p95, result.serverRssMb.peak, bridgeErrors]],
    ),
  );
  const out = resolve(import.meta.dirname, 'results');
  mkdirSync(out, { recursive: true });
  if (!process.env.TEAM_BENCH_SECONDS && !process.env.TEAM_BENCH_ITEMS && !process.env.TEAM_BENCH_CLIENTS) writeFileSync(join(out, 'team.json'), `${JSON.stringify(result, null, 2)}\n`);
  process.exit(converged && bridgeErrors === 0 ? 0 : 1);
}

await main();
