/**
 * The lexicon evidence of one comment, read from its hits: toxicity by kind, crisis signals,
 * lexicon negativity and praise, each with the reason a person sees. The rules that decide
 * whether a hit counts live here: words mentioned rather than used, negation, situation words
 * that need a negative comment, statements that only look like calls or rumours.
 */
import {
  CRISIS_SIGNALS,
  TOXICITY_KINDS,
  type CrisisSignal,
  type Language,
  type Reason,
  type ReasonCode,
  type RiskContext,
  type ToxicityKind,
} from './types';
import { findPattern, matchKeywords, parsePattern, type Hit } from './lexicon-match';
import { hasQuotedSpan, spanHit } from './frames';
import {
  aimedAtAThing,
  badNewsAfter,
  itKills,
  LAUGH,
  notASlur,
  notThisSignal,
  playOrCode,
  reflexiveKill,
  selfInsult,
} from './hit-context';
import type { ModelInput } from './model-input';
import { normalizeText } from './tokenize';
import { mentionMask } from './mentions';
import { isAmbiguousPhrase, isAmbiguousWord, isOpenCall } from './lexicons/ambiguous';
import { RUMOURED_HARM, RUMOURED_LEAK } from './lexicons/frames';

export const LABEL: Record<string, string> = {
  insult: 'insult',
  threat: 'threat',
  profanity: 'profanity',
  identityAttack: 'identity attack',
  complaint: 'complaint',
  refundDelayDefect: 'refund / delay / defect',
  scamFraud: 'scam accusation',
  dataLeak: 'data leak',
  employeeMisconduct: 'employee misconduct',
  legalThreat: 'legal threat',
  boycott: 'boycott / call to action',
  healthSafety: 'health and safety',
  rumour: 'rumour',
  brandMention: 'brand mention',
  negativity: 'negative',
};

/** Two pieces of evidence in [0, 1] combined as independent chances. */
export const combine = (a: number, b: number) => 1 - (1 - a) * (1 - b);
const zeroRecord = <K extends string>(keys: readonly K[]) =>
  Object.fromEntries(keys.map((k) => [k, 0])) as Record<K, number>;

/** What negated praise ("nie polecam", "not great") adds to the lexicon negativity. */
const NEGATED_PRAISE = 0.5;
/** What an angry or mocking emoji adds to the lexicon negativity. */
const ANGRY_EMOJI = 0.4;
/** An insult word that judges a thing ("see other models as trash") counts as a negative word. */
const THING_INSULT = 0.5;
/** A Polish "kill" with "się" ("ktoś się zabije") as a safety matter: a health-and-safety term's weight. */
const REFLEXIVE_KILL = 0.7;
/** How much an intensifier right before a term ("bardzo", "very") raises its weight. */
const INTENSIFIED = 1.2;

/**
 * A warm comment (praise or thanks, not ironic, and neither negative nor hostile) names a refund, a lawyer or
 * a rumour as news, not as a grievance ("Happy to report the refund arrived today, thanks"); the
 * grave situations count in any tone (sarcasm: "Great security."). Chosen on the training part
 * of the signal set: confusers with a signal 5 → 2 of 130, no true signal lost; all signals
 * silenced in warm comments lost 5 true ones (sarcasm).
 */
const GRAVE = new Set<string>(['healthSafety', 'dataLeak', 'employeeMisconduct']);
/** Words that turn a comment from praise to its point. */
const TURN = new Set(['ale', 'but', 'however', 'jednak', 'though']);
/**
 * Signals whose words are everyday words too ("disappointed", "podobno", "nie kupujcie"): they
 * count only in a negative or hostile comment, a rumour also in a question, and a call that says
 * "boycott" or "nie kupujcie" outright (lexicons/ambiguous.ts, OPEN_CALLS) in any tone. The others name their
 * situation in any tone ("does not work", "wyciek danych", "pozew", "zatrucie"). Chosen on the
 * training part of the signal set: micro F1 0.935 with 7 of 130 confusers raising a signal,
 * against 0.907 / 6 when every signal under weight 0.7 needed the context, 0.947 / 10 with none.
 */
const IN_CONTEXT = new Set<string>(['complaint', 'rumour', 'boycott']);
const TOXICITY_SET = new Set<string>(TOXICITY_KINDS);
const CRISIS_SET = new Set<string>(CRISIS_SIGNALS);
// Shared empty lists for the common case of no settings (not two new arrays per comment).
const NONE: readonly string[] = [];
const NO_HITS: readonly Hit[] = [];

