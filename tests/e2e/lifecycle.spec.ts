/**
 * Runtime lifecycle in Chromium with the production content script (docs/RELIABILITY.md A1, A7, C1):
 * SPA navigation resets per-page state with exactly one live observer; an extension reload tears
 * the old script down with no stale badges and no errors; hostile page CSS changes nothing.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { captureErrors, launch, routeFixture, waitForBadges, waitForFlags, type Ext } from './fixtures';

const POST = 'https://www.reddit.com/r/zefirmobile/comments/1abcde/awaria_sieci/';
const OTHER = 'https://www.reddit.com/r/zefirmobile/comments/2fghij/nowa_oferta/';
const STRICT = 'https://www.reddit.com/r/zefirmobile/comments/3klmno/strict_page/';

let ext: Ext;
beforeEach(async () => {
  ext = await launch();
  await routeFixture(ext.context, `${POST}**`, 'reddit/post-page.html');
});
afterEach(async () => {
  await ext?.close();
});

/** The fixture post in a new tab, brought to the front, scanned (its three risky comments flagged); page errors collected. */
async function openPost() {
  const page = await ext.context.newPage();
  const errors = captureErrors(page);
  await page.goto(POST);
  await page.bringToFront();
  await waitForFlags(page, 3);
  await waitForBadges(page, 1);
  return { page, errors };
}

describe('SPA navigation', () => {
  test('a client-side route change re-scans the new comment tree with one observer', async () => {
    const { page, errors } = await openPost();
    await page.evaluate((url) => {
      history.pushState({}, '', url);
      document.querySelector('shreddit-comment-tree')!.remove();
      document
        .querySelector('main')!
        .insertAdjacentHTML(
          'beforeend',
          '<shreddit-comment-tree totalcomments="2"><shreddit-comment thingid="t1_n1" author="a" depth="0"><div slot="comment"><p>Nice offer, thanks!</p></div></shreddit-comment><shreddit-comment thingid="t1_n2" author="b" depth="0"><div slot="comment"><p>Oszuści, żądam zwrotu pieniędzy!</p></div></shreddit-comment></shreddit-comment-tree>',
        );
    }, OTHER);
    await page.locator('shreddit-comment[thingid="t1_n2"][data-stormwatch-severity]').waitFor({ timeout: 10_000 });
    expect(await page.locator('html').getAttribute('data-stormwatch-observers')).toBe('1');
    expect(await page.locator('html').getAttribute('data-stormwatch-flagged')).toBe('1');
    expect(await page.locator('shreddit-comment[thingid="t1_n1"]').getAttribute('data-stormwatch-severity')).toBeNull();
    await waitForBadges(page, 1);
    await page.waitForTimeout(300);
    expect(await page.locator('stormwatch-badge').count()).toBe(1);
    expect(errors).toEqual([]);
  });
});

describe('extension reload', () => {
  test('the old content script removes its badges and stays quiet', async () => {
    const { page, errors } = await openPost();
    expect(await page.locator('stormwatch-badge').count()).toBeGreaterThan(0);
    await ext.worker.evaluate(() => chrome.runtime.reload()).catch(() => undefined);
    await page.waitForFunction(() => document.querySelectorAll('stormwatch-badge').length === 0, null, {
      timeout: 15_000,
    });
    expect(await page.locator('[data-stormwatch-severity]').count()).toBe(0);
    // The page keeps changing; nothing of the old script reacts or throws.
    await page.evaluate(() =>
      document
        .querySelector('shreddit-comment-tree')!
        .insertAdjacentHTML(
          'beforeend',
          '<shreddit-comment thingid="t1_x" author="x" depth="0"><div slot="comment"><p>idioci</p></div></shreddit-comment>',
        ),
    );
    await page.waitForTimeout(1000);
    expect(await page.locator('stormwatch-badge').count()).toBe(0);
    expect(errors).toEqual([]);
  });
});

