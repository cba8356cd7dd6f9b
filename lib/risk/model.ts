/**
 * The learned component: logistic regression over hashed features, weights quantised to int8
 * and committed in `model/weights.ts` (produced by `npm run train:risk`). Decoded once, lazily.
 */
import { BUCKETS, featureIndices, wordIndex } from './features';
import type { Token } from './tokens';
import { MODEL } from './model/weights';

let weights: Int8Array | null = null;

function decode(): Int8Array {
  if (weights) return weights;
  const bin = atob(MODEL.weights);
  const w = new Int8Array(bin.length);
  for (let i = 0; i < bin.length; i++) w[i] = (bin.charCodeAt(i) << 24) >> 24;
  weights = w;
  return w;
}

/** Probability that the comment is offensive/toxic, per the learned model. */
export function modelProbability(tokens: readonly Token[], extra: readonly string[] = []): number {
  if (tokens.length === 0) return 1 / (1 + Math.exp(-MODEL.bias));
  const w = decode();
  let z = MODEL.bias;
  for (const i of featureIndices(tokens, extra, BUCKETS)) z += w[i]! * MODEL.scale;
  return 1 / (1 + Math.exp(-z));
}

/** The tokens whose own word feature pushes hardest towards "toxic" (for the reasons). */
export function topModelWords(tokens: readonly Token[], n = 2): Token[] {
  const w = decode();
  return tokens
    .map((t) => ({ t, v: w[wordIndex(t.text)]! * MODEL.scale }))
    .filter((x) => x.v > 0.6)
    .sort((a, b) => b.v - a.v)
    .slice(0, n)
    .map((x) => x.t);
}

/** Per-language decision thresholds chosen on the validation splits (see lib/risk/README.md). */
export const MODEL_THRESHOLDS = MODEL.thresholds;
export const MODEL_VERSION = MODEL.version;
