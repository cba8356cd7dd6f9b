/**
 * Part of `npm run bench:scanner`: 100,000 comments added progressively to one old.reddit page
 * with the side panel open, in Chromium (docs/RELIABILITY.md H6; issue: "100,000 comments on one
 * page with the panel open: no crash"). Reports whether the page and the panel stayed alive, the
 * page's JS heap with and without Stormwatch (the difference is the scanner's), the panel's heap,
 * comments scored and stored, and the time taken. `FLOOD_BURSTS=n` adds n bursts of 200 instead of 500
 * (a shorter run on a shared machine); `BENCH_EXTENSION_DIR=dir` measures another build (for example
 * main's) with the panel open.
 */
import type { BrowserContext, CDPSession, Page } from 'playwright-core';
import { launchWithExtension } from '../scripts/lib/chromium';
import { benchPageHtml } from './scanner-page';

export const FLOOD_BURSTS = Math.max(1, Number(process.env.FLOOD_BURSTS ?? 500));
export const FLOOD_PER_BURST = 200;
const FLOOD_INTERVAL_MS = 120;
const FLOOD_URL = 'https://old.reddit.com/r/bench/comments/flood/scanner_flood/';
/** Scoring may trail the insertions; we wait this long at most, or until it stops moving for STALL_MS. */
const SETTLE_MS = 10 * 60_000;
const STALL_MS = 60_000;

export interface FloodResult {
  comments: number;
  pageAlive: boolean;
  panelAlive: boolean;
  /** Chromium reported the renderer of the page or of the panel gone ('crash' event). */
  pageCrashed: boolean;
  panelCrashed: boolean;
  /** Whether the panel still answered and showed queue rows at the end. */
  panelRows: number;
  /** The counters the scanner writes on <html>. */
  scanned: number;
  classified: number;
  flagged: number;
  /** Items in the database at the end (flagged comments stored by the background). */
  stored: number;
  /** Start to the last insertion, and to the last comment scored, s. */
  insertSeconds: number;
  scoredSeconds: number | null;
  /** JS heap after a collection, MB: the page with Stormwatch, without, and the panel. */
  pageHeapMB: number;
  pageHeapWithoutMB: number;
  scannerHeapMB: number;
  panelHeapMB: number;
  /** The panel's heap at its highest while comments streamed in (sampled every 5 s), MB. */
  panelPeakHeapMB: number;
  /** Every sample of the panel's heap while comments streamed in, MB. */
  panelHeapSamplesMB: number[];
}

type Metrics = Record<string, number>;
const metrics = async (cdp: CDPSession): Promise<Metrics> =>
  Object.fromEntries(
    ((await cdp.send('Performance.getMetrics')).metrics as Array<{ name: string; value: number }>).map((m) => [
      m.name,
      m.value,
    ]),
  );

/** JS heap in use after a full collection, MB. */
async function heapMB(cdp: CDPSession): Promise<number> {
  await cdp.send('HeapProfiler.collectGarbage');
  return ((await metrics(cdp)).JSHeapUsedSize ?? 0) / 1e6;
}

/** Resolves to the value, or to `fallback` when the page does not answer within `ms`. */
async function within<T>(p: Promise<T>, ms: number, fallback: T): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<T>((r) => (timer = setTimeout(() => r(fallback), ms)));
  try {
    return await Promise.race([p.catch(() => fallback), late]);
  } finally {
    clearTimeout(timer);
  }
}

async function openFloodPage(context: BrowserContext): Promise<{ page: Page; cdp: CDPSession }> {
  const html = benchPageHtml({ bursts: FLOOD_BURSTS, perBurst: FLOOD_PER_BURST, intervalMs: FLOOD_INTERVAL_MS });
  await context.route(FLOOD_URL, (route) =>
    route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html }),
  );
  const page = await context.newPage();
  await page.goto(FLOOD_URL);
  await page.waitForTimeout(1500);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  return { page, cdp };
}

