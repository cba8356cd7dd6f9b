// @vitest-environment jsdom
import { zeros } from '../../helpers';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { CLOCK_EVERY, RETRY_MS, startScanner, type ScannerDeps } from '@/lib/content/scanner';
import { MAX_SCORE_BATCH } from '@/lib/messaging/limits';
import { demo } from '@/lib/platforms/demo';
import { reddit } from '@/lib/platforms/reddit';
import { DEFAULT_SETTINGS } from '@/lib/settings';
import { CRISIS_SIGNALS, TOXICITY_KINDS, type RiskResult } from '@/lib/risk/types';
import { COUNTER_ATTRS, FLAG_ATTR, HOST_TAG, PULSE_ATTR } from '@/lib/content/dom-labels';

/** A stand-in classifier: anything containing "idiot" is high risk. Counts its calls. */
function fakeClassify(text: string): RiskResult {
  const bad = /idiot/i.test(text);
  return {
    language: 'en',
    risk: bad ? 0.9 : 0.05,
    severity: bad ? 'high' : 'none',
    negativity: bad ? 0.9 : 0,
    toxicity: bad ? 0.9 : 0,
    toxicityBy: { ...zeros(TOXICITY_KINDS), insult: bad ? 0.9 : 0 },
    signals: zeros(CRISIS_SIGNALS),
    reasons: bad
      ? [
          {
            source: 'lexicon',
            target: 'insult',
            label: 'insult: "idiot"',
            term: 'idiot',
            span: { start: text.toLowerCase().indexOf('idiot'), end: text.toLowerCase().indexOf('idiot') + 5 },
            weight: 0.9,
          },
        ]
      : [],
    uncertain: false,
    engine: 'fake',
  };
}

function comment(id: string, text: string): string {
  return `<article class="comment" data-comment-id="${id}"><header><span class="author">A ${id}</span></header><div class="body">${text}</div><footer><span class="likes">1</span><button class="reply">Reply</button></footer><div class="reply-box" hidden><textarea></textarea></div></article>`;
}

const flush = () => new Promise((r) => setTimeout(r, 20));

let abort: AbortController;
let deps: ScannerDeps & {
  /** The per-text classifier behind `score`; its calls count the texts scored. */
  classify: ReturnType<typeof vi.fn<typeof fakeClassify>>;
  score: ReturnType<typeof vi.fn<ScannerDeps['score']>>;
  report: ReturnType<typeof vi.fn<ScannerDeps['report']>>;
  status: ReturnType<typeof vi.fn<ScannerDeps['status']>>;
};

beforeEach(() => {
  window.history.replaceState(null, '', '/demo.html');
  document.body.innerHTML = `<section id="comments">${comment('a', 'Thanks, works now')}${comment('b', 'You are idiots')}</section>`;
  abort = new AbortController();
  const classify = vi.fn(fakeClassify);
  deps = {
    classify,
    // Like the background: every text of the batch classified, the scores back asynchronously.
    score: vi.fn<ScannerDeps['score']>(async (texts) => texts.map((t) => classify(t))),
    report: vi.fn<ScannerDeps['report']>(),
    status: vi.fn<ScannerDeps['status']>(),
    openPanel: vi.fn(),
    settings: DEFAULT_SETTINGS,
    lang: 'en',
    now: () => 1_000_000,
    setTimeout: (fn, ms) => setTimeout(fn, ms),
    signal: abort.signal,
    // Every slice reports at once here; the gathering of reports has its own test.
    flushEveryMs: 0,
  };
});
afterEach(() => abort.abort());

