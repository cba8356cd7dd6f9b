/**
 * Tokens of normalised text, with their positions, for lexicon matching and model features.
 * Spaced-out words ("i d i o t a") are joined back into one token.
 */
export interface Token {
  text: string;
  start: number;
  end: number;
}

const WORD = /[\p{L}\p{N}*]+/gu;

/** Word tokens of normalised text (at most `max`). */
export function tokenize(norm: string, max = 400): Token[] {
  const raw: Token[] = [];
  for (const m of norm.matchAll(WORD)) {
    raw.push({ text: m[0], start: m.index, end: m.index + m[0].length });
    if (raw.length >= max) break;
  }
  const out: Token[] = [];
  for (let i = 0; i < raw.length; i++) {
    let j = i;
    while (j < raw.length && raw[j]!.text.length === 1 && /\p{L}/u.test(raw[j]!.text) && (j === i || raw[j]!.start - raw[j - 1]!.end <= 2)) j++;
    if (j - i >= 4) {
      out.push({ text: raw.slice(i, j).map((t) => t.text).join(''), start: raw[i]!.start, end: raw[j - 1]!.end });
      i = j - 1;
    } else out.push(raw[i]!);
  }
  return out;
}
