/**
 * The risk engine: one comment in, scores, severity and reasons out. Pure (no DOM, no clock, no
 * network), deterministic, bounded in time (only the first MAX_SCORED_CHARS are scored).
 *
 * Scores combine the learned model (lib/risk/model.ts) with curated lexicons. The model's
 * probability is mapped onto the risk scale so that its per-language decision threshold (chosen
 * on the validation splits) lands exactly on the "low" severity boundary: at the default
 * sensitivity, "flagged" means the model or a lexicon signal crossed that line.
 */
import { CRISIS_SIGNALS, TOXICITY_KINDS, type CrisisSignal, type Reason, type RiskContext, type RiskResult, type Severity, type ToxicityKind } from './types';
import { matchKeywords, type Hit } from './lexicon-match';
import { modelInput, type ModelInput } from './model-input';
import { MODEL_THRESHOLDS, MODEL_VERSION, modelProbability, topModelWords } from './model';
import { normalizeText } from './scan';
import { languageOf } from './language';

/**
 * Compound valence at or below −NEGATIVE_VALENCE counts as negative: chosen on the validation
 * splits (F1 on tweeteval-sentiment and tweeteval-offensive together), see lib/risk/README.md.
 * Mapped onto the low-severity boundary.
 */
export const NEGATIVE_VALENCE = 0.3;

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

/** Map the model probability so its threshold sits on the low-severity boundary. */
function modelRisk(p: number, threshold: number): number {
  const low = SEVERITY_THRESHOLDS.low;
  return p < threshold ? (low * p) / threshold : low + ((1 - low) * (p - threshold)) / (1 - threshold);
}

/** Score one comment. */
export function classify(text: string, ctx: RiskContext = {}): RiskResult {
  const input = modelInput(text);
  return assemble(text, ctx, input, modelProbability(input.tokens, input.infos, input.extra));
}

/**
 * Overall risk from the lexicons and features alone (model probability 0). The training script
 * uses it to choose the model threshold on the same decision rule that ships.
 */
