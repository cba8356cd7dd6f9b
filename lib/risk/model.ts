/**
 * The learned components: logistic regressions over the same hashed features (`features.ts`),
 * weights quantised to int8 and committed in `generated/*-weights.ts` (produced by
 * `npm run train:risk`), read lazily. Two heads:
 * - toxicity (offensive, abusive, cyberbullying), trained on OLID, Davidson et al., PolEval 2019;
 * - negativity (negative sentiment or emotion), trained on GoEmotions, CLARIN-Emo, XED (Polish)
 *   and Polish politicians' tweets.
 */
import { bigramOf, charGramSum, extraIndex, wordHash, wordIndex } from './features';
import type { Token } from './tokens';
import { TOXICITY_MODEL } from './generated/toxicity-weights';
import { NEGATIVITY_MODEL } from './generated/negativity-weights';

/** What a generated weights module exports. */
export interface ModelWeights {
  readonly version: string;
  readonly buckets: number;
  readonly scale: number;
  readonly bias: number;
  /** Per language: `decide` is the F1 boundary, `flag` (negativity) the boundary of a queued flag. */
  readonly thresholds: { readonly en: number; readonly pl: number };
  readonly flagThresholds?: { readonly en: number; readonly pl: number };
  readonly weights: string;
}

/** A word's part of one head: its own features' summed weight and its word feature alone. */
export interface WordPart {
  own: number;
  top: number;
}

/** The per-word parts the scorer caches (`words.ts`). */
export interface WordModelInfo {
  tox: WordPart;
  neg: WordPart;
  bigram: number;
}

/** What `topWords` needs of a word besides the heads' parts: is it a stopword or a negator? */
interface WordFacts extends WordModelInfo {
  stop?: boolean;
  /** The word lists' valence (English VADER, Polish AFINN), when listed. */
  valence?: number | undefined;
  plValence?: number;
}

/**
 * A word the lists call positive ("super", "dobry") explains no negative or offensive score. The
 * Polish list only for Polish: it reads "ass" as a form of "as"; English words ("super", "cool") are
 * read in Polish comments too.
 */
const praised = (w: WordFacts, lang: 'pl' | 'en') => (w.valence ?? 0) > 0 || (lang === 'pl' && (w.plValence ?? 0) > 0);
/** Words the valence list calls negative that slang uses as praise ("sick!", "this fudge is evil"). */
const SLANG_PRAISE = new Set(['crazy', 'evil', 'filthy', 'insane', 'killer', 'nasty', 'savage', 'sick', 'wicked']);
const listedNegative = (w: WordFacts, lang: 'pl' | 'en', word: string) =>
  (lang === 'pl' ? (w.plValence ?? 0) : (w.valence ?? 0)) < 0 && !SLANG_PRAISE.has(word);

/** One head: lazily decoded weights (one byte per character of the `atob` string). */
class Head {
  private bin: string | null = null;
  private readonly extras = new Map<string, number>();
  constructor(
    readonly m: ModelWeights,
    private readonly key: 'tox' | 'neg',
  ) {}
  private w(): string {
    return (this.bin ??= atob(this.m.weights));
  }
  at(i: number): number {
    return (this.w().charCodeAt(i) << 24) >> 24;
  }
  word(word: string): WordPart {
    const top = this.at(wordIndex(word, this.m.buckets));
    return { own: top + charGramSum(word, (i) => this.at(i), this.m.buckets), top };
  }
  extra(f: string): number {
    let v = this.extras.get(f);
    if (v === undefined) {
      v = this.at(extraIndex(f, this.m.buckets));
      if (this.extras.size >= 1_000) this.extras.clear();
      this.extras.set(f, v);
    }
    return v;
  }
  /**
   * Probability per the head: each word's own features (cached per word), its bigram with the
   * word before ('^' before the first, '$' after the last) and the named extra features: the same
   * features as `featureIndices` (training). Words marked in `skip` are left out.
   */
  probability(infos: readonly WordModelInfo[], extra: readonly string[], skip: Uint8Array | null = null): number {
    const key = this.key;
    let sum = 0;
    for (const f of extra) sum += this.extra(f);
    let prev = START;
    for (let i = 0; i < infos.length; i++) {
      // An idiom's words ("nie ma to jak", "nothing but the best") say nothing on their own.
      if (skip?.[i]) continue;
      const info = infos[i]!;
      sum += info[key].own + this.at(bigramOf(prev, info.bigram, this.m.buckets));
      prev = info.bigram;
    }
    sum += this.at(bigramOf(prev, END, this.m.buckets));
    return 1 / (1 + Math.exp(-(this.m.bias + sum * this.m.scale)));
  }
  /**
   * Tokens whose own features push hardest towards the positive class (for the reasons): the word
   * feature alone (`top`), or with its character 4-grams (`own`), which carry most of a Polish
   * word's weight since its inflected forms share them.
   */
  topWords(
    tokens: readonly Token[],
    infos: readonly WordFacts[],
    min: number,
    n = 2,
    part: keyof WordPart = 'top',
    lang: 'pl' | 'en' = 'en',
  ): Token[] {
    const out: Array<{ t: Token; v: number }> = [];
    for (let i = 0; i < tokens.length; i++) {
      const w = infos[i]!;
      // A word the language's list calls negative ("ass", "głupi") counts with its character
      // n-grams too: its word feature alone may share the weight with its other forms.
      const v =
        (part === 'top' && listedNegative(w, lang, tokens[i]!.text) ? w[this.key].own : w[this.key][part]) *
        this.m.scale;
      // A word of one or two letters ("t" of "don't") or a stopword ("nie", "not") explains nothing.
      if (v > min && tokens[i]!.text.length > 2 && !w.stop && !praised(w, lang)) out.push({ t: tokens[i]!, v });
    }
    return out
      .sort((a, b) => b.v - a.v)
      .slice(0, n)
      .map((x) => x.t);
  }
}

// The bigram of the first word starts from '^'.
const START = wordHash('^');
const END = wordHash('$');

export const toxicityHead = new Head(TOXICITY_MODEL, 'tox');
export const negativityHead = new Head(NEGATIVITY_MODEL, 'neg');

/** Everything the heads need of one word, computed once per distinct word. */
export function wordModel(word: string): WordModelInfo {
  return { tox: toxicityHead.word(word), neg: negativityHead.word(word), bigram: wordHash(word) };
}

/** Per-language decision thresholds chosen by cross-validation on the training splits. */
export const TOXICITY_THRESHOLDS = { decide: TOXICITY_MODEL.thresholds, flag: TOXICITY_MODEL.flagThresholds } as const;
export const NEGATIVITY_THRESHOLDS = {
  decide: NEGATIVITY_MODEL.thresholds,
  flag: NEGATIVITY_MODEL.flagThresholds,
} as const;
export const MODEL_VERSION = `${TOXICITY_MODEL.version}+${NEGATIVITY_MODEL.version}`;
