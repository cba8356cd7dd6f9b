import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { hasData, readSet, type Row } from '../../../bench/lib/data';
import { normalize, toOriginal } from '@/lib/risk/normalize';
import { scanText } from '@/lib/risk/scan';
import { tokenize } from '@/lib/risk/tokens';

/** The reference: normalise, tokenise the normalised text, map spans back to the original. */
function reference(text: string) {
  const n = normalize(text);
  return tokenize(n.norm).map((t) => ({ text: t.text, ...toOriginal(n, t.start, t.end), nstart: t.nstart, nend: t.nend }));
}

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

describe('scanText', () => {
  test.each(CASES)('%s → %j, as the reference normalise + tokenise', (text, words) => {
    const got = scanText(text).tokens;
    expect(got.map((t) => t.text)).toEqual(words);
    expect(got).toEqual(reference(text));
  });

  test('spans point at the original characters', () => {
    const text = 'Ej, jesteście bandą IDIOTÓW!!!';
    const t = scanText(text).tokens.find((x) => x.text === 'idiotow')!;
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
    expect(scanText(text)).toMatchObject(cues);
  });

  test('cues after the scored length still count; tokens stop at the limits', () => {
    const long = `${'spokojnie '.repeat(600)}!!! 🤬 źle`;
    const s = scanText(long);
    expect(s).toMatchObject({ bangs: true, negativeEmoji: true, polishLetters: true });
    expect(s.tokens.length).toBeLessThanOrEqual(400);
  });

  test('random strings give the reference tokens', () => {
    const alphabet = [...'aaabcdeiouAEIOŁłąęśćżź*@4310!$57 .,\u200b\u202eіо😡𝐢ﬁ'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...alphabet), { maxLength: 60 }), (chars) => {
        const text = chars.join('');
        expect(scanText(text).tokens).toEqual(reference(text));
      }),
      { numRuns: 3_000, seed: 42 },
    );
  });
});

describe.skipIf(!hasData())('scanText over the datasets (needs ../shared/data; skipped without it)', () => {
  test('every comment gives the reference tokens', () => {
    const sets = ['tweeteval-offensive', 'tweeteval-hate', 'tweeteval-sentiment', 'poleval2019-cbd'];
    let n = 0;
    for (const set of sets) {
      for (const r of readSet<Row>(set, 'val') ?? []) {
        expect(scanText(r.text).tokens).toEqual(reference(r.text));
        n++;
      }
    }
    expect(n).toBeGreaterThan(5_000);
  }, 60_000);
});
