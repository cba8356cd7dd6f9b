/**
 * The scanner: one MutationObserver per comment root, only added or changed nodes processed, in
 * time slices of about 8 ms, every comment scored once (again only when its text changes),
 * results sent to the background in batches. Scoring is asynchronous: each slice sends the texts
 * it read to be scored (`score`, the background in the extension) and marks the comments when the
 * scores come back. Pure of extension APIs: everything it needs comes in through `ScannerDeps`,
 * so it runs the same in tests, on the demo page and in content scripts.
 *
 * Its parts: scheduling (`scan-schedule.ts`), reading (`scan-read.ts`), scoring requests
 * (`scan-score.ts`), marking (`scan-mark.ts`) and reporting (`scan-report.ts`), over the state
 * they share (`scan-state.ts`). This file runs the slices, lets go of what left the page, and
 * wires the parts together.
 */
import type { PlatformAdapter } from '@/lib/platforms/types';
import { removeOutlineStyle } from './highlight';
import { COUNTER_ATTRS } from './dom-labels';
import { createScanState, drop, later, pageUrl, type ScanState, type ScannerDeps } from './scan-state';
import { createSliceScheduler, type SliceScheduler } from './scan-schedule';
import { createRootFinder, mutationHandler, readComment } from './scan-read';
import { createScoreRequests, type ScoreRequests } from './scan-score';
import { acceptScore } from './scan-mark';
import { createReporter, NO_COMMENTS_AFTER_MS, type Reporter } from './scan-report';

export type { ScannerDeps, ScoreTexts } from './scan-state';
export { RESCORE_MS, RETRY_MS } from './scan-score';
export { BACKLOG_FLUSH_MS, failedSelector, NO_COMMENTS_AFTER_MS } from './scan-report';

const SLICE_MS = 8;
/** Nodes taken from the queue between two reads of the clock in a slice. */
export const CLOCK_EVERY = 4;
/**
 * A hidden tab draws no frames and the browser wakes its timers up about once a second: slices
 * there run on timers at once, and longer (still under the 50 ms of a long task), so a thread
 * opened in a background tab reaches the queue in a few wake-ups instead of dozens.
 */
const HIDDEN_SLICE_MS = 40;
/**
 * Above this many remembered comments, calm ones that left the page are forgotten, oldest first
 * (an infinite feed kept every comment it had shown: about 49 MB per 100,000). A forgotten
 * comment that comes back is scored again. Flagged ones are kept. docs/RELIABILITY.md H6.
 */
export const MAX_KEPT = 10_000;

export interface Scanner {
  findComment(commentId: string): Element | null;
  focus(commentId: string): boolean;
  stats(): { observers: number; scanned: number; classified: number; flagged: number; kept: number; threads: number };
  stop(): void;
}

/** The scanner's parts, wired together by `startScanner`. */
interface Parts {
  sched: SliceScheduler;
  requests: ScoreRequests;
  reporter: Reporter;
}

/** Start scanning `doc` with `adapter`. Stops when `deps.signal` aborts. */
export function startScanner(doc: Document, adapter: PlatformAdapter, deps: ScannerDeps): Scanner {
  const s = createScanState(doc, adapter, deps);
  const reporter = createReporter(s);
  const parts: Parts = {
    sched: createSliceScheduler(s, (ownTask) => runSlice(s, parts, ownTask)),
    requests: createScoreRequests(s, {
      scored: ({ raw, el }, result) => {
        parts.requests.settle(raw);
        acceptScore(s, raw, el, result);
      },
      // An answered batch is flushed now, unless a slice still to run will flush at its end.
      answered: () => {
        if (s.queue.length === 0 && !parts.sched.scheduled) reporter.requestFlush();
      },
    }),
    reporter,
  };
  const roots = createRootFinder(s, mutationHandler(s, parts.sched.afterMutations), parts.sched.schedule, () =>
    reporter.reportStatus(),
  );
  const stop = () => stopScanner(s, parts, roots.disconnect);
  deps.signal.addEventListener('abort', stop, { once: true });

  roots.findRoots();
  reporter.writeCounters();
  reporter.reportStatus();
  // Re-check roots and the "no comments" state a little later, for lazy comment sections.
  later(
    s,
    () => {
      roots.findRoots();
      reporter.reportStatus();
    },
    (deps.noCommentsAfterMs ?? NO_COMMENTS_AFTER_MS) + 50,
  );
  return scannerHandle(s, stop);
}

