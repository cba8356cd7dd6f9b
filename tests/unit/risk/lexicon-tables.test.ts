/**
 * The word tables the engine reads without building indexes: the Polish vulgar forms as a sorted
 * list searched by halves, and the VADER valences as a JSON object parsed on first use.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { lexiconCandidates, sortedHas } from '@/lib/risk/lexicon-match';
import { PL_VULGAR } from '@/lib/risk/generated/pl-vulgar';
import { EN_VALENCE_JSON } from '@/lib/risk/generated/en-valence';
import { valenceOf } from '@/lib/risk/valence-table';
import { VALENCE_MODULE, valenceModule } from '../../../scripts/build-valence-lexicon';
import { PL_VALENCE_MODULE, plValenceModule } from '../../../scripts/build-pl-valence';
import { LANGUAGE_VOCAB_MODULE, languageVocabModule } from '../../../scripts/build-language-vocab';
import { hasData } from '../../../bench/lib/data';
import { plValenceOf } from '@/lib/risk/valence-table';

const VULGAR = PL_VULGAR.split(' ');

describe('sorted word list', () => {
  test('the vulgar forms are sorted as Array.prototype.sort leaves them, without repeats', () => {
    for (let i = 1; i < VULGAR.length; i++)
      expect(VULGAR[i - 1]! < VULGAR[i]!, `${VULGAR[i - 1]} before ${VULGAR[i]}`).toBe(true);
  });

  test('every form is found, and each form with a letter added or dropped is found only when it is a form too', () => {
    const set = new Set(VULGAR);
    for (const w of VULGAR) {
      expect(sortedHas(VULGAR, w)).toBe(true);
      for (const other of [`${w}q`, w.slice(0, -1), `a${w}`, w.toUpperCase()])
        expect(sortedHas(VULGAR, other), other).toBe(set.has(other));
    }
  });

  test.each([
    [[], 'a', false],
    [['a'], 'a', true],
    [['a'], 'b', false],
    [['a', 'c'], 'b', false],
    [['a', 'b', 'c'], 'c', true],
    [['a', 'b', 'c'], 'a', true],
    [['a', 'b', 'c'], '', false],
  ] as const)('sortedHas(%j, %j) is %s', (list, word, want) => {
    expect(sortedHas(list, word)).toBe(want);
  });

  test.each([
    ['kurwa', true],
    ['k*rwa', true],
    ['kurwy', true],
    ['kura', false],
    ['dom', false],
  ])('%s is a vulgar form: %s', (word, want) => {
    expect(lexiconCandidates(word).vulgar).toBe(want);
  });
});

describe('valence table', () => {
  const table = JSON.parse(EN_VALENCE_JSON) as Record<string, number>;

  test('every word of the table has its valence, and only words of the table have one', () => {
    const words = Object.keys(table);
    expect(words.length).toBeGreaterThan(6_000);
    for (const w of words) expect(valenceOf(w)).toBe(table[w]);
    for (const w of ['constructor', 'toString', '__proto__', 'hasOwnProperty', 'valueOf', 'dom', ''])
      expect(valenceOf(w), w).toBeUndefined();
  });

  test.each([
    ['hate', -2.7],
    ['love', 3.2],
    ['terrible', -2.1],
    ['great', 3.1],
  ])('%s has valence %d', (word, v) => {
    expect(valenceOf(word)).toBe(v);
  });

  test('the committed table is what scripts/build-valence-lexicon.ts writes from the VADER lexicon (no drift from the normaliser)', () => {
    expect(readFileSync(VALENCE_MODULE, 'utf8')).toBe(valenceModule().source);
  });

  test('no elongated spelling is in the table (the normaliser folds "zzz" to "z", "yeees" to "yes")', () => {
    for (const w of Object.keys(table)) expect(/(.)\1\1/.test(w), w).toBe(false);
  });
});

describe('Polish valences', () => {
  test('the committed table is what scripts/build-pl-valence.ts writes from the Polish AFINN list', () => {
    expect(readFileSync(PL_VALENCE_MODULE, 'utf8')).toBe(plValenceModule().source);
  });

  test.each([
    ['a listed word', 'beznadziejny', -2],
    ['another form of it (the stem plus up to three letters)', 'beznadziejna', -2],
    ['written without diacritics, as the tokens are', 'wspanialy', 3],
    ['a word the list does not have', 'kurier', 0],
    ['a listed word of three letters has no stem ("zły", not "złych")', 'zlych', 0],
    ['an inherited property name is no word', 'constructor', 0],
  ] as const)('%s: %s → %d', (_name, word, want) => {
    expect(plValenceOf(word)).toBe(want);
  });
});

describe('size', () => {
  test('the heads, the lexicons and the language detector add at most 8 MB to the built extension (they ship as string literals of the same size)', () => {
    const risk = resolve(import.meta.dirname, '../../../lib/risk');
    const dir = (d: string) => readdirSync(resolve(risk, d)).map((f) => resolve(risk, d, f));
    const eld = resolve(import.meta.dirname, '../../../node_modules/eld/src/ngrams/small.js');
    const files = [...dir('generated'), ...dir('lexicons'), eld];
    const bytes = files.reduce((n, f) => n + statSync(f).size, 0);
    expect(files.length).toBeGreaterThanOrEqual(7);
    expect(bytes).toBeLessThanOrEqual(8_000_000);
  });
});

describe.skipIf(!hasData())('language marker words (needs ../shared/data; skipped without it)', () => {
  test('the committed lists are what scripts/build-language-vocab.ts writes from the training splits', () => {
    expect(readFileSync(LANGUAGE_VOCAB_MODULE, 'utf8')).toBe(languageVocabModule().source);
  });
});