export interface Evidence {
  toxicityBy: Record<ToxicityKind, number>;
  signals: Record<CrisisSignal, number>;
  /** Negativity from the lexicons (negative words, negated praise, angry emoji). */
  lexNeg: number;
  /** Praise and warm idioms. */
  positive: number;
  /** Where the praise is (token indices), for a turn from praise to a grievance. */
  praiseAt: number[];
  /** A group of people named: an identity attack only in a hostile comment. */
  group: Hit | null;
  reasons: Reason[];
  /** Crisis-signal hits waiting for the comment's context (`addSignals`). */
  pending: Hit[];
}

/** The hits that count for this comment: with the brand's keywords, without ignored phrases. */
export function readableHits(text: string, ctx: RiskContext, input: ModelInput, assessed: boolean): Hit[] {
  const { tokens } = input;
  const ignored = ctx.ignoredPhrases?.length ? ctx.ignoredPhrases.map(normalisedPhrase).filter(Boolean) : NONE;
  const keywords =
    ctx.brands?.length || ctx.watchKeywords?.length
      ? matchKeywords(tokens, [...(ctx.brands ?? []), ...(ctx.watchKeywords ?? [])])
      : NO_HITS;
  let hits: Hit[] = keywords.length ? [...input.hits, ...keywords] : input.hits;
  // In another language a single word may be an ordinary one there (German "die"): only the brand's
  // own words, profanity and threats of two words or more are read.
  if (!assessed)
    hits = hits.filter(
      (h) =>
        h.source === 'keyword' ||
        h.target === 'brandMention' ||
        h.target === 'profanity' ||
        (h.target === 'threat' && (h.tokens ?? 1) > 1),
    );
  if (ignored.length && hits.length) {
    const n = normalizeText(text);
    hits = hits.filter((h) => {
      const slice = n.slice(tokens[h.token]!.nstart, tokens[h.token + (h.tokens ?? 1) - 1]!.nend);
      return !ignored.some((p) => slice.includes(p) || p.includes(slice));
    });
  }
  return hits;
}

// Ignored phrases normalised once per phrase (the list is the same for every comment of a page).
const normalisedPhrases = new Map<string, string>();
export function normalisedPhrase(p: string): string {
  let v = normalisedPhrases.get(p);
  if (v === undefined) {
    v = normalizeText(p).trim();
    if (normalisedPhrases.size >= 1_000) normalisedPhrases.clear();
    normalisedPhrases.set(p, v);
  }
  return v;
}

/** Read the hits into evidence; crisis signals wait in `pending` for the comment's context. */
export function readHits(text: string, input: ModelInput, hits: readonly Hit[], assessed: boolean): Evidence {
  const { tokens } = input;
  const ev: Evidence = {
    toxicityBy: zeroRecord(TOXICITY_KINDS),
    signals: zeroRecord(CRISIS_SIGNALS),
    lexNeg: 0,
    positive: 0,
    praiseAt: [],
    group: null,
    reasons: [],
    pending: [],
  };
  // Words mentioned, not used: a negative word inside a quotation or an English title ("worse is
  // better", "Solution of a Problem…") is not the writer's tone; a situation word inside the title
  // of a film, book or paper ("Oszust z Tindera") is not a situation. Reported speech keeps its
  // signal ("the rep told my gran she's 'too old for a smartphone'").
  const mentioned = hits.length ? mentionMask(text, tokens) : null;
  const works = hits.length ? mentionMask(text, tokens, true) : null;
  for (const h of hits) {
    if (
      h.source === 'lexicon' &&
      ((h.target === 'negativity' && mentioned?.[h.token]) || (CRISIS_SET.has(h.target) && works?.[h.token]))
    )
      continue;
    if (h.target === 'group') ev.group ??= h;
    else if (h.target === 'idiom') {
      ev.positive = combine(ev.positive, h.weight);
      if (h.weight > 0) ev.praiseAt.push(h.token);
    } else if (h.target === 'positive') {
      if (h.negated) ev.lexNeg = combine(ev.lexNeg, NEGATED_PRAISE);
      else {
        ev.positive = combine(ev.positive, hitWeight(h, input));
        ev.praiseAt.push(h.token);
      }
    } else if (
      h.negated &&
      (h.target === 'negativity' ||
        h.target === 'complaint' ||
        h.target === 'insult' ||
        // "kids fleeing a war, not invaders"; a slur (0.9) counts even negated.
        (h.target === 'identityAttack' && h.weight < 0.9))
    )
      continue;
    else if (CRISIS_SET.has(h.target) && h.target !== 'brandMention') ev.pending.push(h);
    else if (reflexiveKill(h, tokens)) ev.pending.push({ ...h, target: 'healthSafety', weight: REFLEXIVE_KILL });
    else if (playOrCode(h, tokens) || notASlur(h, tokens) || selfInsult(h, tokens) || itKills(h, tokens)) continue;
    else if (aimedAtAThing(h, tokens)) addHit(ev, text, { ...h, target: 'negativity' }, THING_INSULT);
    else addHit(ev, text, h, hitWeight(h, input));
  }
  if (input.negativeEmoji && assessed) {
    ev.lexNeg = combine(ev.lexNeg, ANGRY_EMOJI);
    ev.reasons.push({
      source: 'feature',
      target: 'negativity',
      label: 'angry or mocking emoji',
      code: 'emoji',
      weight: ANGRY_EMOJI,
    });
  }
  return ev;
}