describe('scanner', () => {
  test('flags risky comments once, leaves calm ones alone, and reports flagged ones only', async () => {
    startScanner(document, demo, deps);
    await flush();
    expect(document.querySelector('[data-comment-id="b"]')!.getAttribute(FLAG_ATTR)).toBe('high');
    expect(document.querySelector('[data-comment-id="a"]')!.hasAttribute(FLAG_ATTR)).toBe(false);
    expect(document.querySelectorAll(HOST_TAG)).toHaveLength(1);
    expect(deps.classify).toHaveBeenCalledTimes(2);
    const reported = deps.report.mock.calls.flatMap((c) => c[0]).map((c) => c.id);
    expect(reported).toEqual(['b']);
    expect(document.documentElement.getAttribute(COUNTER_ATTRS.observers)).toBe('1');
  });

  test.each([
    ['a thread marked "not a crisis"', { ignoredThreads: ['demo:b'] }, []],
    ['another platform’s thread with the same id', { ignoredThreads: ['reddit:b'] }, ['b', 'b1']],
    ['an ignored author', { ignoredAuthors: ['a b1'] }, ['b']],
  ])('overrides: %s', async (_name, overrides, flagged) => {
    // b1 replies inside thread b; c is a separate risky thread that stays flagged throughout.
    document
      .querySelector('[data-comment-id="b"]')!
      .insertAdjacentHTML('beforeend', comment('b1', 'Idiots, all of you'));
    document.querySelector('#comments')!.insertAdjacentHTML('beforeend', comment('c', 'Total idiots'));
    startScanner(document, demo, { ...deps, settings: { ...DEFAULT_SETTINGS, ...overrides } });
    await flush();
    const marked = Array.from(document.querySelectorAll(`[${FLAG_ATTR}]`)).map((e) =>
      e.getAttribute('data-comment-id'),
    );
    expect(marked.sort()).toEqual([...flagged, 'c'].sort());
    const reported = new Set(deps.report.mock.calls.flatMap((c) => c[0]).map((c) => c.id));
    expect([...reported].sort()).toEqual([...flagged, 'c'].sort());
  });

  test('status: a growing scanned count alone is not reported per burst; a new flag is reported at once', async () => {
    startScanner(document, demo, deps);
    await flush();
    const initial = deps.status.mock.calls.length;
    expect(deps.status.mock.calls.at(-1)![0]).toMatchObject({ state: 'scanning', flagged: 1 });
    for (const id of ['c1', 'c2', 'c3']) {
      document.querySelector('#comments')!.insertAdjacentHTML('beforeend', comment(id, 'Thanks, all good'));
      await flush();
    }
    expect(deps.status.mock.calls.length).toBe(initial);
    document.querySelector('#comments')!.insertAdjacentHTML('beforeend', comment('c4', 'Idiots!'));
    await flush();
    expect(deps.status.mock.calls.length).toBe(initial + 1);
    expect(deps.status.mock.calls.at(-1)![0]).toMatchObject({ state: 'scanning', flagged: 2, scanned: 6 });
  });

  test('while comments stream in, reports are gathered: the first at once, then one per window, none lost, the rest sent on stop', async () => {
    startScanner(document, demo, { ...deps, flushEveryMs: 150 });
    await flush();
    expect(deps.report).toHaveBeenCalledTimes(1);
    const list = document.getElementById('comments')!;
    // Three bursts inside one window: their badges come at once, their report once the window ends.
    for (const burst of [0, 1, 2]) {
      list.insertAdjacentHTML('beforeend', comment(`s${burst}`, 'idiots, burst ' + burst));
      await flush();
      expect(document.querySelector(`[data-comment-id="s${burst}"]`)!.getAttribute(FLAG_ATTR)).toBe('high');
    }
    expect(deps.report).toHaveBeenCalledTimes(1);
    await vi.waitFor(() => expect(deps.report).toHaveBeenCalledTimes(2), { timeout: 1000, interval: 10 });
    expect(deps.report.mock.calls[1]![0].map((c) => c.id)).toEqual(['s0', 's1', 's2']);
    // A burst still gathered when the scanner stops (navigation) is sent, not dropped.
    list.insertAdjacentHTML('beforeend', comment('s3', 'idiots again'));
    await flush();
    list.insertAdjacentHTML('beforeend', comment('s4', 'idiots once more'));
    await flush();
    const before = deps.report.mock.calls.length;
    abort.abort();
    const after = deps.report.mock.calls
      .slice(before)
      .flatMap((c) => c[0])
      .map((c) => c.id);
    expect(deps.report.mock.calls.flatMap((c) => c[0]).map((c) => c.id)).toEqual(['b', 's0', 's1', 's2', 's3', 's4']);
    expect(after.length).toBeGreaterThan(0);
  });

  test('comments added later are scored; our own badge insertions do not trigger re-scans', async () => {
    startScanner(document, demo, deps);
    await flush();
    const list = document.getElementById('comments')!;
    for (let i = 0; i < 30; i++) list.insertAdjacentHTML('beforeend', comment(`n${i}`, i % 3 ? 'fine' : 'idiot again'));
    await vi.waitFor(() => expect(document.querySelectorAll(HOST_TAG)).toHaveLength(11));
    await flush();
    expect(deps.classify).toHaveBeenCalledTimes(32);
  });

  test('a comment is re-scored when its text changes, and its badge goes when it turns calm', async () => {
    startScanner(document, demo, deps);
    await flush();
    const body = document.querySelector('[data-comment-id="b"] .body')!;
    body.textContent = 'Sorry, I take it back';
    await flush();
    expect(deps.classify).toHaveBeenCalledTimes(3);
    expect(document.querySelectorAll(HOST_TAG)).toHaveLength(0);
    expect(document.querySelector('[data-comment-id="b"]')!.hasAttribute(FLAG_ATTR)).toBe(false);
  });

  test('a recycled node that now shows another comment loses the old badge', async () => {
    startScanner(document, demo, deps);
    await flush();
    const el = document.querySelector('[data-comment-id="b"]')!;
    el.setAttribute('data-comment-id', 'c');
    el.querySelector('.body')!.textContent = 'Have a nice day';
    await flush();
    expect(document.querySelectorAll(HOST_TAG)).toHaveLength(0);
  });

  test('inserting its own badges makes the scanner read nothing again', async () => {
    document.getElementById('comments')!.innerHTML = Array.from({ length: 20 }, (_, i) =>
      comment(`r${i}`, `you idiot ${i}`),
    ).join('');
    startScanner(document, demo, deps);
    await flush();
    await flush();
    expect(document.querySelectorAll(HOST_TAG)).toHaveLength(20);
    // Every comment was read once: the 20 badge insertions queued no re-reads.
    expect(document.documentElement.getAttribute(COUNTER_ATTRS.scanned)).toBe('20');
  });

  test('with whenNear, a risky comment is marked and reported at once and outlined and badged only when it comes near the viewport', async () => {
    const waits = new Map<Element, { build: () => void; cancelled: boolean }>();
    const whenNear = (el: Element, build: () => void) => {
      const w = { build, cancelled: false };
      waits.set(el, w);
      return () => {
        w.cancelled = true;
      };
    };
    const scanner = startScanner(document, demo, { ...deps, whenNear });
    await flush();
    const b = document.querySelector('[data-comment-id="b"]')!;
    expect(b.getAttribute(FLAG_ATTR)).toBe('high');
    expect(deps.report.mock.calls.flatMap((c) => c[0]).map((c) => c.id)).toEqual(['b']);
    expect(document.querySelectorAll(HOST_TAG)).toHaveLength(0);
    expect(getComputedStyle(b).outline).toBe('');
    expect([...waits.keys()]).toEqual([b]);
    // Read again (a change elsewhere in the comment): still waiting, no second wait.
    b.querySelector('.likes')!.textContent = '2';
    await flush();
    expect(waits.size).toBe(1);
    waits.get(b)!.build();
    expect(document.querySelectorAll(HOST_TAG)).toHaveLength(1);
    expect(getComputedStyle(b).outline).not.toBe('');
    // The page removes the built badge: it is made again, and waits for the viewport again.
    waits.clear();
    document.querySelector(HOST_TAG)!.remove();
    await flush();
    expect([...waits.keys()]).toEqual([b]);
    // Focusing from the panel builds it at once.
    Object.defineProperty(Element.prototype, 'scrollIntoView', { configurable: true, value: () => undefined });
    try {
      expect(scanner.focus('b')).toBe(true);
    } finally {
      delete (Element.prototype as { scrollIntoView?: unknown }).scrollIntoView;
    }
    expect(document.querySelector(HOST_TAG)?.hasAttribute(PULSE_ATTR)).toBe(true);
    expect(waits.get(b)!.cancelled).toBe(true);
    // A comment that stops being risky while it waits: the wait is cancelled and the mark goes.
    document.getElementById('comments')!.insertAdjacentHTML('beforeend', comment('c', 'idiot'));
    await flush();
    const c = document.querySelector('[data-comment-id="c"]')!;
    expect(c.getAttribute(FLAG_ATTR)).toBe('high');
    c.querySelector('.body')!.textContent = 'Have a nice day';
    await flush();
    expect(waits.get(c)!.cancelled).toBe(true);
    expect(c.hasAttribute(FLAG_ATTR)).toBe(false);
    // Stopping cancels what still waits.
    document.getElementById('comments')!.insertAdjacentHTML('beforeend', comment('d', 'idiot'));
    await flush();
    const d = document.querySelector('[data-comment-id="d"]')!;
    abort.abort();
    expect(waits.get(d)!.cancelled).toBe(true);
    expect(d.hasAttribute(FLAG_ATTR)).toBe(false);
  });

  test('a badge the page removes comes back; a badge the scanner removes does not', async () => {
    startScanner(document, demo, deps);
    await flush();
    document.querySelector(HOST_TAG)!.remove();
    await flush();
    expect(document.querySelectorAll(HOST_TAG)).toHaveLength(1);
    document.querySelector('[data-comment-id="b"] .body')!.textContent = 'Have a nice day';
    await flush();
    await flush();
    expect(document.querySelectorAll(HOST_TAG)).toHaveLength(0);
  });

  test('stopping tears everything down: no badges, no outline, no observer, no further work', async () => {
    startScanner(document, demo, deps);
    await flush();
    const el = document.querySelector<HTMLElement>('[data-comment-id="b"]')!;
    expect(getComputedStyle(el).outline).not.toBe('');
    abort.abort();
    expect(document.querySelectorAll(HOST_TAG)).toHaveLength(0);
    expect(getComputedStyle(el).outline).toBe('');
    expect(document.querySelectorAll('style[data-stormwatch-host]')).toHaveLength(0);
    expect(document.documentElement.hasAttribute(COUNTER_ATTRS.observers)).toBe(false);
    document.getElementById('comments')!.insertAdjacentHTML('beforeend', comment('late', 'idiot'));
    await flush();
    expect(deps.classify).toHaveBeenCalledTimes(2);
    expect(document.querySelectorAll(HOST_TAG)).toHaveLength(0);
  });

  test('timers still pending when the scanner stops do nothing when they fire (plain timers are safe)', async () => {
    // Hold every timer, stop the scanner, then fire them all: no classification, badge, report or status.
    const held: Array<() => void> = [];
    const scanner = startScanner(document, demo, { ...deps, flushEveryMs: 150, setTimeout: (fn) => held.push(fn) });
    expect(held.length).toBeGreaterThan(0);
    const calls = () => [deps.classify.mock.calls.length, deps.report.mock.calls.length, deps.status.mock.calls.length];
    abort.abort();
    const before = calls();
    while (held.length) held.shift()!();
    expect(calls()).toEqual(before);
    expect(document.querySelectorAll(HOST_TAG)).toHaveLength(0);
    expect(document.documentElement.hasAttribute(COUNTER_ATTRS.scanned)).toBe(false);
    expect(scanner.stats().scanned).toBe(0);
  });

  test.each([
    ['the frame comes first', true],
    ['no frame comes (a hidden tab): the timer runs it', false],
  ])('slices wait for the next frame when one is offered: %s; each comment is scanned once', async (_name, frames) => {
    const pending: Array<() => void> = [];
    startScanner(document, demo, { ...deps, requestFrame: (fn) => pending.push(fn) });
    await flush();
    // Nothing scanned before a frame, unless the fallback timer (100 ms) fired.
    if (frames) {
      expect(deps.classify).not.toHaveBeenCalled();
      while (pending.length) pending.shift()!();
    }
    await vi.waitFor(() => expect(deps.classify).toHaveBeenCalledTimes(2), { timeout: 1000, interval: 10 });
    expect(document.querySelector('[data-comment-id="b"]')!.getAttribute(FLAG_ATTR)).toBe('high');
    // The other trigger of the same slice (timer or frame) does nothing.
    await new Promise((r) => setTimeout(r, 150));
    while (pending.length) pending.shift()!();
    expect(deps.classify).toHaveBeenCalledTimes(2);
    expect(deps.report.mock.calls.flatMap((c) => c[0]).map((c) => c.id)).toEqual(['b']);
  });

  test('comments the page adds are read in the page’s own task (its mutation callback), before its next frame; what the slice leaves goes on in timer tasks, not in a frame', async () => {
    const pending: Array<() => void> = [];
    startScanner(document, demo, { ...deps, requestFrame: (fn) => pending.push(fn) });
    while (pending.length) pending.shift()!();
    await flush();
    expect(deps.classify).toHaveBeenCalledTimes(2);
    const list = document.getElementById('comments')!;
    list.insertAdjacentHTML('beforeend', comment('c', 'idiots'));
    // The mutation callback is a microtask at the end of the page's task: no frame, no timer.
    // The comment is read and sent to be scored there, and marked when its score comes back.
    await Promise.resolve();
    expect(deps.classify).toHaveBeenCalledTimes(3);
    await vi.waitFor(
      () => expect(document.querySelector('[data-comment-id="c"]')!.getAttribute(FLAG_ATTR)).toBe('high'),
      { timeout: 1000, interval: 5 },
    );
    expect(pending).toHaveLength(0);
    // A burst larger than one slice: the clock, read every CLOCK_EVERY comments, is past the
    // slice's budget at its second reading.
    let calls = 0;
    const clock = vi.spyOn(performance, 'now').mockImplementation(() => (++calls <= 2 ? 0 : 1_000));
    const burst = Array.from({ length: CLOCK_EVERY + 2 }, (_, i) => comment(`burst${i}`, i % 2 ? 'calm' : 'idiots'));
    try {
      list.insertAdjacentHTML('beforeend', burst.join(''));
      await Promise.resolve();
      expect(deps.classify).toHaveBeenCalledTimes(3 + CLOCK_EVERY);
    } finally {
      clock.mockRestore();
    }
    await flush();
    expect(deps.classify).toHaveBeenCalledTimes(3 + burst.length);
    expect(document.querySelector(`[data-comment-id="burst${CLOCK_EVERY}"]`)!.getAttribute(FLAG_ATTR)).toBe('high');
    expect(pending).toHaveLength(0);
  });

  test('in a hidden tab slices do not wait for frames (none are drawn there)', async () => {
    const visibility = vi.spyOn(document, 'visibilityState', 'get').mockReturnValue('hidden');
    try {
      const frames: Array<() => void> = [];
      startScanner(document, demo, { ...deps, requestFrame: (fn) => frames.push(fn) });
      // Well before the 100 ms fallback, with no frame drawn.
      await flush();
      expect(deps.classify).toHaveBeenCalledTimes(2);
      expect(frames).toHaveLength(0);
    } finally {
      visibility.mockRestore();
    }
  });

  test('the flagged count follows comments turning risky and calm', async () => {
    startScanner(document, demo, deps);
    await flush();
    expect(document.documentElement.getAttribute(COUNTER_ATTRS.flagged)).toBe('1');
    document
      .getElementById('comments')!
      .insertAdjacentHTML('beforeend', comment('c', 'idiots') + comment('d', 'idiot again'));
    await flush();
    expect(document.documentElement.getAttribute(COUNTER_ATTRS.flagged)).toBe('3');
    document.querySelector('[data-comment-id="c"] .body')!.textContent = 'All fine now';
    await flush();
    expect(document.documentElement.getAttribute(COUNTER_ATTRS.flagged)).toBe('2');
    expect(deps.status.mock.calls.at(-1)![0]).toMatchObject({ flagged: 2 });
  });

  test('selecting an item in the panel scrolls its comment into view and pulses its badge', async () => {
    const scrolled: Element[] = [];
    const scrollIntoView = vi.fn(function (this: Element) {
      scrolled.push(this);
    });
    Object.defineProperty(Element.prototype, 'scrollIntoView', { configurable: true, value: scrollIntoView });
    try {
      const scanner = startScanner(document, demo, deps);
      await flush();
      const host = document.querySelector(HOST_TAG)!;
      expect(host.hasAttribute(PULSE_ATTR)).toBe(false);
      expect(scanner.focus('b')).toBe(true);
      expect(scrolled).toEqual([document.querySelector('[data-comment-id="b"]')]);
      expect(scrollIntoView).toHaveBeenCalledWith({ block: 'center', behavior: 'smooth' });
      expect(host.hasAttribute(PULSE_ATTR)).toBe(true);
      // A comment that is not (or no longer) on the page is reported, not scrolled to.
      expect(scanner.focus('nope')).toBe(false);
      document.querySelector('[data-comment-id="b"]')!.remove();
      expect(scanner.focus('b')).toBe(false);
      expect(scrolled).toHaveLength(1);
    } finally {
      delete (Element.prototype as { scrollIntoView?: unknown }).scrollIntoView;
    }
  });

  test('a comment removed from the page is let go (its badge released, still counted); put back, it is badged again without a second classification', async () => {
    startScanner(document, demo, deps);
    await flush();
    const list = document.getElementById('comments')!;
    const el = document.querySelector<HTMLElement>('[data-comment-id="b"]')!;
    expect(el.querySelector(HOST_TAG) ?? el.nextElementSibling?.matches(HOST_TAG)).toBeTruthy();
    el.remove();
    await flush();
    // The scanner no longer holds the detached comment through its badge.
    expect(el.querySelector(HOST_TAG)).toBeNull();
    expect(getComputedStyle(el).outline).toBe('');
    expect(document.querySelectorAll(HOST_TAG)).toHaveLength(0);
    expect(document.documentElement.getAttribute(COUNTER_ATTRS.flagged)).toBe('1');
    list.append(el);
    await flush();
    expect(document.querySelectorAll(HOST_TAG)).toHaveLength(1);
    expect(getComputedStyle(el).outline).not.toBe('');
    expect(deps.classify).toHaveBeenCalledTimes(2);
    expect(document.documentElement.getAttribute(COUNTER_ATTRS.flagged)).toBe('1');
  });

  test('comment text with markup stays text in the tooltip', async () => {
    document
      .getElementById('comments')!
      .insertAdjacentHTML('beforeend', comment('x', '&lt;img src=x onerror=alert(1)&gt; idiot'));
    startScanner(document, demo, deps);
    await flush();
    expect(document.querySelectorAll('img')).toHaveLength(0);
  });

  test('a comment page with no comment root reports "noComments" after the grace period', async () => {
    document.body.innerHTML = '<main>nothing here</main>';
    let now = 0;
    startScanner(document, demo, { ...deps, now: () => now, noCommentsAfterMs: 100 });
    await flush();
    expect(deps.status.mock.calls.at(-1)![0]).toMatchObject({ state: 'scanning' });
    now = 60_000;
    await new Promise((r) => setTimeout(r, 200));
    expect(deps.status.mock.calls.at(-1)![0]).toMatchObject({ state: 'noComments', missing: 'demo.commentRoot' });
  });

  test('Reddit as served: "comments not loaded yet" while the tree is a placeholder, then the comments are read when it lands', async () => {
    window.history.replaceState(null, '', '/r/zefirmobile/comments/1abcde/x/');
    document.body.innerHTML =
      '<shreddit-post comment-count="2"></shreddit-post><faceplate-partial loading="preload" src="/svc/shreddit/comments/r/zefirmobile/t3_1abcde?render-mode=partial"></faceplate-partial>';
    let now = 0;
    startScanner(document, reddit, { ...deps, now: () => now, noCommentsAfterMs: 100 });
    await flush();
    now = 60_000;
    await new Promise((r) => setTimeout(r, 200));
    expect(deps.status.mock.calls.at(-1)![0]).toMatchObject({ state: 'commentsLoading' });
    expect(deps.status.mock.calls.some(([s]) => s.state === 'noComments')).toBe(false);
    // The page fetches the partial and puts the tree in its place.
    const partial = document.querySelector('faceplate-partial')!;
    partial.outerHTML =
      '<shreddit-comment-tree post-id="t3_1abcde"><shreddit-comment thingid="t1_a" author="ola" depth="0"><div slot="comment"><p>Thanks, works now</p></div></shreddit-comment><shreddit-comment thingid="t1_b" author="kamil" depth="0"><div slot="comment"><p>You are idiots</p></div></shreddit-comment></shreddit-comment-tree>';
    await vi.waitFor(
      () => expect(document.querySelector('shreddit-comment[thingid="t1_b"]')!.getAttribute(FLAG_ATTR)).toBe('high'),
      { timeout: 3000 },
    );
    await vi.waitFor(() => expect(deps.status.mock.calls.at(-1)![0]).toMatchObject({ state: 'scanning', scanned: 2 }), {
      timeout: 3000,
    });
  });

  test('Reddit: a placeholder replaced by an empty section ends "not loaded yet"', async () => {
    window.history.replaceState(null, '', '/r/zefirmobile/comments/1abcde/x/');
    document.body.innerHTML =
      '<faceplate-partial loading="preload" src="/svc/shreddit/comments/r/zefirmobile/t3_1abcde"></faceplate-partial>';
    let now = 0;
    startScanner(document, reddit, { ...deps, now: () => now, noCommentsAfterMs: 100 });
    now = 60_000;
    await new Promise((r) => setTimeout(r, 200));
    expect(deps.status.mock.calls.at(-1)![0]).toMatchObject({ state: 'commentsLoading' });
    document.querySelector('faceplate-partial')!.outerHTML = '<div class="empty">No comments yet</div>';
    await vi.waitFor(() => expect(deps.status.mock.calls.at(-1)![0]).toMatchObject({ state: 'noComments' }), {
      timeout: 3000,
    });
  });

  test.each([
    [
      'no comment root',
      '<main>nothing here</main>',
      'demo.commentRoot',
      '[stormwatch] demo.commentRoot not found (demo.root = #comments)',
    ],
    [
      'a root without comments',
      '<section id="comments"><p>No comments yet</p></section>',
      'demo.comment',
      '[stormwatch] demo.comment not found (demo.comment = article.comment[data-comment-id])',
    ],
  ])('%s: the log names the selector that found nothing, once', async (_name, html, missing, line) => {
    document.body.innerHTML = html;
    const info = vi.spyOn(console, 'info').mockImplementation(() => {});
    let now = 0;
    startScanner(document, demo, { ...deps, now: () => now, noCommentsAfterMs: 100 });
    await flush();
    now = 60_000;
    await new Promise((r) => setTimeout(r, 200));
    expect(deps.status.mock.calls.at(-1)![0]).toMatchObject({ state: 'noComments', missing });
    expect(info.mock.calls.filter(([m]) => String(m).startsWith('[stormwatch]'))).toEqual([[line]]);
    info.mockRestore();
  });
});

