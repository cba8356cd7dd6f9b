/**
 * What the learned model sees of a comment: its tokens plus named features from the lexicons
 * and surface cues. Shared by training and scoring so the two cannot drift apart.
 */
import { matchLexicon, type Hit } from './lexicon-match';
import { normalize, type Normalized } from './normalize';
import { tokenize, type Token } from './tokens';

export interface ModelInput {
  n: Normalized;
  tokens: Token[];
  hits: Hit[];
  extra: string[];
}

/** Prepare a comment for the model. */
export function modelInput(text: string): ModelInput {
  const n = normalize(text);
  const tokens = tokenize(n.norm);
  const hits = matchLexicon(tokens);
  const extra: string[] = [];
  for (const h of hits) extra.push(h.negated ? `neg-${h.target}` : `lex-${h.target}`);
  const letters = text.replace(/[^\p{L}]/gu, '');
  if (letters.length >= 8 && letters === letters.toUpperCase()) extra.push('caps');
  if (/!{3,}/.test(text)) extra.push('bangs');
  return { n, tokens, hits, extra };
}
