import { describe, expect, test } from 'vitest';
import { eventIds, idTime } from '@/lib/team/ids';

describe('eventIds', () => {
  test.each([
    ['later time sorts later', [1000, 2000], true],
    ['same millisecond stays ordered', [1000, 1000, 1000], true],
    ['a clock going back still gives increasing ids', [5000, 4000, 3000], true],
  ] as const)('%s', (_n, times, increasing) => {
    const next = eventIds('ann', () => 0.5);
    const ids = times.map((t) => next(t));
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort()).toEqual(increasing ? ids : [...ids].reverse());
  });

  test('the time part reads back', () => {
    expect(idTime(eventIds('ann')(1_765_000_000_123))).toBe(1_765_000_000_123);
  });

  test('two agents in the same millisecond get different ids', () => {
    expect(eventIds('ann', () => 0.1)(1000)).not.toBe(eventIds('bob', () => 0.1)(1000));
  });

  test('odd characters in a name do not leak into the id', () => {
    expect(eventIds('a/b c', () => 0)(1)).toMatch(/^[0-9a-z]+-[0-9a-z]+-a_b_c-0+$/);
  });
});