/** A scorer that answers only when told: each batch waits in `batches` with its texts. */
function heldScorer() {
  const batches: Array<{ texts: string[]; answer(): void; fail(err: Error): void }> = [];
  const score: ScannerDeps['score'] = (texts) =>
    new Promise((resolve, reject) =>
      batches.push({ texts, answer: () => resolve(texts.map(fakeClassify)), fail: reject }),
    );
  return { batches, score };
}
const flagOf = (id: string) => document.querySelector(`[data-comment-id="${id}"]`)!.getAttribute(FLAG_ATTR);
const reportedTexts = () => deps.report.mock.calls.flatMap((c) => c[0]).map((c) => `${c.id}: ${c.text}`);

describe('scanner: scores come back later (scored by the background)', () => {
  test('a comment is marked when its score arrives; after an edit, a score that arrives late for the old text is dropped', async () => {
    const held = heldScorer();
    startScanner(document, demo, { ...deps, score: held.score });
    await flush();
    expect(held.batches.map((b) => b.texts)).toEqual([['Thanks, works now', 'You are idiots']]);
    expect(flagOf('b')).toBeNull();
    document.querySelector('[data-comment-id="b"] .body')!.textContent = 'Still idiots';
    await flush();
    expect(held.batches[1]!.texts).toEqual(['Still idiots']);
    // The newer score first, then the older one.
    held.batches[1]!.answer();
    await flush();
    expect(flagOf('b')).toBe('high');
    held.batches[0]!.answer();
    await flush();
    expect(flagOf('b')).toBe('high');
    expect(reportedTexts()).toEqual(['b: Still idiots']);
    expect(document.querySelectorAll(HOST_TAG)).toHaveLength(1);
  });

  test('a comment read again while its score is awaited is not sent twice', async () => {
    const held = heldScorer();
    startScanner(document, demo, { ...deps, score: held.score });
    await flush();
    // A change inside the comment that leaves its text alone (the page adds a control).
    document.querySelector('[data-comment-id="b"] footer')!.append(document.createElement('span'));
    await flush();
    expect(held.batches).toHaveLength(1);
    held.batches[0]!.answer();
    await flush();
    expect(flagOf('b')).toBe('high');
    expect(document.documentElement.getAttribute(COUNTER_ATTRS.classified)).toBe('2');
  });

  test('a comment the page removed before its score arrived is reported and counted, not badged', async () => {
    const held = heldScorer();
    startScanner(document, demo, { ...deps, score: held.score });
    await flush();
    document.querySelector('[data-comment-id="b"]')!.remove();
    held.batches[0]!.answer();
    await flush();
    expect(document.querySelectorAll(HOST_TAG)).toHaveLength(0);
    expect(reportedTexts()).toEqual(['b: You are idiots']);
    expect(document.documentElement.getAttribute(COUNTER_ATTRS.flagged)).toBe('1');
  });

  test('scores that arrive after the scanner stopped change nothing', async () => {
    const held = heldScorer();
    startScanner(document, demo, { ...deps, score: held.score });
    await flush();
    abort.abort();
    held.batches[0]!.answer();
    await flush();
    expect(flagOf('b')).toBeNull();
    expect(deps.report).not.toHaveBeenCalled();
  });

  test('a batch that fails is sent again after growing pauses; after the last one the failure is told and the comment is scored when it changes', async () => {
    const pauses: number[] = [];
    // Retry pauses are recorded and shortened; every other timer runs as asked.
    const setTimer: ScannerDeps['setTimeout'] = (fn, ms) => {
      if ((RETRY_MS as readonly number[]).includes(ms)) pauses.push(ms);
      return setTimeout(fn, (RETRY_MS as readonly number[]).includes(ms) ? 1 : ms);
    };
    let failures = 2;
    const lost = new Error('Could not establish connection. Receiving end does not exist.');
    const score: ScannerDeps['score'] = async (texts) => {
      if (failures-- > 0) throw lost;
      return texts.map(fakeClassify);
    };
    startScanner(document, demo, { ...deps, score, setTimeout: setTimer });
    await vi.waitFor(() => expect(flagOf('b')).toBe('high'), { timeout: 1000, interval: 5 });
    expect(pauses).toEqual([RETRY_MS[0], RETRY_MS[1]]);

    abort.abort();
    abort = new AbortController();
    document.body.innerHTML = `<section id="comments">${comment('c', 'idiots here')}</section>`;
    pauses.length = 0;
    failures = Infinity;
    const scoreFailed = vi.fn();
    startScanner(document, demo, { ...deps, score, setTimeout: setTimer, signal: abort.signal, scoreFailed });
    await vi.waitFor(() => expect(scoreFailed).toHaveBeenCalledWith(lost), { timeout: 1000, interval: 5 });
    expect(pauses).toEqual([...RETRY_MS]);
    expect(scoreFailed).toHaveBeenCalledTimes(1);
    expect(flagOf('c')).toBeNull();
    // The background answers again: the comment's next change gets it scored.
    failures = 0;
    document.querySelector('[data-comment-id="c"] .body')!.textContent = 'idiots, still here';
    await vi.waitFor(() => expect(flagOf('c')).toBe('high'), { timeout: 1000, interval: 5 });
  });

  test('a slice that reads more than MAX_SCORE_BATCH comments sends them in batches of at most that many, in page order', async () => {
    startScanner(document, demo, deps);
    await flush();
    deps.score.mockClear();
    // A slice that never runs out of time reads the whole burst.
    const clock = vi.spyOn(performance, 'now').mockReturnValue(0);
    const n = MAX_SCORE_BATCH * 2 + 7;
    try {
      document
        .getElementById('comments')!
        .insertAdjacentHTML(
          'beforeend',
          Array.from({ length: n }, (_, i) => comment(`m${i}`, i % 2 ? 'calm ' + i : 'idiots ' + i)).join(''),
        );
      // Until the slice ran (one timer task; on a loaded machine later than a fixed pause).
      await vi.waitFor(() => expect(deps.score).toHaveBeenCalled(), { timeout: 5_000, interval: 5 });
    } finally {
      clock.mockRestore();
    }
    const sizes = deps.score.mock.calls.map(([texts]) => texts.length);
    expect(sizes).toEqual([MAX_SCORE_BATCH, MAX_SCORE_BATCH, 7]);
    expect(deps.score.mock.calls.flatMap(([texts]) => texts)).toEqual(
      Array.from({ length: n }, (_, i) => (i % 2 ? 'calm ' : 'idiots ') + i),
    );
    await vi.waitFor(
      () => expect(document.documentElement.getAttribute(COUNTER_ATTRS.flagged)).toBe(String(1 + Math.ceil(n / 2))),
      { timeout: 2000, interval: 10 },
    );
  });
});
