/**
 * Sentiment valence of a comment after the rules of VADER (Hutto & Gilbert 2014): word valences
 * from the VADER lexicon, raised by ALL-CAPS words in mixed-case text and by boosters (lowered by
 * dampeners) among the three words before, negated by a negation among them ("never so good" is
 * emphasis instead), "least", the contrast of "but" (words before count half, words after one and
 * a half), emoticons and emoji, and "!" and "?" emphasis; the sum squashed into a compound score
 * in [-1, 1]. Polish (and curated English) negative and positive terms come from the lexicon hits.
 * One pass over the tokens, no allocation but the list of negative words.
 */
import { BOOSTERS, CONTRACTION_TAILS, DAMPENERS, NEGATIONS, NT_STEMS } from './lexicons/vader-rules';
import type { Hit } from './lexicon-match';
import type { Tokenized } from './tokenize';
import type { Token } from './tokens';

/** What the rules need of a word (the word facts of `words.ts` have it). */
export interface ValenceWord {
  valence: number | undefined;
  booster: number;
  negation: boolean;
  cue: number;
}

/** Words with a part in the rules beyond their valence. */
export const CUE = { none: 0, but: 1, never: 2, soThis: 3, least: 4, atVery: 5, no: 6, kindSort: 7, of: 8, ntStem: 9, tail: 10 } as const;
const CUE_WORDS = new Map<string, number>([['but', CUE.but], ['never', CUE.never], ['so', CUE.soThis], ['this', CUE.soThis], ['least', CUE.least], ['at', CUE.atVery], ['very', CUE.atVery], ['no', CUE.no], ['kind', CUE.kindSort], ['sort', CUE.kindSort], ['of', CUE.of]]);

/** Empirical VADER constants: booster step, ALL-CAPS step, negation scalar, "!" and "?" steps. */
const B_INCR = 0.293;
const C_INCR = 0.733;
const N_SCALAR = -0.74;
const EP_INCR = 0.292;
const QM_INCR = 0.18;

let rules: { boost: Map<string, number>; negations: Set<string>; nt: Set<string>; tails: Set<string> } | null = null;
/** A word's part in the rules: booster scalar, whether it negates, its cue. */
export function wordRules(word: string): { booster: number; negation: boolean; cue: number } {
  rules ??= {
    boost: new Map([...BOOSTERS.map((w): [string, number] => [w, B_INCR]), ...DAMPENERS.map((w): [string, number] => [w, -B_INCR])]),
    negations: new Set(NEGATIONS),
    nt: new Set(NT_STEMS),
    tails: new Set(CONTRACTION_TAILS),
  };
  const cue = CUE_WORDS.get(word) ?? (rules.nt.has(word) ? CUE.ntStem : rules.tails.has(word) ? CUE.tail : CUE.none);
  return { booster: rules.boost.get(word) ?? 0, negation: rules.negations.has(word), cue };
}

const HIT_VALENCE: Partial<Record<Hit['target'], number>> = { idiom: 1.8, negativity: -1.8, complaint: -1.8, positive: 1.8, insult: -2.2, profanity: -1.2, threat: -2.5, scamFraud: -2, boycott: -1.5 };

/** Per token: 0 outside idioms, `IDIOM_HEAD` for an idiom's first word, `IDIOM_REST` for the others. */
export type IdiomMask = Uint8Array;
export const IDIOM_HEAD = 1;
export const IDIOM_REST = 2;
/** An idiom's first word as the rules see it: no valence of its own, no negation, no cue. */
const IDIOM_INFO = { valence: undefined, booster: 0, negation: false, cue: 0 } satisfies ValenceWord;

/** `b` continues `a` after an apostrophe ("don" + "t", "it" + "s"). */
function joined(text: string, a: Token, b: Token): boolean {
  if (b.start !== a.end + 1) return false;
  const c = text.charCodeAt(a.end);
  return c === 39 || c === 8217 || c === 96;
}

/** Upper-case letters and no lower-case ones (ASCII; the span of the token in the original text). */
function isCaps(text: string, t: Token): boolean {
  let upper = false;
  for (let i = t.start; i < t.end; i++) {
    const c = text.charCodeAt(i);
    if (c >= 97 && c <= 122) return false;
    if (c >= 65 && c <= 90) upper = true;
  }
  return upper;
}

export interface Valence {
  /** Compound valence in [-1, 1]. */
  compound: number;
  /** The words that pulled it down most (at most three). */
  negative: Token[];
}

