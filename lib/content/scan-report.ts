/**
 * The scanner's reporting: flagged comments and changed threads go to the background at most
 * every FLUSH_EVERY_MS, thread banners are drawn, the page's counters written, and the page's
 * status (scanning, no comments, not a comment page) told when it changes.
 */
import type { PlatformAdapter } from '@/lib/platforms/types';
import type { ThreadEscalation } from '@/lib/risk/types';
import type { PageStatus, ThreadSummary } from '@/lib/messaging/protocol';
import { clampThread } from '@/lib/messaging/clamp';
import { createThreadBanner, type BannerHandle } from './highlight';
import { COUNTER_ATTRS } from './dom-labels';
import { drop, later, pageUrl, type ScanState } from './scan-state';

/** How long a comment page may show no comment root before we say "not recognised". */
export const NO_COMMENTS_AFTER_MS = 8_000;
/** How often a growing count of scanned comments alone is reported. */
const STATUS_EVERY_MS = 2_000;
/**
 * While comments stream in, results go out at most this often: the first batch at once, later
 * ones gathered. Each message costs the page a fixed amount however small it is; comments are
 * marked when their scores arrive and do not wait for this.
 */
const FLUSH_EVERY_MS = 400;
/**
 * While the page adds comments faster than they are read, the queue never empties and no slice
 * ends with a report: results still go out, and the counters move, this often (docs/RELIABILITY.md
 * H6: 100,000 comments on one page reported nothing after the first 37,000).
 */
export const BACKLOG_FLUSH_MS = 2_000;

/** The adapter's selector that found nothing, by name and text: `x.tweet = article[data-testid="tweet"]`. */
export function failedSelector(adapter: PlatformAdapter, noRoot: boolean): string {
  const name = noRoot ? (adapter.health?.root ?? 'root') : (adapter.health?.comment ?? 'comment');
  const chain = adapter.selectors[name];
  const text = chain === undefined ? '(no such selector)' : typeof chain === 'string' ? chain : chain.join(' | ');
  return `${adapter.id}.${name} = ${text}`;
}

export interface Reporter {
  /** Reports now, unless a report went out within FLUSH_EVERY_MS (then once when that window ends). */
  requestFlush(): void;
  /** Results gathered in the flush window go out now (the scanner stops). */
  flushIfDue(): void;
  /** The queue is not empty at a slice's end: report all the same when the last report is BACKLOG_FLUSH_MS old. */
  flushIfBacklogged(): void;
  reportStatus(): void;
  writeCounters(): void;
  /** Lets go of banners whose thread left the page. */
  pruneBanners(): void;
  removeBanners(): void;
}

export function createReporter(s: ScanState): Reporter {
  const banners = createBanners(s);
  const status = createStatusReporter(s);
  // Leading-edge throttle: flush now unless a flush happened within the window, else once when it ends.
  let flushWindow = false;
  let flushDue = false;
  let flushedAt = s.deps.now();
  const flush = () => {
    flushedAt = s.deps.now();
    report(s, banners);
    writeCounters(s);
    status();
  };
  const requestFlush = () => {
    if (flushWindow) {
      flushDue = true;
      return;
    }
    flush();
    const every = s.deps.flushEveryMs ?? FLUSH_EVERY_MS;
    if (every <= 0) return;
    flushWindow = true;
    later(
      s,
      () => {
        flushWindow = false;
        if (flushDue) {
          flushDue = false;
          requestFlush();
        }
      },
      every,
    );
  };
  return {
    requestFlush,
    flushIfDue: () => {
      if (flushDue) flush();
    },
    flushIfBacklogged: () => {
      if (s.deps.now() - flushedAt >= BACKLOG_FLUSH_MS) requestFlush();
    },
    reportStatus: () => status(),
    writeCounters: () => writeCounters(s),
    pruneBanners: banners.prune,
    removeBanners: banners.removeAll,
  };
}

