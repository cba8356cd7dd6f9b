/**
 * Sites without a built-in adapter. Headless Chromium cannot answer the browser's permission
 * prompt, so the test grants "always on blog.example.com" the way the prompt would: in a copy
 * of the built extension whose manifest already holds that origin. Everything after the grant
 * is the shipped code: the background registers the site script for the granted origin, the
 * generic reader flags the blog's comments, the panel lists them, replies go into the WordPress
 * form, and the selector preview counts comments on the open page.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { EXTENSION_DIR } from '../../scripts/lib/chromium';
import {
  captureErrors,
  launch,
  routeFixture,
  sendToBackground,
  sendToTab,
  tabIdOf,
  waitForFlags,
  type Ext,
} from './fixtures';

const BLOG = 'https://blog.example.com/2026/11/awaria-sieci/';
const NEWS = 'https://www.dailycourier.example/tech/outage-day-two';
/** A Blogger blog on its own domain (the allowed site), served by Blogger. */
const BLOGGER = 'https://blog.example.com/2026/11/ferry-timetable-outage.html';
let dir: string;
let ext: Ext;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'stormwatch-granted-'));
  cpSync(EXTENSION_DIR, dir, { recursive: true });
  const manifestPath = join(dir, 'manifest.json');
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as { host_permissions: string[] };
  manifest.host_permissions.push('https://blog.example.com/*');
  writeFileSync(manifestPath, JSON.stringify(manifest));
  ext = await launch({ extensionDir: dir });
  await routeFixture(ext.context, 'https://blog.example.com/**', 'generic/wordpress-post.html');
  await routeFixture(ext.context, 'https://www.dailycourier.example/**', 'generic/news-article.html');
  // Registered last, so it answers before the blog's catch-all route.
  await routeFixture(ext.context, BLOGGER, 'generic/systems/blogger.html');
});
afterAll(async () => {
  await ext?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('a site the user allowed (generic adapter)', () => {
  test('the background registers the site script for the granted origin only', async () => {
    const panel = await ext.open('sidepanel.html');
    await expect
      .poll(
        () => panel.evaluate(async () => (await chrome.scripting.getRegisteredContentScripts()).map((s) => s.matches)),
        { timeout: 10_000 },
      )
      .toEqual([['https://blog.example.com/*']]);
    await panel.close();
  });

  test('flags risky comments on a WordPress blog, picks up a later one, lists them in the panel, inserts into the reply form', async () => {
    const page = await ext.context.newPage();
    const errors = captureErrors(page);
    await page.goto(BLOG);
    await waitForFlags(page, 3);
    const severity = (id: string) => page.locator(`#comment-${id}`).getAttribute('data-stormwatch-severity');
    for (const id of ['505', '503', '508']) expect(await severity(id), id).toMatch(/low|medium|high|critical/);
    for (const id of ['501', '510', '506', '507']) expect(await severity(id), id).toBeNull();
    // The HTML-like comment stayed text.
    expect(await page.locator('#comment-507 .comment-content img').count()).toBe(0);
    // A comment added later ("Newer comments" loaded in place) is picked up.
    await page.evaluate(() => {
      const copy = document.querySelector('#comment-510')!.cloneNode(true) as HTMLElement;
      copy.id = 'comment-599';
      copy.querySelector('.comment-content')!.textContent =
        'Jesteście bandą oszustów i idiotów, żądam zwrotu pieniędzy';
      document.querySelector('#comment-510')!.after(copy);
    });
    await page.locator('#comment-599[data-stormwatch-severity]').waitFor({ timeout: 10_000 });

    const panel = await ext.open('sidepanel.html');
    await panel.getByText('bandą idiotów', { exact: false }).first().waitFor({ timeout: 10_000 });
    const outcome = await sendToTab(panel, BLOG, 'insertReply', {
      commentId: 'blog.example.com/2026/11/awaria-sieci#comment-501',
      text: 'Dziękujemy, {{author}}!',
      mode: 'append',
    });
    expect(outcome).toMatchObject({ ok: true });
    expect(await page.locator('#respond textarea').inputValue()).toContain('Dziękujemy');

    const preview = await sendToTab(panel, BLOG, 'previewSelectors', {
      site: {
        host: 'blog.example.com',
        commentSelector: 'ol.comment-list > li.comment',
        textSelector: '.comment-content',
      },
    });
    // The eight top-level comments of the fixture and the one added above.
    expect(preview).toMatchObject({ comments: 9, withText: 9, sample: 'Dzięki za informację, u mnie już działa.' });
    const invalid = await sendToTab(panel, BLOG, 'previewSelectors', {
      site: { host: 'blog.example.com', commentSelector: 'li[' },
    });
    expect(invalid).toMatchObject({ comments: 0 });
    // Over the selector budget (H4): refused at once with the reason, nothing read.
    const started = Date.now();
    const everything = await sendToTab(panel, BLOG, 'previewSelectors', {
      site: { host: 'blog.example.com', commentSelector: '*' },
    });
    expect(everything).toMatchObject({ refused: 'root', withText: 0 });
    expect(Date.now() - started).toBeLessThan(2_000);
    expect(errors).toEqual([]);
    await panel.close();
    await page.close();
  });

  test('two posts with the same comment ids keep both comments apart in the queue (H2)', async () => {
    const other = 'https://blog.example.com/2026/12/druga-awaria/';
    for (const url of [BLOG, other]) {
      const page = await ext.context.newPage();
      await page.goto(url);
      await waitForFlags(page, 3);
      await page.close();
    }
    const panel = await ext.open('sidepanel.html');
    const keys = () =>
      panel.evaluate(
        () =>
          new Promise<string[]>((resolve) => {
            const req = indexedDB.open('stormwatch');
            req.onsuccess = () => {
              const all = req.result.transaction('items', 'readonly').objectStore('items').getAllKeys();
              all.onsuccess = () => resolve((all.result as string[]).filter((k) => k.endsWith('#comment-505')));
            };
          }),
      );
    await expect
      .poll(keys, { timeout: 10_000 })
      .toEqual([
        'generic:blog.example.com/2026/11/awaria-sieci#comment-505',
        'generic:blog.example.com/2026/12/druga-awaria#comment-505',
      ]);
    await panel.close();
  });

  test('a site without permission: no scanner, and "this page" without a toolbar click is refused with a clear message', async () => {
    const page = await ext.context.newPage();
    await page.goto(NEWS);
    await page.waitForTimeout(1_000);
    expect(await page.evaluate(() => document.documentElement.hasAttribute('data-stormwatch-running'))).toBe(false);
    const panel = await ext.open('sidepanel.html');
    const tabId = await tabIdOf(panel, `${NEWS}*`).catch(() => -1);
    // Without host access the panel cannot even see the tab's URL; ask by id through the background.
    const tabs = await panel.evaluate(async () => (await chrome.tabs.query({})).map((t) => ({ id: t.id, url: t.url })));
    const target = tabId >= 0 ? tabId : tabs.find((t) => !t.url)!.id!;
    const outcome = await sendToBackground(panel, 'enableSite', { tabId: target, always: false });
    expect(outcome).toMatchObject({ ok: false, message: expect.stringMatching(/toolbar/) });
    await panel.close();
    await page.close();
  });

  test('panel on about:blank and on a site without access: a friendly notice, no error (A3)', async () => {
    const blank = await ext.context.newPage();
    await blank.goto('about:blank');
    const news = await ext.context.newPage();
    await news.goto(NEWS);
    const finder = await ext.open('sidepanel.html');
    const ids = await finder.evaluate(async () =>
      (await chrome.tabs.query({})).filter((t) => !t.url?.startsWith('chrome-extension:')).map((t) => t.id!),
    );
    await finder.close();
    for (const id of ids) {
      const panel = await ext.context.newPage();
      const errors = captureErrors(panel);
      await panel.goto(ext.url(`sidepanel.html?tab=${id}`));
      await panel
        .getByText(/click the Stormwatch button in the toolbar|no adapter for|not a supported platform|web pages only/)
        .first()
        .waitFor({ timeout: 10_000 });
      await panel
        .getByText('No flagged comments yet.')
        .or(panel.locator('[role="option"]').first())
        .first()
        .waitFor({ timeout: 10_000 });
      expect(errors).toEqual([]);
      await panel.close();
    }
    await blank.close();
    await news.close();
  });

  test("Blogger: the reply box is blogger.com's frame, and inserting says so", async () => {
    const page = await ext.context.newPage();
    const errors = captureErrors(page);
    await page.goto(BLOGGER);
    await waitForFlags(page, 1);
    // What Blogger's script does on Reply: its comment frame moves under the comment and loads
    // from blogger.com (another origin; the test's browser resolves no outside host).
    await page.evaluate(() => {
      const frame = document.getElementById('comment-editor')!;
      const src = document.getElementById('comment-editor-src')!.getAttribute('href')!;
      for (const link of document.querySelectorAll('a.comment-reply[data-comment-id]'))
        link.addEventListener('click', () => {
          const id = link.getAttribute('data-comment-id')!;
          document.getElementById(`c${id}-ce`)!.append(frame);
          frame.setAttribute('src', `${src}&parentID=${id}`);
        });
    });
    const panel = await ext.open('sidepanel.html');
    const outcome = await sendToTab(panel, BLOGGER, 'insertReply', {
      commentId: 'blog.example.com/2026/11/ferry-timetable-outage.html#c4102938475610293841',
      text: 'Thanks, we are on it.',
      mode: 'replace',
    });
    expect(outcome).toMatchObject({ ok: false, reason: 'replyInFrame' });
    expect(await page.locator('#c4102938475610293841 iframe#comment-editor').count()).toBe(1);
    // Only the fixture's Blogger avatars and Blogger's frame fail to load (no outside host here).
    expect(errors.filter((e) => !e.includes('net::ERR_NAME_NOT_RESOLVED'))).toEqual([]);
    await panel.close();
    await page.close();
  });

  test('"this page" on an allowed site starts the reader in that tab at once', async () => {
    const panel = await ext.open('sidepanel.html');
    await panel.evaluate(() => chrome.scripting.unregisterContentScripts());
    const page = await ext.context.newPage();
    await page.goto(`${BLOG}?again=1`);
    await page.waitForTimeout(500);
    expect(await page.evaluate(() => document.documentElement.hasAttribute('data-stormwatch-running'))).toBe(false);
    const outcome = await sendToBackground(panel, 'enableSite', {
      tabId: await tabIdOf(panel, `${BLOG}?again=1`),
      always: false,
    });
    expect(outcome).toEqual({ ok: true });
    await waitForFlags(page, 3);
    await page.close();
  });
});