function addHit(ev: Evidence, text: string, h: Hit, weight: number): void {
  ev.reasons.push(hitReason(text, h, weight));
  if (TOXICITY_SET.has(h.target))
    ev.toxicityBy[h.target as ToxicityKind] = combine(ev.toxicityBy[h.target as ToxicityKind], weight);
  else if (CRISIS_SET.has(h.target))
    ev.signals[h.target as CrisisSignal] = combine(ev.signals[h.target as CrisisSignal], weight);
  else ev.lexNeg = combine(ev.lexNeg, weight);
}

/** The strongest toxicity of the lexicons, by kind. */
export function lexiconToxicity(ev: Evidence): number {
  let t = 0;
  for (const k of TOXICITY_KINDS) t = Math.max(t, ev.toxicityBy[k]);
  return t;
}

/**
 * The waiting crisis signals that hold in this comment: everyday words (IN_CONTEXT, ambiguous
 * single words) only in a hostile one, and not a statement that only looks like a call or rumour.
 */
export function addSignals(
  ev: Evidence,
  text: string,
  input: ModelInput,
  language: Language,
  hostile: boolean,
  warm: boolean,
): void {
  const asks = text.includes('?');
  // Praise, then "ale" / "but", then no more praise: what follows the turn is the point ("Pyszne jak
  // zawsze, ale kurier spóźnił się 3 godziny"), neither warm nor in need of a negative tone.
  const turn = warm ? turnFromPraise(input, ev.praiseAt) : -1;
  // Nested phrases of one situation ("boycott" and "boycott their") count once for it.
  const counted: { target: CrisisSignal; from: number; to: number; weight: number }[] = [];
  for (const h of ev.pending) {
    // After a turn, or praise that recommends the action itself ("Polecam pozew zbiorowy").
    const pointed = (turn >= 0 && h.token > turn) || recommended(h, ev.praiseAt);
    if (warm && !pointed && (h.frame || !GRAVE.has(h.target))) continue;
    if (!hostile && !pointed && ((h.frame && !h.anyTone) || (IN_CONTEXT.has(h.target) && !toneFree(h, input, asks))))
      continue;
    if (!hostile && isAmbiguousHit(h, input)) continue;
    if (notThisSignal(h, input.tokens, language, text)) continue;
    const weight = hitWeight(h, input);
    ev.reasons.push(hitReason(text, h, weight));
    const end = h.token + (h.tokens ?? 1);
    const same = counted.find((c) => c.target === h.target && c.from < end && h.token < c.to);
    if (same) {
      same.from = Math.min(same.from, h.token);
      same.to = Math.max(same.to, end);
      same.weight = Math.max(same.weight, weight);
    } else counted.push({ target: h.target as CrisisSignal, from: h.token, to: end, weight });
  }
  // "pozwę was za moje zarwane noce 😂", "I'd sue you for my lost willpower 😂": a lawsuit laughed
  // about, with no grievance or negative word beside it, is a compliment; not with a word in scare quotes
  // ("widzimy się w sądzie za tą 'promocję' haha").
  if (
    (ev.positive > 0 || ev.lexNeg === 0) &&
    LAUGH.test(text) &&
    !hasQuotedSpan(text) &&
    !AGAIN.test(normalizeText(text)) &&
    counted.every((c) => c.target === 'legalThreat')
  )
    counted.splice(0, counted.length);
  for (const c of counted) ev.signals[c.target] = combine(ev.signals[c.target], c.weight);
  const rumour = counted.find((c) => c.target === 'rumour');
  if (rumour) rumouredIncident(ev, text, input, rumour.weight);
  ev.pending = [];
}

