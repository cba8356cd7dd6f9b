/**
 * The risk engine: one comment in, scores, severity and reasons out. Pure (no DOM, no clock, no
 * network), deterministic, bounded in time (only the first MAX_SCORED_CHARS are scored).
 *
 * Scores combine the learned model (lib/risk/model.ts) with curated lexicons. The model's
 * probability is mapped onto the risk scale so that its per-language decision threshold (chosen
 * on the validation splits) lands exactly on the "low" severity boundary: at the default
 * sensitivity, "flagged" means the model or a lexicon signal crossed that line.
 */
import { type Language, type Reason, type RiskContext, type RiskResult, type Severity } from './types';
import type { Hit } from './lexicon-match';
import { isValenceFeature, modelInput, valenceFeature, type ModelInput } from './model-input';
import { MODEL_VERSION, NEGATIVITY_THRESHOLDS, negativityHead, TOXICITY_THRESHOLDS, toxicityHead } from './model';
import { normalizeText, tokenize } from './tokenize';
import { detectLanguage } from './language';
import { withFrames } from './frames';
import { aimedAtAThing, LAUGH, noPersonNear, selfInsult } from './hit-context';
import { IDIOM_REST, valence } from './valence';
import {
  LINK_NOTICE,
  LOOK_THRESHOLD,
  LOOK_VERSION,
  lookProbability,
  lookWords,
  LOVE,
  PROMOTE_THRESHOLD,
  promotionApplies,
  secondLookApplies,
  situationOf,
  TAGGED,
} from './second-look';
import {
  addSignals,
  combine,
  LABEL,
  lexiconToxicity,
  normalisedPhrase,
  pushModelReason,
  readableHits,
  readHits,
  strongestSignal,
  type Evidence,
} from './evidence';

/** Risk boundaries of the severities; `low` is where the model's threshold lands. */
export const SEVERITY_THRESHOLDS = { low: 0.35, medium: 0.55, high: 0.75, critical: 0.9 } as const;
const T = SEVERITY_THRESHOLDS;
/** Affection beside an insult is banter ("you're an idiot for buying it and I love you for it"). */
const AFFECTION = /\blove (you|ya)\b|\bi tak cie lubie|\bi tak cię lubię|\bkocham cie|\bkocham cię|<3/i;
/** A call to self-harm is never banter. */
const SELF_HARM = /\bkys\b|kill (yo)?urself|zabij si|powies si|powieś si/i;

const ENGINE = `${MODEL_VERSION}+${LOOK_VERSION}+lex-2`;
/** The highest risk swearing alone reaches: "low". */
const PROFANITY_ALONE = 0.45;
const MAX_REASONS = 12;
// Sarcastic thanks too: thanks with what the grievance led to ("dzięki, teraz całe osiedle wie"),
// or for nothing.
const IRONY =
  /\b(yeah right|sure|jasne|brawo|great job|swietna robota|(?:dzieki|dziekuje|thanks|thank you|cheers),? (?:teraz|now)|(?:dzieki|dziekuje) za nic|thanks for nothing|cheers for nothing|thanks a bunch|dziekuje,? postoje)\b/;
/** Named weights of the assembly (the heads' own scales come from cross-validation). */
const W = {
  /** A lexicon toxicity on the risk scale (a lexicon insult of 0.8 gives 0.72: "medium"). */
  lexToxicity: 0.9,
  /** Lexicon negativity on the risk scale, and in the negativity score. */
  lexNegRisk: 0.85,
  lexNegScore: 0.8,
  /** A crisis signal in the negativity score, and how much praise lowers it. */
  signalNegativity: 0.6,
  praise: 0.2,
  /** ALL CAPS or "!!!": a bump of the negativity and of the risk, and the reason's weight. */
  shoutNegativity: 0.2,
  shoutRisk: 0.05,
  shoutReason: 0.3,
  /** The brand named in a negative comment or with a crisis signal. */
  brandRisk: 0.08,
  /** Above each head's own word weight its words explain the flag. */
  toxicWord: 0.6,
  negativeWord: 0.3,
  /** Within this distance of "medium", a score without any lexicon hit is uncertain. */
  uncertainBand: 0.05,
} as const;

