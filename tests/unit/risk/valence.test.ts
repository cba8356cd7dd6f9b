import { describe, expect, test } from 'vitest';
import { classify } from '@/lib/risk/classify';
import { modelInput } from '@/lib/risk/model-input';
import { tokenize } from '@/lib/risk/tokenize';
import { isFlagged } from '@/lib/risk/types';

const compound = (text: string) => modelInput(text).compound;

/**
 * The VADER rules (Hutto & Gilbert 2014), each as a pair of texts that differ only in what the
 * rule reads: without the rule the two would score the same (or the sign would not flip).
 */
describe('rules that raise or lower a valence', () => {
  test.each([
    ['ALL-CAPS word in mixed-case text', 'The service is GOOD', 'The service is good'],
    ['ALL-CAPS negative word', 'The service is good', 'The service is BAD'],
    ['"!" emphasis', 'The service is good!', 'The service is good'],
    ['"!" emphasis, negative', 'The service is bad', 'The service is bad!'],
    ['"??" emphasis', 'is it bad', 'is it bad??'],
    ['booster', 'The service is very good', 'The service is good'],
    ['booster, negative', 'The service is bad', 'The service is extremely bad'],
    ['booster in ALL CAPS', 'The service is VERY good', 'The service is very good'],
    ['dampener', 'The service is good', 'The service is slightly good'],
    ['dampener phrase "kind of"', 'The service is good', 'The service is kind of good'],
    ['"never so" emphasis', 'The service was never so good', 'The service was so good'],
    [
      '"but": the words after it weigh more',
      'The food was good and the staff were rude',
      'The food was good but the staff were rude',
    ],
    ['emoticon', 'ok :)', 'ok'],
    ['emoticon, negative', 'ok', 'ok :('],
    ['emoji', 'I love it ❤️', 'I love it'],
    ['emoji, negative', 'awful', 'awful 😡'],
  ])('%s: "%s" scores above "%s"', (_rule, higher, lower) => {
    expect(compound(higher)).toBeGreaterThan(compound(lower));
  });

  test.each([
    ['the whole text in capitals is not emphasis', 'THE SERVICE IS GOOD', 'the service is good'],
    ['"!" counts up to four', 'The service is good!!!!!!', 'The service is good!!!!'],
    ['a booster word is not scored itself', 'so', 'the'],
    ['"http://" is no ":/"', 'see http://example.com/a', 'see example'],
    ['words named like object properties are plain words', 'constructor toString', 'the'],
  ])('%s: "%s" scores as "%s"', (_rule, a, b) => {
    expect(compound(a)).toBeCloseTo(compound(b), 6);
  });
});

describe('rules that flip a valence', () => {
  test.each([
    ['negation', 'The service is not good', -1],
    ['negation, two words before', 'The service is not that good', -1],
    ['negation, three words before', 'This is not a very good service', -1],
    ['negation of a negative word', 'The service is not bad', 1],
    ['negation in a contraction', "The service isn't good", -1],
    ['negation in a contraction, curly apostrophe', 'I don’t like it', -1],
    ['negation in ALL CAPS', 'NOT GOOD at all', -1],
    ['"no" before a sentiment word', 'no good', -1],
    ['"least"', 'the least good option', -1],
    ['"but": the words before it weigh less', 'The food was horrible but the service was good', 1],
    ['"but", the other way round', 'The food was good but the service was horrible', -1],
  ])('%s: "%s" has sign %d', (_rule, text, sign) => {
    expect(Math.sign(compound(text))).toBe(sign);
  });

  test.each([
    ['"won\'t" is a negation, not "won"', "I won't go", 0],
    ['"at least" does not negate', 'at least it is good', 1],
    ['negation four words before does not reach', 'not that it is good', 1],
  ])('%s: "%s" has sign %d', (_rule, text, sign) => {
    expect(Math.sign(compound(text))).toBe(sign);
  });
});

describe('emoticons and emoji in the scan', () => {
  test.each([
    [':) great', 1],
    ['fine :(', 1],
    ['so bad :-( :)', 2],
    ['ok ❤ 😂', 2],
    ['http://example.com :/x', 0],
    ['x:)', 0],
  ])('"%s": %d with a valence', (text, n) => {
    expect((tokenize(text).emotes?.length ?? 0) / 2).toBe(n);
  });
});

describe('the decision', () => {
  test.each([
    ['a plainly negative English comment', 'This update is awful, the app is slow and useless now'],
    ['negative after "but"', 'The design is nice but the service was horrible and the staff rude'],
  ])('flags %s: "%s"', (_name, text) => {
    expect(isFlagged(classify(text))).toBe(true);
  });

  test.each([
    ['negated negative', "It wasn't bad at all, the staff were helpful"],
    ['positive after "but"', 'The wait was annoying but the staff were great and the food amazing'],
    ['emphatic praise', 'LOVE this update!!! :)'],
  ])('does not flag %s: "%s"', (_name, text) => {
    expect(isFlagged(classify(text))).toBe(false);
  });
});
