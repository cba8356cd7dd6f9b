/**
 * What the scanner's parts share (`lib/content/scanner.ts`): the comments read and scored so far,
 * the queue of nodes to read, the counters, and a few helpers every part needs. Each part
 * (scheduling, reading, scoring requests, reporting) is a module of its own working on this state.
 */
import type { PlatformAdapter, RawComment } from '@/lib/platforms/types';
import type { RiskContext, RiskResult } from '@/lib/risk/types';
import type { ObservedComment, PageStatus, ThreadSummary } from '@/lib/messaging/protocol';
import type { Settings } from '@/lib/settings';
import type { UiLanguage } from '@/lib/i18n/page';
import type { BadgeHandle, WhenNear } from './highlight';
import { HOST_ATTR } from './dom-labels';
import { ThreadBook } from './thread-book';

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

export interface Entry {
  raw: RawComment;
  result: RiskResult;
  el: WeakRef<Element>;
  badge?: BadgeHandle;
  /** Flagged when last read; counted even after the comment left the page (feeds unmount rows). */
  flagged?: boolean;
}

/** Something of ours in the page (a badge or a banner): its shadow host, and how to take it out. */
export interface OurUi {
  host: HTMLElement | null;
  remove(): void;
}

export interface ScanState {
  readonly doc: Document;
  readonly adapter: PlatformAdapter;
  readonly deps: ScannerDeps;
  /** Every comment scored, by id. */
  readonly entries: Map<string, Entry>;
  /** What each element showed when last read: an unchanged text is compared as a string (no hash per read). */
  readonly seen: WeakMap<Element, { id: string; text: string }>;
  /** One MutationObserver per comment root. */
  readonly observed: Map<Element, MutationObserver>;
  readonly threads: ThreadBook;
  /** Nodes added or changed, waiting to be read. */
  readonly queue: Node[];
  /** Flagged comments read since the last report. */
  readonly changedComments: ObservedComment[];
  readonly counts: { scanned: number; classified: number; flagged: number };
  /** Entries flagged when last read (kept as a count, not counted over every entry per flush). */
  flaggedNow: number;
  stopped: boolean;
  /** An element left the page: comments that went with it are let go after the queue is read. */
  pruneDue: boolean;
  /** Hosts we removed ourselves; a host the page removed is a change to look at. */
  readonly dropped: WeakSet<Node>;
  /** The comment element of each badge host, to re-badge a comment whose badge the page removed. */
  readonly owners: WeakMap<Node, Element>;
  readonly startedAt: number;
  readonly ignores: Ignores;
}

export function createScanState(doc: Document, adapter: PlatformAdapter, deps: ScannerDeps): ScanState {
  return {
    doc,
    adapter,
    deps,
    entries: new Map(),
    seen: new WeakMap(),
    observed: new Map(),
    threads: new ThreadBook({ brands: deps.settings.brands, watchKeywords: deps.settings.watchKeywords }),
    queue: [],
    changedComments: [],
    counts: { scanned: 0, classified: 0, flagged: 0 },
    flaggedNow: 0,
    stopped: false,
    pruneDue: false,
    dropped: new WeakSet(),
    owners: new WeakMap(),
    startedAt: deps.now(),
    ignores: ignoresOf(adapter, deps.settings),
  };
}

/** A timer that does nothing once the scanner has stopped. */
export function later(s: ScanState, fn: () => void, ms: number): void {
  s.deps.setTimeout(() => {
    if (!s.stopped) fn();
  }, ms);
}

export function setFlagged(s: ScanState, e: Entry, on: boolean): void {
  if (!!e.flagged !== on) s.flaggedNow += on ? 1 : -1;
  e.flagged = on;
}

/** Takes one of our badges or banners out, remembering that the page did not remove it. */
export function drop(s: ScanState, ui: OurUi | undefined): void {
  if (!ui) return;
  if (ui.host) s.dropped.add(ui.host);
  ui.remove();
}

/**
 * Our badges and banners are shadow hosts inserted next to the page's elements; what happens
 * inside them is not observed (shadow roots), so a node is ours when it is a host itself (no walk
 * up the ancestors: that walk was the scanner's biggest cost on deep threads).
 */
export function ours(n: Node): boolean {
  const el = n.nodeType === 1 ? (n as Element) : n.parentElement;
  return !!el && el.hasAttribute(HOST_ATTR);
}

export const pageUrl = (s: ScanState): string => s.doc.location?.href ?? '';

/** Ignore lists from the settings, as lookups. */
export interface Ignores {
  author(author: string): boolean;
  thread(threadId: string): boolean;
}

export function ignoresOf(adapter: PlatformAdapter, settings: Settings): Ignores {
  const authors = new Set(settings.ignoredAuthors.map((a) => a.toLowerCase()));
  const threads = new Set(settings.ignoredThreads ?? []);
  return {
    author: (author) => authors.size > 0 && authors.has(author.toLowerCase()),
    thread: (threadId) => threads.size > 0 && threads.has(`${adapter.id}:${threadId}`),
  };
}
