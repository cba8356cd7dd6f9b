/**
 * The second look: a small learned head that asks whether a social-media manager would need to
 * see a comment, both ways: of a comment the first look queued at "medium" on a crisis signal
 * (below its threshold it leaves the queue) and of one the first look did not queue (from a
 * second, high threshold it joins the queue). Trained on the project's own labelled sets
 * (datasets/: the queue set's `look`, the ordinary set, the signal set's reports and confusers)
 * and calm comments of public corpora, over the comment's words and what the first look found
 * (its signals, severity, scores, laughter, love), so it learns the shape of comments that raise
 * a crisis word without a crisis ("Złodzieje! Kto mi wykupił wszystkie drożdżówki przed 8? 😂")
 * and of reports told without one ("w gazetce 9,99 a na kasie 14,99, i tak co tydzien"). Settings
 * and thresholds by cross-validation with whole blocks of the sets held out
 * (`scripts/train-risk.ts`, lib/risk/README.md, "The second look").
 */
import { bigramOf, charGramSum, extraIndex, featureIndices, wordHash, wordIndex } from './features';
import { LAUGH } from './hit-context';
import type { ModelInput } from './model-input';
import type { Token } from './tokens';
import { CRISIS_SIGNALS, isFlagged, type RiskResult } from './types';
import { LOOK_MODEL } from './generated/look-weights';

/** A person tagged by their user name ("@Tomek"). */
export const TAGGED = /(^|\s)@\p{L}/u;
/** Loving emoji make a comment warm like praise does ("Czekam od zimy 😍"); a smile or a thumb does not: both are often sour. */
export const LOVE = /😍|🥰|😘|❤|💕|💗|💖|💞|♥/u;

/** A crisis situation (a signal other than the brand's own words). */
export type Situation = Exclude<(typeof CRISIS_SIGNALS)[number], 'brandMention'>;

const quarter = (p: number) => Math.round(Math.min(1, Math.max(0, p)) * 4);

/** The named features of the first look's result (the head also reads the comment's own features). */
export function lookFeatures(text: string, result: RiskResult): string[] {
  const out: string[] = [];
  for (const s of CRISIS_SIGNALS) if (result.signals[s] > 0) out.push(`look-s-${s}`);
  out.push(
    `look-sev-${result.severity}`,
    `look-tox${quarter(result.toxicity)}`,
    `look-neg${quarter(result.negativity)}`,
  );
  if (result.uncertain) out.push('look-uncertain');
  if (LAUGH.test(text)) out.push('look-laugh');
  if (LOVE.test(text)) out.push('look-love');
  return out;
}

/**
 * The indices of a comment's features for the second look: the named ones first, then the model
 * input's (lexicon hits, valence, length), its words, bigrams and character 4-grams, an idiom's
 * words left out as the other heads leave them out.
 */
export function lookIndices(input: ModelInput, named: readonly string[], buckets: number): number[] {
  const tokens = input.idiom ? input.tokens.filter((_, i) => !input.idiom![i]) : input.tokens;
  return featureIndices(tokens, [...named, ...input.extra], buckets);
}

let weights: Int8Array | null = null;
const weightsOf = () => (weights ??= Int8Array.from(atob(LOOK_MODEL.weights), (c) => (c.charCodeAt(0) << 24) >> 24));
const at = (i: number) => weightsOf()[i]!;

/** A word's own weight in the head (its word feature and character 4-grams), cached per word. */
const own = new Map<string, number>();
function wordOwn(word: string): number {
  let v = own.get(word);
  if (v === undefined) {
    v = at(wordIndex(word, LOOK_MODEL.buckets)) + charGramSum(word, at, LOOK_MODEL.buckets);
    if (own.size >= 20_000) own.clear();
    own.set(word, v);
  }
  return v;
}
const START = wordHash('^');
const END = wordHash('$');

/**
 * Probability that a person needs to see the comment, per the second look: the same sum as over
 * `lookIndices` (training), with each word's own features cached, since the head reads every
 * comment the first look does not queue.
 */
