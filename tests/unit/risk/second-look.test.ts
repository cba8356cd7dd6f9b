import { describe, expect, test } from 'vitest';
import { classify, firstLook } from '../../../lib/risk/classify';
import { modelInput } from '../../../lib/risk/model-input';
import { LOOK_MODEL } from '../../../lib/risk/generated/look-weights';
import {
  LOOK_THRESHOLD,
  lookFeatures,
  lookIndices,
  lookProbability,
  lookProbabilityOfIndices,
  promotionApplies,
  PROMOTE_THRESHOLD,
  secondLookApplies,
  situationOf,
} from '../../../lib/risk/second-look';
import { CRISIS_SIGNALS, isFlagged, type RiskResult } from '../../../lib/risk/types';

const NO_SIGNALS = Object.fromEntries(CRISIS_SIGNALS.map((s) => [s, 0])) as RiskResult['signals'];
const result = (over: Partial<RiskResult> = {}): RiskResult => ({
  language: 'en',
  risk: 0.6,
  severity: 'medium',
  negativity: 0.5,
  toxicity: 0,
  toxicityBy: { insult: 0, threat: 0, identityAttack: 0, profanity: 0 },
  signals: { ...NO_SIGNALS, complaint: 0.6 },
  reasons: [],
  uncertain: false,
  engine: 'test',
  ...over,
});

describe('when the second look is asked', () => {
  test.each([
    ['a comment queued at "medium"', result(), true],
    ['"low", not queued anyway', result({ severity: 'low', risk: 0.4 }), false],
    ['"high" is never second-guessed', result({ severity: 'high', risk: 0.8 }), false],
    [
      'a threat always reaches a person',
      result({ toxicityBy: { insult: 0, threat: 0.6, identityAttack: 0, profanity: 0 } }),
      false,
    ],
    [
      'an attack on a group too',
      result({ toxicityBy: { insult: 0, threat: 0, identityAttack: 0.6, profanity: 0 } }),
      false,
    ],
    [
      "the brand's own names and watch keywords too",
      result({ signals: { ...NO_SIGNALS, complaint: 0.6, brandMention: 0.5 } }),
      false,
    ],
    ['harm to a person always reaches a person', result({ signals: { ...NO_SIGNALS, healthSafety: 0.7 } }), false],
    ['negative words with no crisis signal are left to the heads', result({ signals: { ...NO_SIGNALS } }), false],
    ['a comment the heads find clearly negative too', result({ negativity: 0.85 }), false],
    ['a language the engine does not read', result({ notAssessed: 'language' }), false],
  ])('%s', (_, r, asked) => {
    expect(secondLookApplies('the soup was cold', r, modelInput('the soup was cold'))).toBe(asked);
  });

  test('criticism opened with a hedge always reaches a person', () => {
    for (const text of ["Don't get me wrong, the soup was cold", 'Nie zrozum mnie źle, ale zupa była zimna'])
      expect(secondLookApplies(text, result(), modelInput(text))).toBe(false);
  });

  test('a comment that tags someone by handle, who may be the brand, always reaches a person', () => {
    for (const text of ['@KFC_UKI the soup was cold', 'Hey @Chmurka, my bill doubled'])
      expect(secondLookApplies(text, result(), modelInput(text))).toBe(false);
  });
});

describe('what the second look reads of the first', () => {
  test.each([
    ['the signals raised', result({ signals: { ...NO_SIGNALS, scamFraud: 0.7 } }), 'hi', 'look-s-scamFraud'],
    ['laughter', result(), 'haha my cat 😂', 'look-laugh'],
    ['love', result(), 'love it ❤️', 'look-love'],
    ['the severity', result(), 'hi', 'look-sev-medium'],
  ])('%s', (_, r, text, feature) => {
    expect(lookFeatures(text, r)).toContain(feature);
  });
});

describe('the second look at comments the first look queues', () => {
  test('its threshold was chosen (a head that never demotes has none)', () => {
    expect(LOOK_THRESHOLD).toBeGreaterThan(0);
  });

  // A bakery's fans calling each other thieves, and a lost contest told with a laugh.
  // (The head is learned: a retraining that moves one of these says what it learned differently.
  // As the public corpora and more thread sets joined, the threshold fell from 0.11 to 0.06, and
  // "The outage memes today were honestly top tier lol" (0.19), "Ta promocja to jakiś przekręt, tak
  // tanio że biorę trzy 😂" (0.12) and "Zawsze przegrywam w waszych konkursach, to chyba jakiś
  // przekręt 😂 ale próbuję dalej" (0.09) stay queued.)
  test.each(['Złodzieje! Kto mi wykupił wszystkie drożdżówki przed 8? 😂'])(
    'an ordinary remark leaves the queue and keeps its reasons: %s',
    (text) => {
      const first = firstLook(text).result;
      expect(isFlagged(first)).toBe(true);
      const r = classify(text);
      expect(r.severity).toBe('low');
      expect(r.uncertain).toBe(true);
      expect(r.reasons).toEqual(first.reasons);
      expect(r.signals).toEqual(first.signals);
    },
  );

  test.each([
    'The parcel came two days late, the box was crushed and nobody answers the phone.',
    'Ordered a kettle three weeks ago, still no delivery and no refund either.',
    'Kurier rzucił paczką o ziemię i odjechał, w środku rozbity wazon.',
    'Po waszym jogurcie całą noc wymiotowałem, dziecko też.',
    'zamek sie rozwalil po dwoch dniach lol jakosc 😂',
    'Pobrali mi dwa razy za to samo zamowienie i od tygodnia cisza.',
    'Zamówiłam pizzę bez orzechów dla córki z alergią, przyszła z pesto orzechowym i skończyło się na SOR-ze',
  ])('a report stays queued, laughed about or not: %s', (text) => {
    expect(isFlagged(firstLook(text).result)).toBe(true);
    expect(isFlagged(classify(text))).toBe(true);
  });
});

