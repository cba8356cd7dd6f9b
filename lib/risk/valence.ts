/**
 * Sentiment valence of a comment, VADER-style: word valences summed with negation and
 * intensifiers, squashed into a compound score in [-1, 1]. English words come from the VADER
 * lexicon; Polish (and curated English) negative and positive terms come from the lexicon hits.
 */
import { EN_VALENCE } from './lexicons/en-valence';
import type { Hit } from './lexicon-match';
import type { Token } from './tokens';
import type { WordInfo } from './words';

// Built on first use, not when the module loads: loading is part of every page's start-up.
let VALENCE: Map<string, number> | null = null;
function valences(): Map<string, number> {
  if (VALENCE) return VALENCE;
  VALENCE = new Map();
  for (const pair of EN_VALENCE.split(' ')) {
    const i = pair.lastIndexOf(':');
    VALENCE.set(pair.slice(0, i), Number(pair.slice(i + 1)));
  }
  return VALENCE;
}

/** VADER valence of a normalised word, if it has one. */
export function valenceOf(word: string): number | undefined {
  return valences().get(word);
}

const HIT_VALENCE: Partial<Record<Hit['target'], number>> = { negativity: -1.8, complaint: -1.8, positive: 1.8, insult: -2.2, profanity: -1.2, threat: -2.5, scamFraud: -2, boycott: -1.5 };

/** Compound valence in [-1, 1] and the words that pulled it down most. */
export function valence(tokens: readonly Token[], infos: readonly WordInfo[], hits: readonly Hit[]): { compound: number; negative: Token[] } {
  let sum = 0;
  let covered: Set<number> | null = null;
  for (const h of hits) {
    const v = HIT_VALENCE[h.target];
    if (v === undefined) continue;
    sum += h.negated ? -0.74 * v : v;
    (covered ??= new Set()).add(h.token);
  }
  let negative: Array<[Token, number]> | null = null;
  for (let i = 0; i < tokens.length; i++) {
    let v = infos[i]!.valence;
    if (v === undefined || covered?.has(i)) continue;
    if (i > 0 && infos[i - 1]!.intensifier) v += Math.sign(v) * 0.3;
    if ((i > 0 && infos[i - 1]!.negator) || (i > 1 && infos[i - 2]!.negator) || (i > 2 && infos[i - 3]!.negator)) v *= -0.74;
    sum += v;
    if (v < 0) (negative ??= []).push([tokens[i]!, v]);
  }
  const compound = sum / Math.sqrt(sum * sum + 15);
  return { compound, negative: negative ? negative.sort((a, b) => a[1] - b[1]).slice(0, 3).map(([t]) => t) : [] };
}
