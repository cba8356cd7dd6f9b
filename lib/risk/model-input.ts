/**
 * What the learned model sees of a comment: its tokens plus named features from the lexicons
 * and surface cues. Shared by training and scoring so the two cannot drift apart.
 */
import { matchLexicon, type Hit } from './lexicon-match';
import { tokenize } from './tokenize';
import type { Token } from './tokens';
import { IDIOM_HEAD, IDIOM_REST, valence, type IdiomMask } from './valence';
import { wordInfo, type WordInfo } from './words';

export interface ModelInput {
  /** Tokens with their spans in the original text. */
  tokens: Token[];
  /** `infos[i]` describes `tokens[i]`. */
  infos: WordInfo[];
  hits: Hit[];
  extra: string[];
  /** Per token, non-zero inside an idiom (`valence.ts`), or null when the comment has none. */
  idiom: IdiomMask | null;
  /** VADER-style compound valence in [-1, 1]. */
  compound: number;
  negativeWords: Token[];
  caps: boolean;
  bangs: boolean;
  polishLetters: boolean;
  negativeEmoji: boolean;
}

// The compound valence in quarters, as a named feature (-1 … 1 gives val-4 … val4).
const VALENCE_FEATURES = ['val-4', 'val-3', 'val-2', 'val-1', 'val0', 'val1', 'val2', 'val3', 'val4'];
/** The named feature of a compound valence. */
export const valenceFeature = (compound: number): string => VALENCE_FEATURES[Math.round(compound * 4) + 4]!;
export const isValenceFeature = (f: string): boolean => VALENCE_FEATURES.includes(f);
// A word of the Polish valence list, by strength: the heads weigh Polish words they never saw in
// training by their listed valence (cross-validated: lib/risk/README.md, "How a comment is scored").
const PL_VALENCE_FEATURES = ['plv-n2', 'plv-n1', 'plv-p1', 'plv-p2'];
// Negated within two words ("nie jest dobry", "bez problemu"), a listed word is its own feature.
const PL_NEGATION = new Set(['ani', 'bez', 'brak', 'nie', 'zaden', 'zadnego', 'zadnej']);
const PL_NEGATED_FEATURES = PL_VALENCE_FEATURES.map((f) => `not-${f}`);
const plValenceFeature = (v: number, negated: boolean): string =>
  (negated ? PL_NEGATED_FEATURES : PL_VALENCE_FEATURES)[v <= -2 ? 0 : v < 0 ? 1 : v < 2 ? 2 : 3]!;
// Length in words (log2 of words + 1, 0 … 6 and over) and how many "!" and "?" (0 … 3 and over),
// so the summed weights of a long comment or a bare reply are judged against their own kind.
const LENGTH_FEATURES = ['len0', 'len1', 'len2', 'len3', 'len4', 'len5', 'len6'];
const BANG_FEATURES = ['ex0', 'ex1', 'ex2', 'ex3'];
const QUESTION_FEATURES = ['qu0', 'qu1', 'qu2', 'qu3'];

// The named feature of a lexicon hit ("lex-insult", "neg-positive"), one string per target and
// kind, not a new string per hit of every comment (and its hash computed once, for the weights).
const HIT_FEATURES = new Map<string, { lex: string; neg: string }>();
function hitFeature(h: Hit): string {
  let f = HIT_FEATURES.get(h.target);
  if (!f) HIT_FEATURES.set(h.target, (f = { lex: `lex-${h.target}`, neg: `neg-${h.target}` }));
  return h.negated ? f.neg : f.lex;
}

/**
 * Idioms cancel the hits of the words inside them ("to die for" is no threat, "bez zarzutu" no
 * complaint) and mark their words for the valence rules. Most comments have none: the list is
 * returned as it is.
 */
function withIdioms(all: Hit[], n: number): { hits: Hit[]; idiom: IdiomMask | null } {
  if (!all.some((h) => h.target === 'idiom')) return { hits: all, idiom: null };
  const idiom: IdiomMask = new Uint8Array(n);
  for (const h of all)
    if (h.target === 'idiom')
      for (let k = 0; k < (h.tokens ?? 1); k++)
        idiom[h.token + k] = k === 0 && idiom[h.token + k] !== IDIOM_REST ? IDIOM_HEAD : IDIOM_REST;
  const hits = all.filter((h) => {
    if (h.target === 'idiom') return true;
    for (let k = 0; k < (h.tokens ?? 1); k++) if (idiom[h.token + k]) return false;
    return true;
  });
  return { hits, idiom };
}

/** Prepare a comment for the model. */
export function modelInput(text: string): ModelInput {
  const s = tokenize(text);
  const tokens = s.tokens;
  const infos: WordInfo[] = [];
  for (let i = 0; i < tokens.length; i++) infos.push(wordInfo(tokens[i]!.text));
  const { hits, idiom } = withIdioms(matchLexicon(tokens, infos, text), tokens.length);
  const extra: string[] = [];
  // A hedge (an idiom of weight 0: "don't get me wrong") is no feature: it is neither warm nor negative.
  for (const h of hits) if (h.weight > 0) extra.push(hitFeature(h));
  if (s.caps) extra.push('caps');
  if (s.bangs) extra.push('bangs');
  const v = valence(text, s, infos, hits, idiom);
  extra.push(valenceFeature(v.compound));
  for (let i = 0; i < tokens.length; i++) {
    const pv = infos[i]!.plValence;
    if (!pv || idiom?.[i]) continue;
    const negated = (i > 0 && PL_NEGATION.has(tokens[i - 1]!.text)) || (i > 1 && PL_NEGATION.has(tokens[i - 2]!.text));
    extra.push(plValenceFeature(pv, negated));
  }
  extra.push(LENGTH_FEATURES[Math.min(6, Math.floor(Math.log2(tokens.length + 1)))]!);
  extra.push(BANG_FEATURES[Math.min(3, s.exclamations)]!, QUESTION_FEATURES[Math.min(3, s.questions)]!);
  return {
    tokens,
    infos,
    hits,
    extra,
    idiom,
    compound: v.compound,
    negativeWords: v.negative,
    caps: s.caps,
    bangs: s.bangs,
    polishLetters: s.polishLetters,
    negativeEmoji: s.negativeEmoji,
  };
}
