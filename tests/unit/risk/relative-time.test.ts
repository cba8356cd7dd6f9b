import { describe, expect, test } from 'vitest';
import { parseRelativeTime, parseTimeText } from '@/lib/risk/relative-time';

const NOW = Date.parse('2026-11-25T12:00:00Z');
const S = 1_000;
const M = 60 * S;
const H = 60 * M;
const D = 24 * H;

describe('understood', () => {
  test.each([
    ['just now', 0],
    ['teraz', 0],
    ['przed chwilą', 0],
    ['a few seconds ago', 3 * S],
    ['30 sek. temu', 30 * S],
    ['5 min', 5 * M],
    ['5 minutes ago', 5 * M],
    ['a minute ago', M],
    ['minutę temu', M],
    ['45 minut temu', 45 * M],
    ['2 h', 2 * H],
    ['2h', 2 * H],
    ['2 h ago', 2 * H],
    ['2 hours ago', 2 * H],
    ['an hour ago', H],
    ['godzinę temu', H],
    ['godzine temu', H],
    ['2 godziny temu', 2 * H],
    ['3 godz. temu', 3 * H],
    ['5 godz.', 5 * H],
    ['wczoraj', D],
    ['Yesterday', D],
    ['przedwczoraj', 2 * D],
    ['3 dni temu', 3 * D],
    ['1 dzień temu', D],
    ['2 d', 2 * D],
    ['4 days ago', 4 * D],
    ['2 tyg.', 14 * D],
    ['tydzień temu', 7 * D],
    ['3w', 21 * D],
    ['2 weeks ago', 14 * D],
    ['miesiąc temu', 30 * D],
    ['3 miesiące temu', 90 * D],
    ['5 months ago', 150 * D],
    ['1 rok temu', 365 * D],
    ['rok temu', 365 * D],
    ['2 lata temu', 730 * D],
    ['6 lat temu', 6 * 365 * D],
    ['1y', 365 * D],
    ['a year ago', 365 * D],
    ['10 minut temu (edytowany)', 10 * M],
    ['2 days ago (edited)', 2 * D],
    ['Edited 3 h ago', 3 * H],
    ['5h ago · edited', 5 * H],
    ['Streamed 2 days ago', 2 * D],
  ])('"%s"', (text, ago) => {
    expect(parseRelativeTime(text, NOW)).toBe(NOW - ago);
  });

  test.each([
    ['2022-4-19', Date.UTC(2022, 3, 19)],
    ['2022-04-19', Date.UTC(2022, 3, 19)],
    ['19.04.2022', Date.UTC(2022, 3, 19)],
    ['2022-4-19 (edited)', Date.UTC(2022, 3, 19)],
  ])('absolute date "%s"', (text, at) => {
    expect(parseRelativeTime(text, NOW)).toBe(at);
    expect(parseTimeText(text)).toEqual({ at });
  });

  test('a relative time is a duration before now, independent of now', () => {
    expect(parseTimeText('2 h ago')).toEqual({ ago: 2 * H });
  });
});

describe('not a time', () => {
  test.each(['', 'Reply', 'Odpowiedz', 'some text', '12 apples', 'temu', '2022-13-40', 'minutes', 'x'.repeat(100)])(
    '"%s"',
    (text) => {
      expect(parseRelativeTime(text, NOW)).toBeUndefined();
    },
  );
});
