/**
 * `npm run train:risk`: train the learned heads of the risk engine (logistic regression over
 * hashed features, AdaGrad) on training splits whose licence allows shipped weights, and write
 * `lib/risk/generated/{toxicity,negativity,look}-weights.ts`. Deterministic (fixed seeds).
 * - the second look (`lib/risk/second-look.ts`): the project's own sets in `datasets/` (the queue
 *   set, the ordinary set, the signal set's training part), read through the first look's results,
 *   so it trains after the other two, in a fresh process (`--look`);
 * - toxicity: OLID / tweeteval-offensive (CC BY 4.0), Davidson et al. (MIT), PolEval 2019 Task 6
 *   (BSD-3-Clause);
 * - negativity: GoEmotions (CC BY 4.0), CLARIN-Emo (CC BY 4.0), XED Polish (CC BY 4.0), Polish
 *   politicians' tweets (MIT).
 * Every setting and threshold is chosen by 3-fold cross-validation on the training splits; the
 * validation splits are never read here (they only report, in `npm run bench:risk`).
 * `npm run train:risk -- --search` prints the cross-validated grids the settings come from.
 */
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { BUCKETS, featureIndices } from '../lib/risk/features';
import { modelInput } from '../lib/risk/model-input';
import { readSet, type Row } from '../bench/lib/data';
import { prf, rocAuc } from '../bench/lib/metrics';
import { firstLook, riskWithoutModel, SEVERITY_THRESHOLDS } from '../lib/risk/classify';
import { lookFeatures, lookIndices, promotionApplies, ruledOut, secondLookApplies } from '../lib/risk/second-look';
import { readOrdinarySet, readQueueSet, readSignalSet, SIGNAL_NAMES } from '../bench/lib/project-sets';

/** Settings of one head's training run. */
export interface HeadOptions {
  seed: number;
  epochs: number;
  lr: number;
  l2: number;
  /**
   * Share of the hashed features (words, bigrams, character 4-grams) left out of each example at
   * each step, the rest scaled up to match (inverted dropout; scoring uses every feature). The
   * named features (lexicon hits, valence, length) are always kept, and their learning rate is
   * `namedRate` times the others': the head then leans on what holds beyond the training sets'
   * own words (lib/risk/README.md, "Training and thresholds").
   */
  dropout: number;
  namedRate: number;
  /** Hash buckets of the head (BUCKETS unless set). */
  buckets?: number;
}
/** Example weights per training set: [positives, negatives]. */
type SetWeights = Record<string, readonly [number, number]>;

/**
 * Toxicity settings (flat around these values, see lib/risk/README.md). Davidson et al. is left
 * out: with it, 3-fold cross-validation gave PolEval F1 0.470 / AUC 0.836 and OLID 0.640 / 0.787;
 * without it, 0.500 / 0.843 and 0.633 / 0.783. Dropout and the named rate by out-of-fold AUC (`--search`).
 */
export const TOXICITY: HeadOptions & { sets: SetWeights } = {
  seed: 2019,
  epochs: 15,
  lr: 0.02,
  l2: 2e-6,
  dropout: 0.7,
  namedRate: 3,
  sets: { 'tweeteval-offensive': [1.3, 1], 'poleval2019-cbd': [4, 1] },
};
/**
 * Negativity settings: epochs and L2 from the cross-validated grid, dropout and the named rate by
 * each set scored by a head trained without it (`--search`).
 */
export const NEGATIVITY: HeadOptions & { sets: SetWeights } = {
  seed: 2020,
  epochs: 5,
  lr: 0.02,
  l2: 1e-5,
  dropout: 0.5,
  namedRate: 3,
  sets: { 'goemotions-en': [1, 1], 'clarin-emo-pl': [1, 1], 'xed-pl': [1, 1], 'political-tweets-sentiment-pl': [2, 2] },
};
const NEGATIVITY_LANG: Record<string, 'en' | 'pl'> = {
  'goemotions-en': 'en',
  'clarin-emo-pl': 'pl',
  'xed-pl': 'pl',
  'political-tweets-sentiment-pl': 'pl',
};
/**
 * A head's flag threshold (what is queued at the default sensitivity, "medium") is the lowest
 * probability whose cross-validated precision reaches this; its F1 boundary is only "low".
 */
