import { describe, expect, test } from 'vitest';
import { parseRelativeTime } from '@/lib/risk/relative-time';

const NOW = Date.parse('2026-11-25T12:00:00Z');
const M = 60_000;
const H = 60 * M;
const D = 24 * H;

describe('parseRelativeTime', () => {
  test.each([
    ['just now', 0],
    ['teraz', 0],
    ['5 min', 5 * M],
    ['5 minutes ago', 5 * M],
    ['45 minut temu', 45 * M],
    ['2 h', 2 * H],
    ['2h', 2 * H],
    ['2 hours ago', 2 * H],
    ['2 godziny temu', 2 * H],
    ['3 godz. temu', 3 * H],
    ['an hour ago', H],
    ['wczoraj', D],
    ['yesterday', D],
    ['3 dni temu', 3 * D],
    ['2 d', 2 * D],
    ['2 tyg.', 14 * D],
    ['1 rok temu', 365 * D],
    ['10 minut temu (edytowany)', 10 * M],
  ])('%s', (text, ago) => {
    expect(parseRelativeTime(text, NOW)).toBe(NOW - ago);
  });
  test('an absolute date', () => {
    expect(parseRelativeTime('2022-4-19', NOW)).toBe(Date.UTC(2022, 3, 19));
  });
  test.each(['', 'Reply', 'some text', '12 apples'])('not a time: "%s"', (text) => {
    expect(parseRelativeTime(text, NOW)).toBeUndefined();
  });
});