function severityOf(risk: number): Severity {
  return risk >= T.critical
    ? 'critical'
    : risk >= T.high
      ? 'high'
      : risk >= T.medium
        ? 'medium'
        : risk >= T.low
          ? 'low'
          : 'none';
}

/** Score one comment. */
export function classify(text: string, ctx: RiskContext = {}): RiskResult {
  const { result, input } = firstLook(text, ctx);
  if (promotionApplies(text, result)) return promoted(text, ctx, input, result);
  if (!secondLookApplies(text, result, input) || lookProbability(text, input, result) >= LOOK_THRESHOLD) return result;
  // The second look (second-look.ts) reads an ordinary remark: it is not queued, and a person who
  // asked to see "low" finds it in the uncertain lane with the first look's reasons.
  const risk = Math.min(result.risk, T.medium - 0.01);
  return { ...result, risk, severity: severityOf(risk), uncertain: true };
}

/**
 * The second look at a comment the first look did not queue (second-look.ts): from its threshold
 * the comment is queued at "medium", in the uncertain lane, with the words that weighed most as
 * its reason. Not where the team marked a phrase of it as a false alarm.
 */
function promoted(text: string, ctx: RiskContext, input: ModelInput, result: RiskResult): RiskResult {
  const p = lookProbability(text, input, result);
  if (p < PROMOTE_THRESHOLD || ignoresAPhrase(text, ctx)) return result;
  const risk = Math.min(Math.max(result.risk, T.medium), T.high - 0.01);
  // Which situation it reads like, when the situation heads are sure enough; else no signal.
  const situation = situationOf(text, input, result);
  const target = situation?.signal ?? 'negativity';
  const label = situation ? `reads like a report (${LABEL[situation.signal]})` : 'reads like a report';
  const own: Reason[] = [];
  for (const t of lookWords(input, situation?.signal)) {
    const term = text.slice(t.start, t.end);
    own.push({
      source: 'model',
      target,
      label: `${label}: "${term}"`,
      code: 'readsLikeReport',
      term,
      span: { start: t.start, end: t.end },
      weight: p,
    });
  }
  if (!own.length) own.push({ source: 'model', target, label, code: 'readsLikeReport', weight: p });
  const reasons = [...own, ...result.reasons.filter((r) => !own.some((o) => o.span && r.span?.start === o.span.start))];
  const signals = situation ? { ...result.signals, [situation.signal]: risk } : result.signals;
  return {
    ...result,
    risk,
    severity: severityOf(risk),
    reasons: reasons.slice(0, MAX_REASONS),
    signals,
    uncertain: true,
  };
}

function ignoresAPhrase(text: string, ctx: RiskContext): boolean {
  if (!ctx.ignoredPhrases?.length) return false;
  const normal = normalizeText(text);
  return ctx.ignoredPhrases.some((p) => {
    const phrase = normalisedPhrase(p);
    return phrase !== '' && normal.includes(phrase);
  });
}

/**
 * The first look: scores, severity and reasons from the lexicons, the frames and the two heads,
 * before the second look. The training script reads it to train the second look.
 */
export function firstLook(text: string, ctx: RiskContext = {}): { result: RiskResult; input: ModelInput } {
  const input = modelInput(text);
  return { result: firstResult(text, ctx, input), input };
}

function firstResult(text: string, ctx: RiskContext, input: ModelInput): RiskResult {
  const language = detectLanguage(text, input.polishLetters, input.infos);
  // A comment in another language is not assessed: the heads are not run for it.
  if (language === 'other') return assemble(text, ctx, input, language, 0, 0);
  // A blog's link notice is read like a comment in another language: only the brand's own names
  // and watch keywords, profanity and threats count.
  if (LINK_NOTICE.test(text)) {
    const notice = assemble(text, ctx, input, 'other', 0, 0);
    delete notice.notAssessed;
    return { ...notice, language };
  }
  return assemble(
    text,
    ctx,
    input,
    language,
    toxicityOf(input),
    negativityHead.probability(input.infos, input.extra, input.idiom),
  );
}

/**
 * The toxicity head's probability. Insult words that judge a thing ("see other models as trash")
 * or the writer ("just me being an idiot") are left out of it: the head learned them from insults
 * aimed at other people. The negativity head still reads them.
 */
