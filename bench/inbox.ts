/**
 * `npm run bench:inbox`: the side panel in Chromium (420 × 860), in two rows.
 * - 10,000 flagged items (issue #23): panel open to the first row (a fresh load each run), a filter
 *   change until the list shows the new filter, and a bulk status change on 1,000 chosen items until
 *   the panel confirms it. Targets: first row ≤ 300 ms median, filter ≤ 100 ms, bulk ≤ 500 ms.
 * - 50,000 flagged items (issue #22, scale): first row ≤ 1 s median, and the panel's JavaScript heap
 *   once it has read what it shows ≤ 300 MB (measured as it is, and with the garbage of the panels
 *   opened before collected first), then with every item held (sorted by newest).
 * The bulk change's phases (ms after the click, medians) come from the panel's performance marks:
 * `bulk-*` (lib/db/triage.ts: written, logged, committed), `mutated` (the queue cache hears of the
 * commit), `patch-*` (it patches the written items in). `BENCH_INBOX_BULK=1` runs the 10,000-item
 * bulk change only, printing each run's phases (with `BENCH_INBOX_PROFILE=file.cpuprofile`, the
 * panel's CPU profile over them, for Chrome's DevTools); `BENCH_INBOX_RUNS=n` times n runs, not 7.
 * `BENCH_INBOX_ITEMS=n` runs the first row only at n items. `BENCH_EXTENSION_DIR=dir` measures another
 * build (for example main's, built elsewhere) in the same way, so old and new code can be compared
 * in one sitting on a noisy machine; its results go to `inbox-<dir's parent name>.json`.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { launchWithExtension, type LaunchedExtension } from '../scripts/lib/chromium';
import { CRISIS_SIGNALS } from '../lib/risk/types';
import { withIndexFields } from '../lib/db/index-fields';
import type { FlaggedItem } from '../lib/db/types';

const BULK = 1_000;
const RUNS = Number(process.env.BENCH_INBOX_RUNS ?? 7);
const TARGETS = { firstRowMs: 300, filterMs: 100, bulkMs: 500 };
const SCALE = { items: 50_000, firstRowMs: 1_000, heapMb: 300 };

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const SEVERITIES = ['medium', 'high', 'critical'] as const;

/**
 * `n` items as the background stores them, from `from` on: the oldest 1,000 on X (the bulk set),
 * two texts repeated 600 times each.
 */
function items(n: number, from: number, to: number, now: number) {
  const zero = (keys: string[]) => Object.fromEntries(keys.map((k) => [k, 0]));
  const signals = zero([...CRISIS_SIGNALS]);
  return Array.from({ length: to - from }, (_, j) => {
    const i = from + j;
    const severity = SEVERITIES[i % 3]!;
    // The bulk set is the oldest 1,000, so the newest rows mix platforms and severities.
    const platform = i >= n - BULK ? 'x' : 'youtube';
    const text =
      i >= 1000 && i < 1600
        ? 'Oddajcie pieniądze, oszuści!'
        : i >= 1600 && i < 2200
          ? 'Nie działa internet od rana'
          : `Zgłoszenie ${i}: usługa nie działa, proszę o kontakt`;
    return {
      key: `${platform}:c${i}`,
      platform,
      commentId: `c${i}`,
      author: `user${i % 900}`,
      text,
      pageUrl: 'https://example.invalid/p',
      depth: 0,
      threadKey: `${platform}:t${i % 400}`,
      language: 'pl',
      risk: 0.6 + (i % 3) * 0.15,
      severity,
      severityRank: { medium: 2, high: 3, critical: 4 }[severity],
      negativity: 0.6,
      toxicity: 0.3,
      toxicityBy: zero(['insult', 'threat', 'profanity', 'identityAttack']),
      signals: { ...signals, complaint: 0.8 },
      reasons: [],
      uncertain: false,
      engine: 'bench',
      // A week of comments, one a minute (no spike: the alert stays quiet, as on most days).
      status: 'new',
      firstSeen: now - i * 60_000,
      lastSeen: now,
      publishedAt: new Date(now - i * 60_000 - 60_000).toISOString(),
      publishedWithinMs: 0,
      textHash: `h${i}`,
    };
  });
}

/**
 * Store `n` items straight in the panel's database (the schema the panel has just opened), in parts,
 * as Dexie stores them (with the fields its indexes are built from; an older build ignores them).
 */
