/**
 * Ranking approved reply templates for a comment: category match (from the risk signals and the
 * comment's intent), language, the tone that fits (furious customer → empathetic/apologetic,
 * troll → firm, question → informative, praise → friendly, legal → formal), crisis stage, text
 * similarity (MiniSearch over the templates) and past use. Each suggestion says why.
 */
import MiniSearch from 'minisearch';
import type { CrisisStage, ReplyTemplate, TemplateCategory, Tone } from '@/lib/library/types';
import type { Language, RiskResult } from './types';
import { detectIntent } from './intent';

export interface SuggestInput {
  text: string;
  risk: RiskResult;
  language: Language;
  stage?: CrisisStage;
  /** Template ids already used in this thread or page (consistency guard). */
  usedInThread?: readonly string[];
}

export interface Why {
  code: 'category' | 'language' | 'tone' | 'stage' | 'similar' | 'used' | 'repeat' | 'doNotEngage';
  en: string;
  pl: string;
}

export interface Suggestion {
  template: ReplyTemplate;
  score: number;
  why: Why[];
}

const SIGNAL_MIN = 0.45;

/** Categories a comment calls for, strongest first. */
export function wantedCategories(text: string, risk: RiskResult): TemplateCategory[] {
  const intent = detectIntent(text, risk);
  const cats = (Object.entries(risk.signals) as Array<[string, number]>)
    .filter(([k, v]) => k !== 'brandMention' && v >= SIGNAL_MIN)
    .sort((a, b) => b[1] - a[1])
    .map(([k]) => k as TemplateCategory);
  if (intent.troll) cats.push('toxic');
  if (intent.question) cats.push('question');
  if (intent.praise) cats.push('praise');
  if (cats.length === 0 && risk.negativity >= 0.35) cats.push('complaint');
  return cats;
}

/** Tones that fit a comment, best first. */
export function fittingTones(text: string, risk: RiskResult): Tone[] {
  const intent = detectIntent(text, risk);
  if (intent.troll) return ['firm', 'formal'];
  if (risk.signals.legalThreat >= SIGNAL_MIN) return ['formal', 'apologetic'];
  if (intent.furious || risk.negativity >= 0.5) return ['empathetic', 'apologetic', 'formal'];
  if (intent.praise) return ['friendly'];
  if (intent.question) return ['informative', 'friendly'];
  if (risk.signals.rumour >= SIGNAL_MIN || risk.signals.dataLeak >= SIGNAL_MIN) return ['informative', 'formal'];
  return ['empathetic', 'informative', 'formal'];
}

/** Build a suggester for a template set (the text index is built once). */
export function createSuggester(templates: readonly ReplyTemplate[]) {
  const approved = templates.filter((t) => t.status === 'approved');
  const index = new MiniSearch<ReplyTemplate>({ fields: ['title', 'body', 'tags'], storeFields: ['id'], searchOptions: { fuzzy: 0.2, prefix: true } });
  index.addAll(approved.map((t) => ({ ...t, tags: t.tags.join(' ') }) as unknown as ReplyTemplate));
  return {
    /** Top `limit` approved templates for the comment, each with the reasons for its rank. */
    suggest(input: SuggestInput, limit = 3): Suggestion[] {
      const cats = wantedCategories(input.text, input.risk);
      const tones = fittingTones(input.text, input.risk);
      const lang = input.language === 'other' ? 'en' : input.language;
      const sim = new Map<string, number>();
      const hits = index.search(input.text.slice(0, 500), { combineWith: 'OR' });
      const top = hits[0]?.score ?? 1;
      for (const h of hits) sim.set(String(h.id), h.score / top);
      const used = new Set(input.usedInThread ?? []);
      const ranked = approved.map((t) => {
        const why: Why[] = [];
        let score = 0;
        const catIdx = cats.findIndex((c) => t.categories.includes(c));
        if (catIdx >= 0) {
          score += 4 - Math.min(2, catIdx) * 0.5;
          why.push({ code: 'category', en: `fits: ${cats[catIdx]}`, pl: `pasuje: ${cats[catIdx]}` });
        }
        if (t.language === lang) {
          score += 2.5;
          why.push({ code: 'language', en: `in ${lang === 'pl' ? 'Polish' : 'English'}`, pl: lang === 'pl' ? 'po polsku' : 'po angielsku' });
        }
        const toneIdx = tones.indexOf(t.tone);
        if (toneIdx >= 0) {
          score += 2 - toneIdx * 0.4;
          why.push({ code: 'tone', en: `tone: ${t.tone}`, pl: `ton: ${t.tone}` });
        }
        // The stage the team chose outweighs tone and wording (a holding statement is wrong once
        // the team is giving updates), but not a category that does not fit the comment.
        if (input.stage && t.stage === input.stage) {
          score += 2;
          why.push({ code: 'stage', en: `stage: ${t.stage}`, pl: `etap: ${t.stage}` });
        }
        const s = sim.get(t.id) ?? 0;
        if (s > 0.3) {
          score += s;
          why.push({ code: 'similar', en: 'similar wording', pl: 'podobne słownictwo' });
        }
        if (t.usageCount > 0) {
          score += Math.min(0.5, Math.log10(1 + t.usageCount) * 0.3);
          why.push({ code: 'used', en: `used ${t.usageCount}×`, pl: `użyty ${t.usageCount}×` });
        }
        if (used.has(t.id)) {
          score -= 1.5;
          why.push({ code: 'repeat', en: 'already used in this thread', pl: 'już użyty w tym wątku' });
        }
        if (t.categories.includes('toxic') && cats[0] === 'toxic') why.push({ code: 'doNotEngage', en: 'consider not engaging: hide or report instead', pl: 'rozważ brak odpowiedzi: ukryj lub zgłoś' });
        return { template: t, score, why };
      });
      return ranked.sort((a, b) => b.score - a.score || a.template.id.localeCompare(b.template.id)).slice(0, limit);
    },
  };
}
