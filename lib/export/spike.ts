/**
 * Spike alert: flagged items in the current hour above mean + 3 standard deviations of the
 * previous 24 hourly counts, with an absolute floor so a jump from 0 to 2 is not a crisis. The
 * deviation is at least √mean (counts vary like a Poisson process even when the last day was
 * perfectly flat), so 22 after a steady 20 is not a spike.
 */
import type { FlaggedItem } from '@/lib/db/types';
import { postedAt } from '@/lib/db/clock';
import { buildReport } from './report-data';

export interface Spike {
  spike: boolean;
  current: number;
  mean: number;
  sd: number;
  threshold: number;
}

export const SPIKE_FLOOR = 5;

/** `hourly` holds the last 25 hourly counts, oldest first; the last is the current hour. */
export function detectSpike(hourly: readonly number[]): Spike {
  const current = hourly.at(-1) ?? 0;
  const base = hourly.slice(-25, -1);
  const mean = base.length ? base.reduce((a, b) => a + b, 0) / base.length : 0;
  const sd = base.length ? Math.sqrt(base.reduce((a, b) => a + (b - mean) ** 2, 0) / base.length) : 0;
  const threshold = Math.max(SPIKE_FLOOR, mean + 3 * Math.max(sd, Math.sqrt(mean)));
  return { spike: current > threshold, current, mean, sd, threshold };
}

/** Hourly counts of the last 25 hours ending at `now`, from the items' times. */
export function hourlyCounts(times: readonly number[], now: number): number[] {
  const out = new Array<number>(25).fill(0);
  const start = now - 25 * 3_600_000;
  for (const t of times) {
    const i = Math.floor((t - start) / 3_600_000);
    if (i >= 0 && i < 25) out[i]!++;
  }
  return out;
}

/**
 * The spike now, from when the comments were posted (a backlog read today of comments posted last
 * week is not a spike), and the hour's top terms without the brand's own names.
 */
export function spikeNow(
  items: readonly FlaggedItem[],
  now: number,
  brands: readonly string[] = [],
): { spike: Spike; terms: string[] } {
  const posted = items.map((i) => ({ i, at: postedAt(i) }));
  const spike = detectSpike(
    hourlyCounts(
      posted.map((p) => p.at),
      now,
    ),
  );
  const hour = posted.filter((p) => p.at > now - 3_600_000 && p.at <= now).map((p) => p.i);
  return { spike, terms: spike.spike ? spikeTerms(hour, now, brands) : [] };
}

/** The top five terms of the hour's items, without the brand's own names. */
export function spikeTerms(hour: readonly FlaggedItem[], now: number, brands: readonly string[] = []): string[] {
  // From the earliest of them: a period of an hour or so, cut into a few clock hours.
  const from = hour.reduce((m, i) => Math.min(m, i.firstSeen), now);
  return buildReport([...hour], [], [], { from, to: now, excludeTerms: brands })
    .topTerms.slice(0, 5)
    .map(([w]) => w);
}
