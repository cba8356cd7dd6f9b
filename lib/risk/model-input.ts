/**
 * What the learned model sees of a comment: its tokens plus named features from the lexicons
 * and surface cues. Shared by training and scoring so the two cannot drift apart.
 */
import { matchLexicon, type Hit } from './lexicon-match';
import { normalize, type Normalized } from './normalize';
import { tokenize, type Token } from './tokens';
import { valence } from './valence';

export interface ModelInput {
  n: Normalized;
  tokens: Token[];
  hits: Hit[];
  extra: string[];
  /** VADER-style compound valence in [-1, 1]. */
  compound: number;
  negativeWords: Token[];
}

/** At least 8 letters, none lower case (cheap check: no regex over the whole text). */
function isShouting(text: string): boolean {
  let upper = 0;
  for (let i = 0; i < text.length && i < 5_000; i++) {
    const c = text[i]!;
    const lo = c.toLowerCase();
    const up = c.toUpperCase();
    if (lo === up) continue;
    if (c === lo) return false;
    upper++;
  }
  return upper >= 8;
}

/** Prepare a comment for the model. */
export function modelInput(text: string): ModelInput {
  const n = normalize(text);
  const tokens = tokenize(n.norm);
  const hits = matchLexicon(tokens);
  const extra: string[] = [];
  for (const h of hits) extra.push(h.negated ? `neg-${h.target}` : `lex-${h.target}`);
  if (isShouting(text)) extra.push('caps');
  if (/!{3,}/.test(text)) extra.push('bangs');
  const v = valence(tokens, hits);
  extra.push(`val${Math.round(v.compound * 4)}`);
  return { n, tokens, hits, extra, compound: v.compound, negativeWords: v.negative };
}
