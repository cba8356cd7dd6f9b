/**
 * Everything the scorer needs to know about one word, looked up once per distinct word and
 * cached (bounded): its lexicon candidates, VADER valence, whether it negates or intensifies,
 * whether it is a Polish or English stopword, and its part of the learned model (the summed
 * weight of its own features, its word feature alone, and its hash for bigrams). Most words of
 * a comment were seen before, so scoring costs one map lookup per word.
 */
import { isStopword, markedWord } from './language';
import { lexiconCandidates, type Entry } from './lexicon-match';
import { INTENSIFIERS, NEGATORS } from './lexicons/terms';
import { wordModel, type WordPart } from './model';
import { wordRules } from './valence';
import { plValenceOf, valenceOf } from './valence-table';

export interface WordInfo {
  vulgar: boolean;
  /** Lexicon entries whose first stem matches this word. */
  entries: Entry[];
  /** VADER valence, when the word has one. */
  valence: number | undefined;
  /** Polish AFINN valence (valence-table.ts), 0 when none. */
  plValence: number;
  negator: boolean;
  intensifier: boolean;
  /** Valence rules (valence.ts): booster (+) or dampener (−) scalar, a negation, its cue (`CUE`). */
  booster: number;
  negation: boolean;
  cue: number;
  pl: boolean;
  en: boolean;
  enOnly: boolean;
  /** A word that marks Polish or English (language rules only). */
  plWord: boolean;
  enWord: boolean;
  otherWord: boolean;
  /** A stopword or a negator of either language (never shown as a reason). */
  stop: boolean;
  /** Toxicity and negativity heads: summed weights of the word's own features (word, character
   * 4-grams) and of its word feature alone (which explains a model-driven flag). */
  tox: WordPart;
  neg: WordPart;
  /** Model: the word's hash for the bigrams it is part of. */
  bigram: number;
}

const cache = new Map<string, WordInfo>();
const CACHE_MAX = 50_000;

export function wordInfo(word: string): WordInfo {
  let info = cache.get(word);
  if (info) return info;
  const lex = lexiconCandidates(word);
  const model = wordModel(word);
  const stop = isStopword(word);
  const marked = markedWord(word);
  const rules = wordRules(word);
  info = {
    vulgar: lex.vulgar,
    entries: lex.entries,
    valence: valenceOf(word),
    plValence: plValenceOf(word),
    negator: NEGATORS.has(word),
    intensifier: INTENSIFIERS.has(word),
    booster: rules.booster,
    negation: rules.negation,
    cue: rules.cue,
    pl: stop.pl,
    en: stop.en,
    enOnly: stop.enOnly,
    plWord: marked.pl,
    enWord: marked.en,
    otherWord: marked.other,
    stop: stop.pl || stop.en || NEGATORS.has(word),
    tox: model.tox,
    neg: model.neg,
    bigram: model.bigram,
  };
  if (cache.size >= CACHE_MAX) cache.clear();
  cache.set(word, info);
  return info;
}