describe('injection on install or update (A2)', () => {
  // Chromium in this harness does not bring an extension back after chrome.runtime.reload(), so
  // the update itself is not replayed here: the worker injects the script as it does on update,
  // into a tab that already runs one, and the page must still hold exactly one scanner.
  test('injecting the platforms script again starts no second scanner and no second badge', async () => {
    const { page, errors } = await openPost();
    const flagged = await page.locator('[data-stormwatch-severity]').count();
    const injected = await ext.worker.evaluate(async () => {
      const [tab] = await chrome.tabs.query({ active: true, url: 'https://www.reddit.com/*' });
      await chrome.scripting.executeScript({ target: { tabId: tab!.id! }, files: ['content-scripts/platforms.js'] });
      return tab!.id;
    });
    expect(injected).toBeGreaterThan(0);
    await page.waitForTimeout(1_500);
    expect(await page.locator('stormwatch-badge').count()).toBe(flagged);
    expect(await page.locator('html').getAttribute('data-stormwatch-observers')).toBe('1');
    await page.evaluate(() =>
      document
        .querySelector('shreddit-comment-tree')!
        .insertAdjacentHTML(
          'beforeend',
          '<shreddit-comment thingid="t1_y" author="y" depth="0"><div slot="comment"><p>Jesteście bandą idiotów i oszustów</p></div></shreddit-comment>',
        ),
    );
    await page.locator('shreddit-comment[thingid="t1_y"][data-stormwatch-severity]').waitFor({ timeout: 10_000 });
    await waitForBadges(page, flagged + 1);
    await page.waitForTimeout(300);
    expect(await page.locator('stormwatch-badge').count()).toBe(flagged + 1);
    expect(errors).toEqual([]);
  });
});

describe('injection while another copy starts (A2)', () => {
  // The browser waits for an injected script's promise, and the page's load event waits with it:
  // a copy stopped by a newer one while it waited to start must still settle.
  test('two injections back to back both settle (the load event of the page waits for them) and one scanner runs', async () => {
    const { page, errors } = await openPost();
    const settled = await ext.worker.evaluate(async () => {
      const [tab] = await chrome.tabs.query({ active: true, url: 'https://www.reddit.com/*' });
      const inject = () =>
        chrome.scripting
          .executeScript({ target: { tabId: tab!.id! }, files: ['content-scripts/platforms.js'] })
          .then(() => 'settled');
      const timeout = new Promise<string>((r) => setTimeout(() => r('pending'), 5_000));
      return Promise.all([Promise.race([inject(), timeout]), Promise.race([inject(), timeout])]);
    });
    expect(settled).toEqual(['settled', 'settled']);
    await page.waitForTimeout(500);
    expect(await page.locator('html').getAttribute('data-stormwatch-observers')).toBe('1');
    expect(errors).toEqual([]);
  });
});

describe('a page that tries to switch Stormwatch off (H8)', () => {
  test('a marker set on <html> before the script loads and forged "content script started" events change nothing', async () => {
    const page = await ext.context.newPage();
    const errors = captureErrors(page);
    // The page's own script, before anything else: the marker, and WXT's start event with the
    // (public) extension id, dispatched at once and every 20 ms, on the document and on <html>.
    await page.addInitScript((id: string) => {
      const type = `${id}:platforms:wxt:content-script-started`;
      const forge = () => {
        document.documentElement?.setAttribute('data-stormwatch-running', 'youtube');
        for (const target of [document, document.documentElement])
          target?.dispatchEvent(
            new CustomEvent(type, { bubbles: true, detail: { contentScriptName: 'platforms', messageId: 'page' } }),
          );
      };
      forge();
      document.addEventListener('readystatechange', forge);
      setInterval(forge, 20);
    }, ext.extensionId);
    await page.goto(POST);
    await page.bringToFront();
    await waitForFlags(page, 3);
    await waitForBadges(page, 1);
    await page.waitForTimeout(500);
    // Still running: a comment added now is flagged.
    await page.evaluate(() =>
      document
        .querySelector('shreddit-comment-tree')!
        .insertAdjacentHTML(
          'beforeend',
          '<shreddit-comment thingid="t1_z" author="z" depth="0"><div slot="comment"><p>Jesteście bandą idiotów i oszustów</p></div></shreddit-comment>',
        ),
    );
    await page.locator('shreddit-comment[thingid="t1_z"][data-stormwatch-severity]').waitFor({ timeout: 10_000 });
    expect(await page.locator('html').getAttribute('data-stormwatch-observers')).toBe('1');
    expect(errors).toEqual([]);
  });
});

