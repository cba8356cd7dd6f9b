/** Classification metrics for the benchmarks: precision, recall, F1, ROC AUC, best threshold. */

export interface Prf {
  precision: number;
  recall: number;
  f1: number;
}

export function prf(pred: readonly boolean[], gold: readonly number[]): Prf {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (let i = 0; i < gold.length; i++) {
    if (pred[i] && gold[i]) tp++;
    else if (pred[i]) fp++;
    else if (gold[i]) fn++;
  }
  const precision = tp + fp ? tp / (tp + fp) : 0;
  const recall = tp + fn ? tp / (tp + fn) : 0;
  return { precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0 };
}

/** ROC AUC by the rank-sum formula (ties get average ranks). */
export function rocAuc(scores: readonly number[], gold: readonly number[]): number {
  const idx = scores.map((s, i) => [s, gold[i]!] as const).sort((a, b) => a[0] - b[0]);
  let rankSum = 0;
  let pos = 0;
  for (let i = 0; i < idx.length;) {
    let j = i;
    while (j < idx.length && idx[j]![0] === idx[i]![0]) j++;
    const avg = (i + j + 1) / 2;
    for (let k = i; k < j; k++)
      if (idx[k]![1]) {
        rankSum += avg;
        pos++;
      }
    i = j;
  }
  const neg = idx.length - pos;
  return pos && neg ? (rankSum - (pos * (pos + 1)) / 2) / (pos * neg) : 0.5;
}

/** The threshold on `scores` that maximises F1 against `gold`, and that F1. */
export function bestThreshold(scores: readonly number[], gold: readonly number[]): { threshold: number; f1: number } {
  const cands = [...new Set(scores)].sort((a, b) => a - b);
  const step = Math.max(1, Math.floor(cands.length / 400));
  let best = { threshold: cands[0] ?? 0, f1: -1 };
  for (let i = 0; i < cands.length; i += step) {
    const t = cands[i]!;
    const f1 = prf(
      scores.map((s) => s >= t),
      gold,
    ).f1;
    if (f1 > best.f1) best = { threshold: t, f1 };
  }
  return best;
}
