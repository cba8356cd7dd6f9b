/**
 * Ranking approved reply templates for a comment, along the rules in lib/library/README.md:
 * - a template asserting a fact the team has not declared (its `claims`) is never suggested;
 * - the reply is in the comment's language (the risk engine's `language`: Polish without
 *   diacritics is Polish);
 * - the crisis stage follows from the declared facts unless the team picks one;
 * - legal threats get formal replies that neither apologise for fault nor argue;
 * - pure abuse with no complaint in it gets "do not engage" advice first;
 * - then category match (the risk signals plus a few situation cues), the tone that fits, text
 *   similarity (MiniSearch over the templates) and past use. Each suggestion says why.
 */
import MiniSearch from 'minisearch';
import type { CrisisStage, ReplyTemplate, TemplateCategory, Tone } from '@/lib/library/types';
import { FACTS, stageFromFacts, undeclaredClaims, type Fact } from '@/lib/library/facts';
import { detectClaims, foldText } from '@/lib/library/claims';
import type { Language, RiskResult } from './types';
import { detectIntent } from './intent';

export interface SuggestInput {
  text: string;
  risk: RiskResult;
  language: Language;
  /** The stage the team picked; without it the stage follows from `facts`. */
  stage?: CrisisStage;
  /** Facts declared for the incident the comment belongs to (none: nothing is confirmed). */
  facts?: readonly Fact[];
  /** Template ids already used in this thread or page (consistency guard). */
  usedInThread?: readonly string[];
}

export interface Why {
  code: 'category' | 'language' | 'tone' | 'stage' | 'similar' | 'used' | 'repeat' | 'doNotEngage' | 'legal';
  /** The values the wording needs (lib/i18n renders it: `why_<code>`). */
  vars?: { category?: TemplateCategory; language?: 'pl' | 'en'; tone?: Tone; stage?: CrisisStage; count?: number };
}

export interface Suggestion {
  template: ReplyTemplate;
  score: number;
  why: Why[];
}

/** Advice shown before the suggestions: do not engage (pure abuse), or answer formally (legal threat). */
export type Advice = 'doNotEngage' | 'legalFormal';

/** What a comment is, for the ranking: categories wanted (strongest first), fitting tones, advice. */
export interface Situation {
  categories: TemplateCategory[];
  tones: Tone[];
  advice: Advice[];
  /** Abuse with no complaint, question or claim in it. */
  abuseOnly: boolean;
  legal: boolean;
  rumour: boolean;
  /** A rumour, leak or safety report while the incident is not confirmed: an apology would confirm it. */
  unconfirmed: boolean;
}

const SIGNAL_MIN = 0.45;

// Cues the suggestions add to the risk engine's signals (folded text: no diacritics, lower case).
const RUMOUR =
  /\b(podobno|ponoc|slyszal[aey]?m|slysze|plotk|krazy|chodza sluchy|czy to prawda|to prawda\?|rumou?rs?|heard|apparently|is (it|this|that) true|going around|people (are )?saying|word is)\b/;
const LEGAL =
  /\b(pozew|pozw|do sadu|sadow|sad |prawnik|adwokat|kancelari|uokik|rzecznik|lawsuit|sue|suing|lawyers?|attorney|legal action|in court|class action|small claims)/;
