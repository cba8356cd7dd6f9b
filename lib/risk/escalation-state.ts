/**
 * The running aggregates behind ThreadTracker. Every structure is updated in O(1) amortised per
 * comment (or O(number of crisis signals)); the few "best so far" values that a removal can
 * invalidate (latest comment, most-liked risky comments) are rebuilt only when a re-scored comment
 * was one of them.
 */
import { AuthorGroups, take } from './escalation-groups';
import { ReplyRelations } from './escalation-relations';
import { PaceCounter } from './escalation-time';
import { parseTimeText } from './relative-time';
import { derailCues } from './derail-cues';
import { commentLean, standardise } from './escalation-derail';
import { termMatcher } from './thread-features';
import { CRISIS_SIGNALS, isFlagged, type CrisisSignal, type ThreadComment } from './types';

export interface Row {
  id: string;
  author: string;
  seq: number;
  risky: boolean;
  tox: number;
  neg: number;
  likes: number;
  time?: number;
  ago?: number;
  signals: CrisisSignal[];
  /** The brand or watch keyword named in a negative comment. */
  mention?: string;
  brandTarget: boolean;
  /** The comment's share of the derailment forecast (escalation-derail.ts). */
  lean: number;
  /** Its toxicity in standard deviations of ordinary comments (the forecast's latest-turn input). */
  toxZ: number;
}
/** A comment as the tracker receives it (type-only import: no runtime cycle). */
type Input = ThreadComment;

const ACCUSATIONS = CRISIS_SIGNALS.filter((s) => s !== 'brandMention');
const SIGNAL_ON = 0.5;
const NEGATIVE = 0.4;
const RECENT = 10;
const TOP_LIKED = 5;

export class ThreadState {
  readonly rows = new Map<string, Row>();
  readonly risky = new Set<string>();
  riskyLikes = 0;
  readonly sums = { tox: 0, neg: 0, lean: 0 };
  readonly pace = new PaceCounter();
  readonly riskyPace = new PaceCounter();
  readonly targets = new AuthorGroups<string>();
  readonly signals = new AuthorGroups<CrisisSignal>();
  /** Negative comments naming a brand or keyword, grouped by the term (one "author" per comment). */
  readonly mentions = new AuthorGroups<string>();
  mentionCount = 0;
  private readonly mentionSet = new Set<string>();
  readonly relations: ReplyRelations;
  private latestRow: Row | null = null;
  private latestDirty = false;
  private liked: Row[] = [];
  private likedDirty = false;
  private readonly recent: string[] = [];
  private seq = 0;
  private readonly matchTerm: (text: string) => string | undefined;

  constructor(
    terms: readonly string[],
    private readonly brandKey: string,
  ) {
    this.matchTerm = termMatcher(terms);
    this.relations = new ReplyRelations(this.targets);
  }

  /** Back to no comments: the same state as a new instance with the same terms, without building one. */
  clear(): void {
    if (this.rows.size > 0) this.rows.clear();
    if (this.risky.size > 0) this.risky.clear();
    this.riskyLikes = 0;
    const sums = this.sums;
    sums.tox = sums.neg = sums.lean = 0;
    this.pace.clear();
    this.riskyPace.clear();
    this.targets.clear();
    this.signals.clear();
    this.mentions.clear();
    this.mentionCount = 0;
    if (this.mentionSet.size > 0) this.mentionSet.clear();
    this.relations.clear();
    this.latestRow = null;
    this.latestDirty = false;
    this.liked.length = 0;
    this.likedDirty = false;
    this.recent.length = 0;
    this.seq = 0;
  }

