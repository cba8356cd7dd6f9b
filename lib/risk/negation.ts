/**
 * Is the token at k a negation: a negator of either language ("nie", "not", "never", "bez") or the
 * "t" of a contraction ("don't", "didn't" are read as "don" + "t", after a VADER contraction stem).
 */
import { NEGATORS } from './lexicons/terms';
import { NT_STEMS } from './lexicons/vader-rules';
import type { Token } from './tokens';

const NT = new Set(NT_STEMS);

export const negatorAt = (tokens: readonly Token[], k: number): boolean =>
  k >= 0 &&
  k < tokens.length &&
  (NEGATORS.has(tokens[k]!.text) || (tokens[k]!.text === 't' && k > 0 && NT.has(tokens[k - 1]!.text)));
