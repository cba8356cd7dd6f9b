// @vitest-environment jsdom
/**
 * docs/RELIABILITY.md H9. Stopping the service worker every 50 ms for 8 s left 600 of 3,000
 * comments never scored, even after recovery: the page gave up after its retries until a comment
 * changed. Now a batch whose retries ran out waits and is sent again as soon as the worker answers
 * another batch, or every RESCORE_MS. And a page that nests elements 30,000 deep does not
 * overflow the stack in `readText`.
 */
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { RESCORE_MS, RETRY_MS, startScanner, type ScannerDeps } from '@/lib/content/scanner';
import { demo } from '@/lib/platforms/demo';
import { readText } from '@/lib/platforms/dom';
import { DEFAULT_SETTINGS } from '@/lib/settings';
import { FLAG_ATTR } from '@/lib/content/dom-labels';
import { riskAt } from '../../helpers';

const comment = (id: string, text: string) =>
  `<article class="comment" data-comment-id="${id}"><header><span class="author">A ${id}</span></header><div class="body">${text}</div></article>`;
const flagged = () => document.querySelectorAll(`[${FLAG_ATTR}]`).length;

let abort: AbortController;
let down: boolean;
let calls: number;
let rescoreTimers: number;
const lost = () => new Error('Could not establish connection. Receiving end does not exist.');
function deps(rescoreMs: number): ScannerDeps {
  return {
    // The worker: stopped (every call fails) while `down`.
    score: async (texts) => {
      calls++;
      if (down) throw lost();
      return texts.map((t) => riskAt(/idiots/.test(t) ? 'high' : 'none'));
    },
    scoreFailed: () => undefined,
    report: () => undefined,
    status: () => undefined,
    openPanel: () => undefined,
    settings: DEFAULT_SETTINGS,
    lang: 'en',
    now: () => 1,
    signal: abort.signal,
    flushEveryMs: 0,
    // Quick retries shortened; the slow re-send at the pause the test chooses.
    setTimeout: (fn, ms) => {
      if (ms === RESCORE_MS) rescoreTimers++;
      return setTimeout(fn, (RETRY_MS as readonly number[]).includes(ms) ? 1 : ms === RESCORE_MS ? rescoreMs : ms);
    },
  };
}

beforeEach(() => {
  window.history.replaceState(null, '', '/demo.html');
  abort = new AbortController();
  down = true;
  calls = 0;
  rescoreTimers = 0;
});
afterEach(() => abort.abort());

describe('scoring after the worker comes back (H9)', () => {
  test('every comment read while the worker was down is scored after it returns, with no change on the page', async () => {
    document.body.innerHTML = `<section id="comments">${Array.from({ length: 1_200 }, (_, i) => comment(`c${i}`, i % 2 ? `idiots ${i}` : `thanks ${i}`)).join('')}</section>`;
    startScanner(document, demo, deps(30));
    // Down through every quick retry.
    await vi.waitFor(() => expect(rescoreTimers).toBeGreaterThan(0), { timeout: 5_000, interval: 10 });
    expect(flagged()).toBe(0);
    down = false;
    await vi.waitFor(() => expect(flagged()).toBe(600), { timeout: 5_000, interval: 20 });
  });

  test('waiting batches go as soon as the worker answers another one, without waiting for the slow timer', async () => {
    document.body.innerHTML = `<section id="comments">${comment('a', 'idiots a')}</section>`;
    // The slow re-send is far away: only the answer to another batch can bring the first one back.
    startScanner(document, demo, deps(60_000));
    await vi.waitFor(() => expect(rescoreTimers).toBe(1), { timeout: 5_000, interval: 10 });
    down = false;
    document.getElementById('comments')!.insertAdjacentHTML('beforeend', comment('b', 'idiots b'));
    await vi.waitFor(() => expect(flagged()).toBe(2), { timeout: 2_000, interval: 10 });
  });

  test('the worker staying down costs one call per slow pause, not a storm', async () => {
    document.body.innerHTML = `<section id="comments">${comment('a', 'idiots a')}</section>`;
    startScanner(document, demo, deps(40));
    await new Promise((r) => setTimeout(r, 400));
    // 1 + 3 quick retries, then about one per 40 ms.
    expect(calls).toBeLessThan(4 + 400 / 40 + 2);
    abort.abort();
    const after = calls;
    await new Promise((r) => setTimeout(r, 120));
    expect(calls).toBe(after);
  });
});

describe('deep nesting (H9)', () => {
  test('readText reads a comment nested 30,000 levels deep without overflowing the stack', () => {
    // Built from the inside out: each wrapper is detached when its child goes in (quick in jsdom).
    let node: Element = document.createElement('span');
    node.append('deep');
    for (let i = 30_000; i > 0; i--) {
      const wrapper = document.createElement(i % 2 ? 'span' : 'i');
      if (i === 100) wrapper.append('idiots ');
      wrapper.append(node);
      node = wrapper;
    }
    const root = document.createElement('div');
    root.append(node);
    expect(readText(root)).toBe('idiots deep');
  });

  test.each([
    ['<p>one</p><p>two</p>', 'one\n\ntwo'],
    ['<div>a<b>b</b><img alt="🙂">c<br>d</div>', 'ab🙂c\nd'],
    ['<div><p>x <span>y</span></p>  <p>z</p></div>', 'x y\n\nz'],
  ])('reads %s as before', (html, text) => {
    const el = document.createElement('div');
    el.innerHTML = html;
    expect(readText(el)).toBe(text);
  });
});
