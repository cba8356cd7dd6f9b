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

  // 1. 10,000 items, flagged by all members in batches as their pages report them.
  const t0 = performance.now();
  const per = Math.ceil(ITEMS / CLIENTS);
  const idsOf = (name: string) => {
    const i = names.indexOf(name);
    return Array.from({ length: Math.max(0, Math.min(per, ITEMS - i * per)) }, (_, j) => `${name}-${j}`);
  };
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
  const afterItems = rssMb(pid);

  // 2. 100 events a second for SECONDS seconds, from random members on random items.
  const keys = names.flatMap(idsOf).map((id) => `demo:${id}`);
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

  // 3. Convergence: the documents (same event map everywhere, nothing pending), then every member's queue.
  const t2 = performance.now();
  let docsMs = NaN;
  let converged = false;
  let final: Array<{
    queues: string[];
    entered: Array<[string, number]>;
    arrived: Array<[string, number]>;
    errors: number;
    rss: number;
  }> = [];
  while (performance.now() - t2 < 300_000) {
    const states = await Promise.all(
      workers.map((w) => w.ask<{ sizes: number[]; pending: number[] }>({ type: 'state' }, 'state')),
    );
    const sizes = states.flatMap((s) => s.sizes);
    if (new Set(sizes).size === 1 && states.every((s) => s.pending.every((p) => p === 0))) {
      docsMs ||= performance.now() - t2;
      final = await Promise.all(workers.map((w) => w.ask<(typeof final)[number]>({ type: 'queues' }, 'queues')));
      if (new Set(final.flatMap((f) => f.queues)).size === 1) {
        converged = true;
        break;
      }
    }
    await sleep(250);
  }
  const convergeMs = performance.now() - t2;
  clearInterval(sampler);
  memory.push(rssMb(pid));
  if (final.length === 0)
    final = await Promise.all(workers.map((w) => w.ask<(typeof final)[number]>({ type: 'queues' }, 'queues')));
  const enteredAt = new Map(final.flatMap((f) => f.entered));
  const lat = Float64Array.from(
    final.flatMap((f) => f.arrived.flatMap(([id, t]) => (enteredAt.has(id) ? [t - enteredAt.get(id)!] : []))),
  ).sort();
  const errors = final.reduce((s, f) => s + f.errors, 0);
  for (const w of workers) await w.ask({ type: 'stop' }, 'stopped');
  for (const w of workers) w.child.kill();
  await server.stop();

  const result = {
    date: new Date().toISOString(),
    node: process.version,
    clients: CLIENTS,
    workerProcesses: WORKERS,
    items: ITEMS,
    eventsPerSecond: RATE,
    seconds: SECONDS,
    eventsSent: sent,
    itemsSpreadSeconds: +(itemsMs / 1000).toFixed(1),
    converged,
    documentsConvergedAfterLastEventMs: Math.round(docsMs),
    queuesConvergedAfterLastEventMs: Math.round(convergeMs),
    latencyMs: {
      median: +pct(lat, 0.5).toFixed(1),
      p95: +pct(lat, 0.95).toFixed(1),
      max: +pct(lat, 1).toFixed(1),
      samples: lat.length,
    },
    serverRssMb: {
      started: Math.round(memory[0]!),
      membersJoined: Math.round(afterJoin),
      itemsLoaded: Math.round(afterItems),
      peak: Math.round(Math.max(...memory)),
      end: Math.round(memory.at(-1)!),
    },
    memberProcessRssMb: final.map((f) => Math.round(f.rss / 2 ** 20)),
    errors,
    note: 'Members share a 2-core machine with the server (fake-indexeddb, 5 members per process); latency includes their Dexie work.',
  };
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
          sent,
          String(converged),
          result.documentsConvergedAfterLastEventMs,
          result.queuesConvergedAfterLastEventMs,
          result.latencyMs.median,
          result.latencyMs.p95,
          result.serverRssMb.peak,
          errors,
        ],
      ],
    ),
  );
  if (official) {
    const out = resolve(import.meta.dirname, 'results');
    mkdirSync(out, { recursive: true });
    writeFileSync(join(out, 'team.json'), `${JSON.stringify(result, null, 2)}\n`);
  }
  process.exit(converged && errors === 0 ? 0 : 1);
}

await main();