export function lookProbability(text: string, input: ModelInput, result: RiskResult): number {
  const buckets = LOOK_MODEL.buckets;
  let sum = 0;
  for (const f of lookFeatures(text, result)) sum += at(extraIndex(f, buckets));
  for (const f of input.extra) sum += at(extraIndex(f, buckets));
  let prev = START;
  for (let i = 0; i < input.tokens.length; i++) {
    if (input.idiom?.[i]) continue;
    const bigram = input.infos[i]!.bigram;
    sum += wordOwn(input.tokens[i]!.text) + at(bigramOf(prev, bigram, buckets));
    prev = bigram;
  }
  sum += at(bigramOf(prev, END, buckets));
  return 1 / (1 + Math.exp(-(LOOK_MODEL.bias + sum * LOOK_MODEL.scale)));
}

/** The same probability over the feature list the training script builds (a test checks both agree). */
export function lookProbabilityOfIndices(indices: readonly number[]): number {
  let sum = 0;
  for (const i of indices) sum += at(i);
  return 1 / (1 + Math.exp(-(LOOK_MODEL.bias + sum * LOOK_MODEL.scale)));
}

/** The probability under which a comment the first look queued at "medium" is not queued. */
export const LOOK_THRESHOLD = LOOK_MODEL.threshold;

/** The probability from which a comment the first look left unqueued is queued (`promotionApplies`). */
export const PROMOTE_THRESHOLD = LOOK_MODEL.promote;

/**
 * Is the second look asked about a comment the first look did not queue? Every comment in a
 * language the engine reads, except one that tags someone by handle (the head learned tags from
 * friends' banter and from the public corpora's "@user" tweets, and cannot tell the brand's handle
 * from a friend's) and a blog's link notice (another site's headline). What it queues there are
 * reports told without a listed word: "Trevia firmware 3.2 bricked my router. Power light blinks
 * orange and that's it", "w gazetce 9,99 a na kasie 14,99, i tak co tydzien".
 */
export function promotionApplies(text: string, result: RiskResult): boolean {
  return !isFlagged(result) && !result.notAssessed && !TAGGED.test(text) && !LINK_NOTICE.test(text);
}

/**
 * A blog's pingback or trackback ("Pingback: Amazon Liable for Defective Products… | Hacker
 * News") is a link to another site's post, not a person's comment: its words are that post's
 * headline.
 */
export const LINK_NOTICE = /^\s*(?:pingback|trackback)\s*:/i;

/**
 * The words that weigh most towards a look (a word's own feature and its character 4-grams), or,
 * given a situation, towards that situation, for the reason a queued comment shows: "reads like
 * a report: “bricked”, “router”". Words of one or two letters, stopwords and an idiom's words
 * explain nothing.
 */
export function lookWords(input: ModelInput, situation?: Situation, n = 2): Token[] {
  const { buckets } = LOOK_MODEL.situations;
  const w = situation ? situationWeightsOf(situation) : null;
  const out: Array<{ t: Token; v: number }> = [];
  input.tokens.forEach((t, i) => {
    if (input.idiom?.[i] || t.text.length < 3 || input.infos[i]?.stop) return;
    const v = w ? w[wordIndex(t.text, buckets)]! + charGramSum(t.text, (k) => w[k]!, buckets) : wordOwn(t.text);
    if (v > 0) out.push({ t, v });
  });
  return out
    .sort((a, b) => b.v - a.v)
    .slice(0, n)
    .map((x) => x.t);
}

/** A hedge ("don't get me wrong", "nie zrozum mnie źle"): an idiom of weight 0. */
const hedged = (input: ModelInput) => input.hits.some((h) => h.target === 'idiom' && h.weight === 0);

/**
 * Comments whose negativity score reaches this are left as the first look queued them. Chosen on
 * the training splits of the sentiment and offence sets (the first 3,000 of each): the highest cut
 * (0.5 … 0.9 by tenths) at which the second look takes at most 2% of each set's queued negative or
 * offensive comments out of the queue (a single comment counts as within it: politicians' tweets
 * have 43). Without a cut it took 6.6% of CLARIN-Emo's queued negative reviews ("Straszny hotel…
 * brudny", "zostałem oszukany"): it learned from short social comments, not reviews.
 */
