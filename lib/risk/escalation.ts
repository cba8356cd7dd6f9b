/**
 * Thread escalation: a status (calm → heated → escalating → crisis), a score in [0, 1], a
 * "likely to derail" forecast and the reasons. Pure ("now" is passed in) and incremental: the
 * tracker keeps running aggregates, so adding a comment and asking for the result cost the same
 * whatever the thread size (bench/escalation.ts). Comments may arrive in any order.
 */
import { derailProbability, DERAIL_THRESHOLD } from './escalation-derail';
import { ReasonList } from './escalation-reasons';
import { ThreadState } from './escalation-state';
import { type ThreadComment, type ThreadEscalation, type ThreadReasonMsg, type ThreadStatus } from './types';

export { DERAIL_THRESHOLD, DERAIL_WEIGHTS } from './escalation-derail';
export type { ThreadComment } from './types';

export interface EscalationOptions {
  /** Brand names: a mention in a negative comment is a reason, and risky comments naming it target the brand. */
  brands?: readonly string[];
  /** Watch keywords from the settings: treated like brand names. */
  watchKeywords?: readonly string[];
  /** The status the thread had before (hysteresis for the stateless `scoreThread`). */
  previous?: ThreadStatus;
}

/** Score at which each status is entered; it is left only LEAVE_MARGIN below (hysteresis). */
export const STATUS_THRESHOLDS = { heated: 0.3, escalating: 0.5, crisis: 0.72 } as const;
export const LEAVE_MARGIN = 0.08;
const RANK: Record<ThreadStatus, number> = { calm: 0, heated: 1, escalating: 2, crisis: 3 };
const BRAND = '\u0000brand';
const MIN_PILE_ON = 3;
const MIN_RUMOUR = 3;
const REACH_LIKES = 50;

const pct = (x: number) => `${Math.round(x * 100)}%`;
const times = (x: number) => (x >= 10 ? String(Math.round(x)) : x.toFixed(1).replace(/\.0$/, ''));
/** The message of a pace reason: replies in the last hour or day, and how much faster than before. */
const paceMsg = (
  kind: 'riskyAcceleration' | 'acceleration',
  p: { recent: number; before: number; window: string },
): ThreadReasonMsg =>
  p.before
    ? { code: `${kind}Window`, vars: { count: p.recent, window: p.window, times: times(p.recent / p.before) } }
    : { code: `${kind}WindowNone`, vars: { count: p.recent, window: p.window } };

/** Incremental escalation state of one thread: `add` new comments, `update` re-scored ones. */
export class ThreadTracker {
  private readonly s: ThreadState;
  private status: ThreadStatus;

  constructor(opts: EscalationOptions = {}) {
    this.s = new ThreadState([...(opts.brands ?? []), ...(opts.watchKeywords ?? [])], BRAND);
    this.status = opts.previous ?? 'calm';
  }

  /**
   * Start again with no comments and `previous` as the status so far: what a new tracker with
   * the same brands and keywords would be, without allocating one (lone comments, thread-book.ts).
   */
  reset(previous: ThreadStatus = 'calm'): void {
    this.s.clear();
    this.status = previous;
  }

  /** Number of comments. */
  get size(): number {
    return this.s.rows.size;
  }

  /** Add a comment seen for the first time (a repeated id counts as an update). */
  add(c: ThreadComment): void {
    // A repeated id replaces the comment and keeps its place in arrival order.
    this.s.add(c, this.s.remove(c.id));
  }

  /** Replace a comment whose text was re-scored (or add it if unknown). */
  update(c: ThreadComment): void {
    this.add(c);
  }

  /** The thread's escalation at `now`; remembers the status for hysteresis. */
  result(now: number): ThreadEscalation {
    const r = new ReasonList();
    this.crowd(r);
    this.pace(now, r);
    this.relations(r);
    this.topics(r);
    const derail = this.derail();
    if (this.s.rows.size >= 2 && derail >= DERAIL_THRESHOLD)
      r.push(
        'derailForecast',
        `likely to derail (${pct(derail)}): confrontational tone`,
        { code: 'derailForecast', vars: { pct: pct(derail) } },
        derail,
        [this.s.latest!.id],
      );
    const score = r.score;
    this.status = nextStatus(this.status, score);
    return { status: this.status, score, derail, reasons: r.sorted() };
  }

  /** How many comments are risky, and how many authors pile on one target. */
  private crowd(r: ReasonList): void {
    const s = this.s;
    const n = s.rows.size;
    if (s.risky.size > 0) {
      const share = s.risky.size / n;
      r.push(
        'riskyShare',
        `${s.risky.size} of ${n} comments risky (${pct(share)})`,
        { code: 'riskyShare', vars: { risky: s.risky.size, total: n, pct: pct(share) } },
        share * 0.6 + Math.min(s.risky.size, 10) * 0.04,
        s.riskyIds(),
      );
    }
    const top = s.targets.top();
    const piled = top === undefined ? 0 : s.targets.distinct(top);
    if (piled >= MIN_PILE_ON) {
      r.push(
        'pileOn',
        `pile-on: ${piled} authors against ${top === BRAND ? 'the brand or post' : top}`,
        top === BRAND
          ? { code: 'pileOnBrand', vars: { authors: piled } }
          : { code: 'pileOn', vars: { authors: piled, target: top! } },
        (piled - 2) / 4,
        s.targets.ids(top!),
      );
    }
  }

