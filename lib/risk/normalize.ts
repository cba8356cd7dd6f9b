/**
 * Text normalisation for scoring (RELIABILITY G1): NFKC, zero-width and bidi controls removed,
 * look-alike letters and leetspeak mapped inside words, Polish diacritics folded, lower case,
 * runs of 3+ identical letters collapsed. `map[i]` is the index in the original text of
 * normalised character i, so reasons can point at the original words.
 */

/** Only the first characters are scored: bounded time on huge comments (RELIABILITY B3). */
export const MAX_SCORED_CHARS = 5_000;

const INVISIBLE = /[\u00AD\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/;
const DIACRITICS: Record<string, string> = { ą: 'a', ć: 'c', ę: 'e', ł: 'l', ń: 'n', ó: 'o', ś: 's', ź: 'z', ż: 'z' };
// Cyrillic and Greek look-alikes of Latin letters.
const HOMOGLYPHS: Record<string, string> = { а: 'a', е: 'e', о: 'o', р: 'p', с: 'c', у: 'y', х: 'x', і: 'i', ј: 'j', ѕ: 's', ԁ: 'd', ο: 'o', α: 'a', ε: 'e', ι: 'i', κ: 'k', ν: 'v', τ: 't' };
// Leetspeak, applied only between letters ("h@te", "1d10ta") so numbers stay numbers.
const LEET: Record<string, string> = { '@': 'a', '4': 'a', '3': 'e', '1': 'i', '!': 'i', '0': 'o', '$': 's', '5': 's', '7': 't' };

const isLetter = (c: string | undefined) => !!c && /\p{L}/u.test(c);

export interface Normalized {
  norm: string;
  map: number[];
}

/** Normalise `text` for matching and scoring. */
export function normalize(text: string): Normalized {
  const src = text.length > MAX_SCORED_CHARS ? text.slice(0, MAX_SCORED_CHARS) : text;
  let norm = '';
  const map: number[] = [];
  let prev = '';
  let run = 0;
  for (let i = 0; i < src.length; i++) {
    let ch = src[i]!;
    if (INVISIBLE.test(ch)) continue;
    // Surrogate pairs (emoji) are kept whole.
    const code = ch.charCodeAt(0);
    if (code >= 0xd800 && code <= 0xdbff && i + 1 < src.length) {
      ch = src.slice(i, i + 2);
      norm += ch;
      map.push(i, i);
      i++;
      prev = '';
      continue;
    }
    let out = ch.normalize('NFKC').toLowerCase();
    if (out.length === 1) {
      out = HOMOGLYPHS[out] ?? DIACRITICS[out] ?? out;
      if (LEET[out] && isLetter(src[i - 1]) && (isLetter(src[i + 1]) || LEET[src[i + 1] ?? ''])) out = LEET[out]!;
      if (/[^\x00-\x7f]/.test(out)) out = out.normalize('NFD').replace(/[\u0300-\u036f]/g, '') || out;
    }
    for (const c of out) {
      if (c === prev && isLetter(c)) {
        run++;
        if (run >= 2) continue;
      } else run = 0;
      prev = c;
      norm += c;
      map.push(i);
    }
  }
  return { norm, map };
}

/** Original-text span of normalised range [start, end). */
export function toOriginal(n: Normalized, start: number, end: number): { start: number; end: number } {
  const s = n.map[start] ?? 0;
  const last = n.map[Math.max(start, end - 1)] ?? s;
  return { start: s, end: last + 1 };
}
