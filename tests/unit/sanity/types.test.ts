import { describe, expect, test } from 'vitest';
import { isFlagged, SEVERITIES } from '@/lib/risk/types';

describe('isFlagged', () => {
  test.each([
    ['none', 'low', false],
    ['low', 'low', true],
    ['low', 'medium', false],
    ['high', 'medium', true],
    ['critical', 'high', true],
    ['medium', 'high', false],
  ] as const)('%s at sensitivity %s → %s', (severity, sensitivity, expected) => {
    expect(isFlagged({ severity }, sensitivity)).toBe(expected);
  });
  test('severities are ordered', () => {
    expect(SEVERITIES[0]).toBe('none');
    expect(SEVERITIES.at(-1)).toBe('critical');
  });
});
