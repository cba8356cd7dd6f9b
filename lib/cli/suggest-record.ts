/**
 * One comment in, its advice and top suggestions out, for `npm run suggest` and the suggestion
 * benchmark: the comment is classified by the risk engine, ranked against the library with the
 * facts in force (none unless given) and the stage given (or the facts' own).
 */
import { classify } from '@/lib/risk/classify';
import { claimsOf, createSuggester } from '@/lib/risk/suggest';
import { CRISIS_STAGES, type CrisisStage, type ReplyTemplate } from '@/lib/library/types';
import { isFact, type Fact } from '@/lib/library/facts';
import { InputError } from './read-records';

export interface SuggestRecord {
  id: string;
  text: string;
  facts?: Fact[];
  stage?: CrisisStage;
}

export interface SuggestLine {
  id: string;
  language: string;
  advice: string[];
  suggestions: Array<{ id: string; language: string; tone: string; categories: string[]; claims: string[] }>;
}

/** Check one parsed JSON Lines record. */
export function toSuggestRecord(raw: unknown): SuggestRecord {
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) throw new InputError('expected an object');
  const r = raw as Record<string, unknown>;
  if (typeof r.text !== 'string') throw new InputError('"text" must be a string');
  if (r.id !== undefined && typeof r.id !== 'string' && typeof r.id !== 'number')
    throw new InputError('"id" must be a string or a number');
  const facts = r.facts ?? [];
  if (!Array.isArray(facts) || !facts.every(isFact))
    throw new InputError('"facts" must be a list of incident-confirmed, cause-known, fixed, compensation');
  if (r.stage !== undefined && !(CRISIS_STAGES as readonly unknown[]).includes(r.stage))
    throw new InputError(`"stage" must be one of ${CRISIS_STAGES.join(', ')}`);
  return { id: r.id === undefined ? '' : String(r.id), text: r.text, facts, stage: r.stage as CrisisStage | undefined };
}

/** A suggester for the whole run, and the line for one record. */
export function createLineSuggester(templates: readonly ReplyTemplate[]) {
  const suggester = createSuggester(templates);
  return (rec: SuggestRecord, limit = 3): SuggestLine => {
    const risk = classify(rec.text);
    const input = { text: rec.text, risk, language: risk.language, facts: rec.facts ?? [], stage: rec.stage };
    return {
      id: rec.id,
      language: risk.language,
      advice: suggester.situation(input).advice,
      suggestions: suggester.suggest(input, limit).map((s) => ({
        id: s.template.id,
        language: s.template.language,
        tone: s.template.tone,
        categories: s.template.categories,
        claims: claimsOf(s.template),
      })),
    };
  };
}
