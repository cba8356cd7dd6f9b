// @vitest-environment jsdom
/**
 * docs/RELIABILITY.md H6: with 100,000 comments added to one page, the page added comments faster
 * than the scanner read them; its queue never emptied, no slice ended with a report, and nothing
 * was reported (nor the counters moved) after the first 37,000 until the page stopped adding.
 * While a backlog lasts, results go out every BACKLOG_FLUSH_MS all the same.
 */
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { BACKLOG_FLUSH_MS, CLOCK_EVERY, startScanner } from '@/lib/content/scanner';
import type { ObservedComment } from '@/lib/messaging/protocol';
import { demo } from '@/lib/platforms/demo';
import { DEFAULT_SETTINGS } from '@/lib/settings';
import { COUNTER_ATTRS } from '@/lib/content/dom-labels';
import { riskAt } from '../../helpers';

const comment = (id: string, text: string) =>
  `<article class="comment" data-comment-id="${id}"><header><span class="author">A ${id}</span></header><div class="body">${text}</div></article>`;

let abort: AbortController;
let now: number;
let timers: Array<() => void>;
let reported: ObservedComment[];
let scored: number;
let clock: ReturnType<typeof vi.spyOn>;

/** Runs the timers due so far (slices, flush windows) and lets the scores come back. */
async function step(): Promise<void> {
  for (const fn of timers.splice(0)) fn();
  for (let i = 0; i < 10; i++) await Promise.resolve();
}

beforeEach(async () => {
  window.history.replaceState(null, '', '/demo.html');
  document.body.innerHTML = `<section id="comments">${comment('first', 'thanks')}</section>`;
  abort = new AbortController();
  now = 0;
  timers = [];
  reported = [];
  scored = 0;
  startScanner(document, demo, {
    score: async (texts) => {
      scored += texts.length;
      return texts.map((t) => riskAt(/idiots/.test(t) ? 'high' : 'none'));
    },
    report: (comments) => reported.push(...comments),
    status: () => undefined,
    openPanel: () => undefined,
    settings: DEFAULT_SETTINGS,
    lang: 'en',
    now: () => now,
    signal: abort.signal,
    setTimeout: (fn) => timers.push(fn),
  });
  await step();
  await step();
  // Each slice runs out of time at its second reading of the clock: CLOCK_EVERY nodes per slice.
  let t = 0;
  clock = vi.spyOn(performance, 'now').mockImplementation(() => (t += 5));
});
afterEach(() => {
  clock.mockRestore();
  abort.abort();
});

describe('scanner under a backlog', () => {
  test('a queue that never empties still reports every BACKLOG_FLUSH_MS', async () => {
    const n = 50 * CLOCK_EVERY;
    document
      .getElementById('comments')!
      .insertAdjacentHTML(
        'beforeend',
        Array.from({ length: n }, (_, i) => comment(`c${i}`, i % 2 ? `idiots ${i}` : `thanks ${i}`)).join(''),
      );
    await step();
    for (let i = 0; i < 5; i++) await step();
    // Comments read and scored, the queue not empty: nothing reported yet (the first report of a
    // burst waits for the end of the burst, or for the backlog to last).
    expect(scored).toBeGreaterThan(0);
    expect(scored).toBeLessThan(n);
    expect(reported).toHaveLength(0);
    now += BACKLOG_FLUSH_MS;
    await step();
    // Reported while most of the burst is still to be read, and the page's counters moved.
    expect(reported.length).toBeGreaterThan(0);
    expect(scored).toBeLessThan(n / 2);
    expect(reported.every((c) => /idiots/.test(c.text))).toBe(true);
    const classified = Number(document.documentElement.getAttribute(COUNTER_ATTRS.classified));
    expect(classified).toBeGreaterThan(1);
    // Drained: every flagged comment reported once.
    for (let i = 0; i < 3 * n && (timers.length > 0 || scored < n + 1); i++) {
      now += 100;
      await step();
    }
    expect(new Set(reported.map((c) => c.id)).size).toBe(n / 2);
    expect(reported).toHaveLength(n / 2);
  });
});