/** Sends the flagged comments read since the last report and the threads that changed. */
function report(s: ScanState, banners: Banners): void {
  const { adapter, entries, threads, deps, ignores } = s;
  const summaries: ThreadSummary[] = [];
  for (const [threadId, esc, stats] of threads.takeTouched(deps.now())) {
    // A lone comment is not a thread: its own badge says enough. A thread marked "not a crisis" gets no banner.
    banners.render(threadId, stats.commentCount >= 2 && !ignores.thread(threadId) ? esc : { ...esc, status: 'calm' });
    if (esc.status === 'calm' && !stats.wasNotCalm) continue;
    summaries.push(
      clampThread({
        platform: adapter.id,
        threadId,
        permalink: entries.get(threadId)?.raw.permalink,
        status: esc.status,
        score: esc.score,
        derail: esc.derail,
        reasons: esc.reasons,
        commentCount: stats.commentCount,
        riskyCount: stats.riskyCount,
      }),
    );
  }
  s.counts.flagged = s.flaggedNow;
  const comments = s.changedComments;
  while (comments.length > 0 || summaries.length > 0) deps.report(comments.splice(0, 400), summaries.splice(0, 400));
}

interface Banners {
  render(threadId: string, esc: ThreadEscalation): void;
  prune(): void;
  removeAll(): void;
}

/** One banner per heated thread, before its first comment. */
function createBanners(s: ScanState): Banners {
  const banners = new Map<string, BannerHandle>();
  return {
    render(threadId, esc) {
      const existing = banners.get(threadId);
      if (esc.status === 'calm') {
        drop(s, existing);
        banners.delete(threadId);
        return;
      }
      const rootEl = s.entries.get(threadId)?.el.deref();
      if (!rootEl || !rootEl.isConnected) return;
      const banner = existing?.host.isConnected ? existing : createThreadBanner(s.doc, rootEl, s.deps.lang);
      banner.update(esc);
      banners.set(threadId, banner);
    },
    prune() {
      for (const [threadId, b] of banners) {
        if (b.host.isConnected) continue;
        drop(s, b);
        banners.delete(threadId);
      }
    },
    removeAll() {
      for (const b of banners.values()) b.remove();
      banners.clear();
    },
  };
}

function writeCounters(s: ScanState): void {
  const html = s.doc.documentElement;
  const set = (name: string, value: number) => {
    const v = String(value);
    if (html.getAttribute(name) !== v) html.setAttribute(name, v);
  };
  set(COUNTER_ATTRS.observers, s.observed.size);
  set(COUNTER_ATTRS.scanned, s.counts.scanned);
  set(COUNTER_ATTRS.classified, s.counts.classified);
  set(COUNTER_ATTRS.flagged, s.counts.flagged);
}

/**
 * The page's status. The state, the flagged count or the failing selector go out at once; a
 * changed count of scanned comments alone at most every STATUS_EVERY_MS (a message per burst is
 * wasted work).
 */
function createStatusReporter(s: ScanState): (trailing?: boolean) => void {
  const { adapter, deps } = s;
  const graceMs = deps.noCommentsAfterMs ?? NO_COMMENTS_AFTER_MS;
  let lastKey = '';
  let lastFull = '';
  let statusPending = false;
  // Whether the address is a comment page, parsed once per address rather than once per flush.
  let lastUrl: string | null = null;
  let lastIsCommentPage = false;
  const isCommentPage = (url: string) => {
    if (url !== lastUrl) {
      lastUrl = url;
      lastIsCommentPage = adapter.isCommentPage(new URL(url || 'about:blank'));
    }
    return lastIsCommentPage;
  };
  const stateNow = (): PageStatus['state'] => {
    if (s.entries.size > 0) return 'scanning';
    if (!isCommentPage(pageUrl(s))) return 'notCommentPage';
    if (adapter.commentsPending?.(s.doc)) return 'commentsLoading';
    return deps.now() - s.startedAt >= graceMs ? 'noComments' : 'scanning';
  };
  const reportStatus = (trailing = false) => {
    if (trailing) statusPending = false;
    const state = stateNow();
    const noRoot = s.observed.size === 0;
    const missing = state === 'noComments' ? `${adapter.id}.${noRoot ? 'commentRoot' : 'comment'}` : undefined;
    const payload = { state, missing, scanned: s.entries.size, flagged: s.counts.flagged };
    const full = JSON.stringify(payload);
    if (full === lastFull) return;
    const key = JSON.stringify({ ...payload, scanned: 0 });
    if (key === lastKey && !trailing) {
      if (!statusPending) {
        statusPending = true;
        later(s, () => reportStatus(true), STATUS_EVERY_MS);
      }
      return;
    }
    if (missing && key !== lastKey)
      console.info(`[stormwatch] ${missing} not found (${failedSelector(adapter, noRoot)})`);
    lastKey = key;
    lastFull = full;
    deps.status(payload);
  };
  return reportStatus;
}
