/**
 * The character tables of normalisation (docs/RELIABILITY.md G1): look-alike letters, leetspeak, Polish
 * diacritics, invisible characters, and what one non-ASCII character maps to. The pass that
 * applies them, and cuts out the words, is `tokenize` / `normalizeText` in `tokenize.ts`.
 */

/** Only the first characters are scored: bounded time on huge comments (docs/RELIABILITY.md B3). */
export const MAX_SCORED_CHARS = 5_000;

export const DIACRITICS: Record<string, string> = {
  ą: 'a',
  ć: 'c',
  ę: 'e',
  ł: 'l',
  ń: 'n',
  ó: 'o',
  ś: 's',
  ź: 'z',
  ż: 'z',
};
// Cyrillic and Greek look-alikes of Latin letters.
const HOMOGLYPHS: Record<string, string> = {
  а: 'a',
  е: 'e',
  о: 'o',
  р: 'p',
  с: 'c',
  у: 'y',
  х: 'x',
  і: 'i',
  ј: 'j',
  ѕ: 's',
  ԁ: 'd',
  ο: 'o',
  α: 'a',
  ε: 'e',
  ι: 'i',
  κ: 'k',
  ν: 'v',
  τ: 't',
};
// Leetspeak, applied only inside words ("h@te", "1d10ta") so numbers stay numbers.
export const LEET: Record<number, string> = {
  64: 'a',
  52: 'a',
  51: 'e',
  49: 'i',
  33: 'i',
  48: 'o',
  36: 's',
  53: 's',
  55: 't',
};

/**
 * A combining mark left on its own after NFKC (no precomposed letter exists for it: "d\u0301",
 * "i\u0307"): dropped like the diacritics of precomposed letters, so stacked accents do not hide
 * a word.
 */
export const isCombining = (c: number) =>
  (c >= 0x300 && c <= 0x36f) ||
  (c >= 0x1ab0 && c <= 0x1aff) ||
  (c >= 0x1dc0 && c <= 0x1dff) ||
  (c >= 0x20d0 && c <= 0x20ff) ||
  (c >= 0xfe20 && c <= 0xfe2f);
export const isAsciiLetter = (c: number) => (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
export const isInvisible = (c: number) =>
  c === 0xad ||
  (c >= 0x200b && c <= 0x200f) ||
  (c >= 0x202a && c <= 0x202e) ||
  (c >= 0x2060 && c <= 0x2064) ||
  (c >= 0x2066 && c <= 0x2069) ||
  c === 0xfeff;
export const LETTER = /\p{L}/u;
export const WORD_CHAR = /[\p{L}\p{N}]/u;
export const letterAt = (s: string, i: number) => {
  const c = s.charCodeAt(i);
  return isAsciiLetter(c) || (c > 127 && LETTER.test(s[i]!));
};

// What one non-ASCII character becomes (NFKC, lower case, look-alikes, diacritics): the same
// few characters recur in every comment, so the mapping is cached.
const charMap = new Map<string, string>();
export function mapChar(ch: string): string {
  let c = charMap.get(ch);
  if (c !== undefined) return c;
  c = ch.normalize('NFKC').toLowerCase();
  if (c.length === 1) {
    c = HOMOGLYPHS[c] ?? DIACRITICS[c] ?? c;
    if (c.charCodeAt(0) > 127) c = c.normalize('NFD').replace(/[\u0300-\u036f]/g, '') || c;
  }
  if (charMap.size >= 4_096) charMap.clear();
  charMap.set(ch, c);
  return c;
}
