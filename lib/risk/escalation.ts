/**
 * First version of thread escalation: running aggregates per thread (no full recompute on add),
 * a score from the share and pace of risky replies, pile-ons, reach and spreading accusations,
 * and a status with hysteresis. Pure: "now" is passed in.
 */
import { turnCues } from './thread-features';
import { ReplyRelations } from './thread-relations';
import { CRISIS_SIGNALS, isFlagged, type CrisisSignal, type RiskResult, type ThreadEscalation, type ThreadReason, type ThreadStatus } from './types';

export interface ThreadComment {
  id: string;
  parentId?: string;
  author: string;
  text: string;
  /** epoch ms when known */
  time?: number;
  relativeTime?: string;
  likes?: number;
  risk: RiskResult;
}

export interface EscalationOptions {
  brands?: readonly string[];
  watchKeywords?: readonly string[];
  previous?: ThreadStatus;
}

const ENTER = { heated: 0.3, escalating: 0.5, crisis: 0.72 } as const;
/**
 * The "likely to derail" forecast: a logistic score over the toxicity of the latest comment, the
 * highest and mean toxicity, the latest negativity, second-person address and politeness cues.
 * The six weights were set by hand and the threshold chosen on the CGA validation splits
 * (measure-only data: nothing is trained on it); see lib/risk/README.md.
 */
const DERAIL_WEIGHTS = { bias: -2.2, lastTox: 2.0, maxTox: 1.5, meanTox: 1.5, lastNeg: 1.0, secondPerson: 1.5, polite: -0.3 } as const;
export const DERAIL_THRESHOLD = 0.675;
const LEAVE_MARGIN = 0.08;
const RANK: Record<ThreadStatus, number> = { calm: 0, heated: 1, escalating: 2, crisis: 3 };
const WINDOW_MS = 60 * 60_000;

interface Row { author: string; risky: boolean; time?: number; likes: number; signals: CrisisSignal[]; tox: number; neg: number; you: number; polite: number; seq: number; brandNegative: boolean }

/** Incremental escalation state of one thread. */
export class ThreadTracker {
  private readonly rows = new Map<string, Row>();
  private riskyCount = 0;
  private riskyLikes = 0;
  private readonly riskyAuthors = new Map<string, number>();
  private readonly signalAuthors = new Map<CrisisSignal, Set<string>>();
  private status: ThreadStatus;
  private seq = 0;
  private toxSum = 0;
  private youSum = 0;
  private politeSum = 0;
  private toxMax = 0;
  private latest: Row | null = null;
  /** Times of risky comments, sorted: the last-hour count is a binary search, not a scan. */
  private readonly riskyTimes: number[] = [];
  private readonly relations = new ReplyRelations();
  private brandNegative = 0;

  constructor(private readonly opts: EscalationOptions = {}) {
    this.status = opts.previous ?? 'calm';
  }

  get size(): number {
    return this.rows.size;
  }

  /** Add a comment seen for the first time (a repeated id counts as an update). */
  add(c: ThreadComment): void {
    if (this.rows.has(c.id)) return this.update(c);
    const cues = turnCues(c.text);
    const row: Row = {
      author: c.author,
      risky: isFlagged(c.risk),
      time: c.time,
      likes: c.likes ?? 0,
      signals: CRISIS_SIGNALS.filter((s) => s !== 'brandMention' && c.risk.signals[s] >= 0.5),
      tox: c.risk.toxicity,
      neg: c.risk.negativity,
      you: cues.secondPerson,
      polite: cues.polite,
      seq: this.seq++,
      brandNegative: c.risk.signals.brandMention > 0 && (c.risk.negativity >= 0.4 || isFlagged(c.risk)),
    };
    this.rows.set(c.id, row);
    this.relations.add(c.id, { parentId: c.parentId, author: c.author, neg: c.risk.negativity, tox: c.risk.toxicity, seq: row.seq });
    this.count(row, 1);
  }

  /** Replace a comment whose text was re-scored. */
  update(c: ThreadComment): void {
    const old = this.rows.get(c.id);
    if (old) this.count(old, -1);
    this.rows.delete(c.id);
    this.relations.remove(c.id);
    this.add(c);
  }

  private count(row: Row, sign: 1 | -1): void {
    if (row.brandNegative) this.brandNegative += sign;
    this.toxSum += sign * row.tox;
    this.youSum += sign * row.you;
    this.politeSum += sign * row.polite;
    if (sign > 0) {
      this.toxMax = Math.max(this.toxMax, row.tox);
      if (!this.latest || isLater(row, this.latest)) this.latest = row;
    } else if (row.tox >= this.toxMax || row === this.latest) {
      // Rare (a re-scored comment was the maximum or the latest): recompute from the rows.
      this.toxMax = 0;
      this.latest = null;
      for (const r of this.rows.values()) {
        if (r === row) continue;
        this.toxMax = Math.max(this.toxMax, r.tox);
        if (!this.latest || isLater(r, this.latest)) this.latest = r;
      }
    }
    if (row.risky && row.time !== undefined) {
      const i = lowerBound(this.riskyTimes, row.time);
      if (sign > 0) this.riskyTimes.splice(i, 0, row.time);
      else if (this.riskyTimes[i] === row.time) this.riskyTimes.splice(i, 1);
    }
    if (row.risky) {
      this.riskyCount += sign;
      this.riskyLikes += sign * row.likes;
      this.riskyAuthors.set(row.author, (this.riskyAuthors.get(row.author) ?? 0) + sign);
      if (this.riskyAuthors.get(row.author)! <= 0) this.riskyAuthors.delete(row.author);
    }
    for (const s of row.signals) {
      const set = this.signalAuthors.get(s) ?? new Set<string>();
      if (sign > 0) set.add(row.author);
      this.signalAuthors.set(s, set);
    }
  }

