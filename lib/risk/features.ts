/**
 * Hashed features of a comment for the learned model (fastText-style): words, word bigrams and
 * character 3- and 4-grams of words, each hashed (FNV-1a, computed in place without building
 * the n-gram strings) into a fixed number of buckets. The same function serves training
 * (scripts/train-risk.ts) and scoring, so they cannot drift.
 */
import type { Token } from './tokens';

export const BUCKETS = 1 << 17;
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
const C3 = seed('c3:');
const C4 = seed('c4:');
const X = seed('x:');

/**
 * Bucket indices of a token list's features (duplicates kept: a repeated word counts twice).
 * `extra` adds named features (lexicon hits, caps), so the model learns how much they weigh.
 */
export function featureIndices(tokens: readonly Token[], extra: readonly string[] = [], buckets = BUCKETS): number[] {
  const out: number[] = [];
  const mask = buckets - 1;
  for (const f of extra) out.push((fnvFrom(X, f, 0, f.length) >>> 0) & mask);
  let prev = '^';
  for (const tok of tokens) {
    const t = tok.text.length > 24 ? tok.text.slice(0, 24) : tok.text;
    out.push((fnvFrom(W, t, 0, t.length) >>> 0) & mask);
    out.push((fnvFrom(fnvFrom(fnvFrom(B, prev, 0, prev.length), ' ', 0, 1), t, 0, t.length) >>> 0) & mask);
    prev = t;
    const p = `<${t}>`;
    for (let i = 0; i + 3 <= p.length; i++) out.push((fnvFrom(C3, p, i, i + 3) >>> 0) & mask);
    for (let i = 0; i + 4 <= p.length; i++) out.push((fnvFrom(C4, p, i, i + 4) >>> 0) & mask);
  }
  out.push((fnvFrom(fnvFrom(B, prev, 0, prev.length), ' $', 0, 2) >>> 0) & mask);
  return out;
}

/**
 * Indices of the features that depend on one word alone (its word feature and character n-grams),
 * so scoring can cache them per word; `featureIndices` = these for every token + bigrams + extra.
 */
export function wordFeatureIndices(t0: string, buckets = BUCKETS): number[] {
  const mask = buckets - 1;
  const t = t0.length > 24 ? t0.slice(0, 24) : t0;
  const out = [(fnvFrom(W, t, 0, t.length) >>> 0) & mask];
  const p = `<${t}>`;
  for (let i = 0; i + 3 <= p.length; i++) out.push((fnvFrom(C3, p, i, i + 3) >>> 0) & mask);
  for (let i = 0; i + 4 <= p.length; i++) out.push((fnvFrom(C4, p, i, i + 4) >>> 0) & mask);
  return out;
}

/** Index of the bigram feature of `prev` followed by `t` ('^' starts, '$' ends a comment). */
export function bigramIndex(prev: string, t: string, buckets = BUCKETS): number {
  const a = prev.length > 24 ? prev.slice(0, 24) : prev;
  const b = t === '$' ? ' $' : ` ${t.length > 24 ? t.slice(0, 24) : t}`;
  return (fnvFrom(fnvFrom(B, a, 0, a.length), b, 0, b.length) >>> 0) & (buckets - 1);
}

/** Index of a named extra feature. */
export function extraIndex(f: string, buckets = BUCKETS): number {
  return (fnvFrom(X, f, 0, f.length) >>> 0) & (buckets - 1);
}

/** Bucket index of a single word's own feature (to explain which words drove the model). */
export function wordIndex(word: string, buckets = BUCKETS): number {
  const t = word.length > 24 ? word.slice(0, 24) : word;
  return (fnvFrom(W, t, 0, t.length) >>> 0) & (buckets - 1);
}

/**
 * The bigram hash split at the word boundary, so scoring hashes each word once: the FNV state
 * after "b:<prev> " (`bigramPrefix`), continued over the next word (`bigramFrom`). Equal to
 * `bigramIndex(prev, t)`; `bigramFrom(prefix, '$')` ends a comment.
 */
export function bigramPrefix(prev: string): number {
  const a = prev.length > 24 ? prev.slice(0, 24) : prev;
  return fnvFrom(fnvFrom(B, a, 0, a.length), ' ', 0, 1);
}
export function bigramFrom(prefix: number, t: string, buckets = BUCKETS): number {
  const n = t.length > 24 ? 24 : t.length;
  return (fnvFrom(prefix, t, 0, n) >>> 0) & (buckets - 1);
}
