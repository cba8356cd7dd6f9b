/**
 * `npm run bench:suggest`: the reply ranking on the labelled suggestion set
 * (tests/fixtures/suggestions/labelled.jsonl, Polish and English, with and without diacritics,
 * each with the facts in force, the acceptable categories and whether "do not engage" is right).
 * Reports, for the whole set and for its train and val halves: top-3 suggestions claiming an
 * undeclared fact (target 0), top suggestion in the comment's language (≥ 97%), an acceptable
 * category in the top 3 (≥ 92%), "do not engage" for pure abuse (≥ 90%) and for comments that are
 * not pure abuse (should be rare); and the time to rank 1,000 templates for one comment.
 * Writes bench/results/suggest.json. Exits 1 when a target is missed.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { createLineSuggester, type SuggestLine } from '../lib/cli/suggest-record';
import { createSuggester } from '../lib/risk/suggest';
import { classify } from '../lib/risk/classify';
import { DEFAULT_TEMPLATES } from '../lib/library/default-templates';
import type { Fact } from '../lib/library/facts';
import { table } from './lib/table';

interface Labelled {
  id: string;
  text: string;
  language: 'pl' | 'en';
  facts: Fact[];
  stage?: 'holding' | 'update' | 'resolution' | 'thanks';
  acceptableCategories: string[];
  doNotEngage: boolean;
  kind: string;
  split: 'train' | 'val';
}
const SET = readFileSync(resolve(import.meta.dirname, '../tests/fixtures/suggestions/labelled.jsonl'), 'utf8')
  .split('\n')
  .filter((l) => l.trim())
  .map((l) => JSON.parse(l) as Labelled);

const line = createLineSuggester(DEFAULT_TEMPLATES);
const runs = SET.map((c) => ({ c, out: line(c) }));

function score(rows: Array<{ c: Labelled; out: SuggestLine }>) {
  const undeclared = rows.flatMap(({ c, out }) =>
    out.suggestions.filter((s) => s.claims.some((f) => !c.facts.includes(f as Fact))).map((s) => `${c.id} ${s.id}`),
  );
  const langOk = rows.filter(({ c, out }) => out.suggestions[0]?.language === c.language);
  const catOk = rows.filter(({ c, out }) =>
    out.suggestions.some((s) => s.categories.some((k) => c.acceptableCategories.includes(k))),
  );
  const catFirst = rows.filter(({ c, out }) =>
    out.suggestions[0]?.categories.some((k) => c.acceptableCategories.includes(k)),
  );
  const abuse = rows.filter(({ c }) => c.doNotEngage);
  const dne = abuse.filter(({ out }) => out.advice.includes('doNotEngage'));
  const notAbuse = rows.filter(({ c }) => !c.doNotEngage);
  const falseDne = notAbuse.filter(({ out }) => out.advice.includes('doNotEngage'));
  return {
    comments: rows.length,
    undeclaredClaims: undeclared.length,
    topInLanguage: langOk.length / rows.length,
    acceptableInTop3: catOk.length / rows.length,
    acceptableFirst: catFirst.length / rows.length,
    doNotEngageForAbuse: abuse.length ? dne.length / abuse.length : 1,
    doNotEngageOtherwise: notAbuse.length ? falseDne.length / notAbuse.length : 0,
    misses: {
      language: rows
        .filter((r) => !langOk.includes(r))
        .map(({ c, out }) => `${c.id} ${c.text} → ${out.suggestions[0]?.id}`),
      categoryFirst: rows
        .filter((r) => !catFirst.includes(r))
        .map(({ c, out }) => `${c.id} ${c.text} [${c.facts.join(',')}] → ${out.suggestions[0]?.id}`),
      category: rows
        .filter((r) => !catOk.includes(r))
        .map(
          ({ c, out }) => `${c.id} ${c.text} [${c.facts.join(',')}] → ${out.suggestions.map((s) => s.id).join(', ')}`,
        ),
      doNotEngage: abuse.filter((r) => !dne.includes(r)).map(({ c }) => `${c.id} ${c.text}`),
      falseDoNotEngage: falseDne.map(({ c }) => `${c.id} ${c.text}`),
      undeclared,
    },
  };
}

const all = score(runs);
const train = score(runs.filter((r) => r.c.split === 'train'));
const val = score(runs.filter((r) => r.c.split === 'val'));

const many = Array.from({ length: 1000 }, (_, i) => ({
  ...DEFAULT_TEMPLATES[i % DEFAULT_TEMPLATES.length]!,
  id: `t${i}`,
}));
const big = createSuggester(many);
const inputs = SET.map((c) => {
  const risk = classify(c.text);
  return { text: c.text, risk, language: risk.language, facts: c.facts };
});
for (const input of inputs) big.suggest(input);
const times: number[] = [];
for (let k = 0; k < 3; k++)
  for (const input of inputs) {
    const t0 = performance.now();
    big.suggest(input);
    times.push(performance.now() - t0);
  }
times.sort((a, b) => a - b);

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
const row = (name: string, f: (s: typeof all) => string, target: string) => [name, f(all), f(train), f(val), target];
console.log(`\nReply suggestions (${SET.length} labelled comments: ${train.comments} train, ${val.comments} val)\n`);
console.log(
  table(
    ['metric', 'all', 'train', 'val', 'target'],
    [
      row('top-3 suggestions claiming an undeclared fact', (s) => String(s.undeclaredClaims), '0'),
      row("top suggestion in the comment's language", (s) => pct(s.topInLanguage), '≥ 97%'),
      row('acceptable category in the top 3', (s) => pct(s.acceptableInTop3), '≥ 92%'),
      row('acceptable category first (for information)', (s) => pct(s.acceptableFirst), ''),
      row('"do not engage" for pure abuse', (s) => pct(s.doNotEngageForAbuse), '≥ 90%'),
      row('"do not engage" for other comments', (s) => pct(s.doNotEngageOtherwise), 'low'),
      ['rank 1,000 templates, median (ms)', times[times.length >> 1]!.toFixed(2), '', '', '< 5'],
    ],
  ),
);
for (const [k, v] of Object.entries(all.misses)) if (v.length) console.log(`\n${k} misses:\n  ${v.join('\n  ')}`);
const { misses, ...summary } = all;
const result = {
  labelled: SET.length,
  all: summary,
  train: { ...train, misses: undefined },
  val: { ...val, misses: undefined },
  misses,
  medianMs1000: times[times.length >> 1]!,
  p95Ms1000: times[Math.floor(times.length * 0.95)]!,
};
mkdirSync(resolve(import.meta.dirname, 'results'), { recursive: true });
writeFileSync(resolve(import.meta.dirname, 'results/suggest.json'), `${JSON.stringify(result, null, 2)}\n`);
const ok =
  all.undeclaredClaims === 0 &&
  all.topInLanguage >= 0.97 &&
  all.acceptableInTop3 >= 0.92 &&
  all.doNotEngageForAbuse >= 0.9;
if (!ok) process.exitCode = 1;