export const FLAG_PRECISION = { toxicity: 0.8, negativity: 0.9 } as const;
const FOLDS = 3;

function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Example {
  x: Int32Array;
  /** The first `named` features of `x` are the named ones. */
  named: number;
  y: number;
  w: number;
  set: string;
  text: string;
}

function need(set: string): Row[] {
  const rows = readSet(set, 'train');
  if (!rows) throw new Error(`missing ${set}/train.jsonl under the data folder`);
  return rows;
}

function examples(sets: SetWeights): Example[] {
  const out: Example[] = [];
  for (const [set, [pos, neg]] of Object.entries(sets))
    for (const r of need(set)) {
      const m = modelInput(r.text);
      // Scoring leaves an idiom's words out (model.ts): so does training.
      const tokens = m.idiom ? m.tokens.filter((_, i) => !m.idiom![i]) : m.tokens;
      out.push({
        x: Int32Array.from(featureIndices(tokens, m.extra, BUCKETS)),
        named: m.extra.length,
        y: r.binary,
        w: r.binary ? pos : neg,
        set,
        text: r.text,
      });
    }
  return out;
}

/**
 * The dropout draw of feature `i` of example `k` in `epoch`, in [0, 1): a hash of the four, not a
 * shared stream, so a lexicon change that adds a feature to one comment leaves every other
 * comment's draws as they were.
 */
function dropDraw(seed: number, epoch: number, k: number, i: number): number {
  let h = Math.imul(seed ^ 0x9e3779b9, 0x85ebca6b) ^ Math.imul(epoch + 1, 0xc2b2ae35);
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b) ^ Math.imul(k + 1, 0x27d4eb2f);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35) ^ Math.imul(i + 1, 0x165667b1);
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h ^= h >>> 13;
  return (h >>> 0) / 4294967296;
}

/** The positions of one training set's examples. */
const indicesOf = (data: readonly Example[], set: string): number[] =>
  data.flatMap((ex, i) => (ex.set === set ? [i] : []));