  /** Negativity rising along reply chains, and a hostile back-and-forth between two authors. */
  private relations(r: ReasonList): void {
    const s = this.s;
    const chain = s.relations.chain();
    if (chain.count > 0)
      r.push(
        'chainRising',
        `negativity rising along reply chains (${chain.count} replies)`,
        { code: 'chainRising', vars: { count: chain.count } },
        0.4 + chain.count * 0.2,
        chain.ids,
      );
    const pair = s.relations.hostilePair();
    if (pair)
      r.push(
        'backAndForth',
        `back-and-forth between ${pair.authors.join(' and ')} (${pair.exchanges} replies), growing hostile`,
        { code: 'backAndForth', vars: { a: pair.authors[0] ?? '', b: pair.authors[1] ?? '', count: pair.exchanges } },
        pair.exchanges / 6,
        pair.ids,
      );
  }

  /** Reach of risky comments, the brand named in negative ones, a signal repeated by several authors. */
  private topics(r: ReasonList): void {
    const s = this.s;
    if (s.riskyLikes >= REACH_LIKES)
      r.push(
        'reach',
        `${s.riskyLikes} likes on risky comments`,
        { code: 'reach', vars: { likes: s.riskyLikes } },
        s.riskyLikes / 500,
        s.topLiked(),
      );
    const mention = s.mentions.top();
    if (mention !== undefined) {
      const k = s.mentionCount;
      r.push(
        'brandNegative',
        `"${mention}" named in ${k} negative comment${k === 1 ? '' : 's'}`,
        { code: 'brandNegative', vars: { mention, count: k } },
        k / 3,
        s.mentionIds(),
      );
    }
    for (const [signal, authors] of s.signals.atLeast(MIN_RUMOUR)) {
      r.push(
        'rumourSpread',
        `${signal} repeated by ${authors} authors`,
        { code: 'rumourSpread', vars: { signal, authors } },
        authors / 5,
        s.signals.ids(signal),
      );
    }
  }

  /** Acceleration of all replies and of risky replies; by order when no comment has a time. */
  private pace(now: number, r: ReasonList): void {
    const s = this.s;
    if (s.pace.size === 0) {
      const recent = s.recentRisky();
      const before = s.risky.size - recent.risky;
      const earlier = s.rows.size - recent.total;
      if (earlier >= 5 && recent.risky >= 4 && recent.risky / recent.total >= 2 * (before / earlier)) {
        r.push(
          'riskyAcceleration',
          `risky replies accelerating: ${recent.risky} of the last ${recent.total} (was ${pct(before / earlier)})`,
          {
            code: 'riskyAccelerationShare',
            vars: { risky: recent.risky, total: recent.total, was: pct(before / earlier) },
          },
          recent.risky / recent.total,
          recent.ids,
        );
      }
      return;
    }
    const all = s.pace.pace(now);
    const risky = s.riskyPace.pace(now);
    for (let i = 0; i < all.length; i++) {
      const a = all[i]!;
      const k = risky[i]!;
      if (k.recent >= 3 && k.recent >= 2 * k.before) {
        r.push(
          'riskyAcceleration',
          `${k.recent} risky replies in the last ${k.window} (${k.before ? `${times(k.recent / k.before)}× the pace before` : 'none before'})`,
          paceMsg('riskyAcceleration', k),
          k.recent / 8,
        );
        break;
      }
      if (a.recent >= 5 && a.recent >= 2 * a.before) {
        r.push(
          'acceleration',
          `${a.recent} replies in the last ${a.window} (${a.before ? `${times(a.recent / a.before)}× the pace before` : 'none before'})`,
          paceMsg('acceleration', a),
          a.recent / 20,
        );
        break;
      }
    }
  }

  /** Probability that the conversation derails (escalation-derail.ts). */
  private derail(): number {
    const s = this.s;
    const n = s.rows.size;
    if (n === 0 || !s.latest) return 0;
    const m = s.sums;
    return derailProbability({ meanLean: m.lean / n, latestToxicity: s.latest.toxZ });
  }
}

/** Status with hysteresis: entering a level needs its threshold, leaving it needs LEAVE_MARGIN below. */
export function nextStatus(prev: ThreadStatus, score: number): ThreadStatus {
  const t = STATUS_THRESHOLDS;
  const target: ThreadStatus =
    score >= t.crisis ? 'crisis' : score >= t.escalating ? 'escalating' : score >= t.heated ? 'heated' : 'calm';
  if (RANK[target] >= RANK[prev]) return target;
  const floor = prev === 'calm' ? 0 : t[prev] - LEAVE_MARGIN;
  if (score >= floor) return prev;
  // Step down one level at a time, each with its own margin.
  const below = (['calm', 'heated', 'escalating', 'crisis'] as const)[RANK[prev] - 1]!;
  return nextStatus(below, score);
}

/** Score a whole thread at once (`opts.previous` gives the hysteresis a stateless caller needs). */
export function scoreThread(
  comments: readonly ThreadComment[],
  now: number,
  opts?: EscalationOptions,
): ThreadEscalation {
  const t = new ThreadTracker(opts);
  for (const c of comments) t.add(c);
  return t.result(now);
}
