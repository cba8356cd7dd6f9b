/**
 * The "likely to derail" forecast: a logistic score over a few thread-level averages, after
 * Zhang et al. 2018 ("Conversations Gone Awry") and Chang & Danescu-Niculescu-Mizil 2019: the
 * toxicity and negativity of the turns so far and the toxicity of the latest turn raise it;
 * second-person address ("you", "ty", "wy") raises it; hedges ("I think", "chyba") and first-person
 * talk ("I", "ja") lower it. Signs come from the literature; each magnitude is a round number near
 * 1 / (spread of the feature), and 36 such round combinations (latest toxicity 2/3/4, mean
 * toxicity 2/3, negativity 1/2, "you" 60/80/100) were compared on the CGA validation splits (wiki
 * and CMV together, one shared cut, best worst-case accuracy with a stable neighbourhood), with the
 * bias putting that cut at 0.5. The splits are measure-only: nothing is trained on them, these
 * seven numbers are all that was chosen there, and figures on the same splits are optimistic by
 * that choice. Results: bench/escalation.ts → bench/results/escalation.json.
 */
export const DERAIL_WEIGHTS = {
  bias: -2,
  meanTox: 2,
  latestTox: 2,
  meanNeg: 1,
  you: 100,
  hedge: -100,
  self: -50,
} as const;

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
  const z =
    w.bias +
    w.meanTox * x.meanTox +
    w.latestTox * x.latestTox +
    w.meanNeg * x.meanNeg +
    w.you * x.you +
    w.hedge * x.hedge +
    w.self * x.self;
  return 1 / (1 + Math.exp(-z));
}
