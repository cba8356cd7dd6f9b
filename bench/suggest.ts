/**
 * `npm run bench` (part): ranking 1,000 approved templates for one comment, over the labelled
 * suggestion set (target under 5 ms), and the share of comments whose top 3 holds an acceptable
 * category, tone and language. Writes bench/results/suggest.json.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { createSuggester } from '../lib/risk/suggest';
import { classify } from '../lib/risk/classify';
import { DEFAULT_TEMPLATES } from '../lib/library/default-templates';
import type { TemplateCategory, Tone } from '../lib/library/types';
import { table } from './lib/table';

interface Labelled { text: string; language: 'pl' | 'en'; acceptableCategories: TemplateCategory[]; acceptableTones: Tone[] }
const SET = JSON.parse(readFileSync(resolve(import.meta.dirname, '../tests/fixtures/suggestions/comments.json'), 'utf8')) as Labelled[];
const inputs = SET.map((c) => ({ c, input: { text: c.text, risk: classify(c.text), language: classify(c.text).language } }));

const defaults = createSuggester(DEFAULT_TEMPLATES);
const hits = inputs.filter(({ c, input }) => defaults.suggest(input, 3).some((s) => s.template.language === c.language && s.template.categories.some((k) => c.acceptableCategories.includes(k)) && c.acceptableTones.includes(s.template.tone))).length;

const many = Array.from({ length: 1000 }, (_, i) => ({ ...DEFAULT_TEMPLATES[i % DEFAULT_TEMPLATES.length]!, id: `t${i}` }));
const big = createSuggester(many);
for (const { input } of inputs) big.suggest(input);
const times: number[] = [];
for (let k = 0; k < 5; k++) for (const { input } of inputs) {
  const t0 = performance.now();
  big.suggest(input);
  times.push(performance.now() - t0);
}
times.sort((a, b) => a - b);
const result = { labelled: SET.length, top3Acceptable: hits / SET.length, medianMs1000: times[times.length >> 1]!, p95Ms1000: times[Math.floor(times.length * 0.95)]! };
console.log('\nReply suggestions\n');
console.log(table(['metric', 'value', 'target'], [
  ['top 3 holds an acceptable template (default library)', `${hits}/${SET.length} (${(result.top3Acceptable * 100).toFixed(1)}%)`, '≥ 90%'],
  ['rank 1,000 templates, median (ms)', result.medianMs1000, '< 5'],
  ['rank 1,000 templates, p95 (ms)', result.p95Ms1000, ''],
]));
mkdirSync(resolve(import.meta.dirname, 'results'), { recursive: true });
writeFileSync(resolve(import.meta.dirname, 'results/suggest.json'), `${JSON.stringify(result, null, 2)}\n`);
