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
    ['negative words with no crisis signal are left to the heads', result({ signals: { ...NO_SIGNALS } }), false],
    ['a comment the heads find clearly negative too', result({ negativity: 0.85 }), false],
    ['a language the engine does not read', result({ notAssessed: 'language' }), false],
  ])('%s', (_, r, asked) => {
    expect(secondLookApplies(r, modelInput('the soup was cold'))).toBe(asked);
  });

  test('criticism opened with a hedge always reaches a person', () => {
    expect(secondLookApplies(result(), modelInput("Don't get me wrong, the soup was cold"))).toBe(false);
    expect(secondLookApplies(result(), modelInput('Nie zrozum mnie źle, ale zupa była zimna'))).toBe(false);
  });
});

describe('what the second look reads of the first', () => {
  test.each([
    ['the signals raised', result({ signals: { ...NO_SIGNALS, healthSafety: 0.7 } }), 'hi', 'look-s-healthSafety'],
    ['laughter', result(), 'haha my cat 😂', 'look-laugh'],
    ['love', result(), 'love it ❤️', 'look-love'],
    ['a tagged friend', result(), '@Tomek you owe me', 'look-tagged'],
    ['the severity', result(), 'hi', 'look-sev-medium'],
  ])('%s', (_, r, text, feature) => {
    expect(lookFeatures(text, r)).toContain(feature);
  });
});

describe('the second look at comments the first look queues', () => {
  test('its threshold was chosen (a head that never demotes has none)', () => {
    expect(LOOK_THRESHOLD).toBeGreaterThan(0);
  });

  // The writer's own mishap, an outage as a joke, a bakery's fans calling each other thieves.
  test.each([
    'Tripped over the cat carrying groceries 😭 the eggs survived, my knee did not',
    "Tripped over my dog's lead on the stairs this morning 😂 the cake survived though",
    'The outage memes today were honestly top tier lol',
    'Złodzieje! Kto mi wykupił wszystkie drożdżówki przed 8? 😂',
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
  ])('a report stays queued, laughed about or not: %s', (text) => {
    expect(isFlagged(firstLook(text).result)).toBe(true);
    expect(isFlagged(classify(text))).toBe(true);
  });
});
