/**
 * `npm run bench:team`: 20 members, one team server (the real command, in its own process),
 * 10,000 flagged items spread over the members, then 100 team events per second for a minute
 * (claims, status changes and notes through the same repository functions the panel uses).
 * Members run in 4 worker processes (bench/team-worker.ts), each member with its own Dexie on
 * fake-indexeddb, as separate browsers would. Reports whether every member converged to the same
 * document and the same queue, the time from an event entering its author's document to reaching
 * another member's (median, p95), and the server's memory. Writes bench/results/team.json.
 * TEAM_BENCH_SECONDS / TEAM_BENCH_ITEMS / TEAM_BENCH_CLIENTS / TEAM_BENCH_WORKERS shorten a run
 * (and then write no result file).
 */
import { fork, type ChildProcess } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { spawnServer, tempDir, SECRET } from '../tests/team/harness';
import { table } from './lib/table';

const CLIENTS = Number(process.env.TEAM_BENCH_CLIENTS ?? 20);
const ITEMS = Number(process.env.TEAM_BENCH_ITEMS ?? 10_000);
const SECONDS = Number(process.env.TEAM_BENCH_SECONDS ?? 60);
const WORKERS = Math.min(CLIENTS, Number(process.env.TEAM_BENCH_WORKERS ?? 4));
const RATE = 100;
const official = !['TEAM_BENCH_SECONDS', 'TEAM_BENCH_ITEMS', 'TEAM_BENCH_CLIENTS', 'TEAM_BENCH_WORKERS'].some(
  (k) => process.env[k],
);

const rssMb = (pid: number) =>
  Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0) / 1024;
const pct = (xs: Float64Array, p: number) =>
  xs.length ? xs[Math.min(xs.length - 1, Math.floor((xs.length - 1) * p))]! : NaN;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

interface Worker {
  child: ChildProcess;
  names: string[];
  ask<T>(msg: object, answer: string): Promise<T>;
}

function startWorker(names: string[]): Worker {
  const child = fork(resolve(import.meta.dirname, 'team-worker.ts'), [], {
    execArgv: ['--import', 'tsx'],
    stdio: ['ignore', 'inherit', 'ignore', 'ipc'],
  });
  return {
    child,
    names,
    ask<T>(msg: object, answer: string) {
      return new Promise<T>((ok, fail) => {
        const on = (m: { type: string; message?: string }) => {
          if (m.type === 'error') fail(new Error(m.message));
          else if (m.type === answer) ok(m as T);
          else return;
          child.off('message', on);
        };
        child.on('message', on);
        child.send(msg);
      });
    },
  };
}

/** What each worker reports at the end: its members' queues, event times, errors and memory. */
interface Final {
  queues: string[];
  entered: Array<[string, number]>;
  arrived: Array<[string, number]>;
  errors: number;
  rss: number;
}

const finals = (workers: Worker[]) => Promise.all(workers.map((w) => w.ask<Final>({ type: 'queues' }, 'queues')));

/** The item ids of each member: ITEMS spread evenly, `<name>-<n>`. */
function itemIds(names: string[]) {
  const per = Math.ceil(ITEMS / CLIENTS);
  return (name: string) => {
    const i = names.indexOf(name);
    return Array.from({ length: Math.max(0, Math.min(per, ITEMS - i * per)) }, (_, j) => `${name}-${j}`);
  };
}

/** 1. The items, flagged by all members in batches as their pages report them, until every member has all. */
async function spreadItems(workers: Worker[], idsOf: (name: string) => string[]): Promise<number> {
  const t0 = performance.now();
  await Promise.all(workers.map((w) => w.ask({ type: 'flag', ids: w.names.map(idsOf) }, 'flagged')));
  for (;;) {
    const counts = (
      await Promise.all(workers.map((w) => w.ask<{ counts: number[] }>({ type: 'counts' }, 'counts')))
    ).flatMap((r) => r.counts);
    if (counts.every((n) => n === ITEMS)) break;
    await sleep(500);
  }
  const itemsMs = performance.now() - t0;
  console.log(`${ITEMS} items on ${CLIENTS} members in ${(itemsMs / 1000).toFixed(1)} s`);
  return itemsMs;
}

/** 2. RATE events a second for SECONDS seconds, from random members on random items. Returns how many. */
async function sendEvents(workers: Worker[], keys: string[]): Promise<number> {
  const t1 = performance.now();
  const sent = (
    await Promise.all(
      workers.map((w, i) =>
        w.ask<{ sent: number }>(
          { type: 'events', keys, perSecond: RATE / WORKERS, seconds: SECONDS, seed: 42 + i },
          'sent',
        ),
      ),
    )
  ).reduce((s, r) => s + r.sent, 0);
  console.log(`${sent} events sent in ${((performance.now() - t1) / 1000).toFixed(1)} s`);
  return sent;
}

/**
 * 3. Convergence: the documents (same event map everywhere, nothing pending), then every member's
 * queue. Gives up after five minutes.
 */
