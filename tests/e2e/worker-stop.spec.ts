/**
 * The service worker stopped between the steps of the main flow (docs/RELIABILITY.md A5): Chrome stops
 * idle workers, so nothing may live only in its memory. Stopped through the DevTools protocol.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { ownTabId, launch, routeFixture, stopWorker as stopAll, waitForFlags, type Ext } from './fixtures';

let ext: Ext;
beforeAll(async () => {
  ext = await launch();
});
afterAll(async () => {
  await ext?.close();
});

async function stopWorker(page: Page): Promise<void> {
  expect(await stopAll(ext.context, page), 'the service worker was stopped').toBe(true);
}

describe('service worker stopped between steps', () => {
  test('scan → stop → new comments stored → stop → status change → stop → status shown and export works', async () => {
    const page = await ext.open('demo.html');
    await waitForFlags(page, 3);
    await stopWorker(page);
    // New comments wake the worker with a message; it must store them without any in-memory state.
    await page.click('#simulate');
    await page.click('#simulate');
    const panel = await ext.open('sidepanel.html');
    await panel.locator('[role="option"]').filter({ hasText: 'you are frauds' }).first().waitFor({ timeout: 15_000 });
    await stopWorker(page);
    await panel.locator('[role="option"]').filter({ hasText: 'you are frauds' }).first().click();
    await panel.getByRole('button', { name: /^(Resolved|Rozwiązane)$/ }).click();
    await panel.getByRole('button', { name: /^(Resolved|Rozwiązane)$/, pressed: true }).waitFor();
    await stopWorker(page);
    await panel.reload();
    await panel.locator('[role="option"]').filter({ hasText: 'you are frauds' }).first().click();
    expect(await panel.getByRole('button', { name: /^(Resolved|Rozwiązane)$/ }).getAttribute('aria-pressed')).toBe(
      'true',
    );
    // The tab's scanning state lives in session storage, not in the worker's memory.
    const demoTab = await ownTabId(page);
    const status = await panel.evaluate(
      (tabId) =>
        new Promise((resolve) =>
          chrome.runtime.sendMessage({ id: 9, type: 'getTabStatus', data: { tabId }, timestamp: Date.now() }, resolve),
        ),
      demoTab,
    );
    expect(status).toMatchObject({ res: { platform: 'demo', state: 'scanning' } });
    await panel.locator('.export-menu summary').click();
    const [file] = await Promise.all([
      panel.waitForEvent('download'),
      panel.getByRole('button', { name: /^CSV/ }).click(),
    ]);
    expect(await file.path()).toBeTruthy();
  });
});

// The protocol takes about 250 ms per stop here, so this does not reproduce the review's loss
// (600 of 3,000 left unscored, with a stop every 50 ms); it checks the whole path under repeated
// stops. The loss itself is reproduced in tests/unit/reliability/scanner-recovery.test.ts.
describe('service worker stopped over and over while comments stream in (H9)', () => {
  test('stopped every 50 ms for 8 s while 3,000 comments arrive: every one is scored after the worker comes back', async () => {
    const POST = 'https://www.reddit.com/r/zefirmobile/comments/9zzzzz/storm/';
    await routeFixture(ext.context, `${POST}**`, 'reddit/post-page.html');
    const page = await ext.context.newPage();
    await page.goto(POST);
    await page.bringToFront();
    await waitForFlags(page, 3);
    const before = Number(await page.locator('html').getAttribute('data-stormwatch-flagged'));
    const cdp = await ext.context.newCDPSession(page);
    await cdp.send('ServiceWorker.enable');
    const end = Date.now() + 8_000;
    let stops = 0;
    const stopping = (async () => {
      while (Date.now() < end) {
        await cdp.send('ServiceWorker.stopAllWorkers').catch(() => undefined);
        stops++;
        await new Promise((r) => setTimeout(r, 50));
      }
    })();
    for (let burst = 0; burst < 30; burst++) {
      await page.evaluate((b) => {
        const html = Array.from(
          { length: 100 },
          (_, i) =>
            `<shreddit-comment thingid="t1_s${b}_${i}" author="u${b}_${i}" depth="0"><div slot="comment"><p>Jesteście bandą idiotów i oszustów ${b}-${i}</p></div></shreddit-comment>`,
        ).join('');
        document.querySelector('shreddit-comment-tree')!.insertAdjacentHTML('beforeend', html);
      }, burst);
      await page.waitForTimeout(250);
    }
    await stopping;
    await cdp.detach().catch(() => undefined);
    // Each stop takes the protocol a while: stopped again 50 ms after the last stop returned.
    expect(stops).toBeGreaterThan(20);
    // Recovery: the batches that ran out of quick retries go again when the worker answers.
    await waitForFlags(page, before + 3_000, 60_000);
    expect(await page.locator('shreddit-comment[thingid^="t1_s"]:not([data-stormwatch-severity])').count()).toBe(0);
    await page.close();
  });
});
