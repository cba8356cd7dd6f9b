/**
 * The service worker stopped between the steps of the main flow (docs/RELIABILITY.md A5): Chrome stops
 * idle workers, so nothing may live only in its memory. Stopped through the DevTools protocol.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { ownTabId, launch, routeFixture, stopWorker as stopAll, waitForFlags, type Ext } from './fixtures';

let ext: Ext;
beforeAll(async () => {
  // Another build may be tried (the old code path, for one): STORMWATCH_EXTENSION_DIR.
  ext = await launch({ extensionDir: process.env.STORMWATCH_EXTENSION_DIR || undefined });
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

/**
 * The review's scenario (docs/RELIABILITY.md H9): the service worker stopped over and over for 8 s
 * while 3,000 comments arrive, which left 600 of them never scored. Stops issued on a fixed clock
 * do not reproduce it: the protocol answers a stop in about 250 ms, and a worker stopped while it
 * starts loses no message (the browser keeps the message and starts the worker again). A loss
 * needs the worker stopped while it handles a request, so here it is stopped STOP_AFTER_MS after
 * each time it reports running. With the page's re-sending of batches whose quick retries ran out
 * switched off, 300 to 500 of the 3,000 stayed unscored for good (two runs);
 * STORMWATCH_EXTENSION_DIR runs this against such a build.
 */
const STOP_AFTER_MS = 30;
describe('service worker stopped over and over while comments stream in (H9)', () => {
  test('stopped 30 ms after every start for 8 s while 3,000 comments arrive: every one is scored after', async () => {
    const POST = 'https://www.reddit.com/r/zefirmobile/comments/9zzzzz/storm/';
    await routeFixture(ext.context, `${POST}**`, 'reddit/post-page.html');
    const page = await ext.context.newPage();
    await page.goto(POST);
    await page.bringToFront();
    await waitForFlags(page, 3);
    const before = Number(await page.locator('html').getAttribute('data-stormwatch-flagged'));
    const cdp = await ext.context.newCDPSession(page);
    await cdp.send('ServiceWorker.enable');
    // The content script's console (its isolated world included): each failed request is logged there.
    await cdp.send('Runtime.enable');
    const failures: string[] = [];
    cdp.on('Runtime.consoleAPICalled', (e: { args: Array<{ value?: unknown }> }) => {
      const text = e.args.map((a) => String(a.value)).join(' ');
      if (/^\[stormwatch\] .*(closed before a response|Receiving end does not exist)/.test(text)) failures.push(text);
    });
    let storm = true;
    let stops = 0;
    const lifetimes: number[] = [];
    let runningSince = 0;
    const pending: Array<Promise<unknown>> = [];
    const stop = () => pending.push(cdp.send('ServiceWorker.stopAllWorkers').catch(() => undefined));
    cdp.on('ServiceWorker.workerVersionUpdated', (e: { versions: Array<{ runningStatus: string }> }) => {
      const status = e.versions.map((v) => v.runningStatus);
      if (status.includes('running') && runningSince === 0) {
        runningSince = Date.now();
        if (storm) setTimeout(stop, STOP_AFTER_MS);
      }
      if (status.length > 0 && status.every((s) => s === 'stopped') && runningSince > 0) {
        lifetimes.push(Date.now() - runningSince);
        runningSince = 0;
        if (storm) stops++;
      }
    });
    stop();
    const end = Date.now() + 8_000;
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
    await page.waitForTimeout(Math.max(0, end - Date.now()));
    storm = false;
    await Promise.all(pending);
    const unscored = () => page.locator('shreddit-comment[thingid^="t1_s"]:not([data-stormwatch-severity])').count();
    const atEnd = await unscored();
    // Recovery: the batches that ran out of quick retries go again when the worker answers.
    await waitForFlags(page, before + 3_000, 60_000).catch(() => undefined);
    const lost = await unscored();
    await cdp.detach().catch(() => undefined);
    const median = [...lifetimes].sort((a, b) => a - b)[Math.floor(lifetimes.length / 2)] ?? 0;
    console.info(
      `[worker-stop] ${stops} stops in 8 s (worker up ${median} ms each, median); ${failures.length} failed requests; ${atEnd} of 3,000 unscored when the stops ended, ${lost} after recovery`,
    );
    // The storm did what the review's did: requests failed and the stream was held up.
    expect(stops).toBeGreaterThanOrEqual(5);
    expect(failures.length).toBeGreaterThan(0);
    expect(atEnd).toBeGreaterThan(1_000);
    expect(lost).toBe(0);
    await page.close();
  });
});
