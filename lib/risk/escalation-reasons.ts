/**
 * The thread reasons and how much each adds to the escalation score. Each reason's weight is in
 * [0, 1]; the score is the weighted sum (capped at 1) with the coefficients below, set by hand so
 * that: risky replies alone make a thread heated, risky replies from several authors within the
 * hour make it escalating, and a pile-on with reach or spreading accusations makes it a crisis.
 */
import type { ThreadReason, ThreadReasonMsg } from './types';

export const REASON_COEFFICIENTS = {
  riskyShare: 0.45,
  pileOn: 0.25,
  riskyAcceleration: 0.15,
  acceleration: 0.05,
  chainRising: 0.1,
  backAndForth: 0.1,
  reach: 0.1,
  brandNegative: 0.1,
  rumourSpread: 0.1,
  derailForecast: 0.1,
} as const;
export type ReasonKind = keyof typeof REASON_COEFFICIENTS;

/** Reasons collected for one result, and the score they add up to. */
export class ReasonList {
  readonly reasons: ThreadReason[] = [];
  private sum = 0;

  push(kind: ReasonKind, label: string, msg: ThreadReasonMsg, weight: number, commentIds: string[] = []): void {
    const w = Math.max(0, Math.min(1, weight));
    this.sum += w * REASON_COEFFICIENTS[kind];
    this.reasons.push({ kind, label, msg, weight: Number(w.toFixed(4)), commentIds });
  }

  get score(): number {
    return Math.min(1, this.sum);
  }

  /** Strongest first; ties by kind so the order does not depend on arrival order. */
  sorted(): ThreadReason[] {
    return this.reasons.sort(
      (a, b) => b.weight - a.weight || (a.kind < b.kind ? -1 : a.kind > b.kind ? 1 : a.label < b.label ? -1 : 1),
    );
  }
}