async function seed(page: Page, n: number): Promise<void> {
  const now = Date.now();
  for (let from = 0; from < n; from += 5_000) {
    await page.evaluate(
      ([rows, clear]) =>
        new Promise<void>((done, fail) => {
          const req = indexedDB.open('stormwatch');
          req.onerror = () => fail(req.error);
          req.onsuccess = () => {
            const tx = req.result.transaction('items', 'readwrite');
            const store = tx.objectStore('items');
            if (clear) store.clear();
            for (const r of rows) store.put(r);
            tx.oncomplete = () => {
              req.result.close();
              done();
            };
            tx.onerror = () => fail(tx.error);
          };
        }),
      [
        items(n, from, Math.min(n, from + 5_000), now).map((it) => withIndexFields(it as unknown as FlaggedItem)),
        from === 0,
      ] as const,
    );
  }
}

/** ms from navigation start to the first row, recorded in the page by a MutationObserver. */
const FIRST_ROW = `(() => {
  const obs = new MutationObserver(() => {
    if (document.querySelector('[role="option"]')) { window.__firstRow = performance.now(); obs.disconnect(); }
  });
  obs.observe(document, { subtree: true, childList: true });
})();`;

type Act = { select: string; value: string } | { bulkApply: true };
type Done = { every: 'sev-critical' | 'X'; negate?: boolean } | { bulkDone: number; status: string };

/** In the page: do `act`, then wait (observing the DOM) until `done` holds; ms between. */
async function timed(page: Page, act: Act, done: Done): Promise<number> {
  return page.evaluate(
    ([a, d]) =>
      new Promise<number>((resolve, reject) => {
        // (No named functions in here: the page gets this code as it is, without the runner's helpers.)
        const t0 = performance.now();
        (window as unknown as { __t0: number }).__t0 = t0;
        const obs = new MutationObserver(() => {
          let holds: boolean;
          if ('bulkDone' in d) {
            const m = document.querySelector('.message.success');
            holds =
              !!m &&
              (m.textContent ?? '').includes(`Changed: ${d.bulkDone}.`) &&
              document.querySelector('[role="option"] .status')?.textContent === d.status;
          } else {
            const cells = [
              ...document.querySelectorAll(d.every === 'X' ? '[role="option"] .platform' : '[role="option"] .sev'),
            ];
            const good = cells.filter((e) =>
              d.every === 'X' ? e.textContent === 'X' : e.classList.contains('sev-critical'),
            ).length;
            holds = cells.length > 0 && (d.negate ? good < cells.length : good === cells.length);
          }
          if (holds) {
            obs.disconnect();
            resolve(performance.now() - t0);
          }
        });
        obs.observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true });
        if ('select' in a) {
          // As a person does: React listens to the change event.
          const el = document.querySelector<HTMLSelectElement>(`select[aria-label="${a.select}"]`)!;
          Object.getOwnPropertyDescriptor(HTMLSelectElement.prototype, 'value')!.set!.call(el, a.value);
          el.dispatchEvent(new Event('change', { bubbles: true }));
        } else {
          document.querySelector<HTMLButtonElement>('.message button')?.click();
          document.querySelector<HTMLButtonElement>('[role="group"][aria-label="Selected items"] button')!.click();
        }
        setTimeout(() => reject(new Error(`not done in 10 s: ${JSON.stringify(d)}`)), 10_000);
      }),
    [act, done] as const,
  );
}

/** Set a <select> by its label, without timing. */
const choose = (page: Page, label: string, value: string) =>
  page.evaluate(
    ([l, v]) => {
      const el = document.querySelector<HTMLSelectElement>(`select[aria-label="${l}"]`)!;
      Object.getOwnPropertyDescriptor(HTMLSelectElement.prototype, 'value')!.set!.call(el, v);
      el.dispatchEvent(new Event('change', { bubbles: true }));
    },
    [label, value] as const,
  );

const url = (ext: LaunchedExtension) => `chrome-extension://${ext.extensionId}/sidepanel.html`;

/** A panel in English with the default filter, and `n` items stored. */
async function preparePanel(ext: LaunchedExtension, n: number): Promise<Page> {
  const page = await ext.context.newPage();
  await page.goto(url(ext));
  await page.locator('[role="tablist"]').waitFor();
  await page.evaluate(
    () =>
      new Promise<void>((r) =>
        chrome.storage.local.get('settings', (v) =>
          chrome.storage.local.set({ settings: { ...(v.settings ?? {}), uiLanguage: 'en' } }, () => r()),
        ),
      ),
  );
  await page.evaluate(() => localStorage.clear());
  await seed(page, n);
  return page;
}

/** Where a first row's time went: the panel's start, its first read of the queue, the row. */
interface FirstRow {
  ms: number;
  marks: string;
  readStart: number;
  firstRead: number;
}