function toxicityOf(input: ModelInput): number {
  const things = input.hits.filter((h) => aimedAtAThing(h, input.tokens) || selfInsult(h, input.tokens));
  if (!things.length) return toxicityHead.probability(input.infos, input.extra, input.idiom);
  const skip = input.idiom ? Uint8Array.from(input.idiom) : new Uint8Array(input.tokens.length);
  for (const h of things) skip[h.token] = IDIOM_REST;
  const extra = [...input.extra];
  for (let n = things.length, k = extra.length - 1; k >= 0 && n > 0; k--)
    if (extra[k] === 'lex-insult') {
      extra.splice(k, 1);
      n--;
    }
  return toxicityHead.probability(input.infos, extra, skip);
}

/**
 * Overall risk from the lexicons and features alone (both heads at probability 0). The training
 * script uses it to choose the toxicity threshold on the same decision rule that ships.
 */
export function riskWithoutModel(text: string): number {
  const input = modelInput(text);
  return assemble(text, {}, input, detectLanguage(text, input.polishLetters, input.infos), 0, 0).risk;
}

/** Map a probability so that `at` lands on `to` (linear on each side, 1 stays 1). */
function piecewise(p: number, at: number, to: number): number {
  return p < at ? (to * p) / at : to + ((1 - to) * (p - at)) / (1 - at);
}

/**
 * A head's probability on the risk scale: its cross-validated F1 boundary (`decide`) lands on
 * "low" (shown to a user who asked for low severities), its flag threshold (`flag`, 80–90%
 * precision in cross-validation) on "medium", which is queued at the default sensitivity; above
 * it the risk rises to `top` (negativity alone is never "high").
 */
function headRisk(p: number, decide: number, flag: number, top: number): number {
  if (p < decide) return (T.low * p) / decide;
  if (p < flag) return T.low + ((T.medium - T.low) * (p - decide)) / Math.max(1e-6, flag - decide);
  return T.medium + ((top - T.medium) * (p - flag)) / Math.max(1e-6, 1 - flag);
}

/** A crisis signal that holds in its context is at least "medium"; stronger terms rank higher. */
const signalRisk = (w: number) => T.medium + Math.max(0, w - 0.5) * 0.5;

/** The two heads of one comment: probabilities and their places on the risk scale. */
interface Heads {
  lang: 'pl' | 'en';
  pT: number;
  pN: number;
  mRisk: number;
  nRisk: number;
}

function heads(pT: number, pN: number, lang: 'pl' | 'en'): Heads {
  return {
    lang,
    pT,
    pN,
    mRisk: headRisk(pT, TOXICITY_THRESHOLDS.decide[lang], TOXICITY_THRESHOLDS.flag[lang], 1),
    nRisk: headRisk(pN, NEGATIVITY_THRESHOLDS.decide[lang], NEGATIVITY_THRESHOLDS.flag[lang], T.high - 0.01),
  };
}

