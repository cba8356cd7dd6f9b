/**
 * Several server instances behind one Redis: a redis-server on 127.0.0.1 (started here, on a free
 * port, nothing saved), two team servers using it, one client on each.
 */
import { afterAll, beforeAll, expect, test } from 'vitest';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { changeStatus } from '@/lib/db/items';
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

const REDIS = process.env.REDIS_SERVER ?? 'redis-server';
const haveRedis = spawnSync(REDIS, ['--version']).status === 0;

const freePort = () =>
  new Promise<number>((ok) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => ok(port));
    });
  });

let redis: ChildProcess | null = null;
let redisPort = 0;
const servers: RunningServer[] = [];
let members: Member[] = [];

beforeAll(async () => {
  if (!haveRedis) return;
  redisPort = await freePort();
  redis = spawn(REDIS, ['--port', String(redisPort), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  await new Promise<void>((ok, fail) => {
    let out = '';
    const timer = setTimeout(() => fail(new Error(`redis-server did not start: ${out}`)), 10_000);
    redis!.stdout!.on('data', (d: Buffer) => {
      out += d.toString();
      if (out.includes('Ready to accept connections')) {
        clearTimeout(timer);
        ok();
      }
    });
  });
});

afterAll(async () => {
  await closeAll(members);
  for (const s of servers) await s.stop();
  redis?.kill('SIGTERM');
});

test.skipIf(!haveRedis)(
  "a client on each of two instances sees the other's events (redis-server not installed: skipped)",
  async () => {
    // One data folder for both (a shared volume in production): Redis' lock lets one instance write a document at a time.
    const data = tempDir();
    for (let i = 0; i < 2; i++)
      servers.push(await startServer(data, { redis: { host: '127.0.0.1', port: redisPort } }));
    expect(servers[0]!.url).not.toBe(servers[1]!.url);
    const a = member(servers[0]!.url, 'acme', 'ann');
    const b = member(servers[1]!.url, 'acme', 'bob');
    members = [a, b];
    await Promise.all(members.map(synced));
    await flag(a, ['r1']);
    const took = await until(
      "bob (other instance) sees ann's item",
      async () => (await b.db.items.get('demo:r1')) !== undefined,
    );
    await changeStatus(b.db, 'demo:r1', 'inProgress', { agent: 'bob', now: Date.now() });
    await until("ann sees bob's status", async () => (await a.db.items.get('demo:r1'))?.status === 'inProgress');
    expect(a.client.itemState('demo:r1').owner).toBe('bob');
    // Presence travels through Redis too.
    a.client.setPresence('demo:r1', true);
    await until('bob sees ann composing', () =>
      b.client.snapshot().presence.some((p) => p.name === 'ann' && p.itemKey === 'demo:r1' && p.composing),
    );
    console.log(`item across instances in ${Math.round(took)} ms`);
  },
);