  /** The thread's escalation at `now`. */
  result(now: number): ThreadEscalation {
    const n = this.rows.size;
    const reasons: ThreadReason[] = [];
    const share = n ? this.riskyCount / n : 0;
    let score = 0;
    if (this.riskyCount > 0) {
      const w = Math.min(1, share * 0.6 + Math.min(this.riskyCount, 10) * 0.04);
      score += w * 0.45;
      reasons.push({ kind: 'riskyShare', label: `${this.riskyCount} of ${n} comments risky`, weight: w });
    }
    const authors = this.riskyAuthors.size;
    if (authors >= 3) {
      const w = Math.min(1, (authors - 2) / 4);
      score += w * 0.25;
      reasons.push({ kind: 'pileOn', label: `pile-on: ${authors} authors`, weight: w });
    }
    const recent = this.riskyTimes.length - lowerBound(this.riskyTimes, now - WINDOW_MS);
    if (recent >= 3) {
      const w = Math.min(1, recent / 8);
      score += w * 0.15;
      reasons.push({ kind: 'acceleration', label: `${recent} risky replies in the last hour`, weight: w });
    }
    for (const [signal, set] of this.signalAuthors) {
      if (set.size >= 2) {
        const w = Math.min(1, set.size / 4);
        score += w * 0.1;
        reasons.push({ kind: 'rumourSpread', label: `${signal} repeated by ${set.size} authors`, weight: w });
      }
    }
    if (this.relations.risingReplies >= 2) {
      const w = Math.min(1, this.relations.risingReplies / 5);
      score += w * 0.1;
      reasons.push({ kind: 'chainRising', label: `negativity rising in ${this.relations.risingReplies} replies`, weight: w });
    }
    const pair = this.relations.busiestPair();
    if (pair?.rising) {
      const w = Math.min(1, pair.exchanges / 6);
      score += w * 0.1;
      reasons.push({ kind: 'backAndForth', label: `back-and-forth between ${pair.authors.join(' and ')} (${pair.exchanges} replies), growing hostile`, weight: w });
    }
    if (this.brandNegative >= 1) {
      const w = Math.min(1, this.brandNegative / 3);
      score += w * 0.1;
      reasons.push({ kind: 'brandNegative', label: `brand named in ${this.brandNegative} negative comments`, weight: w });
    }
    if (this.riskyLikes >= 50) {
      const w = Math.min(1, this.riskyLikes / 500);
      score += w * 0.1;
      reasons.push({ kind: 'reach', label: `${this.riskyLikes} likes on risky comments`, weight: w });
    }
    score = Math.min(1, score);
    const derail = this.derail();
    if (derail >= DERAIL_THRESHOLD) reasons.push({ kind: 'derailForecast', label: `likely to derail (${Math.round(derail * 100)}%): confrontational tone`, weight: derail });
    this.status = nextStatus(this.status, score);
    reasons.sort((a, b) => b.weight - a.weight);
    return { status: this.status, score, derail, reasons };
  }

  /** Probability that the conversation derails (see DERAIL_WEIGHTS). */
  private derail(): number {
    const n = this.rows.size;
    if (n === 0 || !this.latest) return 0;
    const w = DERAIL_WEIGHTS;
    const z = w.bias + w.lastTox * this.latest.tox + w.maxTox * this.toxMax + w.meanTox * (this.toxSum / n) + w.lastNeg * this.latest.neg + w.secondPerson * (this.youSum / n) + w.polite * (this.politeSum / n);
    return 1 / (1 + Math.exp(-z));
  }
}

/** The comment posted later: by time when both have one, otherwise by arrival. */
function isLater(a: Row, b: Row): boolean {
  if (a.time !== undefined && b.time !== undefined) return a.time > b.time || (a.time === b.time && a.seq > b.seq);
  return a.seq > b.seq;
}

/** First index of `xs` (sorted ascending) whose value is >= `x`. */
function lowerBound(xs: readonly number[], x: number): number {
  let lo = 0;
  let hi = xs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (xs[mid]! < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Status with hysteresis: entering a level needs its threshold, leaving it needs a margin below. */
export function nextStatus(prev: ThreadStatus, score: number): ThreadStatus {
  const target: ThreadStatus = score >= ENTER.crisis ? 'crisis' : score >= ENTER.escalating ? 'escalating' : score >= ENTER.heated ? 'heated' : 'calm';
  if (RANK[target] >= RANK[prev]) return target;
  const floor = prev === 'calm' ? 0 : ENTER[prev] - LEAVE_MARGIN;
  return score >= floor ? prev : target;
}

/** Score a whole thread at once. */
export function scoreThread(comments: readonly ThreadComment[], now: number, opts?: EscalationOptions): ThreadEscalation {
  const t = new ThreadTracker(opts);
  for (const c of comments) t.add(c);
  return t.result(now);
}
