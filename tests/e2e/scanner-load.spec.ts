/**
 * docs/RELIABILITY.md B1 and B2 in Chromium: 5,000 comments streamed into an old.reddit page in 50
 * bursts. Each comment is classified exactly once, one observer watches the list, the counters
 * stop when the page is idle, no long task comes near the page's own budget, and removing the
 * comments brings the DOM node count back near where it was (nothing holds removed nodes).
 * The with/without-extension cost figures are the benchmark's job (`npm run bench:scanner`).
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { benchPageHtml } from '../../bench/scanner-page';
import { launch, type Ext } from './fixtures';

const URL = 'https://old.reddit.com/r/bench/comments/bench/scanner_load/';
const BURSTS = 50;
const PER_BURST = 100;

describe('scanner under load', () => {
  let ext: Ext;
  beforeAll(async () => {
    ext = await launch();
    const html = benchPageHtml({ bursts: BURSTS, perBurst: PER_BURST, intervalMs: 60 });
    await ext.context.route(URL, (route) =>
      route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html }),
    );
  });
  afterAll(async () => {
    await ext?.close();
  });

  test('5,000 streamed comments: each classified once, one observer, idle afterwards, no long task from scanning, removed nodes released', async () => {
    const page = await ext.context.newPage();
    await page.goto(URL);
    await page.waitForFunction(
      () => document.documentElement.getAttribute('data-stormwatch-observers') === '1',
      undefined,
      { timeout: 15_000 },
    );
    const cdp = await ext.context.newCDPSession(page);
    await cdp.send('HeapProfiler.collectGarbage');
    const nodes = async () => ((await cdp.send('Memory.getDOMCounters')) as { nodes: number }).nodes;
    const baseline = await nodes();
    const startedAt = await page.evaluate(() => performance.now());
    await page.evaluate(() => (window as unknown as { __start(): Promise<void> }).__start());
    const total = BURSTS * PER_BURST;
    const counter = (name: string) =>
      page.evaluate((n) => Number(document.documentElement.getAttribute(`data-stormwatch-${n}`) ?? 0), name);
    await page.waitForFunction(
      (n) => Number(document.documentElement.getAttribute('data-stormwatch-classified') ?? 0) >= n,
      total,
      { timeout: 60_000 },
    );
    // Idle: nothing is classified or scanned again once the page stops changing.
    await page.waitForTimeout(1_000);
    const idle = {
      classified: await counter('classified'),
      scanned: await counter('scanned'),
      flagged: await counter('flagged'),
    };
    await page.waitForTimeout(1_000);
    expect({ classified: await counter('classified'), scanned: await counter('scanned') }).toEqual({
      classified: idle.classified,
      scanned: idle.scanned,
    });
    expect(idle.classified).toBe(total);
    expect(await counter('observers')).toBe(1);
    // One comment in five is a risky one.
    expect(idle.flagged).toBeGreaterThanOrEqual(total / 5);
    expect(await page.locator('[data-stormwatch-severity]').count()).toBe(idle.flagged);
    const long = await page.evaluate(
      (t0) =>
        (window as unknown as { __long: Array<[number, number]> }).__long
          .filter(([start]) => start >= t0)
          .map(([, d]) => d),
      startedAt,
    );
    // Which long tasks are Stormwatch's is the benchmark's job (it traces them); here the page's
    // own frames of a 5,000-comment list take 100–180 ms on the shared 2-core machine with or
    // without the extension, and 300 ms still catches a re-walk of the whole list per mutation.
    expect(Math.max(0, ...long)).toBeLessThan(300);

    await page.evaluate(() => document.getElementById('siteTable_t3_bench')!.replaceChildren());
    await page.waitForTimeout(500);
    await cdp.send('HeapProfiler.collectGarbage');
    expect(await nodes()).toBeLessThan(baseline + 2_000);
  });

  test('a long page: every risky comment is marked at once; outlines and badges come only near the viewport and appear as the user scrolls', async () => {
    const longUrl = 'https://old.reddit.com/r/bench/comments/bench/scanner_long/';
    await ext.context.route(longUrl, (route) =>
      route.fulfill({
        status: 200,
        contentType: 'text/html; charset=utf-8',
        body: benchPageHtml({ bursts: 6, perBurst: 100, intervalMs: 30 }),
      }),
    );
    const page = await ext.context.newPage();
    await page.goto(longUrl);
    await page.waitForFunction(
      () => document.documentElement.getAttribute('data-stormwatch-observers') === '1',
      undefined,
      { timeout: 15_000 },
    );
    await page.evaluate(() => (window as unknown as { __start(): Promise<void> }).__start());
    await page.waitForFunction(
      () => Number(document.documentElement.getAttribute('data-stormwatch-classified') ?? 0) >= 600,
      undefined,
      { timeout: 30_000 },
    );
    await page.waitForTimeout(500);
    const flagged = await page.locator('[data-stormwatch-severity]').count();
    expect(flagged).toBeGreaterThanOrEqual(120);
    const badges = () => page.locator('stormwatch-badge').count();
    const near = await badges();
    // The first risky comment is in view; the last is tens of screens below.
    expect(await page.locator('#thing_t1_b0 stormwatch-badge').count()).toBe(1);
    const outline = (id: string) =>
      page.evaluate((sel) => getComputedStyle(document.querySelector(sel)!).outlineStyle, id);
    expect(await outline('#thing_t1_b0')).toBe('solid');
    expect(await page.locator('#thing_t1_b595').getAttribute('data-stormwatch-severity')).not.toBeNull();
    expect(await page.locator('#thing_t1_b595 stormwatch-badge').count()).toBe(0);
    expect(await outline('#thing_t1_b595')).toBe('none');
    expect(near).toBeGreaterThan(0);
    expect(near).toBeLessThan(flagged / 4);
    await page.evaluate(() => document.getElementById('thing_t1_b595')!.scrollIntoView());
    await page.waitForFunction(
      () => document.querySelectorAll('#thing_t1_b595 stormwatch-badge').length === 1,
      undefined,
      { timeout: 5_000 },
    );
    expect(await outline('#thing_t1_b595')).toBe('solid');
    expect(await badges()).toBeGreaterThan(near);
    expect(await badges()).toBeLessThanOrEqual(flagged);
    await page.close();
  });
});
