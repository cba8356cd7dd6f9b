/**
 * The risk engine: one comment in, scores, severity and reasons out. Pure (no DOM, no clock, no
 * network), deterministic, bounded in time (only the first MAX_SCORED_CHARS are scored).
 *
 * Scores combine the learned model (lib/risk/model.ts) with curated lexicons. The model's
 * probability is mapped onto the risk scale so that its per-language decision threshold (chosen
 * on the validation splits) lands exactly on the "low" severity boundary: at the default
 * sensitivity, "flagged" means the model or a lexicon signal crossed that line.
 */
import { CRISIS_SIGNALS, TOXICITY_KINDS, type CrisisSignal, type Language, type Reason, type ReasonCode, type RiskContext, type RiskResult, type Severity, type ToxicityKind } from './types';
import { matchKeywords, type Hit } from './lexicon-match';
import { modelInput, type ModelInput } from './model-input';
import { MODEL_VERSION, NEGATIVITY_THRESHOLDS, negativityHead, TOXICITY_THRESHOLDS, toxicityHead } from './model';
import { normalizeText } from './scan';
import { detectLanguage } from './language';


/** Risk boundaries of the severities; `low` is where the model's threshold lands. */
export const SEVERITY_THRESHOLDS = { low: 0.35, medium: 0.55, high: 0.75, critical: 0.9 } as const;
const LABEL: Record<string, string> = {
  insult: 'insult', threat: 'threat', profanity: 'profanity', identityAttack: 'identity attack', complaint: 'complaint',
  refundDelayDefect: 'refund / delay / defect', scamFraud: 'scam accusation', dataLeak: 'data leak', employeeMisconduct: 'employee misconduct',
  legalThreat: 'legal threat', boycott: 'boycott / call to action', healthSafety: 'health and safety', rumour: 'rumour', brandMention: 'brand mention', negativity: 'negative',
};

const combine = (a: number, b: number) => 1 - (1 - a) * (1 - b);
const zeroRecord = <K extends string>(keys: readonly K[]) => Object.fromEntries(keys.map((k) => [k, 0])) as Record<K, number>;
const ZERO_SIGNALS = zeroRecord(CRISIS_SIGNALS);

function severityOf(risk: number): Severity {
  const t = SEVERITY_THRESHOLDS;
  return risk >= t.critical ? 'critical' : risk >= t.high ? 'high' : risk >= t.medium ? 'medium' : risk >= t.low ? 'low' : 'none';
}


/** Score one comment. */
export function classify(text: string, ctx: RiskContext = {}): RiskResult {
  const input = modelInput(text);
  const language = detectLanguage(text, input.polishLetters, input.infos);
  // A comment in another language is not assessed: the heads are not run for it.
  if (language === 'other') return assemble(text, ctx, input, language, 0, 0);
  return assemble(text, ctx, input, language, toxicityHead.probability(input.infos, input.extra, input.idiom), negativityHead.probability(input.infos, input.extra, input.idiom));
}

/**
 * Overall risk from the lexicons and features alone (both heads at probability 0). The training
 * script uses it to choose the toxicity threshold on the same decision rule that ships.
 */
export function riskWithoutModel(text: string): number {
  const input = modelInput(text);
  return assemble(text, {}, input, detectLanguage(text, input.polishLetters, input.infos), 0, 0).risk;
}

// Ignored phrases normalised once per phrase (the list is the same for every comment of a page).
const normalisedPhrases = new Map<string, string>();
function normalisedPhrase(p: string): string {
  let v = normalisedPhrases.get(p);
  if (v === undefined) {
    v = normalizeText(p).trim();
    if (normalisedPhrases.size >= 1_000) normalisedPhrases.clear();
    normalisedPhrases.set(p, v);
  }
  return v;
}

const ENGINE = `${MODEL_VERSION}+lex-2`;
/**
 * Signals whose words are everyday words too ("disappointed", "podobno", "nie kupujcie"): they
 * count only in a negative or hostile comment, a rumour also in a question. The others name their
 * situation in any tone ("does not work", "wyciek danych", "pozew", "zatrucie"). Chosen on the
 * training part of the signal set: micro F1 0.935 with 7 of 130 confusers raising a signal,
 * against 0.907 / 6 when every signal under weight 0.7 needed the context, 0.947 / 10 with none.
 */