describe('hostile page CSS', () => {
  test('a page whose Content-Security-Policy allows no inline style still shows the outline and the styled badge', async () => {
    const body = readFileSync(resolve(import.meta.dirname, '../fixtures/reddit/post-page.html'), 'utf8');
    await ext.context.route(`${STRICT}**`, (route) =>
      route.fulfill({
        status: 200,
        contentType: 'text/html; charset=utf-8',
        headers: { 'content-security-policy': "default-src 'self'; style-src 'self'" },
        body,
      }),
    );
    const page = await ext.context.newPage();
    const errors = captureErrors(page);
    await page.goto(STRICT);
    await waitForFlags(page, 3);
    await waitForBadges(page, 1);
    const look = await page.evaluate(() => {
      const flagged = getComputedStyle(document.querySelector('[data-stormwatch-severity]')!);
      const r = document.querySelector('stormwatch-badge')!.getBoundingClientRect();
      return { outline: `${flagged.outlineStyle} ${flagged.outlineWidth}`, badge: r.width > 20 && r.height >= 16 };
    });
    expect(look).toEqual({ outline: 'solid 2px', badge: true });
    // Nothing of ours is refused by the policy (a refused inline style is reported as a console error).
    expect(errors).toEqual([]);
  });

  test('the badge keeps its look and the page keeps its layout', async () => {
    const { page } = await openPost();
    const probe = () =>
      page.evaluate(() => {
        const badge = document.querySelector('stormwatch-badge')!;
        const r = badge.getBoundingClientRect();
        const post = getComputedStyle(document.querySelector('shreddit-post')!);
        const flagged = getComputedStyle(document.querySelector('[data-stormwatch-severity]')!);
        return {
          w: Math.round(r.width),
          h: Math.round(r.height),
          postMargin: post.margin,
          postFont: post.fontSize,
          outline: `${flagged.outlineStyle} ${flagged.outlineWidth}`,
        };
      });
    const before = await probe();
    await page.addStyleTag({
      content:
        '* { all: unset } div { margin: 5em } html { font-size: 6px } :root { --x: red } button { color: transparent !important }',
    });
    const after = await probe();
    expect(after.w).toBe(before.w);
    expect(after.h).toBe(before.h);
    // The flagged comment's outline comes from our one page rule, and the hostile sheet does not undo it.
    expect(before.outline).toBe('solid 2px');
    expect(after.outline).toBe('solid 2px');
    // Our styles do not reach the page: without the hostile sheet the post looks as it did.
    expect(before.postMargin).toBe('0px');
    // At rest a badge is no stacking context of its own (cheap to paint by the thousand); an open
    // tooltip is raised above the page and the badges of the comments below it, and put back after.
    const placed = () =>
      page.evaluate(() => {
        const cs = getComputedStyle(document.querySelector('stormwatch-badge')!);
        return { position: cs.position, z: cs.zIndex };
      });
    expect(await placed()).toEqual({ position: 'static', z: 'auto' });
    await page.locator('stormwatch-badge').first().hover();
    expect(await placed()).toEqual({ position: 'relative', z: '2147483647' });
    await page.mouse.move(0, 0);
    expect(await placed()).toEqual({ position: 'static', z: 'auto' });
  });
});
