/**
 * The "likely to derail" forecast: a logistic score over a few thread-level averages, after
 * Zhang et al. 2018 ("Conversations Gone Awry"): toxicity and negativity of the turns so far, the
 * toxicity of the latest turn, second-person address (raises), hedges and first-person talk
 * (lower). Signs come from the literature; the magnitudes are round numbers of about 1 / (spread
 * of the feature) and the bias puts 0.5 at the accuracy-maximising cut on the CGA validation
 * splits (wiki + CMV, one shared cut). Those splits are measure-only: nothing is trained on them;
 * these seven numbers are the only things chosen there (see lib/risk/README.md, bench/escalation.ts).
 */
export const DERAIL_WEIGHTS = { bias: -2, meanTox: 2, latestTox: 2, meanNeg: 1, you: 100, hedge: -100, self: -50 } as const;

/** Probability at or above which the thread counts as "likely to derail". */
export const DERAIL_THRESHOLD = 0.5;

export interface DerailInputs {
  meanTox: number;
  latestTox: number;
  meanNeg: number;
  /** Mean per-comment rates of second-person words, hedges and first-person words. */
  you: number;
  hedge: number;
  self: number;
}

/** Probability in [0, 1] that the conversation derails later. */
export function derailProbability(x: DerailInputs): number {
  const w = DERAIL_WEIGHTS;
  const z = w.bias + w.meanTox * x.meanTox + w.latestTox * x.latestTox + w.meanNeg * x.meanNeg + w.you * x.you + w.hedge * x.hedge + w.self * x.self;
  return 1 / (1 + Math.exp(-z));
}