const IN_CONTEXT = new Set<string>(['complaint', 'rumour', 'boycott']);
/** The highest risk swearing alone reaches: "low". */
const PROFANITY_ALONE = 0.45;
const MAX_REASONS = 12;
// Shared empty lists for the common case of no settings (not two new arrays per comment).
const NONE: readonly string[] = [];
const NO_HITS: readonly Hit[] = [];
const TOXICITY_SET = new Set<string>(TOXICITY_KINDS);
const CRISIS_SET = new Set<string>(CRISIS_SIGNALS);
const IRONY = /\b(yeah right|sure|jasne|brawo|great job|swietna robota)\b/;

function hasSpan(reasons: readonly Reason[], start: number): boolean {
  for (const r of reasons) if (r.span && r.span.start === start) return true;
  return false;
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
  const t = SEVERITY_THRESHOLDS;
  if (p < decide) return (t.low * p) / decide;
  if (p < flag) return t.low + ((t.medium - t.low) * (p - decide)) / Math.max(1e-6, flag - decide);
  return t.medium + ((top - t.medium) * (p - flag)) / Math.max(1e-6, 1 - flag);
}

/** A crisis signal that holds in its context is at least "medium"; stronger terms rank higher. */
const signalRisk = (w: number) => SEVERITY_THRESHOLDS.medium + Math.max(0, w - 0.5) * 0.5;

