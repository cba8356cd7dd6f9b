/**
 * The derailment forecast's pieces: the politeness cues of one comment (each cue with a near miss,
 * English and Polish), standardising by the training corpora's statistics, a comment's lean, the
 * probability, and the committed statistics equal to a fresh run of scripts/derail-stats.ts.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { hasData } from '../../../bench/lib/data';
import { derailStats, derailStatsModule, derailStatsPath, statsOf } from '../../../scripts/derail-stats';
import { CUES, derailCues, sentences, type Cue, type CueShares } from '@/lib/risk/derail-cues';
import { DERAIL_STATS } from '@/lib/risk/derail-stats';
import {
  commentLean,
  DERAIL_THRESHOLD,
  DERAIL_WEIGHTS,
  derailProbability,
  MAX_SD,
  standardise,
} from '@/lib/risk/escalation-derail';

const on = (text: string, lang: 'en' | 'pl') => CUES.filter((c) => derailCues(text, lang)[c] > 0).sort() as Cue[];

describe('sentences', () => {
  test.each([
    ['Hi there. Why would you do that?! So be it', ['hi there', 'why would you do that', 'so be it']],
    ['ok\n\nthen; fine', ['ok', 'then', 'fine']],
    ['@ann_b you are wrong', ['you are wrong']],
    ['Żółć, ŁÓDŹ!', ['zolc lodz']],
    ["don't you dare", ["don't you dare"]],
    ['... !!! ?', []],
    ['', []],
  ])('%j → %j', (text, expected) => {
    expect(sentences(text)).toEqual(expected);
  });
});

describe('derailCues: which cues one sentence shows', () => {
  test.each([
    // second-person start, and "you" elsewhere (not a start)
    ['You never read the sources', 'en', ['youStart', 'you']],
    ['Your edit broke it', 'en', ['youStart', 'you']],
    ['I told you so', 'en', ['self', 'you']],
    ['They told them so', 'en', []],
    // direct questions: what / why / who / how among the first two words
    ['Why did you revert it', 'en', ['directQuestion', 'you']],
    ['And what is this', 'en', ['directQuestion', 'directStart']],
    ['It is what it is', 'en', []],
    // direct start
    ['But the page says otherwise', 'en', ['directStart']],
    ['The page says so', 'en', []],
    // factuality
    ['In fact the source is wrong', 'en', ['factuality']],
    ['The truth is nobody checked', 'en', ['factuality']],
    ['It is a fact', 'en', []],
    // gratitude, greeting, please
    ['Thanks for the fix', 'en', ['gratitude']],
    ['I appreciate the help', 'en', ['gratitude', 'self']],
    ['Hello, the date is off', 'en', ['greeting']],
    ['Nobody said hello', 'en', []],
    ['Could you please check the date', 'en', ['please', 'you']],
    ['Please stop reverting', 'en', []],
    // hedges
    ['It seems the date is off', 'en', ['hedge']],
    ['In my opinion the date is off', 'en', ['hedge', 'self']],
    ['The date is off', 'en', []],
    // Polish, with and without diacritics
    ['Ty nie masz pojęcia', 'pl', ['youStart', 'you']],
    ['Nie masz pojęcia, ty', 'pl', ['you']],
    ['Wasze tłumaczenia są żałosne', 'pl', ['youStart', 'you']],
    ['Dlaczego to usunąłeś', 'pl', ['directQuestion']],
    ['Ale to nieprawda', 'pl', ['directStart']],
    ['Tak naprawdę nikt tego nie sprawdził', 'pl', ['factuality']],
    ['Dziękuję za poprawkę', 'pl', ['gratitude']],
    ['Dzień dobry, data jest zła', 'pl', ['greeting']],
    ['Sprawdź proszę datę', 'pl', ['please']],
    ['Proszę nie cofać zmian', 'pl', []],
    ['Wydaje mi się, że data jest zła', 'pl', ['hedge', 'self']],
    ['Ja i on to sprawdzimy', 'pl', ['self']],
    ['Chyba masz rację', 'pl', ['hedge']],
    ['Data jest zła', 'pl', []],
  ] as const)('%j (%s) → %j', (text, lang, expected) => {
    expect(on(text, lang)).toEqual([...expected].sort());
  });

  test.each([
    ['Thanks. You are wrong. Why?', { gratitude: 1 / 3, youStart: 1 / 3, you: 1 / 3, directQuestion: 1 / 3 }],
    ['Thanks, thanks, thank you', { gratitude: 1, you: 1 }],
    ['', {}],
  ] as const)('shares of sentences: %j', (text, expected) => {
    const got = derailCues(text, 'en');
    for (const c of CUES) expect(got[c]).toBeCloseTo((expected as Partial<CueShares>)[c] ?? 0, 9);
  });

  test('other languages read with the English lists', () => {
    expect(derailCues('You never listen', 'other')).toEqual(derailCues('You never listen', 'en'));
  });
});

describe('standardise', () => {
  const s = DERAIL_STATS.en;
  test.each([
    ['the mean is 0', s.mean.toxicity, 0],
    ['one sd above is 1', s.mean.toxicity + s.sd.toxicity, 1],
    ['one sd below is −1', s.mean.toxicity - s.sd.toxicity, -1],
    ['far above is clipped', 100, MAX_SD],
    ['far below is clipped', -100, -MAX_SD],
  ])('%s', (_, value, expected) => {
    expect(standardise('toxicity', value, 'en')).toBeCloseTo(expected, 9);
  });

  test('Polish text uses the Polish statistics, other languages the English ones', () => {
    const p = DERAIL_STATS.pl;
    expect(standardise('hedge', p.mean.hedge, 'pl')).toBeCloseTo(0, 9);
    expect(standardise('hedge', s.mean.hedge, 'other')).toBeCloseTo(0, 9);
    expect(standardise('hedge', s.mean.hedge, 'pl')).not.toBeCloseTo(0, 3);
  });
});

describe('commentLean and derailProbability', () => {
  const average = (lang: 'en' | 'pl') => {
    const m = DERAIL_STATS[lang].mean;
    const cues = Object.fromEntries(CUES.map((c) => [c, m[c]])) as CueShares;
    return { cues, toxicity: m.toxicity, negativity: m.negativity };
  };

  test.each(['en', 'pl'] as const)('%s: an average comment leans 0, the thread sits at the cut', (lang) => {
    const a = average(lang);
    expect(commentLean(a.cues, a.toxicity, a.negativity, lang)).toBeCloseTo(0, 9);
    expect(derailProbability({ meanLean: 0, latestToxicity: 0 })).toBe(DERAIL_THRESHOLD);
  });

  test.each([
    ['youStart', 1],
    ['directQuestion', 1],
    ['directStart', 1],
    ['factuality', 1],
    ['gratitude', -1],
    ['greeting', -1],
    ['please', -1],
    ['hedge', -1],
    ['you', 1],
    ['self', -1],
  ] as const)('more %s moves the lean by its sign (%i)', (cue, sign) => {
    const a = average('en');
    const more = { ...a.cues, [cue]: a.cues[cue] + DERAIL_STATS.en.sd[cue] };
    expect(DERAIL_WEIGHTS[cue]).toBe(sign);
    expect(commentLean(more, a.toxicity, a.negativity, 'en')).toBeCloseTo(sign, 9);
  });

  test.each([
    ['en', 'Thanks. You are wrong, really. Why?', 0.7, 0.1],
    ['en', 'Hello, I think it might be fine, please check', 0.05, 0.9],
    ['pl', 'Ty nie masz pojęcia. Dziękuję, chyba tak', 0.4, 0.6],
  ] as const)('%s: the lean is the weighted sum of every standardised input (%j)', (lang, text, tox, neg) => {
    const cues = derailCues(text, lang);
    const values = { ...cues, toxicity: tox, negativity: neg };
    const sum = (Object.keys(values) as Array<keyof typeof values>).reduce(
      (z, f) => z + DERAIL_WEIGHTS[f] * standardise(f, values[f], lang),
      0,
    );
    expect(commentLean(cues, tox, neg, lang)).toBeCloseTo(sum, 12);
  });

  test.each([
    ['toxicity', { toxicity: 1 }],
    ['negativity', { negativity: 1 }],
  ] as const)('%s raises the lean', (_, raised) => {
    const a = average('en');
    const x = { toxicity: a.toxicity, negativity: a.negativity, ...raised };
    expect(commentLean(a.cues, x.toxicity, x.negativity, 'en')).toBeGreaterThan(1);
  });

  test.each([
    [0, 0, 0.5],
    [2, 0, 1 / (1 + Math.exp(-2))],
    [-1, -1, 1 / (1 + Math.exp(2))],
    [1, 1, 1 / (1 + Math.exp(-2))],
  ])('meanLean %f, latest toxicity %f → %f', (meanLean, latestToxicity, p) => {
    expect(derailProbability({ meanLean, latestToxicity })).toBeCloseTo(p, 12);
  });
});

describe('statistics of the training corpora', () => {
  test('statsOf: mean and population sd of each input', () => {
    const st = statsOf(['Thanks!', 'You are wrong.'], 'en');
    expect(st.comments).toBe(2);
    expect(st.mean.gratitude).toBe(0.5);
    expect(st.sd.gratitude).toBe(0.5);
    expect(st.mean.youStart).toBe(0.5);
    expect(st.mean.you).toBe(0.5);
    expect(st.mean.hedge).toBe(0);
    expect(st.sd.hedge).toBe(0);
  });

  // The cue statistics depend only on the cue lists and the data: they must be the same to the last
  // digit. Toxicity and negativity come from the heads, which other changes to the engine move a
  // little; they may drift by 0.01 before the file must be generated again.
  const HEAD_TOLERANCE = 0.01;
  test.skipIf(!hasData())(
    'lib/risk/derail-stats.ts is what scripts/derail-stats.ts produces (needs ../shared/data; on a failure run `npx tsx scripts/derail-stats.ts`)',
    async () => {
      const fresh = derailStats();
      expect(fresh).not.toBeNull();
      for (const lang of ['en', 'pl'] as const) {
        const [now, then] = [fresh![lang], DERAIL_STATS[lang]];
        expect(now.comments).toBe(then.comments);
        for (const c of CUES) expect([c, now.mean[c], now.sd[c]]).toEqual([c, then.mean[c], then.sd[c]]);
        for (const h of ['toxicity', 'negativity'] as const) {
          expect(Math.abs(now.mean[h] - then.mean[h]), `${lang} ${h} mean`).toBeLessThanOrEqual(HEAD_TOLERANCE);
          expect(Math.abs(now.sd[h] - then.sd[h]), `${lang} ${h} sd`).toBeLessThanOrEqual(HEAD_TOLERANCE);
        }
      }
    },
    300_000,
  );

  test('the generated module is the statistics, formatted as the repository formats code', async () => {
    const text = await derailStatsModule(structuredClone(DERAIL_STATS) as Parameters<typeof derailStatsModule>[0]);
    expect(text).toBe(readFileSync(derailStatsPath, 'utf8'));
  });
});
