/**
 * Comment systems that render outside the page's own tree, in Chromium with the production
 * scripts: Coral 8+ (an open shadow root on div#coral-shadow-container) and Ghost's comments app
 * (a same-origin srcdoc frame in #ghost-comments-root). The markup is the generic fixtures'
 * (tests/fixtures/generic/systems/coral.html, ghost-threaded.html). As in generic-sites.spec.ts, a
 * copy of the built extension already holds the sites' origins.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { EXTENSION_DIR } from '../../scripts/lib/chromium';
import { FIXTURES, captureErrors, launch, waitForFlags, type Ext } from './fixtures';

const CORAL = 'https://coral.harbour.example/outage-day-two';
const GHOST = 'https://ghost.harbour.example/awaria/';
const GHOST_LATE = 'https://ghost.harbour.example/late/';
let dir: string;
let ext: Ext;

const fixture = (name: string) => readFileSync(resolve(FIXTURES, 'generic/systems', name), 'utf8');
const serve = (url: string, body: string) =>
  ext.context.route(`${url}**`, (route) =>
    route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body }),
  );

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'stormwatch-embedded-'));
  cpSync(EXTENSION_DIR, dir, { recursive: true });
  const manifestPath = join(dir, 'manifest.json');
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as { host_permissions: string[] };
  manifest.host_permissions.push('https://coral.harbour.example/*', 'https://ghost.harbour.example/*');
  writeFileSync(manifestPath, JSON.stringify(manifest));
  ext = await launch({ extensionDir: dir });

  // As Coral's stream script does after the page has loaded: it adds the host with its shadow
  // root (the stream still loading), then the comments arrive in it.
  const attach = `<script>setTimeout(() => {
    const host = document.createElement('div'); host.id = 'coral-shadow-container';
    const app = document.createElement('div'); host.attachShadow({ mode: 'open' }).append(app);
    document.getElementById('coral_thread').replaceChildren(host);
    setTimeout(() => app.append(document.getElementById('coral-shadow-content').content.cloneNode(true)), 1200);
  }, 300);</script>`;
  await serve(CORAL, fixture('coral.html').replace('</body>', `${attach}</body>`));
  // Ghost's app writes its markup into an iframe with srcdoc.
  const inner = fixture('ghost-threaded.html').replace(/"/g, '&quot;');
  // The app fills its frame a while after the page has loaded (as when the reader scrolls to it).
  const body = JSON.stringify(fixture('ghost-threaded.html').replace(/^[\s\S]*<body>|<\/body>[\s\S]*$/g, ''));
  await serve(
    GHOST_LATE,
    `<!doctype html><html lang="pl"><body><article><h1>Awaria</h1></article><div id="ghost-comments-root"><iframe title="comments-frame" style="width:100%;height:900px;border:0" srcdoc="<!doctype html><body></body>"></iframe></div><script>setTimeout(() => { document.querySelector('iframe').contentDocument.body.innerHTML = ${body.replace(/</g, '\\u003c')}; }, 1500);</script></body></html>`,
  );
  await serve(
    GHOST,
    `<!doctype html><html lang="pl"><body><article><h1>Awaria</h1><p>Sieć działa.</p></article><div id="ghost-comments-root"><iframe title="comments-frame" style="width:100%;height:900px;border:0" srcdoc="${inner}"></iframe></div></body></html>`,
  );
});
afterAll(async () => {
  await ext?.close();
  rmSync(dir, { recursive: true, force: true });
});

test('the background registers the site script for both origins', async () => {
  const panel = await ext.open('sidepanel.html');
  await expect
    .poll(
      () =>
        panel.evaluate(async () => (await chrome.scripting.getRegisteredContentScripts()).flatMap((r) => r.matches)),
      { timeout: 10_000 },
    )
    .toEqual(expect.arrayContaining(['https://coral.harbour.example/*', 'https://ghost.harbour.example/*']));
  await panel.close();
});

test("Coral: comments in the stream's open shadow root are read and the risky ones marked", async () => {
  const page = await ext.context.newPage();
  const errors = captureErrors(page);
  const start = Date.now();
  await page.goto(CORAL);
  await waitForFlags(page, 1, 30_000);
  // Seen through the stream's own observer, not the page's later second look (NO_COMMENTS_AFTER_MS).
  expect(Date.now() - start).toBeLessThan(7_000);
  const flagged = await page.evaluate(() =>
    Array.from(
      document.getElementById('coral-shadow-container')!.shadowRoot!.querySelectorAll('[data-stormwatch-severity]'),
    ).map((e) => e.id),
  );
  expect(flagged).toContain('comment-5b2c1a9e-0002');
  expect(flagged).not.toContain('comment-5b2c1a9e-0001');
  // Page stylesheets do not cross the shadow root: the outline rule is put inside it as well.
  const outlines = await page.evaluate(() =>
    Array.from(
      document.getElementById('coral-shadow-container')!.shadowRoot!.querySelectorAll('[data-stormwatch-outline]'),
    ).map((e) => getComputedStyle(e).outlineStyle),
  );
  expect(outlines.length).toBeGreaterThan(0);
  expect(new Set(outlines)).toEqual(new Set(['solid']));
  expect(errors).toEqual([]);
  await page.close();
});

test("Ghost: comments in the app's same-origin frame are read and the risky ones marked", async () => {
  const page = await ext.context.newPage();
  const errors = captureErrors(page);
  await page.goto(GHOST);
  await waitForFlags(page, 1, 30_000);
  const frame = page.frame({ url: /srcdoc/ })!;
  const flagged = await frame.evaluate(() =>
    Array.from(document.querySelectorAll('[data-stormwatch-severity]')).map((e) => e.querySelector('[id]')?.id ?? e.id),
  );
  expect(flagged).toContain('6745a1f0c2b1a40001a1c002');
  expect(flagged).not.toContain('6745a1f0c2b1a40001a1c001');
  // The page's stylesheet does not reach into the frame: the outline rule is put in the frame too.
  const outlines = await frame.evaluate(() =>
    Array.from(document.querySelectorAll('[data-stormwatch-outline]')).map((e) => getComputedStyle(e).outlineStyle),
  );
  expect(outlines.length).toBeGreaterThan(0);
  expect(new Set(outlines)).toEqual(new Set(['solid']));
  expect(errors).toEqual([]);
  await page.close();
});

test('Ghost: comments that arrive in the frame after the page has loaded are marked when they land', async () => {
  const page = await ext.context.newPage();
  const errors = captureErrors(page);
  await page.goto(GHOST_LATE);
  const start = Date.now();
  await waitForFlags(page, 1, 30_000);
  // Seen through the frame's own observer, not the page's later second look (NO_COMMENTS_AFTER_MS).
  expect(Date.now() - start).toBeLessThan(7_000);
  expect(errors).toEqual([]);
  await page.close();
});