/** AdaGrad logistic regression with dropout of the hashed features; returns float weights and bias. */
function fit(data: readonly Example[], o: HeadOptions): { w: Float64Array; bias: number } {
  const rand = rng(o.seed);
  const w = new Float64Array(o.buckets ?? BUCKETS);
  const g2 = new Float64Array(o.buckets ?? BUCKETS).fill(1e-8);
  let bias = 0;
  let gb = 1e-8;
  const order = data.map((_, i) => i);
  const up = 1 / (1 - o.dropout);
  let kept = new Uint8Array(256);
  for (let epoch = 0; epoch < o.epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(rand() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    for (const k of order) {
      const ex = data[k]!;
      if (kept.length < ex.x.length) kept = new Uint8Array(ex.x.length * 2);
      let z = bias;
      for (let i = 0; i < ex.x.length; i++) {
        const named = i < ex.named;
        kept[i] = named || o.dropout === 0 || dropDraw(o.seed, epoch, k, i) >= o.dropout ? 1 : 0;
        if (kept[i]) z += named ? w[ex.x[i]!]! : w[ex.x[i]!]! * up;
      }
      const p = 1 / (1 + Math.exp(-z));
      const g = (p - ex.y) * ex.w;
      gb += g * g;
      bias -= (o.lr * g) / Math.sqrt(gb);
      for (let i = 0; i < ex.x.length; i++) {
        if (!kept[i]) continue;
        const f = ex.x[i]!;
        const named = i < ex.named;
        const gf = (named ? g : g * up) + o.l2 * w[f]!;
        g2[f]! += gf * gf;
        w[f]! -= ((named ? o.namedRate : 1) * o.lr * gf) / Math.sqrt(g2[f]!);
      }
    }
  }
  return { w, bias };
}

const prob = (m: { w: ArrayLike<number>; bias: number; scale?: number }, x: Int32Array) => {
  let z = 0;
  for (const f of x) z += m.w[f]!;
  return 1 / (1 + Math.exp(-(m.bias + z * (m.scale ?? 1))));
};

/** Out-of-fold probabilities: each example scored by a model that did not see it. */
function outOfFold(data: readonly Example[], o: HeadOptions): number[] {
  const fold = data.map(() => 0);
  const rand = rng(o.seed + 1);
  for (let i = 0; i < fold.length; i++) fold[i] = Math.floor(rand() * FOLDS);
  const out = new Array<number>(data.length).fill(0);
  for (let k = 0; k < FOLDS; k++) {
    const m = fit(
      data.filter((_, i) => fold[i] !== k),
      o,
    );
    data.forEach((ex, i) => {
      if (fold[i] === k) out[i] = prob(m, ex.x);
    });
  }
  return out;
}

/** The threshold (0.05 … 0.99, steps of 0.005) maximising F1 of `decide(t)`. */
function bestF1(gold: readonly number[], decide: (t: number) => boolean[]): number {
  let best = { t: 0.5, f1: -1 };
  for (let t = 0.05; t < 0.99; t += 0.005) {
    const f1 = prf(decide(t), gold).f1;
    if (f1 > best.f1) best = { t, f1 };
  }
  return Number(best.t.toFixed(3));
}

/**
 * The lowest threshold whose precision reaches `min` on at least 20 flagged examples; where none
 * does (noisy labels), the one of highest precision. With `prevalence`, precision is counted as if
 * positives were that common (false positives weighted by the odds ratio of the sample's rate to
 * it): a sample balanced by its makers would otherwise promise a precision that a natural stream
 * of comments, with fewer positives, does not give.
 */
export function precisionAt(
  probs: readonly number[],
  gold: readonly number[],
  min: number,
  prevalence?: number,
): number {
  const rate = gold.reduce((a, b) => a + b, 0) / gold.length;
  const fpWeight = prevalence ? (rate / (1 - rate)) * ((1 - prevalence) / prevalence) : 1;
  let best = { t: 0.99, precision: -1 };
  for (let t = 0.05; t < 0.99; t += 0.005) {
    let tp = 0;
    let fp = 0;
    for (let i = 0; i < probs.length; i++)
      if (probs[i]! >= t) {
        if (gold[i]) tp++;
        else fp++;
      }
    if (tp + fp < 20) break;
    const precision = tp / (tp + fpWeight * fp);
    if (precision >= min) return Number(t.toFixed(3));
    if (precision > best.precision) best = { t, precision };
  }
  return Number(best.t.toFixed(3));
}

function quantise(m: { w: Float64Array; bias: number }): { weights: Int8Array; scale: number; bias: number } {
  let max = 0;
  for (const v of m.w) max = Math.max(max, Math.abs(v));
  const scale = max / 127;
  const q = new Int8Array(m.w.length);
  for (let i = 0; i < m.w.length; i++) q[i] = Math.max(-127, Math.min(127, Math.round(m.w[i]! / scale)));
  return { weights: q, scale, bias: m.bias };
}

export interface TrainedHead {
  weights: Int8Array;
  scale: number;
  bias: number;
  thresholds: { en: number; pl: number };
  flagThresholds?: { en: number; pl: number };
}

/** The toxicity head; thresholds of the shipped rule "model ≥ t OR lexicons alone ≥ low", by CV. */
export function trainToxicity(): TrainedHead {
  const data = examples(TOXICITY.sets);
  const oof = outOfFold(data, TOXICITY);
  const pick = (set: string) => {
    const idx = indicesOf(data, set);
    const gold = idx.map((i) => data[i]!.y);
    const lex = idx.map((i) => riskWithoutModel(data[i]!.text) >= SEVERITY_THRESHOLDS.low);
    return bestF1(gold, (t) => idx.map((i, j) => oof[i]! >= t || lex[j]!));
  };
  const flag = (set: string) => {
    const idx = indicesOf(data, set);
    return precisionAt(
      idx.map((i) => oof[i]!),
      idx.map((i) => data[i]!.y),
      FLAG_PRECISION.toxicity,
    );
  };
  return {
    ...quantise(fit(data, TOXICITY)),
    thresholds: { en: pick('tweeteval-offensive'), pl: pick('poleval2019-cbd') },
    flagThresholds: { en: flag('tweeteval-offensive'), pl: flag('poleval2019-cbd') },
  };
}

/** The negativity head; per language, the F1 threshold and the flag threshold, by CV. */
export function trainNegativity(): TrainedHead {
  const data = examples(NEGATIVITY.sets);
  const oof = outOfFold(data, NEGATIVITY);
  const per = (lang: 'en' | 'pl') => {
    const idx = data.flatMap((ex, i) => (NEGATIVITY_LANG[ex.set] === lang ? [i] : []));
    const gold = idx.map((i) => data[i]!.y);
    const probs = idx.map((i) => oof[i]!);
    return {
      decide: bestF1(gold, (t) => probs.map((p) => p >= t)),
      flag: precisionAt(probs, gold, FLAG_PRECISION.negativity, prevalence),
    };
  };
  // Precision at the rate of negative comments in a natural sample of social comments (the English
  // set, Reddit comments as posted), for both languages: the Polish sets are about half negative.
  const enGold = data.filter((ex) => NEGATIVITY_LANG[ex.set] === 'en');
  const prevalence = enGold.filter((ex) => ex.y).length / enGold.length;
  const en = per('en');
  const pl = per('pl');
  return {
    ...quantise(fit(data, NEGATIVITY)),
    thresholds: { en: en.decide, pl: pl.decide },
    flagThresholds: { en: en.flag, pl: pl.flag },
  };
}

/**
 * Second-look settings (lib/risk/second-look.ts). The head reads the project's own labelled sets;
 * the threshold is the highest at which, out of fold, at least `noLookShare` of the comments it
 * would take out of the queue need no look and it takes out at most `lookLoss` of the comments it
 * is asked about that need one. Out of fold means a whole block of `block` consecutive ids held
 * out at a time: a set written in one sitting shares its topics and wording, so a held-out block
 * is scored by a head that saw nothing of its sitting.
 */
export const LOOK: HeadOptions & {
  buckets: number;
  block: number;
  noLookShare: number;
  lookLoss: number;
  corpora: Record<string, 'all' | 'calm'>;
  corpusRows: number;
  corpusPerSet: number;
  promoteShare: number;
  promoteNoLook: number;
} = {
  seed: 2021,
  epochs: 10,
  lr: 0.1,
  l2: 0,
  dropout: 0.5,
  namedRate: 1,
  buckets: 1 << 16,
  block: 200,
  noLookShare: 0.9,
  lookLoss: 0.0025,
  // Comments of public corpora that were not gathered around any brand's trouble, as "no look":
  // Reddit comments of every mood, tweets that are not offensive or cyberbullying, reviews and
  // politicians' tweets that are not negative (a negative review is a complaint). Without them the
  // head, which had seen only the project's sets, read text unlike them (a company's annual
  // report, tweets full of @user, a reading list) as a report: at 0.9, 57 of 1,386 calm CLARIN-Emo
  // texts and 4 of 109 comments of an ordinary Reddit thread would have been queued (rows
  // 3,001-6,000 of the training splits and the saved pages; with them, at the shipped threshold,
  // 1 and 0).
  corpora: {
    'goemotions-en': 'all',
    'tweeteval-offensive': 'calm',
    'poleval2019-cbd': 'calm',
    'clarin-emo-pl': 'calm',
    'political-tweets-sentiment-pl': 'calm',
  },
  corpusRows: 3000,
  corpusPerSet: 1500,
  promoteShare: 0.9,
  promoteNoLook: 0.005,
};

interface LookExample extends Example {
  id: string;
  group: string;
  /** Would the second look be asked about it (`secondLookApplies`)? */
  asked: boolean;
  /** Would it be asked about as a comment the first look did not queue (`promotionApplies`)? */
  promotable: boolean;
  /** The situations the first look's context rules ruled out in it (`ruledOut`). */
  ruledOut: readonly string[];
}

/** The project's labelled comments as second-look examples: does a person need to see it? */
export function lookExamples(): LookExample[] {
  const rows = [
    ...readQueueSet().map((r) => ({ id: r.id, text: r.text, y: r.look ? 1 : 0 })),
    ...readOrdinarySet().map((r) => ({ id: r.id, text: r.text, y: 0 })),
    ...readSignalSet('train').map((r) => ({ id: r.id, text: r.text, y: r.signals.length ? 1 : 0 })),
  ];
  for (const [set, keep] of Object.entries(LOOK.corpora))
    need(set)
      .slice(0, LOOK.corpusRows)
      .filter((r) => keep === 'all' || !r.binary)
      .slice(0, LOOK.corpusPerSet)
      .forEach((r, i) => rows.push({ id: `${set}-${i}`, text: r.text, y: 0 }));
  const out: LookExample[] = rows.map((r) => {
    const { result, input } = firstLook(r.text);
    const named = lookFeatures(r.text, result);
    const cut = r.id.lastIndexOf('-');
    const [prefix, num] = [r.id.slice(0, cut), r.id.slice(cut + 1)];
    return {
      id: r.id,
      x: Int32Array.from(lookIndices(input, named, LOOK.buckets)),
      named: named.length + input.extra.length,
      y: r.y,
      w: 1,
      set: prefix,
      text: r.text,
      group: `${prefix}-${Math.floor(Number(num) / LOOK.block)}`,
      asked: secondLookApplies(r.text, result, input),
      promotable: promotionApplies(r.text, result),
      ruledOut: ruledOut(input, result),
    };
  });
  // Both classes weigh the same in total: few comments of the sets need no look and raise a signal.
  const pos = out.filter((ex) => ex.y).length;
  for (const ex of out) if (!ex.y) ex.w = pos / (out.length - pos);
  return out;
}

/** The project's own sets, whose labels say whether a person needs to see a comment. */
const PROJECT_SETS = new Set(['que', 'ord', 'sig']);

/**
 * Second-look probabilities of the project's comments it is asked about (either way), each block
 * scored by a head trained without it.
 */
export function lookOutOfBlock(data: readonly LookExample[]): Map<LookExample, number> {
  const out = new Map<LookExample, number>();
  for (const g of [...new Set(data.map((ex) => ex.group))]) {
    const held = data.filter((ex) => ex.group === g && PROJECT_SETS.has(ex.set) && (ex.asked || ex.promotable));
    if (!held.length) continue;
    const m = fit(
      data.filter((ex) => ex.group !== g),
      LOOK,
    );
    for (const ex of held) out.set(ex, prob(m, ex.x));
  }
  return out;
}

/**
 * The threshold: the highest (0.01 … 0.5) at which the out-of-block demotions are `noLookShare`
 * no-look and cost at most `lookLoss` of the asked comments that need a look.
 */
export function lookThreshold(oob: ReadonlyMap<LookExample, number>): number {
  let looks = 0;
  for (const ex of oob.keys()) if (ex.asked && ex.y) looks++;
  let best = 0;
  for (let k = 1; k <= 50; k++) {
    const t = k / 100;
    let quiet = 0;
    let lost = 0;
    for (const [ex, p] of oob)
      if (ex.asked && p < t) {
        if (ex.y) lost++;
        else quiet++;
      }
    if (quiet + lost > 0 && quiet / (quiet + lost) >= LOOK.noLookShare && lost <= LOOK.lookLoss * looks) best = t;
  }
  return best;
}

/**
 * The promotion threshold: the lowest (0.50 … 0.99) at which, out of block, at least
 * `promoteShare` of the comments it would queue need a look and it queues at most `promoteNoLook`
 * of the unqueued comments that need none; 1 (never) if none is.
 */
export function promoteThreshold(oob: ReadonlyMap<LookExample, number>): number {
  let quietAll = 0;
  for (const ex of oob.keys()) if (ex.promotable && !ex.y) quietAll++;
  for (let k = 50; k <= 99; k++) {
    const t = k / 100;
    let found = 0;
    let wrong = 0;
    for (const [ex, p] of oob)
      if (ex.promotable && p >= t) {
        if (ex.y) found++;
        else wrong++;
      }
    if (found + wrong > 0 && found / (found + wrong) >= LOOK.promoteShare && wrong <= LOOK.promoteNoLook * quietAll)
      return t;
  }
  return 1;
}

/**
 * Which situation a report the second look queues is about: one small head per crisis signal,
 * trained on the project's reports only (the queue set's looks with signals and the signal set's
 * reports: does this report raise this signal?), over the second look's features in fewer
 * buckets. The signal with the highest probability is given from `situationPrecision` out of
 * block (the lowest threshold of 0.30 … 0.90 at which the given signal is one of the report's
 * own in that share of the reports the first look left out).
 */
export const SITUATION: HeadOptions & { buckets: number; situationPrecision: number } = {
  seed: 2022,
  epochs: 10,
  lr: 0.1,
  l2: 0,
  dropout: 0.5,
  namedRate: 1,
  buckets: 1 << 14,
  situationPrecision: 0.8,
};

/** The nine crisis situations (the brand's own words are a setting, not a situation). */
const SIGNALS = SIGNAL_NAMES;
type SituationHeads = Record<(typeof SIGNALS)[number], { weights: Int8Array; scale: number; bias: number }>;

/** The project's reports with their signals, as situation examples (features in SITUATION.buckets). */
function situationExamples(looks: readonly LookExample[]): Array<LookExample & { signals: readonly string[] }> {
  const signals = new Map<string, readonly string[]>();
  for (const r of readQueueSet()) signals.set(r.id, r.signals);
  for (const r of readSignalSet('train')) signals.set(r.id, r.signals);
  const mask = SITUATION.buckets - 1;
  return looks
    .filter((ex) => ex.y && (signals.get(ex.id)?.length ?? 0) > 0)
    .map((ex) => ({ ...ex, x: ex.x.map((i) => i & mask), signals: signals.get(ex.id)! }));
}

function situationData(reports: ReturnType<typeof situationExamples>, signal: string): Example[] {
  const data = reports.map((ex) => ({ ...ex, y: ex.signals.includes(signal) ? 1 : 0, w: 1 }));
  const pos = data.filter((ex) => ex.y).length;
  for (const ex of data) if (!ex.y) ex.w = pos / (data.length - pos);
  return data;
}

/** The situation heads and the threshold of the signal they give. */
export function trainSituations(looks: readonly LookExample[]): {
  heads: SituationHeads;
  threshold: number;
  outOfBlock: { reports: number; given: number; right: number };
} {
  const reports = situationExamples(looks);
  const heads = Object.fromEntries(
    SIGNALS.map((sig) => [sig, quantise(fit(situationData(reports, sig), SITUATION))]),
  ) as SituationHeads;
  // Out of block: each block's reports the first look left out, by heads trained without the block.
  const scored: Array<{ gold: readonly string[]; best: string; p: number; ruledOut: readonly string[] }> = [];
  for (const g of [...new Set(reports.map((ex) => ex.group))]) {
    const held = reports.filter((ex) => ex.group === g && ex.promotable);
    if (!held.length) continue;
    const rest = reports.filter((ex) => ex.group !== g);
    const models = SIGNALS.map((sig) => fit(situationData(rest, sig), SITUATION));
    for (const ex of held) {
      const ps = models.map((m) => prob(m, ex.x));
      const k = ps.indexOf(Math.max(...ps));
      scored.push({ gold: ex.signals, best: SIGNALS[k]!, p: ps[k]!, ruledOut: ex.ruledOut });
    }
  }
  let threshold = 1;
  for (let k = 90; k >= 30; k -= 5) {
    const given = scored.filter((x) => x.p >= k / 100 && !x.ruledOut.includes(x.best));
    const right = given.filter((x) => x.gold.includes(x.best)).length;
    if (given.length && right / given.length >= SITUATION.situationPrecision) threshold = k / 100;
  }
  const given = scored.filter((x) => x.p >= threshold && !x.ruledOut.includes(x.best));
  const right = given.filter((x) => x.gold.includes(x.best)).length;
  return { heads, threshold, outOfBlock: { reports: scored.length, given: given.length, right } };
}

/** The second look's head and thresholds, and the situation heads. */
export function trainLook(): {
  weights: Int8Array;
  scale: number;
  bias: number;
  threshold: number;
  promote: number;
  situations: ReturnType<typeof trainSituations>;
} {
  const data = lookExamples();
  const oob = lookOutOfBlock(data);
  return {
    ...quantise(fit(data, LOOK)),
    threshold: lookThreshold(oob),
    promote: promoteThreshold(oob),
    situations: trainSituations(data),
  };
}

/** The second look's weights module. */
export function lookModule(m: ReturnType<typeof trainLook>): string {
  return `// Generated by scripts/train-risk.ts (npm run train:risk); do not edit by hand.
/**
 * Generated by \`npm run train:risk\` (scripts/train-risk.ts): the second look's weights, from the
 * project's own labelled sets (datasets/queue, datasets/ordinary, datasets/signals/train.jsonl)
 * and calm comments of five public training splits as comments that need no look. Do not edit by
 * hand.
 */
export const LOOK_MODEL = {
  version: 'look-2',
  buckets: ${LOOK.buckets},
  scale: ${m.scale},
  bias: ${m.bias},
  threshold: ${m.threshold},
  promote: ${m.promote},
  weights: '${Buffer.from(m.weights.buffer).toString('base64')}',
  situations: {
    buckets: ${SITUATION.buckets},
    threshold: ${m.situations.threshold},
    heads: {
${SIGNALS.map((sig) => {
  const h = m.situations.heads[sig];
  return `      ${sig}: { scale: ${h.scale}, bias: ${h.bias}, weights: '${Buffer.from(h.weights.buffer).toString('base64')}' },`;
}).join('\n')}
    },
  },
} as const;
`;
}

const mean = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;

/** Out-of-fold ROC AUC and best F1 of each training set. */
function perSet(data: readonly Example[], probs: readonly number[], sets: readonly string[]) {
  return sets.map((set) => {
    const idx = indicesOf(data, set);
    const gold = idx.map((i) => data[i]!.y);
    const p = idx.map((i) => probs[i]!);
    const t = bestF1(gold, (c) => p.map((y) => y >= c));
    const f1 = prf(
      p.map((x) => x >= t),
      gold,
    ).f1;
    return { auc: rocAuc(p, gold), f1 };
  });
}

/**
 * Cross-validated grids (`npm run train:risk -- --search`). Negativity: epochs × L2, then dropout ×
 * the named features' rate, by the mean out-of-fold ROC AUC and, for the second, also by each set
 * scored by a head trained without it (the Polish sets' mean decides: how the head does on
 * comments unlike its training sets). Toxicity: dropout × rate by out-of-fold AUC and best F1.
 */
function search(): void {
  const neg = examples(NEGATIVITY.sets);
  const negSets = Object.keys(NEGATIVITY.sets);
  for (const epochs of [5, 10, 15])
    for (const l2 of [2e-6, 1e-5, 3e-5]) {
      const r = perSet(neg, outOfFold(neg, { ...NEGATIVITY, epochs, l2 }), negSets);
      console.log(
        `negativity, epochs ${epochs}, L2 ${l2}: mean AUC ${mean(r.map((x) => x.auc)).toFixed(4)} (${r.map((x) => x.auc.toFixed(3)).join(', ')})`,
      );
    }
  for (const dropout of [0, 0.3, 0.5, 0.7])
    for (const namedRate of [1, 3]) {
      const o = { ...NEGATIVITY, dropout, namedRate };
      const r = perSet(neg, outOfFold(neg, o), negSets);
      const without = negSets.map((set) => {
        const m = fit(
          neg.filter((ex) => ex.set !== set),
          o,
        );
        const rest = neg.filter((ex) => ex.set === set);
        return rocAuc(
          rest.map((ex) => prob(m, ex.x)),
          rest.map((ex) => ex.y),
        );
      });
      console.log(
        `negativity, dropout ${dropout}, named rate ${namedRate}: mean AUC ${mean(r.map((x) => x.auc)).toFixed(4)} (${r.map((x) => x.auc.toFixed(3)).join(', ')}); trained without the set ${without.map((x) => x.toFixed(3)).join(', ')}, Polish mean ${mean(without.filter((_, j) => NEGATIVITY_LANG[negSets[j]!] === 'pl')).toFixed(4)}`,
      );
    }
  const tox = examples(TOXICITY.sets);
  const toxSets = Object.keys(TOXICITY.sets);
  for (const dropout of [0, 0.5, 0.7, 0.8])
    for (const namedRate of [1, 3]) {
      const r = perSet(tox, outOfFold(tox, { ...TOXICITY, dropout, namedRate }), toxSets);
      console.log(
        `toxicity, dropout ${dropout}, named rate ${namedRate}: mean AUC ${mean(r.map((x) => x.auc)).toFixed(4)} (${r.map((x) => x.auc.toFixed(3)).join(', ')}), best F1 ${r.map((x) => x.f1.toFixed(3)).join(', ')}`,
      );
    }
}

const SOURCES = {
  toxicity: 'OLID / tweeteval-offensive (CC BY 4.0) and PolEval 2019 Task 6 (BSD-3-Clause)',
  negativity:
    "GoEmotions (Demszky et al. 2020, CC BY 4.0), CLARIN-Emo (CLARIN-PL, CC BY 4.0), XED Polish\n * (Öhman et al. 2020, CC BY 4.0) and Polish politicians' tweets (PEAP2021, MIT)",
} as const;

/** The weights module's source text. */
export function weightsModule(name: 'toxicity' | 'negativity', m: TrainedHead): string {
  const flag = m.flagThresholds
    ? `\n  flagThresholds: { en: ${m.flagThresholds.en}, pl: ${m.flagThresholds.pl} },`
    : '';
  return `// Generated by scripts/train-risk.ts (npm run train:risk); do not edit by hand.
/**
 * Generated by \`npm run train:risk\` (scripts/train-risk.ts): the ${name} head's weights, from the
 * ${SOURCES[name]} training splits. Do not edit by hand.
 */
export const ${name.toUpperCase()}_MODEL = {
  version: '${name === 'toxicity' ? 'hlr-1' : 'neg-1'}',
  buckets: ${BUCKETS},
  scale: ${m.scale},
  bias: ${m.bias},
  thresholds: { en: ${m.thresholds.en}, pl: ${m.thresholds.pl} },${flag}
  weights: '${Buffer.from(m.weights.buffer).toString('base64')}',
} as const;
`;
}

export const weightsPath = (name: 'toxicity' | 'negativity' | 'look') =>
  resolve(import.meta.dirname, `../lib/risk/generated/${name}-weights.ts`);

if (process.argv[1] === import.meta.filename) {
  if (process.argv.includes('--search')) {
    search();
  } else if (process.argv.includes('--look')) {
    const look = trainLook();
    writeFileSync(weightsPath('look'), lookModule(look));
    console.log(
      `second look: threshold ${look.threshold}, promote from ${look.promote}, situation from ${look.situations.threshold} (out of block: ${look.situations.outOfBlock.right} right of ${look.situations.outOfBlock.given} given, ${look.situations.outOfBlock.reports} reports)`,
    );
  } else {
    const t0 = Date.now();
    const tox = trainToxicity();
    writeFileSync(weightsPath('toxicity'), weightsModule('toxicity', tox));
    const neg = trainNegativity();
    writeFileSync(weightsPath('negativity'), weightsModule('negativity', neg));
    console.log(
      `trained in ${((Date.now() - t0) / 1000).toFixed(1)} s; toxicity thresholds ${JSON.stringify(tox.thresholds)}; negativity ${JSON.stringify(neg.thresholds)}, flag ${JSON.stringify(neg.flagThresholds)}`,
    );
    // The second look reads the first look's result, which the new heads change: it trains in a
    // fresh process that imports the weights just written.
    execFileSync(process.execPath, [...process.execArgv, import.meta.filename, '--look'], { stdio: 'inherit' });
  }
}
