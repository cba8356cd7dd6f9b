/**
 * First version of thread escalation: running aggregates per thread (no full recompute on add),
 * a score from the share and pace of risky replies, pile-ons, reach and spreading accusations,
 * and a status with hysteresis. Pure: "now" is passed in.
 */
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
const LEAVE_MARGIN = 0.08;
const RANK: Record<ThreadStatus, number> = { calm: 0, heated: 1, escalating: 2, crisis: 3 };
const WINDOW_MS = 60 * 60_000;

interface Row { author: string; risky: boolean; time?: number; likes: number; signals: CrisisSignal[] }

/** Incremental escalation state of one thread. */
export class ThreadTracker {
  private readonly rows = new Map<string, Row>();
  private riskyCount = 0;
  private riskyLikes = 0;
  private readonly riskyAuthors = new Map<string, number>();
  private readonly signalAuthors = new Map<CrisisSignal, Set<string>>();
  private status: ThreadStatus;

  constructor(private readonly opts: EscalationOptions = {}) {
    this.status = opts.previous ?? 'calm';
  }

  get size(): number {
    return this.rows.size;
  }

  /** Add a comment seen for the first time (a repeated id counts as an update). */
  add(c: ThreadComment): void {
    if (this.rows.has(c.id)) return this.update(c);
    const row: Row = { author: c.author, risky: isFlagged(c.risk), time: c.time, likes: c.likes ?? 0, signals: CRISIS_SIGNALS.filter((s) => s !== 'brandMention' && c.risk.signals[s] >= 0.5) };
    this.rows.set(c.id, row);
    this.count(row, 1);
  }

  /** Replace a comment whose text was re-scored. */
  update(c: ThreadComment): void {
    const old = this.rows.get(c.id);
    if (old) this.count(old, -1);
    this.rows.delete(c.id);
    this.add(c);
  }

  private count(row: Row, sign: 1 | -1): void {
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
    let recent = 0;
    for (const r of this.rows.values()) if (r.risky && r.time !== undefined && now - r.time <= WINDOW_MS) recent++;
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
    if (this.riskyLikes >= 50) {
      const w = Math.min(1, this.riskyLikes / 500);
      score += w * 0.1;
      reasons.push({ kind: 'reach', label: `${this.riskyLikes} likes on risky comments`, weight: w });
    }
    score = Math.min(1, score);
    this.status = nextStatus(this.status, score);
    reasons.sort((a, b) => b.weight - a.weight);
    return { status: this.status, score, derail: Math.min(1, score * 1.1), reasons };
  }
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
