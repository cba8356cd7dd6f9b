/**
 * Team mode in the browser. Without a team: the sync code is not on the side panel's load path, is
 * never fetched, and nothing connects. With a team: two Chromium profiles with the extension, one
 * team server on 127.0.0.1; agent B sees "A is replying" on the item A opened, within a second.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { launch, waitForFlags, type Ext } from './fixtures';
import { createTeamServer } from '@/lib/team/server';
import { issueToken } from '@/lib/team/token';
import type { TeamConfig } from '@/lib/team/types';

const OUT = resolve(import.meta.dirname, '../../.output/chrome-mv3');
const SYNC_MARK = 'HocuspocusProvider';

/** Files a page loads before any dynamic import: its scripts, preloads and their static imports. */
function staticClosure(html: string): Set<string> {
  const start = [...readFileSync(join(OUT, html), 'utf8').matchAll(/(?:src|href)="\/(chunks\/[^"]+\.js)"/g)].map(
    (m) => m[1]!,
  );
  const seen = new Set<string>();
  const todo = [...start];
  while (todo.length) {
    const file = todo.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    const code = readFileSync(join(OUT, file), 'utf8');
    // Static imports only: `import … from "./x.js"` and `import "./x.js"`, not `import("./x.js")`.
    for (const m of code.matchAll(/(?:from|import)\s*["']\.\/([^"']+\.js)["']/g)) todo.push(`chunks/${m[1]}`);
  }
  return seen;
}

describe('without a team', () => {
  let ext: Ext;
  beforeAll(async () => {
    ext = await launch();
  });
  afterAll(async () => {
    await ext?.close();
  });

  test("the sync code is a separate chunk, off the panel's load path", () => {
    const chunks = readdirSync(join(OUT, 'chunks'));
    const sync = chunks.filter((f) => readFileSync(join(OUT, 'chunks', f), 'utf8').includes(SYNC_MARK));
    expect(sync).toHaveLength(1);
    for (const page of ['sidepanel.html', 'report.html', 'demo.html'])
      expect([...staticClosure(page)]).not.toContain(`chunks/${sync[0]}`);
    expect(readFileSync(join(OUT, 'background.js'), 'utf8')).not.toContain(SYNC_MARK);
    expect(readFileSync(join(OUT, 'content-scripts/platforms.js'), 'utf8')).not.toContain(SYNC_MARK);
  });

  test('the panel never fetches the sync code nor opens a connection', async () => {
    const requests: string[] = [];
    const sockets: string[] = [];
    ext.context.on('request', (r) => requests.push(r.url()));
    const panel = await ext.open('sidepanel.html');
    panel.on('websocket', (ws) => sockets.push(ws.url()));
    for (const tab of [/Queue|Kolejka/, /Replies|Odpowiedzi/, /Library|Biblioteka/, /Settings|Ustawienia/])
      await panel.getByRole('tab', { name: tab }).click();
    await panel.getByRole('region', { name: /^(Team|Zespół)$/ }).waitFor();
    await panel.waitForTimeout(500);
    const sync = readdirSync(join(OUT, 'chunks')).find((f) =>
      readFileSync(join(OUT, 'chunks', f), 'utf8').includes(SYNC_MARK),
    )!;
    expect(requests.some((u) => u.endsWith(`/chunks/${sync}`))).toBe(false);
    expect(requests.filter((u) => !u.startsWith(`chrome-extension://${ext.extensionId}/`))).toEqual([]);
    expect(sockets).toEqual([]);
    const perms = await panel.evaluate(() => chrome.permissions.getAll());
    expect(perms.origins?.some((o) => o.startsWith('http://127.0.0.1'))).toBe(false);
  });
});

describe('two members', () => {
  const secret = Buffer.from('e2e-secret-0123456789abcdef-0123456789');
  const server = createTeamServer({
    port: 0,
    dataDir: mkdtempSync(join(tmpdir(), 'sw-team-e2e-')),
    secret,
    quiet: true,
  });
  let a: Ext;
  let b: Ext;
  beforeAll(async () => {
    await server.listen();
    [a, b] = await Promise.all([launch(), launch()]);
  });
  afterAll(async () => {
    await a?.close();
    await b?.close();
    await server.destroy();
  });

  const joinAs = async (ext: Ext, name: string): Promise<Page> => {
    const config: TeamConfig = {
      url: `ws://127.0.0.1:${server.address.port}`,
      token: issueToken({ team: 'acme', name, role: 'agent', iat: 1 }, secret),
      team: 'acme',
      name,
      role: 'agent',
    };
    const panel = await ext.open('sidepanel.html');
    // The join form's permission prompt needs a real click on a browser dialog: store what it stores.
    await panel.evaluate((c) => chrome.storage.local.set({ team: c }), config);
    await panel
      .getByRole('status', { name: /^(Team|Zespół)$/ })
      .filter({ hasText: /Connected to the team|Połączono z zespołem/ })
      .waitFor({ timeout: 15_000 });
    return panel;
  };

  test('B sees "A is replying" on the item A opened, within a second', async () => {
    const fetched: string[] = [];
    a.context.on('request', (r) => fetched.push(r.url()));
    const [panelA, panelB] = await Promise.all([joinAs(a, 'Ania'), joinAs(b, 'Bartek')]);
    // In a team the panel does load the sync chunk (so the check "without a team" can fail).
    expect(
      fetched.some(
        (u) =>
          /\/chunks\/[^/]+\.js$/.test(u) &&
          readFileSync(join(OUT, 'chunks', u.split('/chunks/')[1]!), 'utf8').includes(SYNC_MARK),
      ),
    ).toBe(true);
    const demo = await a.open('demo.html');
    await waitForFlags(demo, 3);
    // A's flagged items reach B's queue through the team server.
    const firstA = panelA.locator('[role="option"]').first();
    await firstA.waitFor();
    const text = (await firstA.innerText())
      .split('\n')
      .find((l) => l.trim().length > 20)!
      .trim()
      .slice(0, 30);
    const sameB = panelB.locator('[role="option"]', { hasText: text }).first();
    await sameB.waitFor({ timeout: 15_000 });
    await sameB.click();
    await firstA.click();
    await panelA.getByRole('tab', { name: /Replies|Odpowiedzi/ }).click();
    const clicked = Date.now();
    await panelB.getByText(/Ania (is replying|odpowiada)/).waitFor({ timeout: 5_000 });
    const took = Date.now() - clicked;
    console.log(`B saw "A is replying" after ${took} ms`);
    expect(took).toBeLessThan(1000);
    // A claims; B is told before inserting.
    await panelA.getByRole('button', { name: /I’ll handle this|Zajmę się tym/ }).click();
    await panelB.getByText(/Ania (is handling this|zajmuje się tym komentarzem)/).waitFor({ timeout: 5_000 });
  });
});
