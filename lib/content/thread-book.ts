/**
 * Per-page bookkeeping of threads: one incremental escalation tracker per thread, and which
 * threads changed since the last flush (only those are re-evaluated and reported).
 */
import type { RawComment } from '@/lib/platforms/types';
import { isFlagged, type RiskResult, type ThreadEscalation } from '@/lib/risk/types';
import { ThreadTracker, type EscalationOptions, type ThreadComment } from '@/lib/risk/escalation';
import { parseRelativeTime } from '@/lib/risk/relative-time';

/**
 * Most threads on a page are a single comment. Those keep only that comment; the full tracker
 * (pace buckets, author groups, relations) is built when a second comment arrives, seeded with
 * the first and with the status so far, so results are the same as with a tracker from the start.
 */
interface Book {
  tracker?: ThreadTracker;
  /** The thread's only comment, as read (made into a ThreadComment only when it is evaluated). */
  lone?: Lone;
  /** Flagged comments of the thread; made with the first (most threads never have one). */
  risky?: Set<string>;
  lastStatus: ThreadEscalation['status'];
}

export interface TouchedStats {
  commentCount: number;
  riskyCount: number;
  /** The thread was heated or worse before this change (so a calm-down is reported too). */
  wasNotCalm: boolean;
}

interface Lone {
  raw: RawComment;
  risk: RiskResult;
  now: number;
}

const loneComment = (l: Lone) => toThreadComment(l.raw, l.risk, l.now);

/** A thread of one comment that is not flagged and never was heated: calm, nothing to show or report (tested). */
const quiet = (b: Book) => !b.tracker && !!b.lone && b.lastStatus === 'calm' && !isFlagged(b.lone.risk);

function toThreadComment(raw: RawComment, risk: RiskResult, now: number): ThreadComment {
  const parsed = raw.publishedAt ? Date.parse(raw.publishedAt) : Number.NaN;
  const time = Number.isFinite(parsed)
    ? parsed
    : raw.relativeTime
      ? parseRelativeTime(raw.relativeTime, now)
      : undefined;
  return {
    id: raw.id,
    parentId: raw.parentId,
    author: raw.author,
    text: raw.text,
    time,
    relativeTime: raw.relativeTime,
    likes: raw.likes,
    risk,
  };
}

export class ThreadBook {
  private readonly books = new Map<string, Book>();
  private readonly touched = new Set<string>();
  private readonly times = new Map<string, number>();
  /** Evaluates lone comments one at a time (reset for each): one tracker per page, not one per flagged lone comment. */
  private scratch: ThreadTracker | null = null;

  constructor(private readonly opts: EscalationOptions) {}

  private book(threadId: string): Book {
    let b = this.books.get(threadId);
    if (!b) {
      b = { lastStatus: 'calm' };
      this.books.set(threadId, b);
    }
    return b;
  }

  private tracker(b: Book): ThreadTracker {
    const t = new ThreadTracker({ ...this.opts, previous: b.lastStatus });
    if (b.lone) t.add(loneComment(b.lone));
    return t;
  }

  private loneTracker(b: Book): ThreadTracker {
    const t = (this.scratch ??= new ThreadTracker(this.opts));
    t.reset(b.lastStatus);
    if (b.lone) t.add(loneComment(b.lone));
    return t;
  }

  /** Add (or replace, by id) a comment of the thread. */
  private put(b: Book, raw: RawComment, risk: RiskResult, now: number): void {
    if (b.tracker) b.tracker.add(toThreadComment(raw, risk, now));
    else if (!b.lone || b.lone.raw.id === raw.id) b.lone = { raw, risk, now };
    else {
      b.tracker = this.tracker(b);
      b.lone = undefined;
      b.tracker.add(toThreadComment(raw, risk, now));
    }
  }

  /** A thread changed: evaluated at the next `takeTouched`, unless it is quiet. */
  private touch(threadId: string, b: Book): void {
    if (!quiet(b)) this.touched.add(threadId);
  }

  /** A comment seen for the first time. */
  add(raw: RawComment, risk: RiskResult, now: number): void {
    const b = this.book(raw.threadId);
    this.times.set(raw.id, now);
    this.put(b, raw, risk, now);
    if (isFlagged(risk)) (b.risky ??= new Set()).add(raw.id);
    this.touch(raw.threadId, b);
  }

  /** A known comment whose text changed and was re-scored. */
  update(raw: RawComment, risk: RiskResult): void {
    const b = this.book(raw.threadId);
    this.put(b, raw, risk, this.times.get(raw.id) ?? 0);
    if (isFlagged(risk)) (b.risky ??= new Set()).add(raw.id);
    else b.risky?.delete(raw.id);
    this.touch(raw.threadId, b);
  }

  /**
   * Let go of a comment that left the page when its thread is only that calm comment (most
   * threads): nothing of it is reported or shown (docs/RELIABILITY.md H6). Threads with more
   * comments, or that were ever heated, are kept.
   */
  forget(commentId: string, threadId: string): void {
    const b = this.books.get(threadId);
    if (!b || !quiet(b) || b.lone?.raw.id !== commentId) return;
    this.books.delete(threadId);
    this.times.delete(commentId);
  }

  /** Threads kept (for tests and the benchmark). */
  get size(): number {
    return this.books.size;
  }

  /** Evaluate the threads changed since the last call (lone calm comments are left out). */
  takeTouched(now: number): Array<[string, ThreadEscalation, TouchedStats]> {
    const out: Array<[string, ThreadEscalation, TouchedStats]> = [];
    for (const id of this.touched) {
      const b = this.books.get(id);
      if (!b) continue;
      // It may have turned quiet since it was touched (a lone comment re-scored calm).
      if (quiet(b)) continue;
      // A lone comment is evaluated by the scratch tracker, reset to the status so far.
      const esc = (b.tracker ?? this.loneTracker(b)).result(now);
      out.push([
        id,
        esc,
        {
          commentCount: b.tracker?.size ?? (b.lone ? 1 : 0),
          riskyCount: b.risky?.size ?? 0,
          wasNotCalm: b.lastStatus !== 'calm',
        },
      ]);
      b.lastStatus = esc.status;
    }
    this.touched.clear();
    return out;
  }
}
