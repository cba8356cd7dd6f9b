/**
 * The contract of the risk engine. Everything here is plain data (structured-clone safe), so a
 * result can be sent from a content script to the background and stored in Dexie as is.
 */

export type Language = 'pl' | 'en' | 'other';

/** Ordered from least to most severe; `SEVERITY_RANK` gives the order as numbers. */
export const SEVERITIES = ['none', 'low', 'medium', 'high', 'critical'] as const;
export type Severity = (typeof SEVERITIES)[number];
export const SEVERITY_RANK: Record<Severity, number> = { none: 0, low: 1, medium: 2, high: 3, critical: 4 };

export const TOXICITY_KINDS = ['insult', 'threat', 'profanity', 'identityAttack'] as const;
export type ToxicityKind = (typeof TOXICITY_KINDS)[number];

/** Crisis signals: the situations a crisis team answers (datasets/README.md defines each one). */
export const CRISIS_SIGNALS = [
  'complaint',
  'refundDelayDefect',
  'scamFraud',
  'dataLeak',
  'employeeMisconduct',
  'legalThreat',
  'boycott',
  'healthSafety',
  'rumour',
  'brandMention',
] as const;
export type CrisisSignal = (typeof CRISIS_SIGNALS)[number];

/** What a reason is about: the negativity score, a toxicity kind or a crisis signal. */
export type ReasonTarget = 'negativity' | ToxicityKind | CrisisSignal;

/** A half-open range [start, end) of UTF-16 code units in the ORIGINAL comment text. */
export interface Span {
  start: number;
  end: number;
}

/** Reasons whose wording is not "{target}: {term}". */
export const REASON_CODES = [
  'hostileIdentity',
  'offensiveTone',
  'negativeTone',
  'negativeWord',
  'readsLikeReport',
  'emoji',
  'caps',
  'exclaim',
] as const;
export type ReasonCode = (typeof REASON_CODES)[number];

export interface Reason {
  /** lexicon: a curated word or phrase; model: the learned model; feature: caps, "!!!", emoji...; keyword: a brand or watch keyword from the settings. */
  source: 'lexicon' | 'model' | 'feature' | 'keyword' | 'override';
  target: ReasonTarget;
  /** Short label in English, e.g. `insult: "idiota"` or `ALL CAPS` (for the command line and exports). */
  label: string;
  /** Which wording the interface shows when it is not "{target}: {term}" (lib/i18n renders it). */
  code?: ReasonCode;
  /** The matched text as it appears in the original comment, when there is one. */
  term?: string;
  span?: Span;
  /** Contribution in [0, 1] (roughly: how much this reason moved its score). */
  weight: number;
}

export interface RiskResult {
  language: Language;
  /** Overall risk in [0, 1]: what the severity is derived from. */
  risk: number;
  severity: Severity;
  /** Negative sentiment in [0, 1]. */
  negativity: number;
  /** Toxicity in [0, 1] (max-like combination of the kinds). */
  toxicity: number;
  toxicityBy: Record<ToxicityKind, number>;
  signals: Record<CrisisSignal, number>;
  /** Sorted by weight, strongest first. */
  reasons: Reason[];
  /** Low-confidence call (sarcasm, irony, mixed signals): shown in the "uncertain" lane. */
  uncertain: boolean;
  /** Version of the engine + weights that produced the result, so stored results can be re-scored. */
  engine: string;
  /** Set when the comment was not assessed: 'language' for a language other than Polish and
   * English (only profanity, threats and the brand's own words are read in it). */
  notAssessed?: 'language';
}

/** Optional context the caller knows about the comment. */
export interface RiskContext {
  platform?: string;
  /** Brand names from the settings: mentions raise attention (`brandMention`). */
  brands?: readonly string[];
  /** Watch keywords from the settings: matches raise attention. */
  watchKeywords?: readonly string[];
  /** Phrases the team marked as false positives: matching reasons are removed. */
  ignoredPhrases?: readonly string[];
}

/** Sensitivity chosen in the settings: the lowest severity that gets highlighted. */
export type Sensitivity = 'low' | 'medium' | 'high';
/** At the default sensitivity a flag needs "medium": "low" is evidence a person can ask to see. */
export const DEFAULT_SENSITIVITY: Sensitivity = 'medium';

/** Would the extension highlight a comment with this result at the given sensitivity? */
/** One comment of a thread, as the escalation tracker reads it. */
export interface ThreadComment {
  id: string;
  parentId?: string;
  author: string;
  text: string;
  /** epoch ms when known */
  time?: number;
  /** What the page shows ("2 h ago"), used when `time` is missing; measured from the result's `now`. */
  relativeTime?: string;
  likes?: number;
  risk: RiskResult;
}

export function isFlagged(
  result: Pick<RiskResult, 'severity'>,
  sensitivity: Sensitivity = DEFAULT_SENSITIVITY,
): boolean {
  return SEVERITY_RANK[result.severity] >= SEVERITY_RANK[sensitivity];
}

/** Thread escalation status, calm to crisis. */
export const THREAD_STATUSES = ['calm', 'heated', 'escalating', 'crisis'] as const;
export type ThreadStatus = (typeof THREAD_STATUSES)[number];

/** Codes of the thread reasons' wordings (the dictionary's `treason_<code>`). */
export const THREAD_REASON_CODES = [
  'riskyShare',
  'pileOn',
  'pileOnBrand',
  'chainRising',
  'backAndForth',
  'reach',
  'brandNegative',
  'rumourSpread',
  'derailForecast',
  'riskyAccelerationShare',
  'riskyAccelerationWindow',
  'riskyAccelerationWindowNone',
  'accelerationWindow',
  'accelerationWindowNone',
] as const;
export type ThreadReasonCode = (typeof THREAD_REASON_CODES)[number];
/** The values a thread reason's wording can use. */
export const THREAD_REASON_VARS = [
  'risky',
  'total',
  'pct',
  'authors',
  'target',
  'count',
  'a',
  'b',
  'likes',
  'mention',
  'signal',
  'was',
  'window',
  'times',
] as const;

/** A thread reason as a code and values (`signal`: a crisis signal, `window`: 'hour' or 'day'). */
export interface ThreadReasonMsg {
  code: ThreadReasonCode;
  vars: Partial<Record<(typeof THREAD_REASON_VARS)[number], string | number>>;
}

export interface ThreadReason {
  /** e.g. 'riskyShare', 'acceleration', 'chainRising', 'pileOn', 'backAndForth', 'reach', 'brandNegative', 'rumourSpread' */
  kind: string;
  /** In English, for the command line and exports. */
  label: string;
  /** The same, as a message code and its values, for the interface's languages. */
  msg?: ThreadReasonMsg;
  weight: number;
  /** Comment ids that make up the evidence. */
  commentIds?: string[];
}

export interface ThreadEscalation {
  status: ThreadStatus;
  score: number;
  /** Forecast probability that the thread derails (personal attacks / crisis) later. */
  derail: number;
  reasons: ThreadReason[];
}
