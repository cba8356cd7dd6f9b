/** The key that makes near-identical comments one row (pure; shared by the queue and the database's index). */
import { fold } from '@/lib/risk/thread-features';

/**
 * A comment's text reduced to what makes it the same complaint: case, diacritics, links, mentions,
 * punctuation and emoji do not count ("@ola SKANDAL!!! 2 dni bez sieci" = "skandal, 2 dni bez sieci");
 * numbers do (an order number makes it another customer's complaint).
 */
export function sameTextKey(text: string): string {
  return fold(text)
    .replace(/https?:\/\/\S+/g, ' ')
    .replace(/[@#][\p{L}\p{N}_.]+/gu, ' ')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** A 53-bit hash of a string as base-36 text (cyrb53): short index keys for long texts. */
export function hash53(s: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
}

/**
 * The stored group of an item (the `groupKey` index): the hash of its `sameTextKey`, or, for a text
 * with nothing left (only emoji), the item's own key, so such items are never grouped.
 */
export function textGroupKey(text: string, key: string): string {
  return groupKeyOfSame(sameTextKey(text), key);
}

/** `textGroupKey` from a `sameTextKey` already computed. */
export function groupKeyOfSame(same: string, key: string): string {
  return same ? `t${hash53(same)}` : `k${key}`;
}