/** Compound valence of a scanned comment (`text` is what was scanned: spans point into it). */
export function valence(text: string, scan: Tokenized, infos: readonly ValenceWord[], hits: readonly Hit[], idiom: IdiomMask | null = null): Valence {
  const tokens = scan.tokens;
  let sum = 0;
  let but = -1;
  let h = 0;
  // The three words before (contraction tails skipped): token index, negates, booster scalar.
  let p1 = -1, p2 = -1, p3 = -1;
  let n1 = false, n2 = false, n3 = false;
  let b1 = 0, b2 = 0, b3 = 0;
  // Whether each of them has a valence of its own: VADER applies a word's modifiers only then.
  let l1 = false, l2 = false, l3 = false;
  let negative: Array<[Token, number]> | null = null;
  for (let i = 0; i < tokens.length; i++) {
    // An idiom ("nothing but the best", "to die for") is read as one warm word: the rest of its
    // words neither count nor negate.
    if (idiom?.[i] === IDIOM_REST) continue;
    const inIdiom = idiom?.[i] === IDIOM_HEAD;
    const info = inIdiom ? IDIOM_INFO : infos[i]!;
    const tok = tokens[i]!;
    if (info.cue === CUE.tail && i > 0 && joined(text, tokens[i - 1]!, tok)) continue;
    const next = i + 1 < tokens.length ? infos[i + 1]! : null;
    // "don't", "won't": a negation, and not the word "won".
    const nt = info.cue === CUE.ntStem && next !== null && tokens[i + 1]!.text === 't' && joined(text, tok, tokens[i + 1]!);
    let v = nt || info.booster !== 0 ? undefined : info.valence;
    // "kind of", "sort of": a dampener, not "kind"; "no" before a sentiment word negates it instead.
    if ((info.cue === CUE.kindSort && next?.cue === CUE.of) || (info.cue === CUE.no && next?.valence !== undefined)) v = undefined;
    while (h < hits.length && hits[h]!.token < i) h++;
    for (; h < hits.length && hits[h]!.token === i; h++) {
      const hv = HIT_VALENCE[hits[h]!.target];
      if (hv !== undefined) v = v === undefined || Math.abs(hv) > Math.abs(v) ? hv : v;
    }
    const own = v !== undefined;
    if (v !== undefined) {
      if (scan.lowerCase && isCaps(text, tok)) v += v > 0 ? C_INCR : -C_INCR;
      if (p1 >= 0 && !l1) {
        v += modifier(text, scan, tokens[p1]!, b1, v);
        if (n1) v *= N_SCALAR;
      }
      if (p2 >= 0 && !l2) {
        v += 0.95 * modifier(text, scan, tokens[p2]!, b2, v);
        if (infos[p2]!.cue === CUE.never && infos[p1]!.cue === CUE.soThis) v *= 1.5;
        else if (n2) v *= N_SCALAR;
      }
      if (p3 >= 0 && !l3) {
        v += 0.9 * modifier(text, scan, tokens[p3]!, b3, v);
        if (infos[p3]!.cue === CUE.never && infos[p2]!.cue === CUE.soThis) v *= 1.25;
        else if (n3) v *= N_SCALAR;
      }
      if (p1 >= 0 && infos[p1]!.cue === CUE.least && !(p2 >= 0 && infos[p2]!.cue === CUE.atVery)) v *= N_SCALAR;
      if (but >= 0) v *= 1.5;
      sum += v;
      if (v < 0) (negative ??= []).push([tok, v]);
    }
    if (info.cue === CUE.but && but < 0) {
      but = tok.nstart;
      sum *= 0.5;
    }
    p3 = p2;
    n3 = n2;
    b3 = b2;
    l3 = l2;
    p2 = p1;
    n2 = n1;
    b2 = b1;
    l2 = l1;
    p1 = i;
    n1 = info.negation || nt;
    b1 = info.cue === CUE.of && p2 >= 0 && infos[p2]!.cue === CUE.kindSort ? -B_INCR : info.booster;
    l1 = own;
  }
  const emotes = scan.emotes;
  if (emotes) for (let k = 0; k + 1 < emotes.length; k += 2) sum += but < 0 ? emotes[k + 1]! : emotes[k + 1]! * (emotes[k]! > but ? 1.5 : 0.5);
  if (sum !== 0) {
    const q = scan.questions;
    const emphasis = Math.min(4, scan.exclamations) * EP_INCR + (q > 1 ? (q <= 3 ? q * QM_INCR : 0.96) : 0);
    sum += sum > 0 ? emphasis : -emphasis;
  }
  const compound = sum / Math.sqrt(sum * sum + 15);
  return { compound, negative: negative ? negative.sort((a, b) => a[1] - b[1]).slice(0, 3).map(([t]) => t) : [] };
}

/** What a word before adds to valence `v`: its booster scalar towards `v`'s sign, more in ALL CAPS. */
function modifier(text: string, scan: Tokenized, t: Token, booster: number, v: number): number {
  if (booster === 0) return 0;
  const s = v > 0 ? booster : -booster;
  if (scan.lowerCase && isCaps(text, t)) return s + (v > 0 ? C_INCR : -C_INCR);
  return s;
}