/** Panel open to the first row, `RUNS` fresh loads. */
async function firstRows(page: Page, ext: LaunchedExtension): Promise<FirstRow[]> {
  const out: FirstRow[] = [];
  for (let i = 0; i < RUNS; i++) {
    await page.goto(url(ext));
    await page.locator('[role="option"]').first().waitFor({ timeout: 20_000 });
    out.push(
      // (No named functions in here: the page gets this code as it is, without the runner's helpers.)
      await page.evaluate(() => ({
        ms: (window as unknown as { __firstRow: number }).__firstRow,
        readStart: performance.getEntriesByName('stormwatch:queue-read')[0]?.startTime ?? NaN,
        firstRead: performance.getEntriesByName('stormwatch:queue-first')[0]?.startTime ?? NaN,
        marks: performance
          .getEntriesByType('mark')
          .map((m) => `${m.name.replace('stormwatch:', '')} ${Math.round(m.startTime)}`)
          .join(', '),
      })),
    );
  }
  return out;
}

/** Medians of each part of the first rows. */
const firstRowSummary = (runs: FirstRow[]) => ({
  median: median(runs.map((r) => r.ms)),
  readStartMedian: median(runs.map((r) => r.readStart)),
  firstReadMedian: median(runs.map((r) => r.firstRead)),
  runs: runs.map((r) => Math.round(r.ms)),
  marks: runs.at(-1)?.marks ?? '',
});

type Heap = { used: number; afterGc: number };
const heapNow = async (page: Page): Promise<Heap> => {
  const cdp = await page.context().newCDPSession(page);
  const used = ((await cdp.send('Runtime.getHeapUsage')) as { usedSize: number }).usedSize;
  await cdp.send('HeapProfiler.collectGarbage');
  const afterGc = ((await cdp.send('Runtime.getHeapUsage')) as { usedSize: number }).usedSize;
  await cdp.detach();
  return { used: used / 1e6, afterGc: afterGc / 1e6 };
};

/**
 * The used JavaScript heap (MB) of a panel opened in a new tab once it has read what it shows (a
 * build that reads every item: all of them), before and after a collection. `fresh`: garbage left
 * in the extension's renderer by the panels opened before (the first-row runs) is collected as
 * this panel starts, so only its own allocations count. Then the same panel holding every item
 * (sorted by newest, which needs them all).
 */
async function heapMb(ext: LaunchedExtension, fresh: boolean): Promise<{ shown: Heap; everyItem: Heap }> {
  const page = await ext.context.newPage();
  await page.goto(url(ext));
  if (fresh) {
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('HeapProfiler.collectGarbage');
    await cdp.detach();
  }
  await page.locator('[role="option"]').first().waitFor({ timeout: 20_000 });
  await page.locator('.queue-progress').waitFor({ state: 'detached', timeout: 60_000 });
  const shown = await heapNow(page);
  // The filters stay open or folded as the last panel left them.
  if (!(await page.locator('select[aria-label="Sort"]').isVisible())) {
    await page.getByRole('button', { name: /^Filters/ }).click();
  }
  await choose(page, 'Sort', 'newest');
  await page.waitForTimeout(200);
  await page.locator('.queue-progress').waitFor({ state: 'detached', timeout: 60_000 });
  const everyItem = await heapNow(page);
  await choose(page, 'Sort', 'severity');
  await page.close();
  return { shown, everyItem };
}

/** Filter changes, newest first (rows of every severity and platform): "critical" and back, X and back. */
async function filterChanges(page: Page): Promise<number[]> {
  await page.getByRole('button', { name: /^Filters/ }).click();
  await choose(page, 'Sort', 'newest');
  await page.waitForFunction(() => !document.querySelector('[role="option"] .sev')?.classList.contains('sev-critical'));
  const out: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    out.push(await timed(page, { select: 'Minimum severity', value: 'critical' }, { every: 'sev-critical' }));
    out.push(await timed(page, { select: 'Minimum severity', value: '' }, { every: 'sev-critical', negate: true }));
    out.push(await timed(page, { select: 'Platform', value: 'x' }, { every: 'X' }));
    out.push(await timed(page, { select: 'Platform', value: '' }, { every: 'X', negate: true }));
  }
  return out;
}

/** The phases of the last timed action: each Stormwatch mark since it started (ms after it; first and last of a name). */
const phasesSince = (page: Page) =>
  page.evaluate(() => {
    const t0 = (window as unknown as { __t0: number }).__t0;
    const out: Record<string, number> = {};
    for (const m of performance.getEntriesByType('mark')) {
      if (m.startTime < t0 || !m.name.startsWith('stormwatch:')) continue;
      const name = m.name.slice('stormwatch:'.length);
      const at = Math.round(m.startTime - t0);
      if (!(name in out)) out[name] = at;
      else out[`${name} (last)`] = at;
    }
    return out;
  });