function assemble(
  text: string,
  ctx: RiskContext,
  input: ModelInput,
  language: Language,
  pTox: number,
  pNeg: number,
): RiskResult {
  const assessed = language !== 'other';
  const read = readableHits(text, ctx, input, assessed);
  const hits = assessed ? withFrames(text, input.tokens, read, input.idiom) : read;
  // Every hit was an ignored phrase: the heads' verdict on the same words is overridden too.
  const overridden = (ctx.ignoredPhrases?.length ?? 0) > 0 && hits.length === 0 && input.hits.length > 0;
  const h = heads(
    !assessed || overridden ? 0 : pTox,
    !assessed || overridden ? 0 : pNeg,
    language === 'pl' ? 'pl' : 'en',
  );
  const ev = readHits(text, input, hits, assessed);
  let lexTox = lexiconToxicity(ev);
  // Some crisis terms count only where the comment is negative or hostile.
  const hostile = h.pN >= NEGATIVITY_THRESHOLDS.decide[h.lang] || h.mRisk >= T.low || lexTox > 0 || ev.lexNeg >= T.low;
  // Praise that is not irony ("Great job, another outage") makes a comment warm.
  const warm =
    !hostile && (ev.positive > 0 || LOVE.test(text)) && ev.pending.length > 0 && !IRONY.test(normalizeText(text));
  addSignals(ev, text, input, language, hostile, warm);
  // The model's own strongest words explain a model-driven flag.
  if (h.mRisk >= T.low)
    for (const t of toxicityHead.topWords(input.tokens, input.infos, W.toxicWord, 2, 'top', h.lang))
      pushModelReason(ev.reasons, text, t, 'offensive tone', 'offensiveTone', h.mRisk);
  lexTox = Math.max(lexTox, groupAttack(ev, text, h, lexTox));
  const swearing = swearingAlone(text, input, hits, ev, h);
  const toxicRisk = Math.min(
    Math.max(h.mRisk, swearing.only ? Math.min(lexTox * W.lexToxicity, PROFANITY_ALONE) : lexTox * W.lexToxicity),
    swearsAtThings(input, hits, ev) ? T.high - 0.01 : 1,
  );
  // Polish swearing alone ("kurwa, ale fajnie") is punctuation, not offence: its toxicity score stays
  // the head's and below "low" (3-fold cross-validation on PolEval's training split, which labels
  // cyberbullying, not vulgarity: F1 0.486 -> 0.506; OLID, which counts profanity as offensive, keeps
  // it: 0.642 against 0.637). The risk is unchanged: swearing alone stays "low".
  const toxicity = swearing.only && h.lang === 'pl' ? Math.min(toxicRisk, Math.max(h.mRisk, T.low - 0.01)) : toxicRisk;
  const crisis = strongestSignal(ev);
  if (h.nRisk >= T.low) negativeReasons(ev, text, input, language, h.nRisk);
  let negativity = Math.max(
    0,
    combine(
      combine(piecewise(h.pN, NEGATIVITY_THRESHOLDS.decide[h.lang], 0.5), ev.lexNeg * W.lexNegScore),
      crisis * W.signalNegativity,
    ) -
      ev.positive * W.praise,
  );
  if (input.caps || input.bangs) negativity = combine(negativity, negativity > 0.2 ? W.shoutNegativity : 0);
  const base = Math.max(
    swearing.only ? Math.min(toxicRisk, PROFANITY_ALONE) : toxicRisk,
    crisis > 0 ? signalRisk(crisis) : 0,
    swearing.nRisk,
    // Negative words are queued when the negativity head agrees the comment is negative: "the
    // problem is…" and "not that the product is bad" in a calm argument stay "low".
    h.pN >= NEGATIVITY_THRESHOLDS.decide[h.lang]
      ? ev.lexNeg * W.lexNegRisk
      : Math.min(ev.lexNeg * W.lexNegRisk, T.medium - 0.01),
  );
  const scored = adjusted(
    base,
    ev,
    input,
    hits,
    assessed,
    ev.signals.brandMention > 0 && (negativity >= 0.5 || crisis > 0),
  );
  const risk = laughedOff(text, ev, crisis, scored);
  const uncertain =
    (Math.abs(Math.max(h.mRisk, h.nRisk) - T.medium) < W.uncertainBand && input.hits.length === 0) ||
    (ev.positive > 0 && (ev.lexNeg > 0 || crisis > 0) && IRONY.test(normalizeText(text)));
  const result: RiskResult = {
    language,
    risk,
    severity: severityOf(risk),
    negativity: Math.min(1, negativity),
    toxicity: Math.min(1, toxicity),
    toxicityBy: ev.toxicityBy,
    signals: ev.signals,
    reasons: topReasons(ev),
    uncertain,
    engine: ENGINE,
  };
  if (!assessed) result.notAssessed = 'language';
  return result;
}

/**
 * Laughter or affection among friends ("Marek ty chuju, kupiłeś w czwartek 😂😂"): swearing or an insult with no
 * crisis situation, threat or attack on a group stays "low", unless it is "high" without the laughter.
 */
