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
export const CUE = {
  none: 0,
  but: 1,
  never: 2,
  soThis: 3,
  least: 4,
  atVery: 5,
  no: 6,
  kindSort: 7,
  of: 8,
  ntStem: 9,
  tail: 10,
} as const;
const CUE_WORDS = new Map<string, number>([
  ['but', CUE.but],
  ['never', CUE.never],
  ['so', CUE.soThis],
  ['this', CUE.soThis],
  ['least', CUE.least],
  ['at', CUE.atVery],
  ['very', CUE.atVery],
  ['no', CUE.no],
  ['kind', CUE.kindSort],
  ['sort', CUE.kindSort],
  ['of', CUE.of],
]);

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
    boost: new Map([
      ...BOOSTERS.map((w): [string, number] => [w, B_INCR]),
      ...DAMPENERS.map((w): [string, number] => [w, -B_INCR]),
    ]),
    negations: new Set(NEGATIONS),
    nt: new Set(NT_STEMS),
    tails: new Set(CONTRACTION_TAILS),
  };
  const cue = CUE_WORDS.get(word) ?? (rules.nt.has(word) ? CUE.ntStem : rules.tails.has(word) ? CUE.tail : CUE.none);
  return { booster: rules.boost.get(word) ?? 0, negation: rules.negations.has(word), cue };
}

const HIT_VALENCE: Partial<Record<Hit['target'], number>> = {
  idiom: 1.8,
  negativity: -1.8,
  complaint: -1.8,
  positive: 1.8,
  insult: -2.2,
  profanity: -1.2,
  threat: -2.5,
  scamFraud: -2,
  boycott: -1.5,
};

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
/** The three words before the current one (contraction tails skipped), nearest first. */
class Window {
  /** Token index (-1: none), negates, booster scalar, has a valence of its own. */
  readonly at = [-1, -1, -1];
  readonly negates = [false, false, false];
  readonly boost = [0, 0, 0];
  readonly own = [false, false, false];

  push(i: number, negates: boolean, boost: number, own: boolean): void {
    for (let k = 2; k > 0; k--) {
      this.at[k] = this.at[k - 1]!;
      this.negates[k] = this.negates[k - 1]!;
      this.boost[k] = this.boost[k - 1]!;
      this.own[k] = this.own[k - 1]!;
    }
    this.at[0] = i;
    this.negates[0] = negates;
    this.boost[0] = boost;
    this.own[0] = own;
  }
}

/** Distance weights of the boosters one, two and three words before (VADER). */
const DISTANCE = [1, 0.95, 0.9];
/** "never so good": "never" two or three words before "so"/"this" is emphasis, not negation. */
const NEVER_SO = [0, 1.5, 1.25];

/**
 * A word's valence `v` after the words before it: their boosters and dampeners (VADER applies a
 * word's modifiers only when that word has no valence of its own), negations, "never so", and
 * "least" (unless "at least" / "very least").
 */
function modified(text: string, scan: Tokenized, infos: readonly ValenceWord[], w: Window, value: number): number {
  let v = value;
  for (let k = 0; k < 3; k++) {
    const p = w.at[k]!;
    if (p < 0 || w.own[k]) continue;
    v += DISTANCE[k]! * modifier(text, scan, scan.tokens[p]!, w.boost[k]!, v);
    if (k > 0 && infos[p]!.cue === CUE.never && infos[w.at[k - 1]!]!.cue === CUE.soThis) v *= NEVER_SO[k]!;
    else if (w.negates[k]) v *= N_SCALAR;
  }
  const p1 = w.at[0]!;
  const p2 = w.at[1]!;
  if (p1 >= 0 && infos[p1]!.cue === CUE.least && !(p2 >= 0 && infos[p2]!.cue === CUE.atVery)) v *= N_SCALAR;
  return v;
}