let incidents: { signal: CrisisSignal; words: ReturnType<typeof parsePattern>[] }[] | null = null;

/**
 * A rumour of an incident is also that incident ("podobno wycofują partię, bo coś nie tak ze
 * składem": health and safety; "is it true the seller database leaked": a leak), at the rumour's
 * weight, when no phrase has raised it already.
 */
function rumouredIncident(ev: Evidence, text: string, { tokens }: ModelInput, weight: number): void {
  incidents ??= [
    { signal: 'healthSafety', words: RUMOURED_HARM.map(parsePattern) },
    { signal: 'dataLeak', words: RUMOURED_LEAK.map(parsePattern) },
  ];
  for (const { signal, words } of incidents) {
    const found = ev.signals[signal] > 0 ? null : findPattern(tokens, 0, tokens.length, words);
    if (!found) continue;
    const [i, n] = found;
    ev.signals[signal] = weight;
    ev.reasons.push(hitReason(text, spanHit(signal, weight, tokens, i, i + n - 1, false), weight));
  }
}

// "pozywam was, trzeci raz ten sam błąd 😂": a failure that repeats is a grievance, laughed at or not.
const AGAIN = /\b(again|znowu|trzeci raz|kolejny raz|po raz kolejny|ten sam blad|third time)\b/;

/** The token of "ale" / "but" after the praise, when no praise follows it; otherwise -1. */
function turnFromPraise({ tokens }: ModelInput, praiseAt: readonly number[]): number {
  if (!praiseAt.length) return -1;
  const first = Math.min(...praiseAt);
  const turn = tokens.findIndex((t, i) => i > first && TURN.has(t.text));
  return turn > 0 && praiseAt.every((p) => p < turn) ? turn : -1;
}

/** A lawsuit or a boycott right after a word of praise: the writer recommends it ("polecam pozew"). */
function recommended(h: Hit, praiseAt: readonly number[]): boolean {
  if (h.target !== 'legalThreat' && h.target !== 'boycott') return false;
  return praiseAt.some((p) => p < h.token && h.token - p <= 2);
}

/** A rumour asked about or of bad news, or an open call to boycott: no negative tone needed. */
function toneFree(h: Hit, { tokens }: ModelInput, asks: boolean): boolean {
  if (h.target === 'rumour') return asks || h.anyTone === true || badNewsAfter(h, tokens);
  if (h.target !== 'boycott' || h.frame) return false;
  return isOpenCall(tokens.slice(h.token, h.token + (h.tokens ?? 1)).map((t) => t.text));
}

/** A hit that is one ambiguous situation word or phrase (lexicons/ambiguous.ts). */
function isAmbiguousHit(h: Hit, { tokens }: ModelInput): boolean {
  const n = h.tokens ?? 1;
  if (n === 1) return isAmbiguousWord(tokens[h.token]!.text);
  return isAmbiguousPhrase(tokens.slice(h.token, h.token + n).map((t) => t.text));
}

/** The strongest crisis signal (the brand mention is a setting, not a situation). */
export function strongestSignal(ev: Evidence): number {
  let crisis = 0;
  for (const s of CRISIS_SIGNALS) if (s !== 'brandMention') crisis = Math.max(crisis, ev.signals[s]);
  return crisis;
}

/** A hit's weight, raised by an intensifier right before it ("bardzo", "very"). */
function hitWeight(h: Hit, { infos, tokens }: ModelInput): number {
  const k = h.token;
  const intensified = k > 0 && infos[k - 1]!.intensifier && tokens[k]!.nstart - tokens[k - 1]!.nend <= 2;
  return Math.min(1, h.weight * (intensified ? INTENSIFIED : 1));
}

function hitReason(text: string, h: Hit, weight: number): Reason {
  const term = text.slice(h.start, h.end);
  return {
    source: h.source,
    target: h.target as Reason['target'],
    label: `${LABEL[h.target]}: "${term}"`,
    term,
    span: { start: h.start, end: h.end },
    weight,
  };
}

/** A word the model or the valence lexicon weighed, as a reason (one per word). */
export function pushModelReason(
  reasons: Reason[],
  text: string,
  t: { start: number; end: number },
  what: string,
  code: ReasonCode,
  weight: number,
  source: Reason['source'] = 'model',
): void {
  if (reasons.some((r) => r.span && r.span.start === t.start)) return;
  const term = text.slice(t.start, t.end);
  reasons.push({
    source,
    target: 'negativity',
    label: `${what}: "${term}"`,
    code,
    term,
    span: { start: t.start, end: t.end },
    weight: Math.min(1, weight),
  });
}