/** Bulk: the 1,000 X items chosen (Home, Shift+End), then a status for all of them. */
async function bulkChanges(page: Page): Promise<{ ms: number[]; phases: Record<string, number>[] }> {
  await choose(page, 'Platform', 'x');
  await page.locator('[role="option"] .platform', { hasText: 'X' }).first().waitFor();
  await page.locator('[role="listbox"]').focus();
  await page.keyboard.press('Home');
  await page.keyboard.press('Shift+End');
  await page.getByText(`Selected: ${BULK}`).waitFor();
  const out: number[] = [];
  const phases: Record<string, number>[] = [];
  for (let i = 0; i < RUNS; i++) {
    const status = i % 2 ? 'inProgress' : 'resolved';
    await choose(page, 'Set status', status);
    out.push(
      await timed(
        page,
        { bulkApply: true },
        { bulkDone: BULK, status: status === 'resolved' ? 'Resolved' : 'In progress' },
      ),
    );
    phases.push({ ...(await phasesSince(page)), done: Math.round(out.at(-1)!) });
  }
  return { ms: out, phases };
}

/** Median of each phase over the runs. */
const phaseMedians = (runs: Record<string, number>[]) =>
  Object.fromEntries(
    [...new Set(runs.flatMap((r) => Object.keys(r)))].map((k) => [
      k,
      median(runs.flatMap((r) => (k in r ? [r[k]!] : []))),
    ]),
  );

/** A CPU profile as Chrome's DevTools protocol gives it (written as it is). */
interface Profile {
  nodes: unknown[];
}

/** `BENCH_INBOX_BULK=1`: the 10,000 items' bulk status change only, with its phases. */
async function bulkOnly(ext: LaunchedExtension): Promise<void> {
  const page = await preparePanel(ext, 10_000);
  await page.goto(url(ext));
  await page.locator('[role="option"]').first().waitFor({ timeout: 20_000 });
  if (!(await page.locator('select[aria-label="Sort"]').isVisible())) {
    await page.getByRole('button', { name: /^Filters/ }).click();
  }
  await choose(page, 'Sort', 'newest');
  await page.waitForTimeout(200);
  await page.locator('.queue-progress').waitFor({ state: 'detached', timeout: 60_000 });
  const profileTo = process.env.BENCH_INBOX_PROFILE;
  const cdp = profileTo ? await page.context().newCDPSession(page) : undefined;
  if (cdp) {
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
    await cdp.send('Profiler.start');
  }
  const bulk = await bulkChanges(page);
  if (cdp) {
    const { profile } = (await cdp.send('Profiler.stop')) as { profile: Profile };
    writeFileSync(profileTo!, JSON.stringify(profile));
  }
  console.log(`bulk status, ${BULK} of 10,000: median ${ms(median(bulk.ms))} (${bulk.ms.map(Math.round).join(', ')})`);
  console.log(`  phases (median ms after the click): ${JSON.stringify(phaseMedians(bulk.phases))}`);
  for (const p of bulk.phases) console.log(`  ${JSON.stringify(p)}`);
  await page.close();
}

const ms = (x: number) => `${Math.round(x)} ms`;
const row = (what: string, figure: string, target: string, met: boolean) =>
  `  ${what.padEnd(34)} ${figure.padEnd(26)} ${target.padEnd(10)} ${met ? 'met' : 'NOT met'}`;

/** The 10,000-item row: first row, filter changes, bulk status. */
async function everyday(ext: LaunchedExtension, n: number) {
  const page = await preparePanel(ext, n);
  const firstRow = firstRowSummary(await firstRows(page, ext));
  const filter = await filterChanges(page);
  const { ms: bulk, phases } = await bulkChanges(page);
  await page.close();
  return {
    items: n,
    firstRowMs: firstRow,
    filterMs: { median: median(filter), max: Math.max(...filter), runs: filter.map(Math.round) },
    bulkStatusMs: { items: BULK, median: median(bulk), runs: bulk.map(Math.round), phases: phaseMedians(phases) },
    targets: TARGETS,
    met: {
      firstRow: firstRow.median <= TARGETS.firstRowMs,
      filter: median(filter) <= TARGETS.filterMs,
      bulk: median(bulk) <= TARGETS.bulkMs,
    },
  };
}

