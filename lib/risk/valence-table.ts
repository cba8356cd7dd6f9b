/** The VADER word valences, parsed on first use (not when the module loads: loading is part of every page's start-up). */
import { EN_VALENCE_JSON } from './generated/en-valence';

let VALENCE: Readonly<Record<string, number>> | null = null;

/** VADER valence of a normalised word, if it has one. */
export function valenceOf(word: string): number | undefined {
  const table = (VALENCE ??= JSON.parse(EN_VALENCE_JSON) as Record<string, number>);
  const v = table[word];
  // Own entries only: "constructor" or "toString" are not words of the lexicon.
  return v !== undefined && Object.hasOwn(table, word) ? v : undefined;
}
