/** The reasons' wording codes cross from the page to the background intact (the panel words them). */
import { describe, expect, test } from 'vitest';
import { reasonSchema, threadSummarySchema } from '@/lib/messaging/schemas';
import { classify } from '@/lib/risk/classify';

describe('reason codes survive the protocol', () => {
  test('a comment reason keeps its code; an unknown code is refused', () => {
    const r = classify('TO JEST SKANDAL, OSZUŚCI!!!');
    const coded = r.reasons.find((x) => x.code);
    expect(coded).toBeDefined();
    expect(reasonSchema.parse(coded)).toEqual(coded);
    expect(reasonSchema.safeParse({ ...coded, code: 'sneaky' }).success).toBe(false);
  });
  test('a thread reason keeps its message code and values', () => {
    const reason = {
      kind: 'rumourSpread',
      label: 'scamFraud repeated by 4 authors',
      weight: 0.8,
      msg: { code: 'rumourSpread', vars: { signal: 'scamFraud', authors: 4 } },
    };
    const parsed = threadSummarySchema.parse({
      platform: 'demo',
      threadId: 't',
      status: 'heated',
      score: 0.5,
      derail: 0.1,
      reasons: [reason],
      commentCount: 4,
      riskyCount: 4,
    });
    expect(parsed.reasons[0]).toEqual(reason);
    const bad = { ...reason, msg: { code: 'rumourSpread', vars: { notAVar: 'x' } } };
    expect(
      threadSummarySchema.safeParse({
        platform: 'demo',
        threadId: 't',
        status: 'heated',
        score: 0.5,
        derail: 0.1,
        reasons: [bad],
        commentCount: 4,
        riskyCount: 4,
      }).success,
    ).toBe(false);
  });
});
