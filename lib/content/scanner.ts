/**
 * The scanner: one MutationObserver per comment root, only added or changed nodes processed, in
 * time slices of about 8 ms, every comment scored once (again only when its text changes),
 * results sent to the background in batches. Scoring is asynchronous: each slice sends the texts
 * it read to be scored (`score`, the background in the extension) and marks the comments when the
 * scores come back. Pure of extension APIs: everything it needs comes in through `ScannerDeps`,
 * so it runs the same in tests, on the demo page and in content scripts.
 */
import { withPublished } from '@/lib/platforms/published';
import type { PlatformAdapter, RawComment } from '@/lib/platforms/types';
import { hashId } from '@/lib/platforms/dom';
import { isFlagged, type RiskContext, type RiskResult, type ThreadEscalation } from '@/lib/risk/types';
import type { ObservedComment, PageStatus, ThreadSummary } from '@/lib/messaging/protocol';
import type { Settings } from '@/lib/settings';
import type { UiLanguage } from '@/lib/i18n';
import {
  createBadge,
  createThreadBanner,
  removeOutlineStyle,
  type BadgeHandle,
  type BannerHandle,
  type WhenNear,
} from './highlight';
import { COUNTER_ATTRS, HOST_ATTR } from './dom-labels';
import { ThreadBook } from './thread-book';
import { MAX_SCORE_BATCH } from '@/lib/messaging/limits';
import { clampId, clampObserved, clampThread } from '@/lib/messaging/clamp';

/** Pauses before a failed batch is sent again (the background may be starting up). */
export const RETRY_MS = [250, 1_000, 4_000] as const;
/**
 * After those, a batch waits: it is sent again as soon as another batch is scored (the worker is
 * back) and otherwise every RESCORE_MS while the scanner runs (docs/RELIABILITY.md H9).
 */
export const RESCORE_MS = 15_000;

/** Scores texts, in their order (the risk engine's `classify` for each, wherever it runs). */
export type ScoreTexts = (texts: string[], ctx: RiskContext) => Promise<RiskResult[]>;

export interface ScannerDeps {
  /**
   * Scores a slice's new or changed texts, at most MAX_SCORE_BATCH at a time. A batch that fails
   * is sent again after each pause of RETRY_MS in turn, then when another batch is scored or
   * every RESCORE_MS; comments are marked when their scores arrive.
   */
  score: ScoreTexts;
  /** A batch of scores could not be had (after its retries); for the console. */
  scoreFailed?(err: unknown): void;
  report(comments: ObservedComment[], threads: ThreadSummary[]): void;
  status(state: Omit<PageStatus, 'platform' | 'pageUrl'>): void;
  openPanel(itemKey: string): void;
  settings: Settings;
  lang: UiLanguage;
  now(): number;
  /**
   * Schedules work. A plain timer will do: the scanner ignores every timer that fires after it
   * stopped (WXT's ctx.setTimeout adds an abort listener per call that is never removed, and
   * asks the runtime whether the extension is still there each time one fires).
   */
  setTimeout(fn: () => void, ms: number): unknown;
  /** Aborted when the scanner must stop (navigation, extension reload). */
  signal: AbortSignal;
  /** Grace period before a comment page without comments is reported (default NO_COMMENTS_AFTER_MS). */
  noCommentsAfterMs?: number;
  /** At most one report, status and banner update per this many ms (default FLUSH_EVERY_MS). */
  flushEveryMs?: number;
  /** Comments remembered after they left the page, at most (default MAX_KEPT). */
  maxKept?: number;
  /**
   * Runs a slice just before the page's next frame is drawn (requestAnimationFrame): the first
   * scan of a page. When it is given, comments the page adds are read in the page's own task, in
   * the mutation callback, so their texts are on their way to be scored at once and the frame's
   * task runs none of our script; what one slice leaves goes on in timer tasks. Without it every
   * slice runs on a timer.
   */
  requestFrame?(fn: () => void): unknown;
  /**
   * Defers each badge's DOM and its comment's outline until the comment comes near the viewport
   * (`viewportWatcher`); the severity attribute is set at once. Without it every badge is built
   * when its comment is scored.
   */
  whenNear?: WhenNear;
}