/** The scale row: first row and heap with 50,000 items. */
async function scale(ext: LaunchedExtension, n: number) {
  const page = await preparePanel(ext, n);
  const firstRow = firstRowSummary(await firstRows(page, ext));
  await page.close();
  const heap = await heapMb(ext, false);
  const fresh = await heapMb(ext, true);
  const r = (h: Heap) => ({ used: Math.round(h.used), afterGc: Math.round(h.afterGc) });
  return {
    items: n,
    firstRowMs: firstRow,
    heapMb: r(heap.shown),
    heapEveryItemMb: r(heap.everyItem),
    heapFreshMb: r(fresh.shown),
    heapFreshEveryItemMb: r(fresh.everyItem),
    targets: { firstRowMs: SCALE.firstRowMs, heapMb: SCALE.heapMb },
    met: { firstRow: firstRow.median <= SCALE.firstRowMs, heap: heap.shown.used <= SCALE.heapMb },
  };
}

function printTable(e: Awaited<ReturnType<typeof everyday>>, s: Awaited<ReturnType<typeof scale>>): void {
  console.log('side panel, Chromium 420×860');
  console.log(`  ${'measure'.padEnd(34)} ${'figure'.padEnd(26)} ${'target'.padEnd(10)} result`);
  const n = e.items.toLocaleString('en');
  console.log(
    row(
      `${n} items: open → first row`,
      `median ${ms(e.firstRowMs.median)}`,
      `≤ ${TARGETS.firstRowMs} ms`,
      e.met.firstRow,
    ),
  );
  console.log(
    row(
      `${n} items: filter change`,
      `median ${ms(e.filterMs.median)}, max ${ms(e.filterMs.max)}`,
      `≤ ${TARGETS.filterMs} ms`,
      e.met.filter,
    ),
  );
  console.log(
    row(
      `${n} items: bulk status, ${BULK}`,
      `median ${ms(e.bulkStatusMs.median)}`,
      `≤ ${TARGETS.bulkMs} ms`,
      e.met.bulk,
    ),
  );
  const m = s.items.toLocaleString('en');
  console.log(
    row(
      `${m} items: open → first row`,
      `median ${ms(s.firstRowMs.median)}`,
      `≤ ${SCALE.firstRowMs} ms`,
      s.met.firstRow,
    ),
  );
  console.log(
    row(
      `${m} items: panel heap, shown`,
      `${s.heapMb.used} MB (${s.heapMb.afterGc} MB after GC)`,
      `≤ ${SCALE.heapMb} MB`,
      s.met.heap,
    ),
  );
  const h = (x: { used: number; afterGc: number }) => `${x.used} MB (${x.afterGc} after GC)`;
  console.log(`  ${`${m}: same, holding every item`.padEnd(34)} ${h(s.heapEveryItemMb)}`);
  console.log(`  ${`${m}: shown, earlier panels' garbage`.padEnd(34)} collected first: ${h(s.heapFreshMb)}`);
  console.log(`  ${`${m}: that, holding every item`.padEnd(34)} ${h(s.heapFreshEveryItemMb)}`);
}

async function main(): Promise<void> {
  const extensionDir = process.env.BENCH_EXTENSION_DIR;
  const ext = await launchWithExtension({ viewport: { width: 420, height: 860 }, extensionDir });
  try {
    await ext.context.addInitScript(FIRST_ROW);
    if (process.env.BENCH_INBOX_BULK) return await bulkOnly(ext);
    const only = process.env.BENCH_INBOX_ITEMS ? Number(process.env.BENCH_INBOX_ITEMS) : undefined;
    if (only !== undefined) {
      const page = await preparePanel(ext, only);
      const f = firstRowSummary(await firstRows(page, ext));
      console.log(`${only.toLocaleString('en')} items: open → first row median ${ms(f.median)} (${f.runs.join(', ')})`);
      console.log(`  queue read starts at ${ms(f.readStartMedian)}, first severity read at ${ms(f.firstReadMedian)}`);
      console.log(`  marks of the last run: ${f.marks}`);
      return;
    }
    const result = { viewport: '420x860', everyday: await everyday(ext, 10_000), scale: await scale(ext, SCALE.items) };
    printTable(result.everyday, result.scale);
    const out = resolve(import.meta.dirname, 'results');
    mkdirSync(out, { recursive: true });
    const name = extensionDir ? `inbox-${basename(resolve(extensionDir, '../..'))}.json` : 'inbox.json';
    writeFileSync(resolve(out, name), `${JSON.stringify(result, null, 2)}\n`);
  } finally {
    await ext.close();
  }
}

await main();