  /** Add a comment (its id must not be present); a re-scored comment keeps its arrival order. */
  add(c: Input, seq?: number): void {
    const r = c.risk;
    const risky = isFlagged(r);
    const negative = risky || r.negativity >= NEGATIVE;
    const named = this.matchTerm(c.text) ?? (r.signals.brandMention > 0 ? 'brand' : undefined);
    const signals = ACCUSATIONS.filter((s) => r.signals[s] >= SIGNAL_ON);
    const rel = c.time === undefined && c.relativeTime ? parseTimeText(c.relativeTime) : undefined;
    const row: Row = {
      id: c.id,
      author: c.author,
      seq: seq ?? this.seq++,
      risky,
      tox: r.toxicity,
      neg: r.negativity,
      likes: Math.max(0, c.likes ?? 0),
      time: c.time ?? (rel && 'at' in rel ? rel.at : undefined),
      ago: rel && 'ago' in rel ? rel.ago : undefined,
      signals,
      mention: negative ? named : undefined,
      brandTarget: risky && (named !== undefined || signals.length > 0 || c.parentId === undefined),
      lean: commentLean(derailCues(c.text, r.language), r.toxicity, r.negativity, r.language),
      toxZ: standardise('toxicity', r.toxicity, r.language),
    };
    if (seq === undefined) {
      this.recent.push(row.id);
      if (this.recent.length > RECENT) this.recent.shift();
    }
    this.rows.set(row.id, row);
    this.count(row, 1);
    this.relations.add(row.id, {
      parentId: c.parentId,
      author: c.author,
      neg: r.negativity,
      hostility: Math.max(r.toxicity, r.negativity),
      risky,
      attacksParent: risky && !row.brandTarget,
    });
  }

  /** Remove a comment's contributions; returns its arrival order. */
  remove(id: string): number | undefined {
    const row = this.rows.get(id);
    if (!row) return undefined;
    this.relations.remove(id);
    this.count(row, -1);
    this.rows.delete(id);
    return row.seq;
  }

  private count(row: Row, sign: 1 | -1): void {
    const s = this.sums;
    s.tox += sign * row.tox;
    s.neg += sign * row.neg;
    s.lean += sign * row.lean;
    this.pace.count(row, sign);
    const group = sign > 0 ? 'add' : 'remove';
    if (row.risky) {
      if (sign > 0) this.risky.add(row.id);
      else this.risky.delete(row.id);
      this.riskyLikes += sign * row.likes;
      this.riskyPace.count(row, sign);
      if (row.brandTarget) this.targets[group](this.brandKey, row.author, row.id);
      this.countLiked(row, sign);
    }
    for (const sig of row.signals) this.signals[group](sig, row.author, row.id);
    if (row.mention !== undefined) {
      this.mentions[group](row.mention, row.id, row.id);
      this.mentionCount += sign;
      if (sign > 0) this.mentionSet.add(row.id);
      else this.mentionSet.delete(row.id);
    }
    if (sign > 0 && !this.latestDirty && (!this.latestRow || isLater(row, this.latestRow))) this.latestRow = row;
    if (sign < 0 && row === this.latestRow) this.latestDirty = true;
  }

  private countLiked(row: Row, sign: 1 | -1): void {
    if (sign < 0) {
      if (this.liked.includes(row)) this.likedDirty = true;
      return;
    }
    if (this.likedDirty || row.likes === 0) return;
    this.liked.push(row);
    this.liked.sort(byLikes);
    if (this.liked.length > TOP_LIKED) this.liked.pop();
  }

  /** The latest comment: by time when both have one, otherwise by arrival. */
  get latest(): Row | null {
    if (this.latestDirty) {
      this.latestDirty = false;
      this.latestRow = null;
      for (const r of this.rows.values()) if (!this.latestRow || isLater(r, this.latestRow)) this.latestRow = r;
    }
    return this.latestRow;
  }

  /** The most-liked risky comments. */
  topLiked(): string[] {
    if (this.likedDirty) {
      this.likedDirty = false;
      this.liked = [...this.risky]
        .map((id) => this.rows.get(id)!)
        .filter((r) => r.likes > 0)
        .sort(byLikes)
        .slice(0, TOP_LIKED);
    }
    return this.liked.map((r) => r.id);
  }

  riskyIds(): string[] {
    return take(this.risky, 10);
  }

  mentionIds(): string[] {
    return take(this.mentionSet, 10);
  }

  /** Risky comments among the last RECENT arrivals (the order fallback when nothing has a time). */
  recentRisky(): { risky: number; total: number; ids: string[] } {
    const ids = this.recent.filter((id) => this.risky.has(id));
    return { risky: ids.length, total: this.recent.length, ids };
  }
}

const byLikes = (a: Row, b: Row) => b.likes - a.likes || (a.id < b.id ? -1 : 1);

function isLater(a: Row, b: Row): boolean {
  if (a.time !== undefined && b.time !== undefined && a.time !== b.time) return a.time > b.time;
  if (a.ago !== undefined && b.ago !== undefined && a.ago !== b.ago) return a.ago < b.ago;
  return a.seq > b.seq;
}
