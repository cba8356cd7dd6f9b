import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { hasData, readSet, type Row } from '../../../bench/lib/data';
import { normalizeText, tokenize } from '@/lib/risk/tokenize';
import { joinSpaced, type Token } from '@/lib/risk/tokens';

/**
 * The words of the normalised text as the rules see them (runs of letters, digits and '*',
 * spaced-out letters joined): `tokenize` cuts its tokens out while normalising, and they must be
 * exactly these, at the same normalised positions.
 */
function wordsOfNormalized(text: string) {
  const norm = normalizeText(text);
  const raw = [...norm.matchAll(/[\p{L}\p{N}*]+/gu)]
    .slice(0, 400)
    .map((m): Token => ({ text: m[0], start: 0, end: 0, nstart: m.index, nend: m.index + m[0].length }));
  return joinSpaced(raw).map(({ text: t, nstart, nend }) => ({ text: t, nstart, nend }));
}
const positions = (text: string) =>
  tokenize(text).tokens.map(({ text: t, nstart, nend }) => ({ text: t, nstart, nend }));

const CASES: Array<[string, string[]]> = [
  ['Oszukaliście mnie!!! ZWROT PIENIĘDZY', ['oszukaliscie', 'mnie', 'zwrot', 'pieniedzy']],
  ['k*rwa mać', ['k*rwa', 'mac']],
  ['h@te you', ['hate', 'you']],
  ['i d i o t a', ['idiota']],
  ['k.u.r.w.a', ['kurwa']],
  ['idi\u200bota', ['idiota']],
  ['іdiota', ['idiota']],
  ['idioooooota idiotaaaa', ['idiota', 'idiota']],
  ['good zaangażowanie', ['good', 'zaangazowanie']],
  ['ﬁne ①', ['fine', '1']],
  ['\u202eabc\u202c', ['abc']],
  ['1d10t4 sh!t b@nk $cam 2024', ['idiot4', 'shit', 'bank', 'scam', '2024']],
  ['𝐢𝐝𝐢𝐨𝐭𝐚', ['idiota']],
  ['😡😡 :( 👍', []],
  ['ŁÓDŹ ŻÓŁW', ['lodz', 'zolw']],
  ['', []],
];

describe('tokenize', () => {
  test.each(CASES)('%s → %j, the words of its normalised text', (text, words) => {
    expect(tokenize(text).tokens.map((t) => t.text)).toEqual(words);
    expect(positions(text)).toEqual(wordsOfNormalized(text));
  });

  test.each([
    ['Oszukaliście mnie!!! ZWROT', 'oszukaliscie mnie!!! zwrot'],
    ['idi\u200bota, idioooota', 'idiota, idiota'],
    ['h@te 2024 😡', 'hate 2024 😡'],
  ])('normalised text of %s', (text, norm) => {
    expect(normalizeText(text)).toBe(norm);
  });

  test('spans point at the original characters', () => {
    const text = 'Ej, jesteście bandą IDIOTÓW!!!';
    const t = tokenize(text).tokens.find((x) => x.text === 'idiotow')!;
    expect(text.slice(t.start, t.end)).toBe('IDIOTÓW');
  });

  test.each([
    ['SKANDAL W ORANGE', { caps: true }],
    ['SKANDAL w Orange', { caps: false }],
    ['nie!!! działa', { bangs: true, polishLetters: true }],
    ['nie!! dziala', { bangs: false, polishLetters: false }],
    ['masakra 🤬', { negativeEmoji: true }],
    ['masakra :-(', { negativeEmoji: true }],
    ['super 👍 :)', { negativeEmoji: false }],
  ])('cues of %s', (text, cues) => {
    expect(tokenize(text)).toMatchObject(cues);
  });

  test('cues after the scored length still count; tokens stop at the limits', () => {
    const long = `${'spokojnie '.repeat(600)}!!! 🤬 źle`;
    const s = tokenize(long);
    expect(s).toMatchObject({ bangs: true, negativeEmoji: true, polishLetters: true });
    expect(s.tokens.length).toBeLessThanOrEqual(400);
  });

  test('random strings: the tokens are the words of the normalised text, spans in order inside the text', () => {
    const alphabet = [...'aaabcdeiouAEIOŁłąęśćżź*@4310!$57 .,\u200b\u202eіо😡𝐢ﬁ'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...alphabet), { maxLength: 60 }), (chars) => {
        const text = chars.join('');
        expect(positions(text)).toEqual(wordsOfNormalized(text));
        let at = 0;
        for (const t of tokenize(text).tokens) {
          expect(t.start).toBeGreaterThanOrEqual(at);
          expect(t.end).toBeGreaterThan(t.start);
          expect(t.end).toBeLessThanOrEqual(text.length);
          at = t.end;
        }
      }),
      { numRuns: 3_000, seed: 42 },
    );
  });
});

describe.skipIf(!hasData())('tokenize over the datasets (needs ../shared/data; skipped without it)', () => {
  test('every comment: the tokens are the words of its normalised text', () => {
    const sets = ['tweeteval-offensive', 'tweeteval-hate', 'tweeteval-sentiment', 'poleval2019-cbd'];
    let n = 0;
    for (const set of sets) {
      for (const r of readSet<Row>(set, 'val') ?? []) {
        expect(positions(r.text)).toEqual(wordsOfNormalized(r.text));
        n++;
      }
    }
    expect(n).toBeGreaterThan(5_000);
  }, 60_000);
});