interface Entry {
  raw: RawComment;
  result: RiskResult;
  el: WeakRef<Element>;
  badge?: BadgeHandle;
  /** Flagged when last read; counted even after the comment left the page (feeds unmount rows). */
  flagged?: boolean;
}

const SLICE_MS = 8;
/** Nodes taken from the queue between two reads of the clock in a slice. */
export const CLOCK_EVERY = 4;
/**
 * A hidden tab draws no frames and the browser wakes its timers up about once a second: slices
 * there run on timers at once, and longer (still under the 50 ms of a long task), so a thread
 * opened in a background tab reaches the queue in a few wake-ups instead of dozens.
 */
const HIDDEN_SLICE_MS = 40;
/** A slice waiting for a frame runs on a timer after this long all the same (hidden tabs draw no frames). */
const FRAME_WAIT_MS = 100;
/**
 * Above this many remembered comments, calm ones that left the page are forgotten, oldest first
 * (an infinite feed kept every comment it had shown: about 49 MB per 100,000). A forgotten
 * comment that comes back is scored again. Flagged ones are kept. docs/RELIABILITY.md H6.
 */
export const MAX_KEPT = 10_000;
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

export interface Scanner {
  findComment(commentId: string): Element | null;
  focus(commentId: string): boolean;
  stats(): { observers: number; scanned: number; classified: number; flagged: number; kept: number; threads: number };
  stop(): void;
}

/** The adapter's selector that found nothing, by name and text: `x.tweet = article[data-testid="tweet"]`. */
export function failedSelector(adapter: PlatformAdapter, noRoot: boolean): string {
  const name = noRoot ? (adapter.health?.root ?? 'root') : (adapter.health?.comment ?? 'comment');
  const chain = adapter.selectors[name];
  const text = chain === undefined ? '(no such selector)' : typeof chain === 'string' ? chain : chain.join(' | ');
  return `${adapter.id}.${name} = ${text}`;
}

