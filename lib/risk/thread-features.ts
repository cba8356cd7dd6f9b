/**
 * Text cues that precede derailment (Zhang et al. 2018, "Conversations Gone Awry"; Chang &
 * Danescu-Niculescu-Mizil 2019): addressing the other person ("you", "ty", "wy") raises the risk;
 * hedging ("I think", "chyba") and talking about oneself ("I", "ja") lower it. Rates per word, so
 * long and short comments compare. Also the brand / watch-keyword matcher used for "brand named in
 * negative comments". Polish and English, with or without diacritics.
 */
import type { Language } from './types';

const set = (xs: readonly string[]) => new Set(xs);
const YOU = {
  en: set(['you', 'your', 'yours', 'yourself', 'yourselves', 'u', 'ur']),
  pl: set([
    'ty',
    'cie',
    'ciebie',
    'tobie',
    'toba',
    'twoj',
    'twoja',
    'twoje',
    'twojego',
    'twoim',
    'wy',
    'was',
    'wam',
    'wami',
    'wasz',
    'wasza',
    'wasze',
    'waszego',
    'waszym',
  ]),
};
// Polish "i" means "and": first person singular in Polish is ja / mnie / mi / mój...
const SELF = {
  en: set(['i', 'me', 'my', 'mine', 'myself']),
  pl: set(['ja', 'mnie', 'mi', 'mna', 'moj', 'moja', 'moje', 'mojego', 'moim', 'sam', 'sama']),
};
// Hedges of one to three words; the longest match at a position counts once.
const HEDGE = {
  en: set([
    'i think',
    'i believe',
    'i guess',
    'perhaps',
    'maybe',
    'possibly',
    'it seems',
    'might',
    'seems',
    'suggest',
    'probably',
    'likely',
    'could',
  ]),
  pl: set([
    'chyba',
    'moze',
    'byc moze',
    'wydaje mi sie',
    'wydaje sie',
    'moim zdaniem',
    'mysle ze',
    'sadze',
    'prawdopodobnie',
    'raczej',
    'sugeruje',
    'mozliwe',
  ]),
};
/** Lower-case, diacritics folded (ł → l): users write Polish with and without them. */
export function fold(text: string): string {
  const t = text.toLowerCase();
  // Most comments are plain ASCII: skip the (slower) Unicode decomposition for them.
  return !/[^\p{ASCII}]/u.test(t)
    ? t
    : t
        .normalize('NFD')
        .replace(/[\u0300-\u036f]/g, '')
        .replace(/ł/g, 'l');
}

export interface TurnCues {
  /** Second-person words per word. */
  you: number;
  /** First-person singular words per word. */
  self: number;
  /** Hedges per word. */
  hedge: number;
}

const MIN_TOKENS = 12;
const isSpace = (c: number) => c === 32 || (c >= 9 && c <= 13) || c === 160;
const alternation = (xs: Iterable<string>) => [...xs].sort((a, b) => b.length - a.length).join('|');
// One regex per language (one scan of the text): group 1 hedges, group 2 "you", group 3 "I".
const CUES = {
  en: new RegExp(`\\b(?:(${alternation(HEDGE.en)})|(${alternation(YOU.en)})|(${alternation(SELF.en)}))\\b`, 'g'),
  pl: new RegExp(`\\b(?:(${alternation(HEDGE.pl)})|(${alternation(YOU.pl)})|(${alternation(SELF.pl)}))\\b`, 'g'),
};
/** First-person words inside a hedge ("i think", "wydaje mi sie") still count as first person. */
const selfIn = (k: 'en' | 'pl', hedge: string) => hedge.split(' ').filter((w) => SELF[k].has(w)).length;

/** Cues of one comment; Polish lists for Polish text, English lists otherwise. */
export function turnCues(text: string, language: Language): TurnCues {
  const t = fold(text.length > 5_000 ? text.slice(0, 5_000) : text);
  const k = language === 'pl' ? 'pl' : 'en';
  // Rates per whitespace-separated token (punctuation included), as measured on CGA.
  let n = 0;
  let inToken = false;
  for (let i = 0; i < t.length; i++) {
    const space = isSpace(t.charCodeAt(i));
    if (!space && !inToken) n++;
    inToken = !space;
  }
  let you = 0;
  let self = 0;
  let hedge = 0;
  const re = CUES[k];
  re.lastIndex = 0;
  for (let m = re.exec(t); m; m = re.exec(t)) {
    if (m[1]) {
      hedge++;
      self += selfIn(k, m[1]);
    } else if (m[2]) you++;
    else self++;
  }
  // Short comments are measured as if 12 tokens long: one "you" in "You liar!" is not a rate of 1/2.
  n = Math.max(MIN_TOKENS, n);
  return { you: you / n, self: self / n, hedge: hedge / n };
}

const matchers = new Map<string, (text: string) => string | undefined>();

/**
 * A matcher for brand names and watch keywords: whole words at the start, up to three more letters
 * for Polish inflection ("Zefir" matches "Zefira", "Zefirze"). Returns the matched term or undefined.
 * Compiled once per list of terms: every thread of a page shares it.
 */
export function termMatcher(terms: readonly string[]): (text: string) => string | undefined {
  const key = terms.join('\u0000');
  let m = matchers.get(key);
  if (!m) {
    if (matchers.size >= 32) matchers.clear();
    m = compileTerms(terms);
    matchers.set(key, m);
  }
  return m;
}

function compileTerms(terms: readonly string[]): (text: string) => string | undefined {
  const list = terms
    .map((t) => ({ term: t, folded: fold(t.trim()) }))
    .filter((t) => t.folded.length >= 2)
    .map((t) => ({
      term: t.term,
      re: new RegExp(
        `(?<![\\p{L}\\p{N}])${t.folded.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\p{L}{0,3}(?![\\p{L}\\p{N}])`,
        'u',
      ),
    }));
  if (list.length === 0) return () => undefined;
  return (text) => {
    const t = fold(text);
    return list.find((x) => x.re.test(t))?.term;
  };
}