export const LOOK_NEGATIVITY_CUT = 0.8;

/**
 * Is the second look asked at all? Only for a comment queued at "medium" on a crisis signal, in a
 * language the engine reads, that the heads do not find clearly negative. Never about:
 * - harm to a person (health and safety): on an unseen thread it took out "…it came with real
 *   cheese. She reacted and had to use her EpiPen" (food words are friendly-thread words in its
 *   training sets);
 * - offence (a threat, an insult, swearing, an attack on a group) and the brand's own names and
 *   watch keywords;
 * - criticism opened with a hedge, which announces itself ("Nie zrozum mnie źle, ale to
 *   najgorsza obsługa");
 * - a comment that tags someone by handle, which may be the brand's own ("@KFC_UKI you fleeced
 *   me", "Hey @Chmurka, my bill doubled"): the head learned tags from friends' banter;
 * - "high", and negative words with no situation, which are left to the heads' own thresholds.
 */
export function secondLookApplies(text: string, result: RiskResult, input: ModelInput): boolean {
  return (
    result.severity === 'medium' &&
    CRISIS_SIGNALS.some((s) => s !== 'brandMention' && result.signals[s] > 0) &&
    result.signals.brandMention === 0 &&
    result.signals.healthSafety === 0 &&
    result.negativity < LOOK_NEGATIVITY_CUT &&
    !result.notAssessed &&
    !hedged(input) &&
    !TAGGED.test(text) &&
    result.toxicityBy.threat === 0 &&
    result.toxicityBy.identityAttack === 0 &&
    result.toxicityBy.insult === 0 &&
    result.toxicityBy.profanity === 0
  );
}

const situationWeights = new Map<Situation, Int8Array>();
function situationWeightsOf(signal: Situation): Int8Array {
  let w = situationWeights.get(signal);
  if (!w) {
    w = Int8Array.from(atob(LOOK_MODEL.situations.heads[signal].weights), (c) => (c.charCodeAt(0) << 24) >> 24);
    situationWeights.set(signal, w);
  }
  return w;
}

/**
 * Which situation a report the second look queues is about: the crisis signal whose head gives
 * the highest probability, from the situations' threshold; null below it. Only read for the few
 * comments the second look queues.
 */
export function situationOf(
  text: string,
  input: ModelInput,
  result: RiskResult,
): { signal: Situation; p: number } | null {
  const { buckets, heads, threshold } = LOOK_MODEL.situations;
  const indices = lookIndices(input, lookFeatures(text, result), buckets);
  let best: { signal: Situation; p: number } | null = null;
  for (const signal of Object.keys(heads) as Situation[]) {
    const h = heads[signal];
    const w = situationWeightsOf(signal);
    let sum = 0;
    for (const i of indices) sum += w[i]!;
    const p = 1 / (1 + Math.exp(-(h.bias + sum * h.scale)));
    if (!best || p > best.p) best = { signal, p };
  }
  // A situation the first look's context rules read in the comment and ruled out is not given back.
  return best && best.p >= threshold && !ruledOut(input, result).includes(best.signal) ? best : null;
}

/**
 * The situations whose words the lexicons found in a comment but the first look did not count
 * (a context rule ruled them out: "Ur equation doesn't work for most people", "my old insurer
 * (not you lot) tried to drag me to court").
 */
export function ruledOut(input: ModelInput, result: RiskResult): Situation[] {
  const out: Situation[] = [];
  for (const h of input.hits)
    if (
      h.target !== 'brandMention' &&
      (CRISIS_SIGNALS as readonly string[]).includes(h.target) &&
      result.signals[h.target as Situation] === 0 &&
      !out.includes(h.target as Situation)
    )
      out.push(h.target as Situation);
  return out;
}

/** The second look's weights version, part of the engine's version. */
export const LOOK_VERSION = LOOK_MODEL.version;