/** Start scanning `doc` with `adapter`. Stops when `deps.signal` aborts. */
export function startScanner(doc: Document, adapter: PlatformAdapter, deps: ScannerDeps): Scanner {
  const entries = new Map<string, Entry>();
  // What each element showed when last read: an unchanged text is compared as a string (no hash per read).
  const seen = new WeakMap<Element, { id: string; text: string }>();
  const observed = new Map<Element, MutationObserver>();
  const banners = new Map<string, BannerHandle>();
  const threads = new ThreadBook({ brands: deps.settings.brands, watchKeywords: deps.settings.watchKeywords });
  const queue: Node[] = [];
  /** Comments read in this slice, to be scored; and the text of each comment whose score is awaited. */
  const toScore: Array<{ raw: RawComment; el: Element }> = [];
  const scoring = new Map<string, string>();
  // Batches sent and not answered yet: a slice that leaves some leaves the flush to their answer.
  let batchesOut = 0;
  const changedComments: ObservedComment[] = [];
  let scheduled = false;
  let stopped = false;
  let pruneDue = false;
  let rootWatcher: MutationObserver | null = null;
  const counts = { scanned: 0, classified: 0, flagged: 0 };
  // Entries flagged when last read (kept as a count, not counted over every entry per flush).
  let flaggedNow = 0;
  const setFlagged = (e: Entry, on: boolean) => {
    if (!!e.flagged !== on) flaggedNow += on ? 1 : -1;
    e.flagged = on;
  };
  const riskCtx: RiskContext = {
    platform: adapter.id,
    brands: deps.settings.brands,
    watchKeywords: deps.settings.watchKeywords,
    ignoredPhrases: deps.settings.ignoredPhrases,
  };
  const ignoredAuthors = new Set(deps.settings.ignoredAuthors.map((a) => a.toLowerCase()));
  const ignoredThreads = new Set(deps.settings.ignoredThreads ?? []);
  const threadIgnored = (threadId: string) =>
    ignoredThreads.size > 0 && ignoredThreads.has(`${adapter.id}:${threadId}`);
  const authorIgnored = (author: string) => ignoredAuthors.size > 0 && ignoredAuthors.has(author.toLowerCase());
  const pageUrl = () => doc.location?.href ?? '';
  const startedAt = deps.now();
  const graceMs = deps.noCommentsAfterMs ?? NO_COMMENTS_AFTER_MS;

  // Hosts we removed ourselves; a host the page removed is a change to look at (its comment is
  // read again and gets its badge back).
  const dropped = new WeakSet<Node>();
  const drop = (ui: { host: HTMLElement | null; remove(): void } | undefined) => {
    if (!ui) return;
    if (ui.host) dropped.add(ui.host);
    ui.remove();
  };
  // The comment element of each badge host, to re-badge a comment whose badge the page removed.
  const owners = new WeakMap<Node, Element>();
  // Our badges and banners are shadow hosts inserted next to the page's elements; what happens
  // inside them is not observed (shadow roots), so a node is ours when it is a host itself (no
  // walk up the ancestors: that walk was the scanner's biggest cost on deep threads).
  const ours = (n: Node): boolean => {
    const el = n.nodeType === 1 ? (n as Element) : n.parentElement;
    return !!el && el.hasAttribute(HOST_ATTR);
  };

  /** A timer that does nothing once the scanner has stopped. */
  const later = (fn: () => void, ms: number) => {
    deps.setTimeout(() => {
      if (!stopped) fn();
    }, ms);
  };

  // Each scheduled slice has a number (`slot`): of its two triggers, the frame and the fallback
  // timer, only the first runs it. One fallback timer at a time covers every slice scheduled
  // meanwhile (not a timer per slice): when it fires, a slice still waiting since the timer was
  // set runs now, and one scheduled since gets a full wait of its own.
  let slot = 0;
  let waiting = false;
  let slotAtWait = 0;
  const wait = () => {
    if (waiting) return;
    waiting = true;
    slotAtWait = slot;
    later(() => {
      waiting = false;
      if (!scheduled) return;
      if (slot === slotAtWait) runSlice();
      else wait();
    }, FRAME_WAIT_MS);
  };
  const hidden = () => doc.visibilityState === 'hidden';
  const schedule = () => {
    if (scheduled || stopped) return;
    scheduled = true;
    if (!deps.requestFrame || hidden()) {
      later(runSlice, 0);
      return;
    }
    const mine = ++slot;
    deps.requestFrame(() => {
      if (mine === slot && scheduled && !stopped) runSlice();
    });
    wait();
  };

  const onMutations = (records: MutationRecord[]) => {
    for (const r of records) {
      if (ours(r.target)) continue;
      if (r.type === 'childList') {
        let foreign = false;
        const added = r.addedNodes;
        for (let i = 0; i < added.length; i++) {
          const n = added[i]!;
          if (ours(n)) continue;
          foreign = true;
          if (n.nodeType === 1) queue.push(n);
        }
        const removed = r.removedNodes;
        for (let i = 0; i < removed.length; i++) {
          const n = removed[i]!;
          if (!ours(n)) {
            foreign = true;
            if (n.nodeType === 1) pruneDue = true;
          } else if (!dropped.has(n)) {
            const owner = owners.get(n);
            if (owner?.isConnected) queue.push(owner);
          }
        }
        // Only our own badges or banners came or went: nothing of the page changed.
        if (!foreign) continue;
      }
      // A change inside a comment we know (edited text, or a recycled node filled with other
      // content) re-reads that comment.
      let el: Element | null = r.target.nodeType === 1 ? (r.target as Element) : r.target.parentElement;
      while (el && !seen.has(el)) el = el.parentElement;
      if (el) queue.push(el);
    }
    if (queue.length > 0 || pruneDue) {
      // At the end of the page's task that changed the comments, before the frame that shows
      // them; a burst larger than one slice goes on in timer tasks. In a frame's own task the
      // same slices turned frames that were just under 50 ms into long tasks (benchmark page,
      // worst of three runs: 6–12 long tasks with the rest of a burst in the next frames, 0 in
      // timer tasks; 45 with every slice in a frame).
      if (deps.requestFrame && !scheduled && !hidden()) runSlice(true);
      else schedule();
    }
  };

  const observe = (root: Element) => {
    if (observed.has(root)) return;
    const mo = new MutationObserver(onMutations);
    mo.observe(root, { childList: true, subtree: true, characterData: true });
    observed.set(root, mo);
    queue.push(root);
    schedule();
  };

  const findRoots = () => {
    for (const [root, mo] of observed) {
      if (!root.isConnected) {
        mo.disconnect();
        observed.delete(root);
      }
    }
    for (const root of adapter.findRoots(doc)) observe(root);
    if (observed.size > 0) {
      rootWatcher?.disconnect();
      rootWatcher = null;
    } else if (!rootWatcher && doc.body) {
      // Comment sections often appear late (lazy panels, SPA swaps): watch for a root only
      // while there is none, and only to re-run root detection, throttled.
      let pending = false;
      rootWatcher = new MutationObserver(() => {
        if (pending) return;
        pending = true;
        later(() => {
          pending = false;
          findRoots();
          // A placeholder replaced by an empty section: "not loaded yet" is over.
          reportStatus();
        }, 200);
      });
      rootWatcher.observe(doc.body, { childList: true, subtree: true });
    }
  };

  function process(el: Element, url: string): void {
    const raw = scoped(withPublished(adapter.readComment(el, url), deps.now()), url);
    counts.scanned++;
    if (!raw) return;
    const prev = seen.get(el);
    const known = prev && prev.id === raw.id && prev.text === raw.text ? entries.get(raw.id) : undefined;
    // Unchanged, and its badge (if any) still in the page: nothing to do.
    if (known && (!known.badge || known.badge.alive())) return;
    if (prev && prev.id !== raw.id) {
      // A recycled node now shows another comment: the old badge must not stay on it.
      const old = entries.get(prev.id);
      drop(old?.badge);
      if (old) {
        old.badge = undefined;
        setFlagged(old, false);
      }
    }
    seen.set(el, { id: raw.id, text: raw.text });
    const entry = entries.get(raw.id);
    if (!entry || entry.raw.text !== raw.text) {
      // Marked when its score comes back; a text already on its way is not sent twice.
      if (scoring.get(raw.id) !== raw.text) {
        scoring.set(raw.id, raw.text);
        toScore.push({ raw, el });
      }
      return;
    }
    entry.el = new WeakRef(el);
    mark(entry, el, raw);
  }

  /**
   * The comment with the ids it is stored under: scoped by the adapter (`scopeId`, H2) and within
   * the background's length limit (H1), so the panel finds it here by the id it has in the queue.
   */
  function scoped(raw: RawComment | null, url: string): RawComment | null {
    if (!raw) return raw;
    const scope = adapter.scopeId;
    const key = (id: string) => clampId(scope ? scope(id, url) : id);
    const id = key(raw.id);
    const threadId = key(raw.threadId);
    const parentId = raw.parentId === undefined ? undefined : key(raw.parentId);
    if (id === raw.id && threadId === raw.threadId && parentId === raw.parentId) return raw;
    return { ...raw, id, threadId, ...(parentId === undefined ? {} : { parentId }) };
  }

  // Batches whose retries ran out, waiting for the worker to come back (H9).
  const waitingBatches: Array<Array<{ raw: RawComment; el: Element }>> = [];
  let rescoreDue = false;
  function resendWaiting(): void {
    const batches = waitingBatches.splice(0);
    for (const batch of batches) {
      // Only what is still awaited: a comment edited or scored since is not sent again.
      const current = batch.filter(({ raw }) => scoring.get(raw.id) === raw.text);
      if (current.length > 0) sendToScore(current, RETRY_MS.length + 1);
    }
  }

  function sendToScore(batch: Array<{ raw: RawComment; el: Element }>, attempt = 0): void {
    batchesOut++;
    deps
      .score(
        batch.map((b) => b.raw.text),
        riskCtx,
      )
      .then(
        (results) => {
          batchesOut--;
          if (stopped) return;
          for (let i = 0; i < batch.length; i++) scored(batch[i]!.raw, batch[i]!.el, results[i]!);
          // The worker answers again: what waited goes now.
          if (waitingBatches.length > 0) resendWaiting();
          flushUnlessSliceDue();
        },
        (err: unknown) => {
          batchesOut--;
          if (stopped) return;
          const pause = RETRY_MS[attempt];
          if (pause !== undefined) {
            later(() => sendToScore(batch, attempt + 1), pause);
            return;
          }
          // The quick retries ran out (told once per batch): the batch waits for the worker.
          if (attempt === RETRY_MS.length) deps.scoreFailed?.(err);
          waitingBatches.push(batch);
          if (!rescoreDue) {
            rescoreDue = true;
            later(() => {
              rescoreDue = false;
              resendWaiting();
            }, RESCORE_MS);
          }
          flushUnlessSliceDue();
        },
      );
  }

  /** An answered batch is flushed now, unless a slice still to run will flush at its end. */
  function flushUnlessSliceDue(): void {
    if (queue.length === 0 && !scheduled) requestFlush();
  }

  /** A comment's score arrived: keep it, update its thread and mark the comment if it still shows that text. */
  function scored(raw: RawComment, el: Element, result: RiskResult): void {
    if (scoring.get(raw.id) === raw.text) scoring.delete(raw.id);
    const shown = seen.get(el);
    // The element changed since it was read (edited, or recycled for another comment): its
    // new content has been sent to be scored in turn.
    if (!shown || shown.id !== raw.id || shown.text !== raw.text) return;
    const entry = entries.get(raw.id);
    counts.classified++;
    const fresh: Entry = { raw, result, el: new WeakRef(el), badge: entry?.badge, flagged: entry?.flagged };
    if (entry) threads.update(raw, result);
    else threads.add(raw, result, deps.now());
    entries.set(raw.id, fresh);
    mark(fresh, el, raw);
  }

  function mark(entry: Entry, el: Element, raw: RawComment): void {
    const flag =
      isFlagged(entry.result, deps.settings.sensitivity) && !authorIgnored(raw.author) && !threadIgnored(raw.threadId);
    if (flag) {
      // A comment the page removed before its score came back is reported, not badged.
      if (el.isConnected && (!entry.badge || !entry.badge.alive())) {
        const key = `${raw.platform}:${raw.id}`;
        entry.badge = createBadge(
          doc,
          () => adapter.badgeAnchor?.(el) ?? el,
          el as HTMLElement,
          deps.lang,
          () => deps.openPanel(key),
          {
            whenNear: deps.whenNear,
            onBuilt: (host) => owners.set(host, el),
          },
        );
      }
      entry.badge?.update(entry.result, raw.text);
      setFlagged(entry, true);
      // Within the background's limits: a long text is cut with a marker, never refused (H1).
      changedComments.push(clampObserved({ ...raw, risk: entry.result, textHash: hashId(raw.text) }));
    } else {
      setFlagged(entry, false);
      drop(entry.badge);
      entry.badge = undefined;
    }
  }

  /**
   * One slice of at most SLICE_MS. `ownTask`: the slice runs outside any frame (in the page's
   * mutation callback, or a timer continuing that work): what it leaves goes on in tasks of its
   * own, not in the next frame, whose task already holds the page's layout.
   */
  function runSlice(ownTask = false): void {
    scheduled = false;
    if (stopped) return;
    const start = performance.now();
    // The page's address, read once per slice (location.href is not free).
    const url = pageUrl();
    const budget = hidden() ? HIDDEN_SLICE_MS : SLICE_MS;
    // The clock is read every CLOCK_EVERY nodes (each read is a call into the page; a node is a
    // comment or two, tens of microseconds, so the slice overruns its budget by well under 1 ms).
    for (let n = 0; queue.length > 0 && (n % CLOCK_EVERY !== 0 || performance.now() - start < budget); n++) {
      const node = queue.shift()!;
      if (!node.isConnected || node.nodeType !== 1) continue;
      const el = node as Element;
      for (const c of seen.has(el) ? [el] : adapter.findComments(el)) process(c, url);
    }
    while (toScore.length > 0) sendToScore(toScore.splice(0, MAX_SCORE_BATCH));
    if (queue.length > 0) {
      if (ownTask && !hidden()) {
        scheduled = true;
        later(() => runSlice(true), 0);
      } else schedule();
    } else {
      if (pruneDue) prune();
      if (batchesOut === 0) requestFlush();
    }
  }

  // Leading-edge throttle: flush now unless a flush happened within the window, else once when it ends.
  let flushWindow = false;
  let flushDue = false;
  function requestFlush(): void {
    if (flushWindow) {
      flushDue = true;
      return;
    }
    flush();
    const every = deps.flushEveryMs ?? FLUSH_EVERY_MS;
    if (every <= 0) return;
    flushWindow = true;
    later(() => {
      flushWindow = false;
      if (flushDue) {
        flushDue = false;
        requestFlush();
      }
    }, every);
  }

  /**
   * Let go of comments that left the page (docs/RELIABILITY.md B2). A badge's handle refers to its
   * comment element, so keeping it would keep every removed comment's subtree alive on an
   * infinite feed. Only the scores stay (by comment id); a row that comes back is badged again
   * without being classified again.
   */
  function prune(): void {
    pruneDue = false;
    for (const e of entries.values()) {
      if (!e.badge) continue;
      const el = e.el.deref();
      if (el?.isConnected) continue;
      drop(e.badge);
      e.badge = undefined;
      if (el) seen.delete(el);
    }
    for (const [threadId, b] of banners) {
      if (b.host.isConnected) continue;
      drop(b);
      banners.delete(threadId);
    }
    forgetOverCap();
  }

  /** Over the cap: forget calm comments that left the page, oldest first, down to 90% of it. */
  function forgetOverCap(): void {
    const cap = deps.maxKept ?? MAX_KEPT;
    if (entries.size <= cap) return;
    const target = Math.floor(cap * 0.9);
    for (const [id, e] of entries) {
      if (entries.size <= target) break;
      if (e.flagged || e.badge || scoring.has(id)) continue;
      const el = e.el.deref();
      if (el?.isConnected) continue;
      entries.delete(id);
      if (el) seen.delete(el);
      threads.forget(id, e.raw.threadId);
    }
  }

  function flush(): void {
    const touched = threads.takeTouched(deps.now());
    const summaries: ThreadSummary[] = [];
    for (const [threadId, esc, stats] of touched) {
      // A lone comment is not a thread: its own badge says enough. A thread marked "not a crisis" gets no banner.
      renderBanner(threadId, stats.commentCount >= 2 && !threadIgnored(threadId) ? esc : { ...esc, status: 'calm' });
      if (esc.status !== 'calm' || stats.wasNotCalm) {
        const root = entries.get(threadId);
        summaries.push(
          clampThread({
            platform: adapter.id,
            threadId,
            permalink: root?.raw.permalink,
            status: esc.status,
            score: esc.score,
            derail: esc.derail,
            reasons: esc.reasons,
            commentCount: stats.commentCount,
            riskyCount: stats.riskyCount,
          }),
        );
      }
    }
    counts.flagged = flaggedNow;
    if (changedComments.length > 0 || summaries.length > 0) {
      while (changedComments.length > 0 || summaries.length > 0) {
        deps.report(changedComments.splice(0, 400), summaries.splice(0, 400));
      }
    }
    writeCounters();
    reportStatus();
  }

  function renderBanner(threadId: string, esc: ThreadEscalation): void {
    const existing = banners.get(threadId);
    if (esc.status === 'calm') {
      drop(existing);
      banners.delete(threadId);
      return;
    }
    const rootEl = entries.get(threadId)?.el.deref();
    if (!rootEl || !rootEl.isConnected) return;
    const banner = existing?.host.isConnected ? existing : createThreadBanner(doc, rootEl, deps.lang);
    banner.update(esc);
    banners.set(threadId, banner);
  }

  function writeCounters(): void {
    const html = doc.documentElement;
    const set = (name: string, value: number) => {
      const v = String(value);
      if (html.getAttribute(name) !== v) html.setAttribute(name, v);
    };
    set(COUNTER_ATTRS.observers, observed.size);
    set(COUNTER_ATTRS.scanned, counts.scanned);
    set(COUNTER_ATTRS.classified, counts.classified);
    set(COUNTER_ATTRS.flagged, counts.flagged);
  }

  // The state, the flagged count or the failing selector go out at once; a changed count of
  // scanned comments alone at most every STATUS_EVERY_MS (a message per burst is wasted work).
  let lastKey = '';
  let lastFull = '';
  let statusPending = false;
  // Whether the address is a comment page, parsed once per address rather than once per flush.
  let lastUrl: string | null = null;
  let lastIsCommentPage = false;
  function isCommentPage(url: string): boolean {
    if (url !== lastUrl) {
      lastUrl = url;
      lastIsCommentPage = adapter.isCommentPage(new URL(url || 'about:blank'));
    }
    return lastIsCommentPage;
  }

  function reportStatus(trailing = false): void {
    if (trailing) statusPending = false;
    const onCommentPage = isCommentPage(pageUrl());
    const state: PageStatus['state'] =
      entries.size > 0
        ? 'scanning'
        : !onCommentPage
          ? 'notCommentPage'
          : adapter.commentsPending?.(doc)
            ? 'commentsLoading'
            : deps.now() - startedAt >= graceMs
              ? 'noComments'
              : 'scanning';
    const noRoot = observed.size === 0;
    const missing = state === 'noComments' ? `${adapter.id}.${noRoot ? 'commentRoot' : 'comment'}` : undefined;
    const payload = { state, missing, scanned: entries.size, flagged: counts.flagged };
    const full = JSON.stringify(payload);
    if (full === lastFull) return;
    const key = JSON.stringify({ ...payload, scanned: 0 });
    if (key === lastKey && !trailing) {
      if (!statusPending) {
        statusPending = true;
        later(() => reportStatus(true), STATUS_EVERY_MS);
      }
      return;
    }
    if (missing && key !== lastKey)
      console.info(`[stormwatch] ${missing} not found (${failedSelector(adapter, noRoot)})`);
    lastKey = key;
    lastFull = full;
    deps.status(payload);
  }

  const stop = () => {
    if (stopped) return;
    // Results still gathered in the flush window go out first (the page is changing, not closing).
    if (flushDue) flush();
    stopped = true;
    for (const mo of observed.values()) mo.disconnect();
    observed.clear();
    rootWatcher?.disconnect();
    for (const e of entries.values()) e.badge?.remove();
    for (const b of banners.values()) b.remove();
    removeOutlineStyle(doc);
    for (const a of Object.values(COUNTER_ATTRS)) doc.documentElement.removeAttribute(a);
    entries.clear();
    scoring.clear();
    waitingBatches.length = 0;
    toScore.length = 0;
    flaggedNow = 0;
    banners.clear();
    queue.length = 0;
  };
  deps.signal.addEventListener('abort', stop, { once: true });

  findRoots();
  writeCounters();
  reportStatus();
  // Re-check roots and the "no comments" state a little later, for lazy comment sections.
  later(() => {
    findRoots();
    reportStatus();
  }, graceMs + 50);

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
    stats: () => ({ observers: observed.size, ...counts, kept: entries.size, threads: threads.size }),
    stop,
  };
}
