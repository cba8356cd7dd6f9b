import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { createSuggester } from '@/lib/risk/suggest';
import { classify } from '@/lib/risk/classify';
import { DEFAULT_TEMPLATES } from '@/lib/library/default-templates';
import type { ReplyTemplate, TemplateCategory, Tone } from '@/lib/library/types';

interface Labelled {
  text: string;
  language: 'pl' | 'en';
  acceptableCategories: TemplateCategory[];
  acceptableTones: Tone[];
}
const SET = JSON.parse(readFileSync(resolve(import.meta.dirname, '../../fixtures/suggestions/comments.json'), 'utf8')) as Labelled[];

describe('suggestions on the labelled set', () => {
  const suggester = createSuggester(DEFAULT_TEMPLATES);
  const misses: string[] = [];
  for (const c of SET) {
    const top = suggester.suggest({ text: c.text, risk: classify(c.text), language: classify(c.text).language }, 3);
    const ok = top.some((s) => s.template.language === c.language && s.template.categories.some((k) => c.acceptableCategories.includes(k)) && c.acceptableTones.includes(s.template.tone));
    if (!ok) misses.push(`${c.text} → ${top.map((s) => `${s.template.id}`).join(', ')}`);
  }
  test('the set has at least 60 comments in Polish and English', () => {
    expect(SET.length).toBeGreaterThanOrEqual(60);
    expect(SET.some((c) => c.language === 'pl') && SET.some((c) => c.language === 'en')).toBe(true);
  });
  test('an approved template of an acceptable category, tone and language is in the top 3 for at least 90%', () => {
    const ratio = 1 - misses.length / SET.length;
    expect(ratio, misses.join('\n')).toBeGreaterThanOrEqual(0.9);
  });
});

describe('suggester rules', () => {
  const draft: ReplyTemplate = { ...DEFAULT_TEMPLATES[0]!, id: 'draft-1', status: 'draft' };
  const retired: ReplyTemplate = { ...DEFAULT_TEMPLATES[1]!, id: 'retired-1', status: 'retired' };
  test('drafts and retired templates are never suggested', () => {
    const s = createSuggester([draft, retired]);
    expect(s.suggest({ text: 'Skandal!', risk: classify('Skandal!'), language: 'pl' }, 5)).toEqual([]);
  });
  test('each suggestion says why', () => {
    const [first] = createSuggester(DEFAULT_TEMPLATES).suggest({ text: 'Oszuści!', risk: classify('Oszuści!'), language: 'pl' });
    expect(first!.why.map((w) => w.code)).toEqual(expect.arrayContaining(['category', 'language']));
  });
  test('a template already used in the thread drops and says so', () => {
    const s = createSuggester(DEFAULT_TEMPLATES);
    const input = { text: 'Żądam zwrotu pieniędzy!', risk: classify('Żądam zwrotu pieniędzy!'), language: 'pl' as const };
    const first = s.suggest(input)[0]!;
    const again = s.suggest({ ...input, usedInThread: [first.template.id] });
    expect(again[0]!.template.id).not.toBe(first.template.id);
  });
  test.each(['holding', 'update', 'resolution'] as const)('on a data-leak comment, the crisis stage "%s" brings a fitting template of that stage to the top, and says so', (stage) => {
    const text = 'Ktoś się włamał i wyciekły nasze dane osobowe, hasła i numery kart!';
    const risk = classify(text);
    const suggester = createSuggester(DEFAULT_TEMPLATES);
    const top = suggester.suggest({ text, risk, language: 'pl', stage }, 3);
    expect(top[0]!.template).toMatchObject({ stage, language: 'pl' });
    expect(top[0]!.template.categories).toContain('dataLeak');
    expect(top[0]!.why.map((w) => w.code)).toContain('stage');
  });
  test('a troll gets firm replies and "do not engage" advice', () => {
    const top = createSuggester(DEFAULT_TEMPLATES).suggest({ text: 'Jesteście bandą idiotów', risk: classify('Jesteście bandą idiotów'), language: 'pl' });
    expect(top[0]!.template.tone).toBe('firm');
    expect(top[0]!.why.map((w) => w.code)).toContain('doNotEngage');
  });
});
