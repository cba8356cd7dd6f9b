/**
 * Relative times as platforms show them ("2 h ago", "2h", "3 dni temu", "wczoraj", "5 min",
 * "2 tyg.", "just now", "2 days ago (edited)", "2022-4-19"), in Polish and English, with or
 * without diacritics. Pure: "now" is passed in.
 */
import { fold } from './thread-features';

const S = 1_000;
const M = 60 * S;
const H = 60 * M;
const D = 24 * H;
// Months and years as platforms round them (30 and 365 days).
const UNITS: Array<[RegExp, number]> = [
  [/^(s|sec|secs|second|seconds|sek|sekund[aey]?)$/, S],
  [/^(m|min|mins|minute|minutes|minut[aey]?)$/, M],
  [/^(h|hr|hrs|hour|hours|godz|godzin[aey]?|g)$/, H],
  [/^(d|day|days|dzien|dni|dnia)$/, D],
  [/^(w|wk|wks|week|weeks|tydz|tydzien|tyg|tygodni[ae]?)$/, 7 * D],
  [/^(mo|mos|mth|month|months|mies|miesiac|miesiace|miesiecy)$/, 30 * D],
  [/^(y|yr|yrs|year|years|r|rok|roku|lata|lat)$/, 365 * D],
];
const NOW_WORDS = /^(just now|now|a moment ago|moments ago|teraz|przed chwila|dopiero co|chwile temu)$/;
const WORD_NUMBERS: Record<string, number> = {
  a: 1,
  an: 1,
  one: 1,
  jeden: 1,
  jedna: 1,
  jedno: 1,
  a_few: 3,
  few: 3,
  kilka: 3,
  several: 3,
  two: 2,
  dwa: 2,
  dwie: 2,
  three: 3,
  trzy: 3,
};
// "Edited", "(edytowany)", "Streamed", "·" and similar decorations around the time.
const DECORATION =
  /\((?:edited|edytowan[yaeo]|edytowano)\)|\b(?:edited|edytowan[yaeo]|edytowano|streamed|premiered|updated|zaktualizowano)\b|[·•|]/g;

export type TimeText = { at: number } | { ago: number };

/**
 * What a time text says: an absolute time (`at`, epoch ms) or a duration before now (`ago`, ms).
 * Undefined when the text is not understood.
 */
export function parseTimeText(text: string): TimeText | undefined {
  const r = readTimeText(text);
  return r && ('at' in r ? { at: r.at } : { ago: r.ago });
}

/**
 * The same, with how precise the text is (`within`, ms): "2 h ago" is within an hour, "wczoraj"
 * and a date within a day, "5 min" within a minute.
 */
export function readTimeText(text: string): (TimeText & { within: number }) | undefined {
  const t = fold(text)
    .replace(DECORATION, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^(posted|opublikowano)\s+/, '');
  if (!t || t.length > 40) return undefined;
  if (NOW_WORDS.test(t)) return { ago: 0, within: M };
  if (/^(yesterday|wczoraj)$/.test(t)) return { ago: D, within: D };
  if (t === 'przedwczoraj') return { ago: 2 * D, within: D };
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(t);
  if (iso) return date(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const eu = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(t);
  if (eu) return date(Number(eu[3]), Number(eu[2]), Number(eu[1]));
  const m =
    /^(?:(\d+(?:[.,]\d+)?|an?|one|jeden|jedn[aeo]|a few|few|kilka|several|two|dwa|dwie|three|trzy)\s*)?([a-z]+)\.?(?:\s+(?:ago|temu))?$/.exec(
      t,
    );
  if (!m) return undefined;
  // A bare unit needs "ago"/"temu" ("rok temu", "godzine temu"), so words like "Reply" are not times.
  if (m[1] === undefined && !/\s(ago|temu)$/.test(t)) return undefined;
  const num =
    m[1] === undefined ? 1 : /^\d/.test(m[1]) ? Number(m[1].replace(',', '.')) : WORD_NUMBERS[m[1].replace(' ', '_')];
  const unit = UNITS.find(([re]) => re.test(singular(m[2]!)));
  return unit && num !== undefined && Number.isFinite(num)
    ? { ago: Math.round(num * unit[1]), within: unit[1] }
    : undefined;
}

/** Polish accusative forms of "one unit" ("godzinę", "minutę", "sekundę", folded) map to their unit. */
function singular(unit: string): string {
  return unit === 'godzine' ? 'godzina' : unit === 'minute' ? 'minuta' : unit === 'sekunde' ? 'sekunda' : unit;
}

function date(y: number, mo: number, d: number): { at: number; within: number } | undefined {
  if (mo < 1 || mo > 12 || d < 1 || d > 31) return undefined;
  return { at: Date.UTC(y, mo - 1, d), within: D };
}

/** Epoch ms for a relative (or absolute) time text seen at `now`, or undefined. */
export function parseRelativeTime(text: string, now: number): number | undefined {
  const p = parseTimeText(text);
  if (!p) return undefined;
  return 'at' in p ? p.at : now - p.ago;
}
