// @vitest-environment jsdom
/**
 * docs/RELIABILITY.md H6: the scanner kept every comment it had seen (about 49 MB per 100,000 on
 * an infinite feed). Above MAX_KEPT, calm comments that left the page are forgotten, oldest first,
 * with their single-comment threads; flagged ones and those still on the page are kept; a
 * forgotten comment that comes back is scored again and marked as before.
 */
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { MAX_KEPT, startScanner, type Scanner } from '@/lib/content/scanner';
import { demo } from '@/lib/platforms/demo';
import { DEFAULT_SETTINGS } from '@/lib/settings';
import { FLAG_ATTR } from '@/lib/content/dom-labels';
import { riskAt } from '../../helpers';

const comment = (id: string, text: string) =>
  `<article class="comment" data-comment-id="${id}"><header><span class="author">A ${id}</span></header><div class="body">${text}</div></article>`;
const settle = () => new Promise((r) => setTimeout(r, 60));

let abort: AbortController;
let scored: string[];
let scanner: Scanner;
beforeEach(() => {
  window.history.replaceState(null, '', '/demo.html');
  document.body.innerHTML = '<section id="comments"></section>';
  abort = new AbortController();
  scored = [];
  scanner = startScanner(document, demo, {
    score: async (texts) => {
      scored.push(...texts);
      return texts.map((t) => riskAt(/idiots/.test(t) ? 'high' : 'none'));
    },
    report: () => undefined,
    status: () => undefined,
    openPanel: () => undefined,
    settings: DEFAULT_SETTINGS,
    lang: 'en',
    now: () => 1,
    signal: abort.signal,
    flushEveryMs: 0,
    setTimeout: (fn, ms) => setTimeout(fn, ms),
    maxKept: 1_000,
  });
});
afterEach(() => abort.abort());

/** A feed page: `n` comments shown, then replaced by the next ones (every 50th is risky). */
const textOf = (i: number) => (i % 50 === 0 ? `idiots ${i}` : `thanks ${i}`);
async function wave(start: number, n: number, rescored = true) {
  const list = document.getElementById('comments')!;
  list.innerHTML = Array.from({ length: n }, (_, i) => comment(`c${start + i}`, textOf(start + i))).join('');
  // Until the wave is read: its last comment scored (or, when it may be remembered, a pause).
  if (rescored)
    await vi.waitFor(() => expect(scored).toContain(textOf(start + n - 1)), { timeout: 10_000, interval: 10 });
  await settle();
}

describe('scanner memory on an infinite feed', () => {
  test('the default cap is 10,000', () => {
    expect(MAX_KEPT).toBe(10_000);
  });

  test('after 6,000 comments passed through, about the cap is remembered, flagged ones included', async () => {
    for (let w = 0; w < 6; w++) await wave(w * 1_000, 1_000);
    document.getElementById('comments')!.innerHTML = '';
    await settle();
    const { kept, threads, flagged } = scanner.stats();
    expect(kept).toBeLessThanOrEqual(1_000);
    // The 120 risky ones are all still counted; calm single-comment threads went with their comments.
    expect(flagged).toBe(120);
    expect(threads).toBeLessThanOrEqual(1_000);
  });

  test('a forgotten comment that comes back is scored again and marked as before; one still remembered is not', async () => {
    for (let w = 0; w < 3; w++) await wave(w * 1_000, 1_000);
    const before = scored.length;
    await wave(0, 2);
    // c0 is risky (kept, not scored again), c1 calm and forgotten (scored again).
    expect(scored.slice(before)).toEqual(['thanks 1']);
    expect(document.querySelector('[data-comment-id="c0"]')!.getAttribute(FLAG_ATTR)).toBe('high');
    expect(document.querySelector('[data-comment-id="c1"]')!.hasAttribute(FLAG_ATTR)).toBe(false);
  });

  test('comments still on the page are never forgotten', async () => {
    await wave(0, 1_500);
    expect(scanner.stats().kept).toBe(1_500);
  });
});
