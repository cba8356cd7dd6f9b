/** The VADER and Polish AFINN word valences, parsed on first use (not when the module loads: loading is part of every page's start-up). */
import { EN_VALENCE_JSON } from './generated/en-valence';
import { PL_VALENCE_JSON } from './generated/pl-valence';

let VALENCE: Readonly<Record<string, number>> | null = null;

/** VADER valence of a normalised word, if it has one. */
export function valenceOf(word: string): number | undefined {
  const table = (VALENCE ??= JSON.parse(EN_VALENCE_JSON) as Record<string, number>);
  const v = table[word];
  // Own entries only: "constructor" or "toString" are not words of the lexicon.
  return v !== undefined && Object.hasOwn(table, word) ? v : undefined;
}

let PL: { exact: Map<string, number>; stems: Map<string, number> } | null = null;
function plTable(): { exact: Map<string, number>; stems: Map<string, number> } {
  if (PL) return PL;
  const exact = new Map(Object.entries(JSON.parse(PL_VALENCE_JSON) as Record<string, number>));
  // A listed word of five letters or more without its last letter ("beznadziejn-y") is a stem its
  // other forms share ("beznadziejna", "beznadziejnie").
  const stems = new Map<string, number>();
  for (const [w, v] of exact) if (w.length >= 5 && !stems.has(w.slice(0, -1))) stems.set(w.slice(0, -1), v);
  return (PL = { exact, stems });
}

/**
 * Polish valence of a normalised word (generated/pl-valence.ts), or 0: the word itself, else the
 * stem of a listed word when the word is that stem plus one to three letters (four letters of stem
 * at least).
 */
export function plValenceOf(word: string): number {
  const { exact, stems } = plTable();
  const v = exact.get(word);
  if (v !== undefined) return v;
  for (let cut = 1; cut <= 3 && word.length - cut >= 4; cut++) {
    const s = stems.get(word.slice(0, word.length - cut));
    if (s !== undefined) return s;
  }
  return 0;
}
