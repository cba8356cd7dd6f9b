/**
 * The learned component: logistic regression over hashed features, weights quantised to int8
 * and committed in `model/weights.ts` (produced by `npm run train:risk`). Decoded once, lazily.
 */
import { BUCKETS, bigramIndex, extraIndex, wordFeatureIndices, wordIndex } from './features';
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

// Words repeat across comments: the summed weight of a word's own features is cached (capped).
const wordWeights = new Map<string, number>();
const WORD_CACHE_MAX = 50_000;

function wordWeight(w: Int8Array, word: string): number {
  let v = wordWeights.get(word);
  if (v === undefined) {
    v = 0;
    for (const i of wordFeatureIndices(word, BUCKETS)) v += w[i]!;
    if (wordWeights.size >= WORD_CACHE_MAX) wordWeights.clear();
    wordWeights.set(word, v);
  }
  return v;
}

/**
 * Probability that the comment is offensive/toxic, per the learned model. Same features as
 * `featureIndices` (training), summed word by word so per-word sums can be cached.
 */
export function modelProbability(tokens: readonly Token[], extra: readonly string[] = []): number {
  const w = decode();
  let sum = 0;
  for (const f of extra) sum += w[extraIndex(f)]!;
  let prev = '^';
  for (const tok of tokens) {
    sum += wordWeight(w, tok.text) + w[bigramIndex(prev, tok.text)]!;
    prev = tok.text;
  }
  if (tokens.length > 0) sum += w[bigramIndex(prev, '$')]!;
  return 1 / (1 + Math.exp(-(MODEL.bias + sum * MODEL.scale)));
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