function scannerHandle(s: ScanState, stop: () => void): Scanner {
  const { entries } = s;
  return {
    findComment(commentId) {
      const el = entries.get(commentId)?.el.deref();
      return el && el.isConnected ? el : null;
    },
    focus(commentId) {
      const entry = entries.get(commentId);
      const el = entry?.el.deref();
      if (!entry || !el || !el.isConnected) return false;
      el.scrollIntoView({ block: 'center', behavior: 'smooth' });
      entry.badge?.pulse();
      return true;
    },
    stats: () => ({ observers: s.observed.size, ...s.counts, kept: entries.size, threads: s.threads.size }),
    stop,
  };
}

/**
 * One slice of at most SLICE_MS. `ownTask`: the slice runs outside any frame (in the page's
 * mutation callback, or a timer continuing that work): what it leaves goes on in tasks of its
 * own, not in the next frame, whose task already holds the page's layout.
 */
function runSlice(s: ScanState, { sched, requests, reporter }: Parts, ownTask: boolean): void {
  sched.scheduled = false;
  if (s.stopped) return;
  const { queue, seen, adapter } = s;
  const start = performance.now();
  // The page's address, read once per slice (location.href is not free).
  const url = pageUrl(s);
  const budget = sched.hidden() ? HIDDEN_SLICE_MS : SLICE_MS;
  // The clock is read every CLOCK_EVERY nodes (each read is a call into the page; a node is a
  // comment or two, tens of microseconds, so the slice overruns its budget by well under 1 ms).
  for (let n = 0; queue.length > 0 && (n % CLOCK_EVERY !== 0 || performance.now() - start < budget); n++) {
    const node = queue.shift()!;
    if (!node.isConnected || node.nodeType !== 1) continue;
    const el = node as Element;
    for (const c of seen.has(el) ? [el] : adapter.findComments(el)) readComment(s, requests, c, url);
  }
  requests.sendRead();
  if (queue.length > 0) {
    if (ownTask && !sched.hidden()) sched.continueInTask();
    else sched.schedule();
    reporter.flushIfBacklogged();
  } else {
    if (s.pruneDue) prune(s, requests, reporter);
    if (requests.outstanding() === 0) reporter.requestFlush();
  }
}

/**
 * Let go of comments that left the page (docs/RELIABILITY.md B2). A badge's handle refers to its
 * comment element, so keeping it would keep every removed comment's subtree alive on an
 * infinite feed. Only the scores stay (by comment id); a row that comes back is badged again
 * without being classified again.
 */
function prune(s: ScanState, requests: ScoreRequests, reporter: Reporter): void {
  s.pruneDue = false;
  for (const e of s.entries.values()) {
    if (!e.badge) continue;
    const el = e.el.deref();
    if (el?.isConnected) continue;
    drop(s, e.badge);
    e.badge = undefined;
    if (el) s.seen.delete(el);
  }
  reporter.pruneBanners();
  forgetOverCap(s, requests);
}

/** Over the cap: forget calm comments that left the page, oldest first, down to 90% of it. */
function forgetOverCap(s: ScanState, requests: ScoreRequests): void {
  const { entries } = s;
  const cap = s.deps.maxKept ?? MAX_KEPT;
  if (entries.size <= cap) return;
  const target = Math.floor(cap * 0.9);
  for (const [id, e] of entries) {
    if (entries.size <= target) break;
    if (e.flagged || e.badge || requests.awaited(id)) continue;
    const el = e.el.deref();
    if (el?.isConnected) continue;
    entries.delete(id);
    if (el) s.seen.delete(el);
    s.threads.forget(id, e.raw.threadId);
  }
}

function stopScanner(s: ScanState, { requests, reporter }: Parts, disconnectRootWatcher: () => void): void {
  if (s.stopped) return;
  // Results still gathered in the flush window go out first (the page is changing, not closing).
  reporter.flushIfDue();
  s.stopped = true;
  for (const mo of s.observed.values()) mo.disconnect();
  s.observed.clear();
  disconnectRootWatcher();
  for (const e of s.entries.values()) e.badge?.remove();
  reporter.removeBanners();
  removeOutlineStyle(s.doc);
  for (const a of Object.values(COUNTER_ATTRS)) s.doc.documentElement.removeAttribute(a);
  s.entries.clear();
  requests.clear();
  s.flaggedNow = 0;
  s.queue.length = 0;
}