describe('when the second look reads a comment the first look did not queue', () => {
  test.each([
    ['"low"', result({ severity: 'low', risk: 0.4 }), 'the soup was cold', true],
    ['nothing found', result({ severity: 'none', risk: 0, signals: { ...NO_SIGNALS } }), 'the soup was cold', true],
    ['already queued', result(), 'the soup was cold', false],
    ['"high"', result({ severity: 'high', risk: 0.8 }), 'the soup was cold', false],
    ['a language the engine does not read', result({ severity: 'none', notAssessed: 'language' }), 'la sopa', false],
    [
      'a tagged handle, which may be a friend',
      result({ severity: 'low', risk: 0.4 }),
      '@Tomek the soup was cold',
      false,
    ],
    ["a blog's link notice", result({ severity: 'none' }), 'Pingback: Refund row | News', false],
  ])('%s', (_, r, text, asked) => {
    expect(promotionApplies(text, r)).toBe(asked);
  });
});

describe('the second look at comments the first look did not queue', () => {
  test('its threshold was chosen and lies above even odds', () => {
    expect(PROMOTE_THRESHOLD).toBeGreaterThan(0.5);
    expect(PROMOTE_THRESHOLD).toBeLessThan(1);
  });

  test.each([
    'Since the update the Lumo app logs me out every ten minutes and the saved cards are gone.',
    'Ostatnio w waszej piekarni chleb jest w środku surowy, już drugi raz w tym tygodniu.',
    'Abonament podrożał o 20 zł, a w umowie stoi cena gwarantowana na 24 miesiące.',
    'Ben is ADORABLE! He deserves nothing but the best',
    'Czy w sobotę jesteście otwarci do 18?',
  ])('the cached sum equals the one over the training features: %s', (text) => {
    const { result: r, input } = firstLook(text);
    const indices = lookIndices(input, lookFeatures(text, r), LOOK_MODEL.buckets);
    expect(lookProbability(text, input, r)).toBeCloseTo(lookProbabilityOfIndices(indices), 12);
  });

  // Reports told without a listed word, written for this test (not in the training sets).
  // (The head is learned: a retraining that moves one of these says what it learned differently.)
  test.each([
    'Abonament podrożał o 20 zł, a w umowie stoi cena gwarantowana na 24 miesiące.',
    "The new formula smells completely different and my son's skin went red after one bath.",
    'Your driver left the gate open and our dog got out onto the main road.',
    'Ostatnio w waszej piekarni chleb jest w środku surowy, już drugi raz w tym tygodniu.',
  ])('a report the first look missed is queued, uncertain, with the words that weighed: %s', (text) => {
    const first = firstLook(text).result;
    expect(isFlagged(first)).toBe(false);
    const r = classify(text);
    expect(r.severity).toBe('medium');
    expect(r.uncertain).toBe(true);
    const why = r.reasons.filter((x) => x.code === 'readsLikeReport');
    expect(why.length).toBeGreaterThan(0);
    expect(r.reasons[0]!.code).toBe('readsLikeReport');
    for (const x of why) expect(text.slice(x.span!.start, x.span!.end)).toBe(x.term);
    // At most one signal added, the situation its reasons name.
    const added = CRISIS_SIGNALS.filter((s) => r.signals[s] !== first.signals[s]);
    expect(added.length).toBeLessThanOrEqual(1);
    for (const x of why) expect(x.target).toBe(added[0] ?? 'negativity');
  });

  test('the situation heads give a signal only from their threshold', () => {
    const { threshold } = LOOK_MODEL.situations;
    expect(threshold).toBeGreaterThan(0);
    expect(threshold).toBeLessThan(1);
    for (const text of [
      "The new formula smells completely different and my son's skin went red after one bath.",
      'Czy w sobotę jesteście otwarci do 18?',
    ]) {
      const { result: r, input } = firstLook(text);
      const s = situationOf(text, input, r);
      if (s) expect(s.p).toBeGreaterThanOrEqual(threshold);
    }
  });

  test.each([
    ["The new formula smells completely different and my son's skin went red after one bath.", 'healthSafety'],
    ['Your driver left the gate open and our dog got out onto the main road.', 'employeeMisconduct'],
  ] as const)('a report reads like its situation: %s', (text, signal) => {
    const r = classify(text);
    expect(r.signals[signal]).toBeGreaterThan(0);
  });

  test.each([
    'Ben is ADORABLE! He deserves nothing but the best',
    'Our cat is allergic to chicken so we went with the salmon one, she loves it',
    'My sourdough died again lol, third starter this month',
    'Czy w sobotę jesteście otwarci do 18?',
    'Zamówiłam wczoraj, dziś już jest. Szok, brawo!',
  ])('an ordinary comment stays out of the queue: %s', (text) => {
    expect(isFlagged(classify(text))).toBe(false);
  });

  test('a phrase the team marked as a false alarm is never queued by it', () => {
    const text = 'Your driver left the gate open and our dog got out onto the main road.';
    expect(isFlagged(classify(text))).toBe(true);
    expect(isFlagged(classify(text, { ignoredPhrases: ['left the gate open'] }))).toBe(false);
  });
});
