/**
 * `npm run bench:inbox`: the side panel with 10,000 flagged items in Chromium (420 × 860). Measures,
 * in the page: panel open to the first row (a fresh load each run), a filter change until the list
 * shows the new filter, and a bulk status change on 1,000 chosen items until the panel confirms it.
 * Targets (issue #23): first row ≤ 300 ms median, filter change ≤ 100 ms, bulk status ≤ 500 ms.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { launchWithExtension } from '../scripts/lib/chromium';
import { CRISIS_SIGNALS } from '../lib/risk/types';

const N = Number(process.env.BENCH_INBOX_ITEMS ?? 10_000);
const BULK = Math.min(1_000, N);
const RUNS = 7;
const TARGETS = { firstRowMs: 300, filterMs: 100, bulkMs: 500 };

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const SEVERITIES = ['medium', 'high', 'critical'] as const;

/** 10,000 items as the background stores them: 1,000 on X (the bulk set), two texts repeated 600 times each. */
function items(now: number) {
  const zero = (keys: string[]) => Object.fromEntries(keys.map((k) => [k, 0]));
  const signals = zero([...CRISIS_SIGNALS]);
  return Array.from({ length: N }, (_, i) => {
    const severity = SEVERITIES[i % 3]!;
    // The bulk set is the oldest 1,000, so the newest rows mix platforms and severities.
    const platform = i >= N - BULK ? 'x' : 'youtube';
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

/** Store the items straight in the panel's database (the schema the panel has just opened). */
async function seed(page: Page): Promise<void> {
  await page.evaluate(
    (rows) =>
      new Promise<void>((done, fail) => {
        const req = indexedDB.open('stormwatch');
        req.onerror = () => fail(req.error);
        req.onsuccess = () => {
          const tx = req.result.transaction('items', 'readwrite');
          const store = tx.objectStore('items');
          store.clear();
          for (const r of rows) store.put(r);
          tx.oncomplete = () => {
            req.result.close();
            done();
          };
          tx.onerror = () => fail(tx.error);
        };
      }),
    items(Date.now()),
  );
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

async function main(): Promise<void> {
  const ext = await launchWithExtension({ viewport: { width: 420, height: 860 } });
  try {
    await ext.context.addInitScript(FIRST_ROW);
    const url = `chrome-extension://${ext.extensionId}/sidepanel.html`;
    const page = await ext.context.newPage();
    await page.goto(url);
    await page.locator('[role="tablist"]').waitFor();
    // English labels, the default filter, nothing chosen.
    await page.evaluate(
      () =>
        new Promise<void>((r) =>
          chrome.storage.local.get('settings', (v) =>
            chrome.storage.local.set({ settings: { ...(v.settings ?? {}), uiLanguage: 'en' } }, () => r()),
          ),
        ),
    );
    await page.evaluate(() => localStorage.clear());
    await seed(page);

    const firstRow: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      await page.goto(url);
      await page.locator('[role="option"]').first().waitFor({ timeout: 20_000 });
      firstRow.push(await page.evaluate(() => (window as unknown as { __firstRow: number }).__firstRow));
    }

    // Filter changes, newest first (rows of every severity and platform): minimum severity
    // "critical" and back, platform X and back.
    await choose(page, 'Sort', 'newest');
    await page.waitForFunction(
      () => !document.querySelector('[role="option"] .sev')?.classList.contains('sev-critical'),
    );
    const filter: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      filter.push(await timed(page, { select: 'Minimum severity', value: 'critical' }, { every: 'sev-critical' }));
      filter.push(
        await timed(page, { select: 'Minimum severity', value: '' }, { every: 'sev-critical', negate: true }),
      );
      filter.push(await timed(page, { select: 'Platform', value: 'x' }, { every: 'X' }));
      filter.push(await timed(page, { select: 'Platform', value: '' }, { every: 'X', negate: true }));
    }

    // Bulk: the 1,000 X items chosen (Home, Shift+End), then a status for all of them.
    await choose(page, 'Platform', 'x');
    await page.locator('[role="option"] .platform', { hasText: 'X' }).first().waitFor();
    await page.locator('[role="listbox"]').focus();
    await page.keyboard.press('Home');
    await page.keyboard.press('Shift+End');
    await page.getByText(`Selected: ${BULK}`).waitFor();
    const bulk: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      const status = i % 2 ? 'inProgress' : 'resolved';
      await choose(page, 'Set status', status);
      bulk.push(
        await timed(
          page,
          { bulkApply: true },
          { bulkDone: BULK, status: status === 'resolved' ? 'Resolved' : 'In progress' },
        ),
      );
    }

    const result = {
      items: N,
      viewport: '420x860',
      firstRowMs: { median: median(firstRow), runs: firstRow.map((x) => Math.round(x)) },
      filterMs: { median: median(filter), max: Math.max(...filter), runs: filter.map((x) => Math.round(x)) },
      bulkStatusMs: { items: BULK, median: median(bulk), runs: bulk.map((x) => Math.round(x)) },
      targets: TARGETS,
      met: {
        firstRow: median(firstRow) <= TARGETS.firstRowMs,
        filter: median(filter) <= TARGETS.filterMs,
        bulk: median(bulk) <= TARGETS.bulkMs,
      },
    };
    console.log(`side panel, ${N.toLocaleString('en')} items, Chromium 420×860`);
    console.log(
      `  panel open → first row   median ${Math.round(result.firstRowMs.median)} ms  (target ≤ ${TARGETS.firstRowMs})  ${result.met.firstRow ? 'met' : 'NOT met'}`,
    );
    console.log(
      `  filter change            median ${Math.round(result.filterMs.median)} ms, max ${Math.round(result.filterMs.max)} ms  (target ≤ ${TARGETS.filterMs})  ${result.met.filter ? 'met' : 'NOT met'}`,
    );
    console.log(
      `  bulk status, ${BULK} items  median ${Math.round(result.bulkStatusMs.median)} ms  (target ≤ ${TARGETS.bulkMs})  ${result.met.bulk ? 'met' : 'NOT met'}`,
    );
    const out = resolve(import.meta.dirname, 'results');
    mkdirSync(out, { recursive: true });
    writeFileSync(resolve(out, 'inbox.json'), `${JSON.stringify(result, null, 2)}\n`);
  } finally {
    await ext.close();
  }
}

await main();