async function converge(workers: Worker[]) {
  const t2 = performance.now();
  let docsMs = NaN;
  let final: Final[] = [];
  while (performance.now() - t2 < 300_000) {
    const states = await Promise.all(
      workers.map((w) => w.ask<{ sizes: number[]; pending: number[] }>({ type: 'state' }, 'state')),
    );
    const sizes = states.flatMap((s) => s.sizes);
    if (new Set(sizes).size === 1 && states.every((s) => s.pending.every((p) => p === 0))) {
      docsMs ||= performance.now() - t2;
      final = await finals(workers);
      if (new Set(final.flatMap((f) => f.queues)).size === 1)
        return { converged: true, docsMs, convergeMs: performance.now() - t2, final };
    }
    await sleep(250);
  }
  return { converged: false, docsMs, convergeMs: performance.now() - t2, final };
}

/** Time from an event entering its author's document to reaching each other member's, sorted. */
function latencies(final: Final[]): Float64Array {
  const enteredAt = new Map(final.flatMap((f) => f.entered));
  return Float64Array.from(
    final.flatMap((f) => f.arrived.flatMap(([id, t]) => (enteredAt.has(id) ? [t - enteredAt.get(id)!] : []))),
  ).sort();
}

interface Measured {
  sent: number;
  itemsMs: number;
  converged: boolean;
  docsMs: number;
  convergeMs: number;
  final: Final[];
  memory: number[];
  afterJoin: number;
  afterItems: number;
}

/** The result file's content. */
function resultOf(m: Measured) {
  const lat = latencies(m.final);
  return {
    date: new Date().toISOString(),
    node: process.version,
    clients: CLIENTS,
    workerProcesses: WORKERS,
    items: ITEMS,
    eventsPerSecond: RATE,
    seconds: SECONDS,
    eventsSent: m.sent,
    itemsSpreadSeconds: +(m.itemsMs / 1000).toFixed(1),
    converged: m.converged,
    documentsConvergedAfterLastEventMs: Math.round(m.docsMs),
    queuesConvergedAfterLastEventMs: Math.round(m.convergeMs),
    latencyMs: {
      median: +pct(lat, 0.5).toFixed(1),
      p95: +pct(lat, 0.95).toFixed(1),
      max: +pct(lat, 1).toFixed(1),
      samples: lat.length,
    },
    serverRssMb: {
      started: Math.round(m.memory[0]!),
      membersJoined: Math.round(m.afterJoin),
      itemsLoaded: Math.round(m.afterItems),
      peak: Math.round(Math.max(...m.memory)),
      end: Math.round(m.memory.at(-1)!),
    },
    memberProcessRssMb: m.final.map((f) => Math.round(f.rss / 2 ** 20)),
    errors: m.final.reduce((s, f) => s + f.errors, 0),
    note: 'Members share a 2-core machine with the server (fake-indexeddb, 5 members per process); latency includes their Dexie work.',
  };
}

function printResult(result: ReturnType<typeof resultOf>) {
  console.log(
    table(
      [
        'clients',
        'items',
        'events',
        'converged',
        'documents after last (ms)',
        'queues after last (ms)',
        'median latency (ms)',
        'p95 (ms)',
        'server RSS peak (MB)',
        'errors',
      ],
      [
        [
          CLIENTS,
          ITEMS,
          result.eventsSent,
          String(result.converged),
          result.documentsConvergedAfterLastEventMs,
          result.queuesConvergedAfterLastEventMs,
          result.latencyMs.median,
          result.latencyMs.p95,
          result.serverRssMb.peak,
          result.errors,
        ],
      ],
    ),
  );
}

async function main() {
  const keyFile = join(tempDir(), 'team.key');
  writeFileSync(keyFile, SECRET.toString('utf8'));
  const server = await spawnServer(tempDir(), keyFile);
  const pid = server.child.pid!;
  const memory: number[] = [rssMb(pid)];
  const sampler = setInterval(() => memory.push(rssMb(pid)), 1000);
  const names = Array.from({ length: CLIENTS }, (_, i) => `agent${i}`);
  const workers = Array.from({ length: WORKERS }, (_, w) => startWorker(names.filter((_, i) => i % WORKERS === w)));
  await Promise.all(
    workers.map((w) => w.ask({ type: 'start', url: server.url, names: w.names, leads: ['agent0'] }, 'ready')),
  );
  const afterJoin = rssMb(pid);
  const idsOf = itemIds(names);
  const itemsMs = await spreadItems(workers, idsOf);
  const afterItems = rssMb(pid);
  const sent = await sendEvents(
    workers,
    names.flatMap(idsOf).map((id) => `demo:${id}`),
  );
  const run = await converge(workers);
  clearInterval(sampler);
  memory.push(rssMb(pid));
  const final = run.final.length ? run.final : await finals(workers);
  for (const w of workers) await w.ask({ type: 'stop' }, 'stopped');
  for (const w of workers) w.child.kill();
  await server.stop();

  const result = resultOf({ ...run, final, sent, itemsMs, memory, afterJoin, afterItems });
  printResult(result);
  if (official) {
    const out = resolve(import.meta.dirname, 'results');
    mkdirSync(out, { recursive: true });
    writeFileSync(join(out, 'team.json'), `${JSON.stringify(result, null, 2)}\n`);
  }
  process.exit(result.converged && result.errors === 0 ? 0 : 1);
}

await main();
