/**
 * Team test harness: a team server on 127.0.0.1 with a temporary data folder (in this process, or the
 * real `scripts/team-server.ts` in a child process), and Node clients each with their own Dexie
 * database on fake-indexeddb, connected through `ws`.
 */
import 'fake-indexeddb/auto';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import WebSocket from 'ws';
import { StormwatchDB } from '@/lib/db/schema';
import { saveObserved } from '@/lib/db/items';
import { connectTeam, type TeamClient } from '@/lib/team/client';
import { createTeamServer } from '@/lib/team/server';
import { issueToken } from '@/lib/team/token';
import type { TeamRole } from '@/lib/team/types';
import { observed } from '../helpers';

export const SECRET = Buffer.from('test-secret-0123456789abcdef-0123456789');
export const tempDir = (prefix = 'sw-team-') => mkdtempSync(join(tmpdir(), prefix));

export interface RunningServer {
  url: string;
  refused: string[];
  stop(): Promise<void>;
}

/** A team server in this process on a free port. */
export async function startServer(
  dataDir: string,
  extra: { redis?: { host: string; port: number } } = {},
): Promise<RunningServer> {
  const refused: string[] = [];
  const server = createTeamServer({
    port: 0,
    dataDir,
    secret: SECRET,
    quiet: true,
    storeDebounce: 100,
    onRefused: (r) => refused.push(r),
    ...extra,
  });
  await server.listen();
  return { url: `ws://127.0.0.1:${server.address.port}`, refused, stop: () => server.destroy() };
}

/** The real command (`tsx scripts/team-server.ts`) in a child process; resolves once it printed its address. */
export async function spawnServer(
  dataDir: string,
  secretFile: string,
  port = 0,
): Promise<RunningServer & { child: ChildProcess }> {
  const root = resolve(import.meta.dirname, '../..');
  // One process (node --import tsx), so its pid is the server's (memory figures, signals).
  const child = spawn(
    process.execPath,
    [
      '--import',
      'tsx',
      'scripts/team-server.ts',
      '--port',
      String(port),
      '--data',
      dataDir,
      '--secret-file',
      secretFile,
    ],
    { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  const refused: string[] = [];
  let out = '';
  const url = await new Promise<string>((ok, fail) => {
    const timer = setTimeout(() => fail(new Error(`team server did not start: ${out}`)), 20_000);
    child.stderr!.on('data', (d: Buffer) => (out += d.toString()));
    child.stdout!.on('data', (d: Buffer) => {
      out += d.toString();
      for (const line of d.toString().split('\n')) if (line.startsWith('refused:')) refused.push(line);
      const m = /listening on (ws:\/\/[^ ]+)/.exec(out);
      if (m) {
        clearTimeout(timer);
        ok(m[1]!);
      }
    });
    child.on('exit', (code) => fail(new Error(`team server exited (${code}): ${out}`)));
  });
  const stop = () =>
    new Promise<void>((ok) => {
      if (child.exitCode !== null) return ok();
      child.once('exit', () => ok());
      child.kill('SIGTERM');
    });
  return { url, refused, child, stop };
}

export interface Member {
  name: string;
  db: StormwatchDB;
  client: TeamClient;
  errors: unknown[];
}

/** A member with a fresh local database, connected with a token signed by `secret` (for `tokenTeam`, normally the same team). */
export function member(
  url: string,
  team: string,
  name: string,
  role: TeamRole = 'agent',
  opts: { secret?: Buffer; tokenTeam?: string; db?: StormwatchDB } = {},
): Member {
  const db = opts.db ?? new StormwatchDB(`team-${name}-${Math.random().toString(36).slice(2)}`);
  const token = issueToken(
    { team: opts.tokenTeam ?? team, name, role, iat: Math.floor(Date.now() / 1000) },
    opts.secret ?? SECRET,
  );
  const errors: unknown[] = [];
  const client = connectTeam(
    db,
    { url, token, team, name, role },
    { WebSocketPolyfill: WebSocket, onError: (e) => errors.push(e) },
  );
  return { name, db, client, errors };
}

/** Poll until `check` is true (or throw with `what` after `ms`). */
export async function until(what: string, check: () => boolean | Promise<boolean>, ms = 10_000): Promise<number> {
  const start = performance.now();
  for (;;) {
    if (await check()) return performance.now() - start;
    if (performance.now() - start > ms) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 10));
  }
}

/** Flag comments on a member's browser the way the background stores them. */
export function flag(m: Member, ids: string[], now = Date.now()): Promise<number> {
  return saveObserved(
    m.db,
    {
      pageUrl: 'https://example.test/post',
      pageTitle: 'Post',
      comments: ids.map((id) => observed(id, `author-${id}`, `comment ${id} is a scam`, 'high')),
      threads: [],
    },
    1,
    now,
  );
}

export const synced = (m: Member) => until(`${m.name} synced`, () => m.client.snapshot().synced);

export async function closeAll(members: Member[]): Promise<void> {
  for (const m of members) {
    m.client.destroy();
    m.db.close();
  }
}
