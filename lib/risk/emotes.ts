/**
 * Emoticons and emoji with their valences, for the scanner: the tables (lexicons/vader-rules.ts)
 * are read on first use. An emoji's valence is the mean lexicon valence of the words that gloss it.
 */
import { EMOJI_WORDS, EMOTICONS } from './lexicons/vader-rules';
import { valenceOf } from './valence-table';

// Emoticons by their first character, longest first.
let byFirst: Map<number, Array<[string, number]>> | null = null;
function emoticons(): Map<number, Array<[string, number]>> {
  if (byFirst) return byFirst;
  byFirst = new Map();
  const parts = EMOTICONS.split(' ');
  for (let i = 0; i + 1 < parts.length; i += 2) {
    const e = parts[i]!;
    const list = byFirst.get(e.charCodeAt(0)) ?? [];
    list.push([e, Number(parts[i + 1])]);
    byFirst.set(e.charCodeAt(0), list);
  }
  for (const list of byFirst.values()) list.sort((a, b) => b[0].length - a[0].length);
  return byFirst;
}

/** Can an emoticon start with this character (`: ; = ( ) < > \\`)? The scanner tests only these. */
export const isEmoticonStart = (c: number) =>
  c === 58 || c === 59 || c === 61 || c === 40 || c === 41 || c === 60 || c === 62 || c === 92;

// An emoticon ends the "word" it stands for: a space, the end, or punctuation after it.
const endsHere = (src: string, i: number) => {
  if (i >= src.length) return true;
  const c = src.charCodeAt(i);
  return c <= 32 || c === 33 || c === 44 || c === 46 || c === 63;
};

/** Valence of the emoticon starting at `src[i]` (0 when none starts there). */
export function emoticonAt(src: string, i: number): number {
  const list = emoticons().get(src.charCodeAt(i));
  if (!list) return 0;
  for (const [e, v] of list) {
    if (!src.startsWith(e, i)) continue;
    // ":)))" is ":)" too.
    let j = i + e.length;
    while (j < src.length && src.charCodeAt(j) === e.charCodeAt(e.length - 1)) j++;
    if (endsHere(src, j)) return v;
  }
  return 0;
}

let emoji: Map<string, number> | null = null;
/** Valence of an emoji (0 when it has none). */
export function emojiValence(ch: string): number {
  if (!emoji) {
    emoji = new Map();
    for (const [e, words] of Object.entries(EMOJI_WORDS)) {
      let sum = 0;
      let n = 0;
      for (const w of words.split(' ')) {
        const v = valenceOf(w);
        if (v !== undefined) {
          sum += v;
          n++;
        }
      }
      if (n) emoji.set(e, Math.round((sum / n) * 100) / 100);
    }
  }
  return emoji.get(ch) ?? 0;
}