const DELAY =
  /\b(paczk|przesylk|kurier|dostaw|zamowien|nie dotarl|nie doszl|nie przyszl|w drodze|czekam|zwrot|parcel|package|delivery|courier|shipment|my order|still waiting|never arrived|not arrived|hasn'?t arrived|refund|late)/;
const DEFECT =
  /\b(zepsut|nie dziala|uszkodz|wadliw|pekl|popsul|broken|defect|faulty|doesn'?t work|does not work|not working|stopped working|cracked)/;
// What makes abuse a complaint too: something concrete to act on.
const SUBSTANCE =
  /\b(zamowien|paczk|przesylk|kurier|dostaw|zwrot|pieniadz|pieniedz|kas[aey]|oplat|faktur|rachun|konto|umow|usług|uslug|aplikacj|internet|sieci|awari|dane|danych|hasl|produkt|towar|reklamacj|naprawi|dziala|obslug|infolini|konsultant|pracownik|czekam|order|parcel|package|delivery|refund|money|charged?|bill|invoice|account|contract|service|app|internet|outage|data|password|product|warranty|repair|fix|work(s|ing)?|support|staff|employee|waiting)/;

/** The situation of a comment: what it calls for and what to advise. */
/** The tones a reply may take, best first, from what the comment is. */
function tonesOf(c: {
  abuseOnly: boolean;
  legal: boolean;
  troll: boolean;
  unconfirmed: boolean;
  angry: boolean;
  praise: boolean;
  question: boolean;
}): Tone[] {
  if (c.abuseOnly) return ['firm', 'formal'];
  if (c.legal) return ['formal'];
  if (c.troll) return ['firm', 'empathetic', 'formal'];
  if (c.unconfirmed) return ['informative', 'formal', 'empathetic'];
  if (c.angry) return ['empathetic', 'apologetic', 'formal', 'informative'];
  if (c.praise) return ['friendly'];
  if (c.question) return ['informative', 'friendly', 'formal'];
  return ['empathetic', 'informative', 'formal', 'apologetic'];
}

/** What `categoriesOf` reads of a comment besides its text and facts. */
interface Cues {
  t: string;
  risk: RiskResult;
  intent: ReturnType<typeof detectIntent>;
  insultish: number;
  legal: boolean;
  rumour: boolean;
  question: boolean;
  substance: boolean;
  abuseOnly: boolean;
  /** Thanks or a plain question with no signal and no insult. */
  plain: boolean;
  scored: TemplateCategory[];
}

/** The categories a comment calls for, strongest first. */
function categoriesOf(c: Cues, facts: readonly Fact[]): TemplateCategory[] {
  const cats: TemplateCategory[] = [];
  const add = (k: TemplateCategory) => {
    if (!cats.includes(k)) cats.push(k);
  };
  if (c.abuseOnly) add('toxic');
  if (c.legal) add('legalThreat');
  // An unconfirmed report is a rumour first: answered with what is known, not as a confirmed leak.
  if (c.rumour && !facts.includes('incident-confirmed')) add('rumour');
  for (const k of c.scored)
    if (!(k === 'dataLeak' && c.legal && !/\b(dane|danych|data|hasl|password|pesel)/.test(c.t))) add(k);
  if (c.rumour) add('rumour');
  // A parcel or an order named in thanks or in a plain question ("Dziękuję, paczka dotarła",
  // "Gdzie znajdę fakturę za zamówienie?") is no delay: those come first, the delay after them.
  const delay = DELAY.test(c.t) || DEFECT.test(c.t);
  if (delay && !c.plain) add('refundDelayDefect');
  if (c.intent.troll && !c.abuseOnly) add('toxic');
  if (c.question) add('question');
  if (c.intent.praise) add('praise');
  if (delay) add('refundDelayDefect');
  if (facts.length && (c.question || c.rumour)) add('update');
  // The tone alone makes a plain question no complaint (the Polish tone reads many questions as negative).
  if ((c.risk.negativity >= 0.35 && !c.plain) || (c.insultish >= 0.5 && c.substance)) add('complaint');
  if (cats.length === 0) add(c.question ? 'question' : 'complaint');
  return cats;
}

export function situationOf(text: string, risk: RiskResult, facts: readonly Fact[] = []): Situation {
  const t = foldText(text);
  const intent = detectIntent(text, risk);
  const insultish = Math.max(
    risk.toxicityBy.insult,
    risk.toxicityBy.profanity,
    risk.toxicityBy.threat,
    risk.toxicityBy.identityAttack,
    risk.toxicity,
  );
  const legal = risk.signals.legalThreat >= SIGNAL_MIN || LEGAL.test(t);
  const rumour = risk.signals.rumour >= SIGNAL_MIN || RUMOUR.test(t);
  // "Co za debile" and "What a bunch of…" open like questions but ask nothing.
  const question = intent.question && !/^\s*(co za|what an? |how (dare|stupid|pathetic))/.test(t);
  const substance = SUBSTANCE.test(t) || t.includes('?') || legal || rumour;
  const abuseOnly = insultish >= 0.5 && !substance;
  const scored = (Object.entries(risk.signals) as Array<[string, number]>)
    .filter(([k, v]) => k !== 'brandMention' && v >= SIGNAL_MIN)
    .sort((a, b) => b[1] - a[1])
    .map(([k]) => k as TemplateCategory);
  const plain = scored.length === 0 && insultish < 0.5 && (intent.praise || question);
  const cats = categoriesOf(
    { t, risk, intent, insultish, legal, rumour, question, substance, abuseOnly, plain, scored },
    facts,
  );
  // A leak or a safety report the team has not confirmed is answered like a rumour: what is known, no apology.
  const unconfirmed =
    !facts.includes('incident-confirmed') && (rumour || cats[0] === 'dataLeak' || cats[0] === 'healthSafety');
  const tones = tonesOf({
    abuseOnly,
    legal,
    unconfirmed,
    question,
    troll: intent.troll,
    praise: intent.praise,
    angry: intent.furious || (risk.negativity >= 0.5 && !plain),
  });
  const advice: Advice[] = [];
  if (abuseOnly) advice.push('doNotEngage');
  if (legal) advice.push('legalFormal');
  return { categories: cats, tones, advice, abuseOnly, legal, rumour, unconfirmed };
}

/** Categories a comment calls for, strongest first. */
export function wantedCategories(text: string, risk: RiskResult, facts: readonly Fact[] = []): TemplateCategory[] {
  return situationOf(text, risk, facts).categories;
}

/** Tones that fit a comment, best first. */
export function fittingTones(text: string, risk: RiskResult, facts: readonly Fact[] = []): Tone[] {
  return situationOf(text, risk, facts).tones;
}

/**
 * The facts a template asserts: those it declares plus those its body reads as asserting (so an
 * edited body that now says "fixed" is held to it even if its declared claims were not updated).
 */
export function claimsOf(t: ReplyTemplate): Fact[] {
  const all = new Set<Fact>([...(t.claims ?? []), ...detectClaims(t.body)]);
  return FACTS.filter((f) => all.has(f));
}

/** Does the template assert anything beyond the declared facts? */
export function claimsBeyond(t: ReplyTemplate, facts: readonly Fact[]): Fact[] {
  return undeclaredClaims(claimsOf(t), facts);
}

const APOLOGY = /(przeprasz|przykro nam|sorry|apologi[sz]e|we regret)/;

// Words that tell Polish from English when the risk engine could not ("other"): short texts
// without diacritics. Only consulted for "other"; a language the engine named is used as is.
const PL_WORDS =
  /\b(nie|jest|sa|sie|czy|jak|co|za|na|do|od|po|ze|to|ten|ta|tak|juz|dalej|bardzo|dziekuje|dzieki|polecam|wstyd|prosze|nasze|wasz\w*|mialo|byc|oraz|albo|tylko|zeby)\b/g;
const EN_WORDS =
  /\b(the|is|are|you|your|and|not|was|were|this|that|it|to|of|my|we|our|thanks|thank|please|what|why|how|when)\b/g;

/** The language to reply in: the comment's, as the risk engine read it; "other" is settled by common words (English on a tie). */
export function replyLanguage(text: string, language: Language): 'pl' | 'en' {
  if (language !== 'other') return language;
  const t = foldText(text);
  return (t.match(PL_WORDS)?.length ?? 0) > (t.match(EN_WORDS)?.length ?? 0) ||
    /(owie|ami|ach|ujemy|acie|ecie)\b/.test(t)
    ? 'pl'
    : 'en';
}

/** Build a suggester for a template set (the text index is built once). */
export function createSuggester(templates: readonly ReplyTemplate[]) {
  const approved = templates.filter((t) => t.status === 'approved');
  const claims = new Map(approved.map((t) => [t.id, claimsOf(t)]));
  const apologises = new Set(
    approved.filter((t) => t.tone === 'apologetic' || APOLOGY.test(foldText(t.body))).map((t) => t.id),
  );
  const index = new MiniSearch<ReplyTemplate>({
    fields: ['title', 'body', 'tags'],
    storeFields: ['id'],
    searchOptions: { fuzzy: 0.2, prefix: true },
  });
  index.addAll(approved.map((t) => ({ ...t, tags: t.tags.join(' ') }) as unknown as ReplyTemplate));
  return {
    /** What the comment is and what to advise before any reply. */
    situation(input: SuggestInput): Situation {
      return situationOf(input.text, input.risk, input.facts ?? []);
    },
    /** Top `limit` approved templates whose claims are all declared, each with the reasons for its rank. */
    suggest(input: SuggestInput, limit = 3): Suggestion[] {
      const facts = input.facts ?? [];
      const sit = situationOf(input.text, input.risk, facts);
      const cats = sit.categories;
      const tones = sit.tones;
      const stage = input.stage ?? stageFromFacts(facts);
      const lang = replyLanguage(input.text, input.language);
      const sim = new Map<string, number>();
      const hits = index.search(input.text.slice(0, 500), { combineWith: 'OR' });
      const top = hits[0]?.score ?? 1;
      for (const h of hits) sim.set(String(h.id), h.score / top);
      const used = new Set(input.usedInThread ?? []);
      const ranked = approved
        .filter((t) => undeclaredClaims(claims.get(t.id), facts).length === 0)
        .map((t) => {
          const why: Why[] = [];
          let score = 0;
          const catIdx = cats.findIndex((c) => t.categories.includes(c));
          if (catIdx >= 0) {
            score += 5 - Math.min(3, catIdx);
            why.push({ code: 'category', vars: { category: cats[catIdx]! } });
          }
          // The comment's language outweighs everything else: a reply in the wrong language is never first while one in the right language fits at all.
          if (t.language === lang) {
            score += 8;
            why.push({ code: 'language', vars: { language: t.language } });
          }
          const toneIdx = tones.indexOf(t.tone);
          if (toneIdx >= 0) {
            score += 1.5 - toneIdx * 0.3;
            why.push({ code: 'tone', vars: { tone: t.tone } });
          }
          if (sit.legal) {
            // Formal, no apology (it can read as an admission of fault), no argument.
            if (t.categories.includes('legalThreat')) score += 2;
            if (apologises.has(t.id)) score -= 4;
            if (t.categories.includes('legalThreat')) why.push({ code: 'legal' });
          }
          // Apologising for a rumour or an unconfirmed incident reads as confirming it.
          if (sit.unconfirmed && apologises.has(t.id)) score -= 2;
          if (t.stage === stage) {
            score += input.stage ? 2 : 1.5;
            why.push({ code: 'stage', vars: { stage: t.stage } });
          }
          const s = sim.get(t.id) ?? 0;
          if (s > 0.3) {
            score += s * 0.8;
            why.push({ code: 'similar' });
          }
          if (t.usageCount > 0) {
            score += Math.min(0.5, Math.log10(1 + t.usageCount) * 0.3);
            why.push({ code: 'used', vars: { count: t.usageCount } });
          }
          if (used.has(t.id)) {
            score -= 1.5;
            why.push({ code: 'repeat' });
          }
          if (sit.abuseOnly && t.categories.includes('toxic')) why.push({ code: 'doNotEngage' });
          return { template: t, score, why };
        });
      return ranked.sort((a, b) => b.score - a.score || a.template.id.localeCompare(b.template.id)).slice(0, limit);
    },
  };
}