/** A word's own valence: the lexicon's, unless it is a modifier, or the strongest of its hits'. */
function ownValence(
  tokens: readonly Token[],
  infos: readonly ValenceWord[],
  info: ValenceWord,
  i: number,
  nt: boolean,
  hits: readonly Hit[],
  h: number,
): number | undefined {
  const next = i + 1 < tokens.length ? infos[i + 1]! : null;
  let v = nt || info.booster !== 0 ? undefined : info.valence;
  // "kind of", "sort of": a dampener, not "kind"; "no" before a sentiment word negates it instead.
  if ((info.cue === CUE.kindSort && next?.cue === CUE.of) || (info.cue === CUE.no && next?.valence !== undefined))
    v = undefined;
  for (; h < hits.length && hits[h]!.token === i; h++) {
    const hv = HIT_VALENCE[hits[h]!.target];
    if (hv !== undefined) v = v === undefined || Math.abs(hv) > Math.abs(v) ? hv : v;
  }
  return v;
}

export function valence(
  text: string,
  scan: Tokenized,
  infos: readonly ValenceWord[],
  hits: readonly Hit[],
  idiom: IdiomMask | null = null,
): Valence {
  const tokens = scan.tokens;
  let sum = 0;
  let but = -1;
  let h = 0;
  const w = new Window();
  let negative: Array<[Token, number]> | null = null;
  for (let i = 0; i < tokens.length; i++) {
    // An idiom ("nothing but the best", "to die for") is read as one warm word: the rest of its
    // words neither count nor negate.
    if (idiom?.[i] === IDIOM_REST) continue;
    const info = idiom?.[i] === IDIOM_HEAD ? IDIOM_INFO : infos[i]!;
    const tok = tokens[i]!;
    if (info.cue === CUE.tail && i > 0 && joined(text, tokens[i - 1]!, tok)) continue;
    // "don't", "won't": a negation, and not the word "won".
    const nt =
      info.cue === CUE.ntStem &&
      i + 1 < tokens.length &&
      tokens[i + 1]!.text === 't' &&
      joined(text, tok, tokens[i + 1]!);
    while (h < hits.length && hits[h]!.token < i) h++;
    let v = ownValence(tokens, infos, info, i, nt, hits, h);
    const own = v !== undefined;
    if (v !== undefined) {
      if (scan.lowerCase && isCaps(text, tok)) v += v > 0 ? C_INCR : -C_INCR;
      v = modified(text, scan, infos, w, v);
      if (but >= 0) v *= 1.5;
      sum += v;
      if (v < 0) (negative ??= []).push([tok, v]);
    }
    if (info.cue === CUE.but && but < 0) {
      but = tok.nstart;
      sum *= 0.5;
    }
    const p2 = w.at[0]!;
    w.push(
      i,
      info.negation || nt,
      info.cue === CUE.of && p2 >= 0 && infos[p2]!.cue === CUE.kindSort ? -B_INCR : info.booster,
      own,
    );
  }
  sum = withEmotes(sum, scan, but);
  if (sum !== 0) {
    const q = scan.questions;
    const emphasis = Math.min(4, scan.exclamations) * EP_INCR + (q > 1 ? (q <= 3 ? q * QM_INCR : 0.96) : 0);
    sum += sum > 0 ? emphasis : -emphasis;
  }
  const compound = sum / Math.sqrt(sum * sum + 15);
  return {
    compound,
    negative: negative
      ? negative
          .sort((a, b) => a[1] - b[1])
          .slice(0, 3)
          .map(([t]) => t)
      : [],
  };
}

/** Emoticons and emoji, weighted around "but" like words. */
function withEmotes(words: number, scan: Tokenized, but: number): number {
  let sum = words;
  const emotes = scan.emotes;
  if (emotes)
    for (let k = 0; k + 1 < emotes.length; k += 2)
      sum += but < 0 ? emotes[k + 1]! : emotes[k + 1]! * (emotes[k]! > but ? 1.5 : 0.5);
  return sum;
}

/** What a word before adds to valence `v`: its booster scalar towards `v`'s sign, more in ALL CAPS. */
function modifier(text: string, scan: Tokenized, t: Token, booster: number, v: number): number {
  if (booster === 0) return 0;
  const s = v > 0 ? booster : -booster;
  if (scan.lowerCase && isCaps(text, t)) return s + (v > 0 ? C_INCR : -C_INCR);
  return s;
}