export function riskWithoutModel(text: string): number {
  return assemble(text, {}, modelInput(text), 0).risk;
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

const ENGINE = `${MODEL_VERSION}+lex-1`;
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

function assemble(text: string, ctx: RiskContext, input: ModelInput, p: number): RiskResult {
  const { tokens, infos } = input;
  let plWords = 0;
  let enWords = 0;
  for (const info of infos) {
    if (info.pl) plWords++;
    if (info.en) enWords++;
  }
  const language = languageOf(input.polishLetters, plWords, enWords);
  // The normalised text, built only when a rule needs it (ignored phrases, irony cues).
  let norm: string | null = null;
  const ignored = ctx.ignoredPhrases?.length ? ctx.ignoredPhrases.map(normalisedPhrase).filter(Boolean) : NONE;
  const keywords = ctx.brands?.length || ctx.watchKeywords?.length ? matchKeywords(tokens, [...(ctx.brands ?? []), ...(ctx.watchKeywords ?? [])]) : NO_HITS;
  let hits: Hit[] = keywords.length ? [...input.hits, ...keywords] : input.hits;
  if (ignored.length && hits.length) {
    const n = (norm ??= normalizeText(text));
    hits = hits.filter((h) => {
      const slice = n.slice(tokens[h.token]!.nstart, tokens[h.token + (h.tokens ?? 1) - 1]!.nend);
      return !ignored.some((p) => slice.includes(p) || p.includes(slice));
    });
  }
  const mRisk = ignored.length && hits.length === 0 && input.hits.length > 0 ? 0 : modelRisk(p, language === 'pl' ? MODEL_THRESHOLDS.pl : MODEL_THRESHOLDS.en);

  const toxicityBy: Record<ToxicityKind, number> = { insult: 0, threat: 0, profanity: 0, identityAttack: 0 };
  const signals: Record<CrisisSignal, number> = { ...ZERO_SIGNALS };
  let lexNeg = 0;
  let positive = 0;
  let group: Hit | null = null;
  const reasons: Reason[] = [];
  for (const h of hits) {
    const k = h.token;
    const intensified = k > 0 && infos[k - 1]!.intensifier && tokens[k]!.nstart - tokens[k - 1]!.nend <= 2;
    const weight = Math.min(1, h.weight * (intensified ? 1.2 : 1));
    if (h.target === 'group') {
      group ??= h;
      continue;
    }
    if (h.target === 'positive') {
      if (h.negated) lexNeg = combine(lexNeg, 0.5);
      else positive = combine(positive, weight);
      continue;
    }
    if (h.negated && (h.target === 'negativity' || h.target === 'complaint')) continue;
    const span = { start: h.start, end: h.end };
    const term = text.slice(span.start, span.end);
    reasons.push({ source: h.source, target: h.target, label: `${LABEL[h.target]}: "${term}"`, term, span, weight });
    if (TOXICITY_SET.has(h.target)) toxicityBy[h.target as ToxicityKind] = combine(toxicityBy[h.target as ToxicityKind], weight);
    else if (CRISIS_SET.has(h.target)) signals[h.target as CrisisSignal] = combine(signals[h.target as CrisisSignal], weight);
    else lexNeg = combine(lexNeg, weight);
  }
  if (input.negativeEmoji) {
    lexNeg = combine(lexNeg, 0.4);
    reasons.push({ source: 'feature', target: 'negativity', label: 'angry or mocking emoji', weight: 0.4 });
  }
  const { caps, bangs } = input;
  // The model's own strongest words explain a model-driven flag.
  if (mRisk >= SEVERITY_THRESHOLDS.low) {
    for (const t of topModelWords(tokens, infos)) {
      const term = text.slice(t.start, t.end);
      if (!hasSpan(reasons, t.start)) reasons.push({ source: 'model', target: 'negativity', label: `offensive tone: "${term}"`, term, span: { start: t.start, end: t.end }, weight: Math.min(1, mRisk) });
    }
  }
  const sentiment = Math.max(0, -input.compound);
  let lexTox = 0;
  for (const k of TOXICITY_KINDS) lexTox = Math.max(lexTox, toxicityBy[k]);
  // A group of people named in an otherwise hostile comment is an identity attack; named alone, it is not.
  if (group && (lexTox > 0 || lexNeg >= SEVERITY_THRESHOLDS.low || sentiment >= NEGATIVE_VALENCE || mRisk >= SEVERITY_THRESHOLDS.low)) {
    const term = text.slice(group.start, group.end);
    toxicityBy.identityAttack = combine(toxicityBy.identityAttack, group.weight);
    lexTox = Math.max(lexTox, toxicityBy.identityAttack);
    reasons.push({ source: 'lexicon', target: 'identityAttack', label: `${LABEL.identityAttack}: "${term}" (in a hostile comment)`, term, span: { start: group.start, end: group.end }, weight: group.weight });
  }
  const toxicity = Math.max(mRisk, lexTox * 0.9);
  let crisis = 0;
  for (const s of CRISIS_SIGNALS) if (s !== 'brandMention') crisis = Math.max(crisis, signals[s]);
  if (sentiment >= NEGATIVE_VALENCE) {
    for (const t of input.negativeWords) {
      const term = text.slice(t.start, t.end);
      if (!hasSpan(reasons, t.start)) reasons.push({ source: 'lexicon', target: 'negativity', label: `negative: "${term}"`, term, span: { start: t.start, end: t.end }, weight: sentiment });
    }
  }
  // Valence is calibrated on English (VADER); Polish negativity comes from the curated terms and the model.
  const sentimentRisk = language === 'pl' ? 0 : modelRisk(sentiment, NEGATIVE_VALENCE);
  let negativity = Math.max(0, combine(combine(combine(lexNeg, mRisk * 0.8), crisis * 0.6), sentiment) - positive * 0.3);
  if (caps || bangs) negativity = combine(negativity, negativity > 0.2 ? 0.2 : 0);
  let risk = Math.max(toxicity, crisis * 0.85, sentimentRisk * 0.98);
  if (signals.brandMention > 0 && (negativity > 0.3 || crisis > 0)) risk += 0.08;
  if ((caps || bangs) && risk >= SEVERITY_THRESHOLDS.low) {
    risk += 0.05;
    reasons.push({ source: 'feature', target: 'negativity', label: caps ? 'ALL CAPS' : '"!!!"', weight: 0.3 });
  }
  if (toxicityBy.threat >= 0.8 || toxicityBy.identityAttack >= 0.8) risk = Math.max(risk, SEVERITY_THRESHOLDS.high);
  risk = Math.min(1, risk);
  const uncertain = (Math.abs(mRisk - SEVERITY_THRESHOLDS.low) < 0.05 && input.hits.length === 0) || (positive > 0 && (lexNeg > 0 || crisis > 0) && IRONY.test((norm ??= normalizeText(text))));
  reasons.sort((a, b) => b.weight - a.weight);
  // One reason per word and target (overlapping stems such as "leak"/"leaked" match twice).
  const seen = new Set<string>();
  const unique = reasons.length < 2 ? reasons : reasons.filter((r) => {
    const k = `${r.target}:${r.span?.start ?? r.label}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
  return {
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
}
