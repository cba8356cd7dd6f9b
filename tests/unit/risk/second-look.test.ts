import { describe, expect, test } from 'vitest';
import { classify, firstLook } from '../../../lib/risk/classify';
import { modelInput } from '../../../lib/risk/model-input';
import { LOOK_THRESHOLD, lookFeatures, secondLookApplies } from '../../../lib/risk/second-look';
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

  // An outage as a meme, a bargain, a bakery's fans calling each other thieves, a contest lost with a laugh.
  // (The head is learned: a retraining that moves one of these says what it learned differently.)
  test.each([
    'The outage memes today were honestly top tier lol',
    'Ta promocja to jakiś przekręt, tak tanio że biorę trzy 😂',
    'Złodzieje! Kto mi wykupił wszystkie drożdżówki przed 8? 😂',
    'Zawsze przegrywam w waszych konkursach, to chyba jakiś przekręt 😂 ale próbuję dalej',
  ])('an ordinary remark leaves the queue and keeps its reasons: %s', (text) => {
    const first = firstLook(text).result;
    expect(isFlagged(first)).toBe(true);
    const r = classify(text);
    expect(r.severity).toBe('low');
    expect(r.uncertain).toBe(true);
    expect(r.reasons).toEqual(first.reasons);
    expect(r.signals).toEqual(first.signals);
  });

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