function laughedOff(text: string, ev: Evidence, crisis: number, risk: number): number {
  const laughing = LAUGH.test(text) || AFFECTION.test(text) || LOVE.test(text);
  if (!laughing || crisis > 0 || ev.toxicityBy.identityAttack > 0) return risk;
  // A friend tagged and laughed at: "@Tomek zabiję cię, jak znowu przez ciebie nie zdążymy 😂";
  // not with an insult, and never a call to self-harm ("kys lol … @lila.models").
  if (ev.toxicityBy.threat > 0)
    return TAGGED.test(text) && LAUGH.test(text) && ev.toxicityBy.insult === 0 && !SELF_HARM.test(text)
      ? Math.min(risk, T.medium - 0.01)
      : risk;
  return risk < T.high ? Math.min(risk, T.medium - 0.01) : risk;
}

/** The risk after the cues around the evidence: the brand named, shouting, threats, an unread language, a reason to show. */
function adjusted(
  base: number,
  ev: Evidence,
  input: ModelInput,
  hits: readonly Hit[],
  assessed: boolean,
  brandNamed: boolean,
): number {
  let risk = base + (brandNamed ? W.brandRisk : 0);
  if ((input.caps || input.bangs) && risk >= T.low) {
    risk += W.shoutRisk;
    ev.reasons.push({
      source: 'feature',
      target: 'negativity',
      label: input.caps ? 'ALL CAPS' : '"!!!"',
      code: input.caps ? 'caps' : 'exclaim',
      weight: W.shoutReason,
    });
  }
  if (ev.toxicityBy.threat >= 0.8 || ev.toxicityBy.identityAttack >= 0.8) risk = Math.max(risk, T.high);
  // A comment the engine cannot read that names the brand or a watch keyword goes to a person.
  if (!assessed && hits.some((x) => x.source === 'keyword' || x.target === 'brandMention'))
    risk = Math.max(risk, T.medium);
  risk = Math.min(1, risk);
  // No flag without a reason a person can read: a score with no words behind it stays below "low".
  if (risk >= T.low && !ev.reasons.some((r) => r.span)) risk = Math.min(risk, T.low - 0.01);
  return risk;
}

/** A group of people named in an otherwise hostile comment is an identity attack; named alone, it is not. */
function groupAttack(ev: Evidence, text: string, h: Heads, lexTox: number): number {
  const group = ev.group;
  if (!group || !(lexTox > 0 || ev.lexNeg >= T.low || h.nRisk >= T.low || h.mRisk >= T.low)) return 0;
  const term = text.slice(group.start, group.end);
  ev.toxicityBy.identityAttack = combine(ev.toxicityBy.identityAttack, group.weight);
  ev.reasons.push({
    source: 'lexicon',
    target: 'identityAttack',
    label: `${LABEL.identityAttack}: "${term}" (in a hostile comment)`,
    code: 'hostileIdentity',
    term,
    span: { start: group.start, end: group.end },
    weight: group.weight,
  });
  return ev.toxicityBy.identityAttack;
}

/**
 * Swearing that judges things, no person ("their own models are so shit", "ta apka to gówno"), with
 * no insult, threat or attack on a group: a harsh judgement of a product, queued, but never
 * ranked above a threat or an insult ("high").
 */
function swearsAtThings(input: ModelInput, hits: readonly Hit[], ev: Evidence): boolean {
  const by = ev.toxicityBy;
  if (by.profanity === 0 || Math.max(by.insult, by.threat, by.identityAttack) > 0) return false;
  return hits.every((x) => x.target !== 'profanity' || noPersonNear(x, input.tokens));
}

/** The words behind a negative tone: VADER's (English only) and the negativity head's own. */
function negativeReasons(ev: Evidence, text: string, input: ModelInput, language: Language, nRisk: number): void {
  if (language === 'en')
    for (const t of input.negativeWords)
      pushModelReason(ev.reasons, text, t, 'negative', 'negativeWord', nRisk, 'lexicon');
  for (const t of negativityHead.topWords(
    input.tokens,
    input.infos,
    W.negativeWord,
    2,
    'own',
    language === 'pl' ? 'pl' : 'en',
  ))
    pushModelReason(ev.reasons, text, t, 'negative tone', 'negativeTone', nRisk);
}

