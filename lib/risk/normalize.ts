/**
 * Text normalisation for scoring (RELIABILITY G1): NFKC, zero-width and bidi controls removed,
 * look-alike letters and leetspeak mapped inside words, Polish diacritics folded, lower case,
 * runs of 3+ identical letters collapsed. `map[i]` is the index in the original text of
 * normalised character i, so reasons can point at the original words. ASCII takes a fast path.
 */

/** Only the first characters are scored: bounded time on huge comments (RELIABILITY B3). */
export const MAX_SCORED_CHARS = 5_000;

export const DIACRITICS: Record<string, string> = { ą: 'a', ć: 'c', ę: 'e', ł: 'l', ń: 'n', ó: 'o', ś: 's', ź: 'z', ż: 'z' };
// Cyrillic and Greek look-alikes of Latin letters.
const HOMOGLYPHS: Record<string, string> = { а: 'a', е: 'e', о: 'o', р: 'p', с: 'c', у: 'y', х: 'x', і: 'i', ј: 'j', ѕ: 's', ԁ: 'd', ο: 'o', α: 'a', ε: 'e', ι: 'i', κ: 'k', ν: 'v', τ: 't' };
// Leetspeak, applied only inside words ("h@te", "1d10ta") so numbers stay numbers.
export const LEET: Record<number, string> = { 64: 'a', 52: 'a', 51: 'e', 49: 'i', 33: 'i', 48: 'o', 36: 's', 53: 's', 55: 't' };

export const isAsciiLetter = (c: number) => (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
export const isInvisible = (c: number) => c === 0xad || (c >= 0x200b && c <= 0x200f) || (c >= 0x202a && c <= 0x202e) || (c >= 0x2060 && c <= 0x2064) || (c >= 0x2066 && c <= 0x2069) || c === 0xfeff;
export const LETTER = /\p{L}/u;
const WORD_CHAR = /[\p{L}\p{N}]/u;
export const letterAt = (s: string, i: number) => {
  const c = s.charCodeAt(i);
  return isAsciiLetter(c) || (c > 127 && LETTER.test(s[i]!));
};

export interface Normalized {
  norm: string;
  map: number[];
}

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

/** Normalise `text` for matching and scoring. */
export function normalize(text: string): Normalized {
  const src = text.length > MAX_SCORED_CHARS ? text.slice(0, MAX_SCORED_CHARS) : text;
  let out = '';
  const map: number[] = [];
  let prev = '';
  let run = 0;
  // Doubles are kept ("good", "zaangażowanie"); runs of three or more collapse to one ("idiooooota").
  const push = (c: string, i: number, letter: boolean) => {
    if (letter && c === prev) {
      run++;
      if (run === 1) {
        out += c;
        map.push(i);
      } else if (run === 2) {
        out = out.slice(0, out.length - c.length);
        map.pop();
      }
      return;
    }
    run = 0;
    prev = letter ? c : '';
    out += c;
    map.push(i);
  };
  for (let i = 0; i < src.length; i++) {
    const code = src.charCodeAt(i);
    if (code < 128) {
      if (code >= 65 && code <= 90) push(String.fromCharCode(code + 32), i, true);
      else if (code >= 97 && code <= 122) push(src[i]!, i, true);
      else if (LEET[code] && i + 1 < src.length && (letterAt(src, i + 1) || (prev !== '' && LEET[src.charCodeAt(i + 1)] && i + 2 < src.length && letterAt(src, i + 2)))) push(LEET[code]!, i, true);
      else push(src[i]!, i, false);
      continue;
    }
    if (isInvisible(code)) continue;
    if (code >= 0xd800 && code <= 0xdbff && i + 1 < src.length) {
      const pair = src.slice(i, i + 2);
      if (WORD_CHAR.test(pair)) {
        // Astral letters and digits (mathematical alphabets: "𝐢𝐝𝐢𝐨𝐭𝐚") are mapped like any letter.
        for (const ch of mapChar(pair)) push(ch, i, LETTER.test(ch));
        i++;
        continue;
      }
      // Emoji and other astral characters stay whole.
      out += pair;
      map.push(i, i);
      prev = '';
      i++;
      continue;
    }
    const c = mapChar(src[i]!);
    if (c.length === 1) push(c, i, c.charCodeAt(0) < 128 ? isAsciiLetter(c.charCodeAt(0)) : LETTER.test(c));
    else for (const ch of c) push(ch, i, LETTER.test(ch));
  }
  return { norm: out, map };
}

/** Original-text span of normalised range [start, end). */
export function toOriginal(n: Normalized, start: number, end: number): { start: number; end: number } {
  const s = n.map[start] ?? 0;
  const last = n.map[Math.max(start, end - 1)] ?? s;
  return { start: s, end: last + 1 };
}
