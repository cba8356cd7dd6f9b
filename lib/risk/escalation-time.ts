/**
 * Pace of replies over time windows, kept as bucket counts so that adding a comment is O(1) and a
 * window count costs a fixed number of lookups whatever the thread size. Comments with an absolute
 * time are bucketed by time; comments with only a relative time ("2 h ago") by how long ago, which
 * is measured from the "now" of the result (the caller reads the page and asks for a result at the
 * same moment).
 */
const MIN = 60_000;
/** Window lengths and their bucket sizes: recent hour in 5-minute buckets, recent day in 2-hour ones. */
export const WINDOWS = [
  { label: 'hour', ms: 60 * MIN, bucket: 5 * MIN },
  { label: 'day', ms: 24 * 60 * MIN, bucket: 120 * MIN },
] as const;
/** The pace before is measured over this many windows before the recent one. */
const PRIOR_WINDOWS = 3;

class Buckets {
  private readonly counts = new Map<number, number>();
  constructor(private readonly size: number) {}
  /** Back to no counts. */
  clear(): void {
    if (this.counts.size > 0) this.counts.clear();
  }
  add(t: number, sign: number): void {
    const k = Math.floor(t / this.size);
    const v = (this.counts.get(k) ?? 0) + sign;
    if (v === 0) this.counts.delete(k);
    else this.counts.set(k, v);
  }
  /** Count in buckets overlapping [from, to]. */
  sum(from: number, to: number): number {
    const lo = Math.floor(from / this.size);
    const hi = Math.floor(to / this.size);
    let s = 0;
    // Few filled buckets (the usual thread): visit those instead of every bucket in the range.
    if (this.counts.size <= hi - lo) {
      for (const [k, v] of this.counts) if (k >= lo && k <= hi) s += v;
      return s;
    }
    for (let k = lo; k <= hi; k++) s += this.counts.get(k) ?? 0;
    return s;
  }
}

export interface Pace {
  window: (typeof WINDOWS)[number]['label'];
  recent: number;
  /** Mean count per window over the PRIOR_WINDOWS windows before the recent one. */
  before: number;
}

/** Counts of comments by time, for pace in the recent window vs the windows before. */
export class PaceCounter {
  private readonly at = WINDOWS.map((w) => new Buckets(w.bucket));
  private readonly ago = WINDOWS.map((w) => new Buckets(w.bucket));
  private timed = 0;

  /** Back to no comments. */
  clear(): void {
    for (const b of this.at) b.clear();
    for (const b of this.ago) b.clear();
    this.timed = 0;
  }

  /** A comment at absolute `time` or `agoMs` before now (+1), or its removal (−1). */
  count(when: { time?: number; ago?: number }, sign: 1 | -1): void {
    if (when.time !== undefined) this.at.forEach((b) => b.add(when.time!, sign));
    else if (when.ago !== undefined) this.ago.forEach((b) => b.add(when.ago!, sign));
    else return;
    this.timed += sign;
  }

  /** Comments that have a time of any kind. */
  get size(): number {
    return this.timed;
  }

  /** Recent and earlier pace in each window at `now`. The last bucket can overlap the edge by one bucket. */
  pace(now: number): Pace[] {
    return WINDOWS.map((w, i) => {
      const b = w.bucket;
      const recent = this.at[i]!.sum(now - w.ms + b, now) + this.ago[i]!.sum(0, w.ms - b);
      const prior =
        this.at[i]!.sum(now - (PRIOR_WINDOWS + 1) * w.ms + b, now - w.ms) +
        this.ago[i]!.sum(w.ms, (PRIOR_WINDOWS + 1) * w.ms - b);
      return { window: w.label, recent, before: prior / PRIOR_WINDOWS };
    });
  }
}
