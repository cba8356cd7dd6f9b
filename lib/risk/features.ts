/**
 * Hashed features of a comment for the learned model (fastText-style): words, word bigrams and
 * character 3- and 4-grams of words, each hashed (FNV-1a) into a fixed number of buckets.
 * The same function serves training (scripts/train-risk.ts) and scoring, so they cannot drift.
 */
import type { Token } from './tokens';

export const BUCKETS = 1 << 17;

function fnv(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/**
 * Bucket indices of a token list's features (duplicates kept: a repeated word counts twice).
 * `extra` adds named features (lexicon hits, caps), so the model learns how much they weigh.
 */
export function featureIndices(tokens: readonly Token[], extra: readonly string[] = [], buckets = BUCKETS): number[] {
  const out: number[] = [];
  for (const f of extra) out.push(fnv(`x:${f}`) % buckets);
  let prev = '^';
  for (const tok of tokens) {
    const t = tok.text.length > 24 ? tok.text.slice(0, 24) : tok.text;
    out.push(fnv(`w:${t}`) % buckets);
    out.push(fnv(`b:${prev} ${t}`) % buckets);
    prev = t;
    const padded = `<${t}>`;
    for (let n = 3; n <= 4; n++) {
      for (let i = 0; i + n <= padded.length; i++) out.push(fnv(`c${n}:${padded.slice(i, i + n)}`) % buckets);
    }
  }
  out.push(fnv(`b:${prev} $`) % buckets);
  return out;
}

/** Bucket index of a single word's own feature (to explain which words drove the model). */
export function wordIndex(word: string, buckets = BUCKETS): number {
  return fnv(`w:${word.length > 24 ? word.slice(0, 24) : word}`) % buckets;
}