const counters = (page: Page) =>
  within(
    // No helper functions inside: the bundler wraps named functions in a helper the page does not have.
    page.evaluate(() => ({
      scanned: Number(document.documentElement.getAttribute('data-stormwatch-scanned') ?? 0),
      classified: Number(document.documentElement.getAttribute('data-stormwatch-classified') ?? 0),
      flagged: Number(document.documentElement.getAttribute('data-stormwatch-flagged') ?? 0),
    })),
    10_000,
    null,
  );

/** Items stored, read by the panel from its own database (no scoring or rendering involved). */
const storedItems = (panel: Page) =>
  within(
    panel.evaluate(
      () =>
        new Promise<number>((resolve, reject) => {
          const open = indexedDB.open('stormwatch');
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const db = open.result;
            const count = db.transaction('items').objectStore('items').count();
            count.onsuccess = () => {
              resolve(count.result);
              db.close();
            };
            count.onerror = () => reject(count.error);
          };
        }),
    ),
    30_000,
    -1,
  );

/** The page with Stormwatch and the side panel open, while 100,000 comments stream in. */
async function floodWithPanel(): Promise<Omit<FloodResult, 'pageHeapWithoutMB' | 'scannerHeapMB'>> {
  const ext = await launchWithExtension({ extensionDir: process.env.BENCH_EXTENSION_DIR });
  try {
    const panel = await ext.context.newPage();
    await panel.goto(`chrome-extension://${ext.extensionId}/sidepanel.html`);
    await panel.locator('[role="tablist"]').waitFor();
    const panelCdp = await ext.context.newCDPSession(panel);
    await panelCdp.send('Performance.enable');
    const { page, cdp } = await openFloodPage(ext.context);
    const crashed = { page: false, panel: false };
    page.on('crash', () => (crashed.page = true));
    panel.on('crash', () => (crashed.panel = true));
    await page.bringToFront();
    const t0 = Date.now();
    const progress = watchProgress(page, panelCdp, t0);
    try {
      // A page that dies while comments stream in ends the run: that is the finding, not a failure.
      const inserted = await page
        .evaluate(() => (window as unknown as { __start(): Promise<void> }).__start())
        .then(() => true)
        .catch((e: unknown) => {
          console.log(`page stopped answering while comments were added: ${e instanceof Error ? e.message : e}`);
          return false;
        });
      const insertSeconds = (Date.now() - t0) / 1000;
      const scoredSeconds = inserted ? await waitForScores(page, t0) : null;
      progress.stop();
      const end = await counters(page);
      const panelRows = await within(panel.locator('[role="option"]').count(), 10_000, -1);
      return {
        comments: FLOOD_BURSTS * FLOOD_PER_BURST,
        pageAlive: !crashed.page && end !== null,
        panelAlive: !crashed.panel && panelRows >= 0,
        pageCrashed: crashed.page,
        panelCrashed: crashed.panel,
        panelRows,
        scanned: end?.scanned ?? 0,
        classified: end?.classified ?? 0,
        flagged: end?.flagged ?? 0,
        stored: await storedItems(panel),
        insertSeconds,
        scoredSeconds,
        pageHeapMB: end ? await within(heapMB(cdp), 60_000, Number.NaN) : Number.NaN,
        panelHeapMB: await within(heapMB(panelCdp), 60_000, Number.NaN),
        panelPeakHeapMB: progress.panelPeak(),
        panelHeapSamplesMB: progress.samples(),
      };
    } finally {
      progress.stop();
    }
  } finally {
    await ext.close();
  }
}

