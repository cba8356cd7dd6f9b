/**
 * Hashed features of a comment for the learned model (fastText-style): words, word bigrams and
 * character 4-grams of words, each hashed (FNV-1a, computed in place without building the
 * n-gram strings) into a fixed number of buckets. The same function serves training
 * (scripts/train-risk.ts) and scoring, so they cannot drift.
 */
import type { Token } from './tokens';

export const BUCKETS = 1 << 18;
const PRIME = 0x01000193;

function fnvFrom(h: number, s: string, start: number, end: number): number {
  for (let i = start; i < end; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, PRIME);
  }
  return h;
}
const seed = (prefix: string) => fnvFrom(0x811c9dc5, prefix, 0, prefix.length);
const W = seed('w:');
const B = seed('b:');
const C4 = seed('c4:');
const X = seed('x:');

/** The word as the features see it: its first 24 characters. */
const cut = (t: string) => (t.length > 24 ? t.slice(0, 24) : t);

/** Character `j` of `<t>` (the word between its boundary marks), without building that string. */
const marked = (t: string, j: number) => (j === 0 ? 60 : j === t.length + 1 ? 62 : t.charCodeAt(j - 1));
function gramHash(h: number, t: string, i: number, n: number): number {
  for (let j = i; j < i + n; j++) {
    h ^= marked(t, j);
    h = Math.imul(h, PRIME);
  }
  return h;
}

/**
 * Calls `visit` with the bucket of each character 4-gram of `<t>` (a word of one letter has none:
 * it counts by its word feature). Character 3-grams were dropped: with them, F1 on the validation
 * splits was a little lower and scoring a new word cost more hashes (lib/risk/README.md).
 */
function forEachCharGram(t: string, mask: number, visit: (index: number) => void): void {
  const len = t.length + 2;
  for (let i = 0; i + 4 <= len; i++) visit((gramHash(C4, t, i, 4) >>> 0) & mask);
}

/**
 * Bucket indices of a token list's features (duplicates kept: a repeated word counts twice).
 * `extra` adds named features (lexicon hits, caps), so the model learns how much they weigh.
 */
export function featureIndices(tokens: readonly Token[], extra: readonly string[] = [], buckets = BUCKETS): number[] {
  const out: number[] = [];
  const mask = buckets - 1;
  const push = (i: number) => out.push(i);
  for (const f of extra) out.push((fnvFrom(X, f, 0, f.length) >>> 0) & mask);
  let prev = wordHash('^');
  for (const tok of tokens) {
    const t = cut(tok.text);
    out.push((fnvFrom(W, t, 0, t.length) >>> 0) & mask);
    const h = wordHash(t);
    out.push(bigramOf(prev, h, buckets));
    prev = h;
    forEachCharGram(t, mask, push);
  }
  out.push(bigramOf(prev, wordHash('$'), buckets));
  return out;
}

/**
 * Indices of the features that depend on one word alone (its word feature and character 4-grams),
 * so scoring can cache them per word; `featureIndices` = these for every token + bigrams + extra.
 */
export function wordFeatureIndices(t0: string, buckets = BUCKETS): number[] {
  const mask = buckets - 1;
  const t = cut(t0);
  const out = [(fnvFrom(W, t, 0, t.length) >>> 0) & mask];
  forEachCharGram(t, mask, (i) => out.push(i));
  return out;
}

/**
 * The summed weights of a word's character 4-grams (the indices `wordFeatureIndices`
 * lists after the word feature), with no array built: scoring calls it once per new word.
 * `weightAt` gives a bucket's weight.
 */
export function charGramSum(t0: string, weightAt: (index: number) => number, buckets = BUCKETS): number {
  let sum = 0;
  forEachCharGram(cut(t0), buckets - 1, (i) => {
    sum += weightAt(i);
  });
  return sum;
}

/**
 * Word bigrams are hashed from the two words' own hashes (`wordHash`, cached per word when
 * scoring), so a bigram costs two multiplications; '^' and '$' stand for the start and the end
 * of a comment (never token characters).
 */
export function wordHash(word: string): number {
  const t = cut(word);
  return fnvFrom(B, t, 0, t.length);
}
export function bigramOf(prev: number, cur: number, buckets = BUCKETS): number {
  let h = Math.imul(prev ^ Math.imul(cur, 0x85ebca6b), 0xc2b2ae35);
  h ^= h >>> 15;
  return (h >>> 0) & (buckets - 1);
}

/** Index of a named extra feature. */
export function extraIndex(f: string, buckets = BUCKETS): number {
  return (fnvFrom(X, f, 0, f.length) >>> 0) & (buckets - 1);
}

/** Bucket index of a single word's own feature (to explain which words drove the model). */
export function wordIndex(word: string, buckets = BUCKETS): number {
  const t = cut(word);
  return (fnvFrom(W, t, 0, t.length) >>> 0) & (buckets - 1);
}
