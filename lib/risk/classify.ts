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
import { NEGATIVE_EMOJI, INTENSIFIERS } from './lexicons/terms';
import { modelInput } from './model-input';
import { MODEL_THRESHOLDS, MODEL_VERSION, modelProbability, topModelWords } from './model';
import { normalize, toOriginal } from './normalize';
import { detectLanguage } from './language';

/**
 * Valence below which a comment counts as negative: chosen on the tweeteval-sentiment validation
 * split (F1 for "negative"), see lib/risk/README.md. Mapped onto the low-severity boundary.
 */
export const NEGATIVE_VALENCE = 0.35;

/** Risk boundaries of the severities; `low` is where the model's threshold lands. */
export const SEVERITY_THRESHOLDS = { low: 0.35, medium: 0.55, high: 0.75, critical: 0.9 } as const;
const LABEL: Record<string, string> = {
  insult: 'insult', threat: 'threat', profanity: 'profanity', identityAttack: 'identity attack', complaint: 'complaint',
  refundDelayDefect: 'refund / delay / defect', scamFraud: 'scam accusation', dataLeak: 'data leak', employeeMisconduct: 'employee misconduct',
  legalThreat: 'legal threat', boycott: 'boycott / call to action', healthSafety: 'health and safety', rumour: 'rumour', brandMention: 'brand mention', negativity: 'negative',
};

const combine = (a: number, b: number) => 1 - (1 - a) * (1 - b);
const zeroRecord = <K extends string>(keys: readonly K[]) => Object.fromEntries(keys.map((k) => [k, 0])) as Record<K, number>;
const ZERO_TOXICITY = zeroRecord(TOXICITY_KINDS);
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
  return assemble(text, ctx, input, modelProbability(input.tokens, input.extra));
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
    v = normalize(p).norm.trim();
    if (normalisedPhrases.size >= 1_000) normalisedPhrases.clear();
    normalisedPhrases.set(p, v);
  }
  return v;
}

function assemble(text: string, ctx: RiskContext, input: ReturnType<typeof modelInput>, p: number): RiskResult {
  const { n, tokens } = input;
  const language = detectLanguage(text, tokens);
  const ignored = (ctx.ignoredPhrases ?? []).map(normalisedPhrase).filter(Boolean);
  const hits: Hit[] = [...input.hits, ...matchKeywords(tokens, [...(ctx.brands ?? []), ...(ctx.watchKeywords ?? [])])].filter(
    (h) => !ignored.some((p) => n.norm.slice(h.start, h.end).includes(p) || p.includes(n.norm.slice(h.start, h.end))),
  );
  const mRisk = ignored.length && hits.length === 0 && input.hits.length > 0 ? 0 : modelRisk(p, language === 'pl' ? MODEL_THRESHOLDS.pl : MODEL_THRESHOLDS.en);

  const toxicityBy = { ...ZERO_TOXICITY };
  const signals = { ...ZERO_SIGNALS };
  let lexNeg = 0;
  let positive = 0;
  const reasons: Reason[] = [];
  for (const h of hits) {
    const intensified = tokens.some((t) => t.end <= h.start && h.start - t.end <= 2 && INTENSIFIERS.has(t.text));
    const weight = Math.min(1, h.weight * (intensified ? 1.2 : 1));
    if (h.target === 'positive') {
      if (h.negated) lexNeg = combine(lexNeg, 0.5);
      else positive = combine(positive, weight);
      continue;
    }
    if (h.negated && (h.target === 'negativity' || h.target === 'complaint')) continue;
    const span = toOriginal(n, h.start, h.end);
    const term = text.slice(span.start, span.end);
    reasons.push({ source: h.source, target: h.target, label: `${LABEL[h.target]}: "${term}"`, term, span, weight });
    if ((TOXICITY_KINDS as readonly string[]).includes(h.target)) toxicityBy[h.target as ToxicityKind] = combine(toxicityBy[h.target as ToxicityKind], weight);
    else if ((CRISIS_SIGNALS as readonly string[]).includes(h.target)) signals[h.target as CrisisSignal] = combine(signals[h.target as CrisisSignal], weight);
    else lexNeg = combine(lexNeg, weight);
  }
  if (NEGATIVE_EMOJI.some((e) => text.includes(e))) {
    lexNeg = combine(lexNeg, 0.4);
    reasons.push({ source: 'feature', target: 'negativity', label: 'angry or mocking emoji', weight: 0.4 });
  }
  const caps = input.extra.includes('caps');
  const bangs = input.extra.includes('bangs');
  // The model's own strongest words explain a model-driven flag.
  if (mRisk >= SEVERITY_THRESHOLDS.low) {
    for (const t of topModelWords(tokens)) {
      const span = toOriginal(n, t.start, t.end);
      const term = text.slice(span.start, span.end);
      if (!reasons.some((r) => r.span && r.span.start === span.start)) reasons.push({ source: 'model', target: 'negativity', label: `offensive tone: "${term}"`, term, span, weight: Math.min(1, mRisk) });
    }
  }
  const lexTox = Math.max(...TOXICITY_KINDS.map((k) => toxicityBy[k]));
  const toxicity = Math.max(mRisk, lexTox * 0.9);
  const crisis = Math.max(...CRISIS_SIGNALS.filter((s) => s !== 'brandMention').map((s) => signals[s]));
  const sentiment = Math.max(0, -input.compound);
  for (const t of sentiment >= NEGATIVE_VALENCE ? input.negativeWords : []) {
    const span = toOriginal(n, t.start, t.end);
    const term = text.slice(span.start, span.end);
    if (!reasons.some((r) => r.span && r.span.start === span.start)) reasons.push({ source: 'lexicon', target: 'negativity', label: `negative: "${term}"`, term, span, weight: sentiment });
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
  const uncertain = Math.abs(mRisk - SEVERITY_THRESHOLDS.low) < 0.05 && input.hits.length === 0 || (positive > 0 && (lexNeg > 0 || crisis > 0) && /\b(yeah right|sure|jasne|brawo|great job|swietna robota)\b/.test(n.norm));
  reasons.sort((a, b) => b.weight - a.weight);
  // One reason per word and target (overlapping stems such as "leak"/"leaked" match twice).
  const seen = new Set<string>();
  const unique = reasons.filter((r) => {
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
    reasons: unique.slice(0, 12),
    uncertain,
    engine: `${MODEL_VERSION}+lex-1`,
  };
}
