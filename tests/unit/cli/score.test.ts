import { describe, expect, test } from 'vitest';
import { InputError, readRecords } from '@/lib/cli/read-records';
import { scoreRecord } from '@/lib/cli/score-record';

describe('readRecords', () => {
  test.each([
    ['JSON Lines', '{"text":"a","id":1}\n\n{"text":"b"}\n', 2],
    ['CSV with a text column', 'id,text\n1,"hello, world"\n2,"multi\nline"\n', 2],
    ['CSV with BOM', '\uFEFFtext\nhej\n', 1],
    ['thread record', '{"turns":["a","b"]}\n', 1],
  ])('%s', (_name, input, count) => {
    expect(readRecords(input)).toHaveLength(count);
  });

  test.each([
    ['broken JSON on line 2', '{"text":"a"}\n{oops\n', /line 2: not valid JSON/],
    ['not an object', '{"text":"a"}\n[1,2]\n', /line 2: expected a JSON object/],
    ['no text', '{"body":"x"}\n', /line 1: needs a "text"/],
    ['CSV without text column', 'id,body\n1,x\n', /needs a "text" column/],
  ])('%s → clear error', (_name, input, message) => {
    expect(() => readRecords(input)).toThrow(InputError);
    expect(() => readRecords(input)).toThrow(message);
  });
});

describe('scoreRecord', () => {
  test('keeps the input fields and adds scores, severity, flag and reasons', () => {
    const out = scoreRecord({ id: 7, text: 'Jesteście bandą idiotów', source: 'fb' });
    expect(out).toMatchObject({ id: 7, source: 'fb', language: 'pl', flagged: true });
    expect(out.risk).toBeGreaterThan(0.35);
    expect((out.reasons as Array<{ target: string }>).some((r) => r.target === 'insult')).toBe(true);
  });
  test('a calm comment is not flagged', () => {
    expect(scoreRecord({ text: 'Dzięki, wszystko działa' })).toMatchObject({ flagged: false, severity: 'none' });
  });
  test('a thread record gets an escalation', () => {
    const out = scoreRecord(
      { turns: ['you are wrong', 'no YOU are an idiot', 'shut up moron', 'idiots everywhere'] },
      {},
      0,
    );
    expect(out.escalation).toMatchObject({ status: expect.stringMatching(/calm|heated|escalating|crisis/) });
    expect((out.escalation as { score: number }).score).toBeGreaterThan(0);
  });
  test('a thread turn that is not text is a user error', () => {
    expect(() => scoreRecord({ turns: [42] })).toThrow(/turn 1/);
  });
});