function assemble(text: string, ctx: RiskContext, input: ModelInput, language: Language, pTox: number, pNeg: number): RiskResult {
  const { tokens, infos } = input;
  const assessed = language !== 'other';
  // The normalised text, built only when a rule needs it (ignored phrases, irony cues).
  let norm: string | null = null;
  const ignored = ctx.ignoredPhrases?.length ? ctx.ignoredPhrases.map(normalisedPhrase).filter(Boolean) : NONE;
  const keywords = ctx.brands?.length || ctx.watchKeywords?.length ? matchKeywords(tokens, [...(ctx.brands ?? []), ...(ctx.watchKeywords ?? [])]) : NO_HITS;
  let hits: Hit[] = keywords.length ? [...input.hits, ...keywords] : input.hits;
  // In another language a single word may be an ordinary one there (German "die"): only the brand's
  // own words, profanity and threats of two words or more are read.
  if (!assessed) hits = hits.filter((h) => h.source === 'keyword' || h.target === 'brandMention' || h.target === 'profanity' || (h.target === 'threat' && (h.tokens ?? 1) > 1));
  if (ignored.length && hits.length) {
    const n = (norm ??= normalizeText(text));
    hits = hits.filter((h) => {
      const slice = n.slice(tokens[h.token]!.nstart, tokens[h.token + (h.tokens ?? 1) - 1]!.nend);
      return !ignored.some((p) => slice.includes(p) || p.includes(slice));
    });
  }
  const overridden = ignored.length > 0 && hits.length === 0 && input.hits.length > 0;
  const lang = language === 'pl' ? 'pl' : 'en';
  const pT = !assessed || overridden ? 0 : pTox;
  const pN = !assessed || overridden ? 0 : pNeg;
  const mRisk = headRisk(pT, TOXICITY_THRESHOLDS.decide[lang], TOXICITY_THRESHOLDS.flag[lang], 1);
  const nRisk = headRisk(pN, NEGATIVITY_THRESHOLDS.decide[lang], NEGATIVITY_THRESHOLDS.flag[lang], SEVERITY_THRESHOLDS.high - 0.01);
  const negativeContext = pN >= NEGATIVITY_THRESHOLDS.decide[lang] || mRisk >= SEVERITY_THRESHOLDS.low;

  const toxicityBy: Record<ToxicityKind, number> = { insult: 0, threat: 0, profanity: 0, identityAttack: 0 };
  const signals: Record<CrisisSignal, number> = { ...ZERO_SIGNALS };
  let lexNeg = 0;
  let positive = 0;
  let group: Hit | null = null;
  const reasons: Reason[] = [];
  const pending: Hit[] = [];
  for (const h of hits) {
    if (h.target === 'group') {
      group ??= h;
      continue;
    }
    if (h.target === 'idiom') {
      positive = combine(positive, h.weight);
      continue;
    }
    if (h.target === 'positive') {
      if (h.negated) lexNeg = combine(lexNeg, 0.5);
      else positive = combine(positive, hitWeight(h, infos, tokens));
      continue;
    }
    if (h.negated && (h.target === 'negativity' || h.target === 'complaint' || h.target === 'insult')) continue;
    if (CRISIS_SET.has(h.target) && h.target !== 'brandMention') {
      pending.push(h);
      continue;
    }
    const weight = hitWeight(h, infos, tokens);
    reasons.push(hitReason(text, h, weight));
    if (TOXICITY_SET.has(h.target)) toxicityBy[h.target as ToxicityKind] = combine(toxicityBy[h.target as ToxicityKind], weight);
    else if (CRISIS_SET.has(h.target)) signals[h.target as CrisisSignal] = combine(signals[h.target as CrisisSignal], weight);
    else lexNeg = combine(lexNeg, weight);
  }
  if (input.negativeEmoji && assessed) {
    lexNeg = combine(lexNeg, 0.4);
    reasons.push({ source: 'feature', target: 'negativity', label: 'angry or mocking emoji', code: 'emoji', weight: 0.4 });
  }
  let lexTox = 0;
  for (const k of TOXICITY_KINDS) lexTox = Math.max(lexTox, toxicityBy[k]);
  // Some crisis terms count only where the comment is negative or hostile (IN_CONTEXT).
  const hostile = negativeContext || lexTox > 0 || lexNeg >= SEVERITY_THRESHOLDS.low;
  const asks = text.includes('?');
  for (const h of pending) {
    if (!hostile && IN_CONTEXT.has(h.target) && !(h.target === 'rumour' && asks)) continue;
    const weight = hitWeight(h, infos, tokens);
    reasons.push(hitReason(text, h, weight));
    signals[h.target as CrisisSignal] = combine(signals[h.target as CrisisSignal], weight);
  }
  const { caps, bangs } = input;
  // The model's own strongest words explain a model-driven flag.
  if (mRisk >= SEVERITY_THRESHOLDS.low) {
    for (const t of toxicityHead.topWords(tokens, infos, 0.6)) pushModelReason(reasons, text, t, 'offensive tone', 'offensiveTone', mRisk);
  }
  // A group of people named in an otherwise hostile comment is an identity attack; named alone, it is not.
  if (group && (lexTox > 0 || lexNeg >= SEVERITY_THRESHOLDS.low || nRisk >= SEVERITY_THRESHOLDS.low || mRisk >= SEVERITY_THRESHOLDS.low)) {
    const term = text.slice(group.start, group.end);
    toxicityBy.identityAttack = combine(toxicityBy.identityAttack, group.weight);
    lexTox = Math.max(lexTox, toxicityBy.identityAttack);
    reasons.push({ source: 'lexicon', target: 'identityAttack', label: `${LABEL.identityAttack}: "${term}" (in a hostile comment)`, code: 'hostileIdentity', term, span: { start: group.start, end: group.end }, weight: group.weight });
  }
  // Swearing alone is everyday speech ("so shit", "kurde"): "low" unless the comment is otherwise
  // hostile (an insult, a threat, the heads' negative or toxic tone).
  const profanityOnly = toxicityBy.profanity > 0 && Math.max(toxicityBy.insult, toxicityBy.threat, toxicityBy.identityAttack) === 0 && nRisk < SEVERITY_THRESHOLDS.low && mRisk < SEVERITY_THRESHOLDS.medium;
  const toxicity = Math.max(mRisk, profanityOnly ? Math.min(lexTox * 0.9, PROFANITY_ALONE) : lexTox * 0.9);
  let crisis = 0;
  for (const s of CRISIS_SIGNALS) if (s !== 'brandMention') crisis = Math.max(crisis, signals[s]);
  if (nRisk >= SEVERITY_THRESHOLDS.low) {
    // The valence lexicon is English (VADER): its words explain an English comment only.
    if (language === 'en') for (const t of input.negativeWords) pushModelReason(reasons, text, t, 'negative', 'negativeWord', nRisk, 'lexicon');
    for (const t of negativityHead.topWords(tokens, infos, 0.3, 2, 'own')) pushModelReason(reasons, text, t, 'negative tone', 'negativeTone', nRisk);
  }
  let negativity = Math.max(0, combine(combine(piecewise(pN, NEGATIVITY_THRESHOLDS.decide[lang], 0.5), lexNeg * 0.8), crisis * 0.6) - positive * 0.2);
  if (caps || bangs) negativity = combine(negativity, negativity > 0.2 ? 0.2 : 0);
  let risk = Math.max(toxicity, crisis > 0 ? signalRisk(crisis) : 0, nRisk, lexNeg * 0.85);
  if (signals.brandMention > 0 && (negativity >= 0.5 || crisis > 0)) risk += 0.08;
  if ((caps || bangs) && risk >= SEVERITY_THRESHOLDS.low) {
    risk += 0.05;
    reasons.push({ source: 'feature', target: 'negativity', label: caps ? 'ALL CAPS' : '"!!!"', code: caps ? 'caps' : 'exclaim', weight: 0.3 });
  }
  if (toxicityBy.threat >= 0.8 || toxicityBy.identityAttack >= 0.8) risk = Math.max(risk, SEVERITY_THRESHOLDS.high);
  // A comment the engine cannot read that names the brand or a watch keyword goes to a person.
  if (!assessed && hits.some((h) => h.source === 'keyword' || h.target === 'brandMention')) risk = Math.max(risk, SEVERITY_THRESHOLDS.medium);
  risk = Math.min(1, risk);
  // No flag without a reason a person can read: a score with no words behind it stays below "low".
  if (risk >= SEVERITY_THRESHOLDS.low && !reasons.some((r) => r.span)) risk = Math.min(risk, SEVERITY_THRESHOLDS.low - 0.01);
  const uncertain = (Math.abs(Math.max(mRisk, nRisk) - SEVERITY_THRESHOLDS.medium) < 0.05 && input.hits.length === 0) || (positive > 0 && (lexNeg > 0 || crisis > 0) && IRONY.test((norm ??= normalizeText(text))));
  reasons.sort((a, b) => b.weight - a.weight);
  // One reason per word and target (overlapping stems such as "leak"/"leaked" match twice).
  const seen = new Set<string>();
  const unique = reasons.length < 2 ? reasons : reasons.filter((r) => {
    const k = `${r.target}:${r.span?.start ?? r.label}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
  const result: RiskResult = {
    language,
    risk,
    severity: severityOf(risk),
    negativity: Math.min(1, negativity),
    toxicity: Math.min(1, toxicity),
    toxicityBy,
    signals,
    reasons: unique.length > MAX_REASONS ? unique.slice(0, MAX_REASONS) : unique,
    uncertain,
    engine: ENGINE,
  };
  if (!assessed) result.notAssessed = 'language';
  return result;
}

/** A hit's weight, raised by an intensifier right before it ("bardzo", "very"). */
function hitWeight(h: Hit, infos: ModelInput['infos'], tokens: ModelInput['tokens']): number {
  const k = h.token;
  const intensified = k > 0 && infos[k - 1]!.intensifier && tokens[k]!.nstart - tokens[k - 1]!.nend <= 2;
  return Math.min(1, h.weight * (intensified ? 1.2 : 1));
}

function hitReason(text: string, h: Hit, weight: number): Reason {
  const term = text.slice(h.start, h.end);
  return { source: h.source, target: h.target as Reason['target'], label: `${LABEL[h.target]}: "${term}"`, term, span: { start: h.start, end: h.end }, weight };
}

function pushModelReason(reasons: Reason[], text: string, t: { start: number; end: number }, what: string, code: ReasonCode, weight: number, source: Reason['source'] = 'model'): void {
  if (hasSpan(reasons, t.start)) return;
  const term = text.slice(t.start, t.end);
  reasons.push({ source, target: 'negativity', label: `${what}: "${term}"`, code, term, span: { start: t.start, end: t.end }, weight: Math.min(1, weight) });
}