/** Every 5 s: comments added, the scanner's counters, the panel's heap (every sample is kept), on the console. */
function watchProgress(page: Page, panelCdp: CDPSession, t0: number) {
  let panelPeak = 0;
  const samples: number[] = [];
  const timer = setInterval(() => {
    void (async () => {
      const m = await within(metrics(panelCdp), 5_000, {} as Metrics);
      const panelMB = (m.JSHeapUsedSize ?? 0) / 1e6;
      panelPeak = Math.max(panelPeak, panelMB);
      if (panelMB > 0) samples.push(Math.round(panelMB));
      const added = await within(
        page.evaluate(() => ({
          n: document.getElementById('siteTable_t3_bench')?.childElementCount ?? 0,
          visible: document.visibilityState,
        })),
        5_000,
        null,
      );
      const c = await counters(page);
      console.log(
        `flood ${((Date.now() - t0) / 1000).toFixed(0)} s: added ${added?.n ?? '?'} (${added?.visible ?? '?'}), ` +
          `read ${c?.scanned ?? '?'}, scored ${c?.classified ?? '?'}, flagged ${c?.flagged ?? '?'}, panel heap ${panelMB.toFixed(0)} MB`,
      );
    })();
  }, 5_000);
  return { stop: () => clearInterval(timer), panelPeak: () => panelPeak, samples: () => [...samples] };
}

/** Waits until every comment is scored (or scoring stops moving); seconds from `t0`, or null. */
async function waitForScores(page: Page, t0: number): Promise<number | null> {
  const n = FLOOD_BURSTS * FLOOD_PER_BURST;
  let last = -1;
  let movedAt = Date.now();
  while (Date.now() - t0 < SETTLE_MS && Date.now() - movedAt < STALL_MS) {
    const c = await counters(page);
    if (c && c.classified >= n) return (Date.now() - t0) / 1000;
    if (c && c.classified !== last) {
      last = c.classified;
      movedAt = Date.now();
    }
    await new Promise((r) => setTimeout(r, 2_000));
  }
  return null;
}

/** The same page without Stormwatch: the page's own heap for the same comments. */
async function floodWithout(launchPlain: () => Promise<BrowserContext>): Promise<number> {
  const plain = await launchPlain();
  try {
    const { page, cdp } = await openFloodPage(plain);
    await page.evaluate(() => (window as unknown as { __start(): Promise<void> }).__start());
    return await heapMB(cdp);
  } finally {
    await plain.close();
  }
}

export async function floodBench(launchPlain: () => Promise<BrowserContext>): Promise<FloodResult> {
  const withPanel = await floodWithPanel();
  // Printed at once: the run without Stormwatch that follows takes as long again.
  console.log(`flood with Stormwatch and the panel: ${JSON.stringify(withPanel)}`);
  const pageHeapWithoutMB = await floodWithout(launchPlain);
  return { ...withPanel, pageHeapWithoutMB, scannerHeapMB: withPanel.pageHeapMB - pageHeapWithoutMB };
}

export function printFlood(r: FloodResult): void {
  const fmt = (v: number | null) => (v === null || Number.isNaN(v) ? '–' : v.toFixed(1));
  console.log(
    `\n${r.comments.toLocaleString('en')} comments added to one page in ${FLOOD_BURSTS} bursts, side panel open (Chromium)\n`,
  );
  console.log('| metric | value | target |');
  console.log('|---|---|---|');
  console.log(`| page alive / crashed | ${r.pageAlive} / ${r.pageCrashed} | alive |`);
  console.log(
    `| panel alive / crashed (queue rows shown) | ${r.panelAlive} / ${r.panelCrashed} (${r.panelRows}) | alive |`,
  );
  console.log(`| comments read / scored / flagged | ${r.scanned} / ${r.classified} / ${r.flagged} | all scored |`);
  console.log(`| items stored | ${r.stored} | |`);
  console.log(`| all added / all scored (s) | ${fmt(r.insertSeconds)} / ${fmt(r.scoredSeconds)} | |`);
  console.log(`| page JS heap with / without Stormwatch (MB) | ${fmt(r.pageHeapMB)} / ${fmt(r.pageHeapWithoutMB)} | |`);
  console.log(`| scanner's heap (the difference, MB) | ${fmt(r.scannerHeapMB)} | |`);
  console.log(
    `| panel JS heap at the end / highest sampled (MB) | ${fmt(r.panelHeapMB)} / ${fmt(r.panelPeakHeapMB)} | |`,
  );
  const s = r.panelHeapSamplesMB;
  if (s.length)
    console.log(
      `| panel JS heap, lowest / highest sample while streaming (MB) | ${Math.min(...s)} / ${Math.max(...s)} | |`,
    );
}
