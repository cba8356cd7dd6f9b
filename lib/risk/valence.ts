/**
 * Sentiment valence of a comment, VADER-style: word valences summed with negation and
 * intensifiers, squashed into a compound score in [-1, 1]. English words come from the VADER
 * lexicon; Polish (and curated English) negative and positive terms come from the lexicon hits.
 */
import { EN_VALENCE } from './lexicons/en-valence';
import { INTENSIFIERS, NEGATORS } from './lexicons/terms';
import type { Hit } from './lexicon-match';
import type { Token } from './tokens';

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

const HIT_VALENCE: Partial<Record<Hit['target'], number>> = { negativity: -1.8, complaint: -1.8, positive: 1.8, insult: -2.2, profanity: -1.2, threat: -2.5, scamFraud: -2, boycott: -1.5 };

/** Compound valence in [-1, 1] and the words that pulled it down most. */
export function valence(tokens: readonly Token[], hits: readonly Hit[]): { compound: number; negative: Token[] } {
  let sum = 0;
  const negative: Array<[Token, number]> = [];
  const covered = new Set<number>();
  for (const h of hits) {
    const v = HIT_VALENCE[h.target];
    if (v === undefined) continue;
    sum += h.negated ? -0.74 * v : v;
    covered.add(h.start);
  }
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (covered.has(t.start)) continue;
    let v = valences().get(t.text);
    if (v === undefined) continue;
    const prev = tokens[i - 1]?.text;
    if (prev && INTENSIFIERS.has(prev)) v += Math.sign(v) * 0.3;
    if ((prev && NEGATORS.has(prev)) || (i > 1 && NEGATORS.has(tokens[i - 2]!.text)) || (i > 2 && NEGATORS.has(tokens[i - 3]!.text))) v *= -0.74;
    sum += v;
    if (v < 0) negative.push([t, v]);
  }
  negative.sort((a, b) => a[1] - b[1]);
  return { compound: sum / Math.sqrt(sum * sum + 15), negative: negative.slice(0, 3).map(([t]) => t) };
}
