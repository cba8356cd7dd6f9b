/**
 * Parse the relative times platforms show ("2 h ago", "3 dni temu", "wczoraj", "5 min") into
 * epoch milliseconds, given "now". Undefined when the text is not understood.
 */
const UNITS: Array<[RegExp, number]> = [
  [/^(s|sec|secs|second|seconds|sek|sekund[ay]?)$/, 1_000],
  [/^(m|min|mins|minute|minutes|minut[ay]?|minute)$/, 60_000],
  [/^(h|hr|hrs|hour|hours|godz|godzin[ay]?|godzine)$/, 3_600_000],
  [/^(d|day|days|dzien|dzień|dni)$/, 86_400_000],
  [/^(w|wk|week|weeks|tydz|tydzien|tydzień|tyg|tygodni[e]?)$/, 604_800_000],
  [/^(mo|month|months|mies|miesiac|miesiąc|miesiace|miesiące|miesiecy|miesięcy)$/, 2_592_000_000],
  [/^(y|yr|year|years|rok|lata|lat)$/, 31_536_000_000],
];

/** Epoch ms for a relative time text, or undefined. */
export function parseRelativeTime(text: string, now: number): number | undefined {
  const t = text.toLowerCase().replace(/\(.*?\)|edited|edytowan[ya]/g, '').trim();
  if (/^(just now|now|teraz|przed chwilą|przed chwila)$/.test(t)) return now;
  if (/^(yesterday|wczoraj)$/.test(t)) return now - 86_400_000;
  const abs = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(t);
  if (abs) return Date.UTC(Number(abs[1]), Number(abs[2]) - 1, Number(abs[3]));
  const m = /^(\d+|an?|one|jeden|jedn[aą])\s*([a-ząćęłńóśźż]+)\.?(\s+(ago|temu))?$/.exec(t);
  if (!m) return undefined;
  const n = /^\d+$/.test(m[1]!) ? Number(m[1]) : 1;
  const unit = UNITS.find(([re]) => re.test(m[2]!));
  return unit ? now - n * unit[1] : undefined;
}
