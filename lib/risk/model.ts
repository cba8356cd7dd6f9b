/**
 * The learned component: logistic regression over hashed features, weights quantised to int8
 * and committed in `model/weights.ts` (produced by `npm run train:risk`), read lazily.
 */
import { bigramOf, charGramSum, extraIndex, wordHash, wordIndex } from './features';
import type { WordInfo } from './words';
import type { Token } from './tokens';
import { MODEL } from './model/weights';

// The weights stay in the binary string `atob` gives (one byte per character, decoded natively)
// and are read where they are needed: no 262,144-step loop when a page scores its first comment.
let bin: string | null = null;
const weights = () => (bin ??= atob(MODEL.weights));
/** Weight `i` as the signed int8 it was stored as. */
const weightAt = (b: string, i: number) => (b.charCodeAt(i) << 24) >> 24;

/** A word's part of the model: the summed weights of its own features, and of its word feature alone. */
export function wordModel(word: string): { own: number; top: number } {
  const w = weights();
  const top = weightAt(w, wordIndex(word));
  return { own: top + charGramSum(word, (i) => weightAt(w, i)), top };
}

// Named features (lexicon hits, caps, valence buckets) repeat: their bucket weights are cached.
const extraWeights = new Map<string, number>();
function extraWeight(f: string): number {
  let v = extraWeights.get(f);
  if (v === undefined) {
    v = weightAt(weights(), extraIndex(f));
    if (extraWeights.size >= 1_000) extraWeights.clear();
    extraWeights.set(f, v);
  }
  return v;
}

// The bigram of the first word starts from '^'.
const START = wordHash('^');
const END = wordHash('$');

/**
 * Probability that the comment is offensive/toxic, per the learned model. Same features as
 * `featureIndices` (training): each word's own features (cached per word), its bigram with the
 * word before ('^' before the first, '$' after the last) and the named extra features.
 */
export function modelProbability(tokens: readonly Token[], infos: readonly WordInfo[], extra: readonly string[]): number {
  const w = weights();
  let sum = 0;
  for (const f of extra) sum += extraWeight(f);
  let prev = START;
  for (let i = 0; i < tokens.length; i++) {
    const info = infos[i]!;
    sum += info.own + weightAt(w, bigramOf(prev, info.bigram));
    prev = info.bigram;
  }
  sum += weightAt(w, bigramOf(prev, END));
  return 1 / (1 + Math.exp(-(MODEL.bias + sum * MODEL.scale)));
}

/** The tokens whose own word feature pushes hardest towards "toxic" (for the reasons). */
export function topModelWords(tokens: readonly Token[], infos: readonly WordInfo[], n = 2): Token[] {
  const out: Array<{ t: Token; v: number }> = [];
  for (let i = 0; i < tokens.length; i++) {
    const v = infos[i]!.top * MODEL.scale;
    if (v > 0.6) out.push({ t: tokens[i]!, v });
  }
  return out
    .sort((a, b) => b.v - a.v)
    .slice(0, n)
    .map((x) => x.t);
}

/** Per-language decision thresholds chosen on the validation splits (see lib/risk/README.md). */
export const MODEL_THRESHOLDS = MODEL.thresholds;
export const MODEL_VERSION = MODEL.version;
