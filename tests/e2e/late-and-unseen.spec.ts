/**
 * Comments the readers were not written against, in Chromium with the production scripts:
 * a Reddit post page as served (the comment tree is a placeholder the page fetches later), and a
 * site whose comment list no named system covers (found by its structure). Headless Chromium
 * cannot answer the permission prompt for the other site, so, as in generic-sites.spec.ts, a copy
 * of the built extension already holds that origin.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { EXTENSION_DIR } from '../../scripts/lib/chromium';
import { FIXTURES, captureErrors, launch, routeFixture, tabIdOf, waitForFlags, type Ext } from './fixtures';

const POST = 'https://www.reddit.com/r/zefirmobile/comments/1abcde/awaria_sieci/';
const PARTIAL = 'https://www.reddit.com/svc/shreddit/comments/r/zefirmobile/t3_1abcde?render-mode=partial';
const NEWS = 'https://news.harbour.example/ferry-cancelled';
let dir: string;
let ext: Ext;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'stormwatch-unseen-'));
  cpSync(EXTENSION_DIR, dir, { recursive: true });
  const manifestPath = join(dir, 'manifest.json');
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as { host_permissions: string[] };
  manifest.host_permissions.push('https://news.harbour.example/*');
  writeFileSync(manifestPath, JSON.stringify(manifest));
  ext = await launch({ extensionDir: dir });

  // The post page as Reddit serves it: the tree replaced by its placeholder; the tree itself is
  // what the placeholder's address answers.
  const html = readFileSync(resolve(FIXTURES, 'reddit/post-page.html'), 'utf8');
  const start = html.indexOf('<shreddit-comment-tree');
  const end = html.indexOf('</shreddit-comment-tree>') + '</shreddit-comment-tree>'.length;
  expect(start).toBeGreaterThan(0);
  const tree = html.slice(start, end);
  const page = `${html.slice(0, start)}<faceplate-partial name="TopComments_x" src="${PARTIAL.replace('https://www.reddit.com', '')}" loading="preload"></faceplate-partial>${html.slice(end)}`;
  await ext.context.route(`${POST}**`, (route) =>
    route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: page }),
  );
  await ext.context.route(`${PARTIAL}**`, (route) =>
    route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: tree }),
  );
  await routeFixture(ext.context, `${NEWS}**`, 'generic/structure/nested-list.html');
});
afterAll(async () => {
  await ext?.close();
  rmSync(dir, { recursive: true, force: true });
});

test('Reddit: "not loaded yet" while the tree is a placeholder, then its comments are marked when it lands', async () => {
  const page = await ext.context.newPage();
  const errors = captureErrors(page);
  await page.goto(POST);
  const panel = await ext.open('sidepanel.html');
  const tabId = await tabIdOf(panel, 'https://www.reddit.com/*');
  await panel.goto(ext.url(`sidepanel.html?tab=${tabId}`));
  await panel
    .getByText(/^(Comments are not loaded yet \(Reddit\)|Komentarze nie są jeszcze wczytane \(Reddit\))/)
    .waitFor({ timeout: 15_000 });
  expect(await page.locator('[data-stormwatch-severity]').count()).toBe(0);

  // The page fetches the placeholder's contents and puts them in its place.
  await page.evaluate(async () => {
    const partial = document.querySelector('faceplate-partial[src*="/svc/shreddit/comments/"]')!;
    const body = await (await fetch(partial.getAttribute('src')!)).text();
    partial.outerHTML = body;
  });
  await waitForFlags(page, 3);
  for (const id of ['t1_r004', 't1_r003', 't1_r010'])
    await page
      .locator(`shreddit-comment[thingid="${id}"][data-stormwatch-severity]`)
      .first()
      .waitFor({ timeout: 10_000 });
  for (const id of ['t1_r001', 't1_r013', 't1_r006'])
    expect(
      await page.locator(`shreddit-comment[thingid="${id}"]`).first().getAttribute('data-stormwatch-severity'),
      id,
    ).toBeNull();
  await panel.getByText(/not loaded yet|nie są jeszcze wczytane/).waitFor({ state: 'detached', timeout: 10_000 });
  // The panel's selector health now counts the landed comments.
  await panel.locator('details.page-health summary').click();
  await panel.getByText(/^(Comments read: 13|Odczytane komentarze: 13)$/).waitFor({ timeout: 10_000 });
  expect(await panel.locator('details.page-health tbody tr').count()).toBeGreaterThan(0);
  expect(errors).toEqual([]);
  await panel.close();
  await page.close();
});

test('a site with a comment list no named system covers: found by its structure and marked', async () => {
  const page = await ext.context.newPage();
  const errors = captureErrors(page);
  await page.goto(NEWS);
  await waitForFlags(page, 1);
  const flagged = await page
    .locator('[data-stormwatch-severity]')
    .evaluateAll((els) => els.map((e) => e.getAttribute('data-key')));
  expect(flagged).toEqual(['r3']);
  // A reply added later in the same structure is picked up.
  await page.evaluate(() => {
    const li = document.querySelector('li[data-key="r4"]')!.cloneNode(true) as HTMLElement;
    li.dataset.key = 'r5';
    li.querySelector('p')!.textContent = 'You are all idiots and liars, refund my ticket now';
    document.querySelector('li[data-key="r4"]')!.after(li);
  });
  await page.locator('li[data-key="r5"][data-stormwatch-severity]').waitFor({ timeout: 10_000 });
  expect(await page.locator('li[data-key="r1"]').getAttribute('data-stormwatch-severity')).toBeNull();
  expect(errors).toEqual([]);
  await page.close();
});