/** The strongest reasons first, one per word and target (overlapping stems such as "leak"/"leaked" match twice). */
function topReasons(ev: Evidence): RiskResult['reasons'] {
  const reasons = ev.reasons.sort((a, b) => b.weight - a.weight);
  const seen = new Set<string>();
  const unique =
    reasons.length < 2
      ? reasons
      : reasons.filter((r) => {
          const k = `${r.target}:${r.span?.start ?? r.label}`;
          if (seen.has(k)) return false;
          seen.add(k);
          return true;
        });
  return unique.length > MAX_REASONS ? unique.slice(0, MAX_REASONS) : unique;
}

// Words before a swear word that make it the judgement itself ("is shit", "so shit", "piece of
// shit", "jest do dupy", "to gówno"), not an exclamation ("holy shit", "every fucking week").
const JUDGING = new Set([
  'is',
  'are',
  'was',
  'were',
  's',
  're',
  'so',
  'such',
  'total',
  'totally',
  'absolute',
  'absolutely',
  'pure',
  'complete',
  'utter',
  'of',
  'like',
  'jest',
  'sa',
  'to',
  'takie',
  'taki',
  'taka',
  'totalne',
  'kompletne',
  'do',
]);

/** A swear word as the judgement itself ("is shit"); "pissed" is a feeling ("people are pissed"). */
const judging = (x: Hit, { tokens }: ModelInput) =>
  x.token > 0 && JUDGING.has(tokens[x.token - 1]!.text) && !tokens[x.token]!.text.startsWith('pissed');

/**
 * A Polish vulgar word said to someone: "ty" or "wy" right before it in the vocative ("ty chuju",
 * "wy skurwiele", "ty kurwo"), the commonest way Polish swears at a person. The interjection "o ty
 * kurwa" (nominative, ending in "a") stays swearing.
 */
const VOCATIVE = /(?:u|o|e|ie|y|i)$/;
const addressed = (x: Hit, { tokens }: ModelInput) => {
  const word = tokens[x.token]!.text;
  const before = x.token > 0 ? tokens[x.token - 1]!.text : '';
  return (before === 'ty' || before === 'wy') && word.length > 2 && VOCATIVE.test(word);
};

/**
 * Swearing alone is everyday speech ("so shit", "kurde", "holy shit that's a big cat"): "low"
 * unless the comment is hostile without it (an insult, a threat, or the heads' tone once the
 * swear words are taken out). The toxicity score itself stays the head's. Returns whether the
 * swearing is all there is, and the negativity risk to use (the heads' without the swear words then).
 */
function swearingAlone(
  text: string,
  input: ModelInput,
  hits: readonly Hit[],
  ev: Evidence,
  h: Heads,
): { only: boolean; nRisk: number } {
  const by = ev.toxicityBy;
  const swearing =
    by.profanity > 0 &&
    Math.max(by.insult, by.threat, by.identityAttack) === 0 &&
    !hits.some((x) => x.target === 'profanity' && (judging(x, input) || addressed(x, input)));
  if (!swearing) return { only: false, nRisk: h.nRisk };
  if (h.pT === 0 && h.pN === 0) return { only: h.nRisk < T.low && h.mRisk < T.medium, nRisk: h.nRisk };
  const rest = withoutSwearing(text, input, hits, h.lang);
  const only = rest.mRisk < T.medium && rest.nRisk < T.low;
  return { only, nRisk: only ? rest.nRisk : h.nRisk };
}

/**
 * The heads' risks with the swear words taken out: their tokens skipped, their lexicon features
 * dropped and the valence read without them.
 */
function withoutSwearing(text: string, input: ModelInput, hits: readonly Hit[], lang: 'pl' | 'en'): Heads {
  const skip = input.idiom ? Uint8Array.from(input.idiom) : new Uint8Array(input.tokens.length);
  for (const x of hits)
    if (x.target === 'profanity') for (let k = 0; k < (x.tokens ?? 1); k++) skip[x.token + k] = IDIOM_REST;
  const v = valence(
    text,
    tokenize(text),
    input.infos,
    hits.filter((x) => x.target !== 'profanity'),
    skip,
  );
  const extra = input.extra.filter((f) => f !== 'lex-profanity' && f !== 'neg-profanity' && !isValenceFeature(f));
  extra.push(valenceFeature(v.compound));
  return heads(
    toxicityHead.probability(input.infos, extra, skip),
    negativityHead.probability(input.infos, extra, skip),
    lang,
  );
}
