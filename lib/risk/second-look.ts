/**
 * The second look: a small learned head that reads a comment the first look queued at "medium" on
 * a crisis signal and asks whether a social-media manager would need to see it. Trained on the
 * project's own labelled sets (datasets/: the queue set's `look`, the ordinary set, the signal
 * set's reports and confusers) over the comment's words and what the first look found (its
 * signals, severity, scores, laughter, love), so it learns the shape of comments that raise a
 * crisis word without a crisis: "The outage memes today were honestly top tier lol", "Złodzieje!
 * Kto mi wykupił wszystkie drożdżówki przed 8? 😂", "Ta promocja to jakiś przekręt, tak tanio że
 * biorę trzy 😂". Settings and threshold by cross-validation with whole blocks of the sets held out
 * (`scripts/train-risk.ts`, lib/risk/README.md, "The second look").
 */
import { featureIndices } from './features';
import { LAUGH } from './hit-context';
import type { ModelInput } from './model-input';
import { CRISIS_SIGNALS, type RiskResult } from './types';
import { LOOK_MODEL } from './generated/look-weights';

/** A person tagged by their user name ("@Tomek"). */
export const TAGGED = /(^|\s)@\p{L}/u;
/** Loving emoji make a comment warm like praise does ("Czekam od zimy 😍"); a smile or a thumb does not: both are often sour. */
export const LOVE = /😍|🥰|😘|❤|💕|💗|💖|💞|♥/u;

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

/** Probability that a person needs to see the comment, per the second look. */
export function lookProbability(text: string, input: ModelInput, result: RiskResult): number {
  weights ??= Int8Array.from(atob(LOOK_MODEL.weights), (c) => (c.charCodeAt(0) << 24) >> 24);
  let sum = 0;
  for (const i of lookIndices(input, lookFeatures(text, result), LOOK_MODEL.buckets)) sum += weights[i]!;
  return 1 / (1 + Math.exp(-(LOOK_MODEL.bias + sum * LOOK_MODEL.scale)));
}

/** The probability under which a comment the first look queued at "medium" is not queued. */
export const LOOK_THRESHOLD = LOOK_MODEL.threshold;

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

/** The second look's weights version, part of the engine's version. */
export const LOOK_VERSION = LOOK_MODEL.version;
