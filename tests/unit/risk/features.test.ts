import { describe, expect, test } from 'vitest';
import { charGramSum, featureIndices, wordFeatureIndices, wordIndex } from '../../../lib/risk/features';
import { lexiconCandidates } from '../../../lib/risk/lexicon-match';

// Scoring sums a new word's character n-grams in place (charGramSum); training lists the indices
// (wordFeatureIndices). The two must agree bucket for bucket, or the model scores other features
// than it was trained on.
const WORDS = [
  '',
  'a',
  'ab',
  'abc',
  'idiota',
  'oszukaliscie',
  'k*rwa',
  '12345',
  'x'.repeat(24),
  'y'.repeat(40),
  'zażółć',
  '😡',
  'a😡b',
  'don',
];

describe('per-word features', () => {
  // A weight per bucket that differs from bucket to bucket, so a wrong index changes the sum.
  const weight = (i: number) => (((i * 2654435761) >>> 0) % 255) - 127;
  test.each(WORDS)('character n-gram sum of %j equals the listed indices', (word) => {
    const [first, ...grams] = wordFeatureIndices(word);
    expect(first).toBe(wordIndex(word));
    expect(charGramSum(word, weight)).toBe(grams.reduce((s, i) => s + weight(i), 0));
  });

  test('the listed indices are the per-word part of the comment features', () => {
    const tokens = [{ text: 'you', start: 0, end: 3, nstart: 0, nend: 3 }];
    const all = featureIndices(tokens);
    for (const i of wordFeatureIndices('you')) expect(all).toContain(i);
  });
});

describe('lexicon candidates of a word', () => {
  test.each([
    // [word, vulgar, some target its entries include (or null for none)]
    ['oszukali', false, 'scamFraud'],
    ['kurwa', true, null],
    ['k*rwa', true, null],
    ['hello', false, null],
    ['12345', false, null],
  ] as const)('%s', (word, vulgar, target) => {
    const c = lexiconCandidates(word);
    expect(c.vulgar).toBe(vulgar);
    if (target === null) expect(c.entries.filter((e) => e.stems.length === 1)).toEqual([]);
    else expect(c.entries.map((e) => e.target)).toContain(target);
  });
});
