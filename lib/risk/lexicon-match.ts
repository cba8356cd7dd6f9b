/**
 * Lexicon matching over tokens: curated stems and phrases, the Polish vulgarism list, brand and
 * watch keywords, with negation. Literal matching only (no user-supplied regex: docs/RELIABILITY.md B3).
 */
import { TERMS, type LexTarget } from './lexicons/terms';
import { HEDGES, IDIOMS } from './lexicons/idioms';
import { PL_VULGAR } from './generated/pl-vulgar';
import { tokenize } from './tokenize';
import { joinedToNext, type Token } from './tokens';

/** A curated target, or `idiom`: a phrase that cancels what its words would say alone. */
export type MatchTarget = LexTarget | 'idiom';

export interface Hit {
  target: MatchTarget;
  weight: number;
  /** Range in the text the tokens were read from (the original comment when scoring). */
  start: number;
  end: number;
  /** Index of its first token, and how many tokens it spans (1 when absent). */
  token: number;
  tokens?: number;
  negated: boolean;
  source: 'lexicon' | 'keyword';
  /** A situation frame (frames.ts): counts only in a negative or hostile comment (grave signals: in any tone). */
  frame?: true;
  /** A frame that counts in any tone that is not warm (`Frame.anyTone`). */
  anyTone?: true;
}

/** What matching needs of a word (the word facts of `words.ts` have it). */
export interface MatchWord {
  entries: Entry[];
  vulgar: boolean;
  negator: boolean;
}

export interface Entry {
  stems: string[];
  exact: boolean[];
  target: MatchTarget;
  weight: number;
}

/**
 * Function words inside a phrase are whole words: "the refund" is not "They refunded", "a refund"
 * not "any refund", "po waszym" not "pod waszym". The last word of a phrase stays a prefix.
 */
const FUNCTION_WORDS = new Set([
  ...['a', 'an', 'and', 'at', 'be', 'by', 'do', 'for', 'he', 'i', 'in', 'is', 'it', 'me', 'my', 'no', 'not', 'of'],
  ...['on', 'or', 'our', 'she', 'so', 'the', 'to', 'us', 'we', 'you', 'your', 'they', 'them', 'their', 'was', 'were'],
  ...['ale', 'bo', 'co', 'czy', 'jak', 'mi', 'mnie', 'na', 'nie', 'o', 'od', 'po', 'sie', 'ta', 'te', 'ten', 'to', 'u'],
  ...['w', 'we', 'z', 'za', 'ze'],
]);

/** A curated pattern's stems, and which of them must be the whole word (a trailing `$`). */
export function parsePattern(pattern: string): { stems: string[]; exact: boolean[] } {
  const parts = pattern.split(' ');
  const stems = parts.map((p) => p.replace(/\$$/, ''));
  return {
    stems,
    exact: parts.map((p, i) => p.endsWith('$') || (i < parts.length - 1 && FUNCTION_WORDS.has(stems[i]!))),
  };
}

function compile(pattern: string, target: MatchTarget, weight: number): Entry {
  return { ...parsePattern(pattern), target, weight };
}

// The indexes are built on first use, not when the module loads (page start-up).
let tables: { byHead: Map<string, Entry[]>; vulgar: readonly string[] } | null = null;
function lexicon(): { byHead: Map<string, Entry[]>; vulgar: readonly string[] } {
  if (tables) return tables;
  const byHead = new Map<string, Entry[]>();
  for (const [p, t, w] of [
    ...TERMS,
    ...IDIOMS.map((i) => [i, 'idiom', 0.6] as const),
    ...HEDGES.map((i) => [i, 'idiom', 0] as const),
  ]) {
    const e = compile(p, t, w);
    const head = e.stems[0]!.slice(0, 3);
    const list = byHead.get(head);
    if (list) list.push(e);
    else byHead.set(head, [e]);
  }
  // The vulgar forms stay a sorted list (the generator sorts them), searched by halves: a Set of
  // 6,000 words took a few milliseconds to fill on a page's first comment, and only words not
  // seen before are looked up.
  tables = { byHead, vulgar: PL_VULGAR.split(' ') };
  return tables;
}

/** Is `word` in `sorted` (ascending, by UTF-16 code units as Array.prototype.sort leaves it)? */
export function sortedHas(sorted: readonly string[], word: string): boolean {
  let lo = 0;
  let hi = sorted.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const w = sorted[mid]!;
    if (w === word) return true;
    if (w < word) lo = mid + 1;
    else hi = mid - 1;
  }
  return false;
}

/**
 * Does a token match a stem? `*` in the token stands for any one letter ("k*rwa", "f**k"), in a
 * word that shows at least two letters and no more stars than letters: "*a*" or a lone "*" (a
 * markdown emphasis, "* _ *") would otherwise be any short word.
 */
export function matches(token: string, stem: string, exact: boolean): boolean {
  if (exact ? token.length !== stem.length : token.length < stem.length) return false;
  let stars = 0;
  for (let i = 0; i < stem.length; i++) {
    const c = token[i];
    if (c === stem[i]) continue;
    if (c !== '*') return false;
    stars++;
  }
  return stars === 0 || maskedWordReadable(token);
}

/** How many tokens a parsed pattern covers from token `i` (0 when it does not stand there). */
export function patternLength(
  tokens: readonly { text: string }[],
  i: number,
  p: { stems: string[]; exact: boolean[] },
): number {
  let k = 0;
  while (k < p.stems.length && i + k < tokens.length && matches(tokens[i + k]!.text, p.stems[k]!, p.exact[k]!)) k++;
  return k === p.stems.length ? k : 0;
}

/** The first of `patterns` standing between tokens `from` and `to`: its first token and length. */
export function findPattern(
  tokens: readonly { text: string }[],
  from: number,
  to: number,
  patterns: readonly { stems: string[]; exact: boolean[] }[],
): [number, number] | null {
  for (let i = Math.max(0, from); i < Math.min(tokens.length, to); i++)
    for (const p of patterns) {
      const n = patternLength(tokens, i, p);
      if (n) return [i, n];
    }
  return null;
}

/** A masked word ("k*rwa") shows at least two letters and no more stars than letters. */
function maskedWordReadable(token: string): boolean {
  let stars = 0;
  for (let i = 0; i < token.length; i++) if (token.charCodeAt(i) === 42) stars++;
  return token.length - stars >= 2 && stars <= token.length - stars;
}

/**
 * A negator one or two words before, in the same clause: "nie polecam", "not really good"; a
 * comma or a full stop in between ends it ("likwidator nie oddzwania. nigdy więcej").
 */
function isNegated(tokens: readonly Token[], infos: readonly MatchWord[], i: number): boolean {
  const joined = (k: number) => joinedToNext(tokens, k);
  if (i > 0 && infos[i - 1]!.negator && joined(i - 1)) return true;
  return i > 1 && infos[i - 2]!.negator && joined(i - 2) && joined(i - 1);
}

const NO_ENTRIES: Entry[] = [];

/** Punctuation that ends a clause: a phrase does not reach across it ("Nie, polecam…" is no "nie polecam"). */
const CLAUSE_END = /[.,;:!?]/;
/** Polish puts a comma before these, inside the phrase itself ("mówią, że", "prawda, czy", "zobaczycie, co"). */
const AFTER_COMMA = new Set(['ze', 'iz', 'czy', 'zeby', 'co']);

/** Whether a clause ends between token k − 1 and token k. */
function clauseBreak(text: string, tokens: readonly Token[], k: number): boolean {
  const a = tokens[k - 1]!.end;
  const b = tokens[k]!.start;
  if (b - a <= 1 && !CLAUSE_END.test(text.charAt(a))) return false;
  return CLAUSE_END.test(text.slice(a, b)) && !AFTER_COMMA.has(tokens[k]!.text);
}

/** The lexicon side of a word: is it a Polish vulgarism, and which entries its first stem starts. */
export function lexiconCandidates(tok: string): { vulgar: boolean; entries: Entry[] } {
  const { byHead, vulgar: VULGAR } = lexicon();
  const wild = tok.includes('*');
  const vulgar =
    sortedHas(VULGAR, tok) ||
    (wild && tok.length >= 4 && VULGAR.some((v) => v.length === tok.length && matches(tok, v, true)));
  // Most words start no entry: no array is built for them.
  let entries = NO_ENTRIES;
  const take = (list: readonly Entry[] | undefined) => {
    if (list)
      for (const e of list)
        if (matches(tok, e.stems[0]!, e.exact[0]!)) (entries === NO_ENTRIES ? (entries = []) : entries).push(e);
  };
  // A word with "*" may stand for any head it matches; any other word has exactly one.
  if (wild) {
    for (const [head, list] of byHead) if (matches(tok, head, false)) take(list);
  } else take(byHead.get(tok.slice(0, 3)));
  return { vulgar, entries };
}

/** Lexicon hits in tokens; `infos[i]` is the word information of `tokens[i]` (words.ts). */
export function matchLexicon(tokens: readonly Token[], infos: readonly MatchWord[], text?: string): Hit[] {
  const hits: Hit[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const info = infos[i]!;
    if (info.vulgar)
      hits.push({
        target: 'profanity',
        weight: 0.75,
        start: tokens[i]!.start,
        end: tokens[i]!.end,
        token: i,
        negated: false,
        source: 'lexicon',
      });
    if (info.entries.length === 0) continue;
    for (const e of info.entries) {
      let ok = true;
      for (let k = 1; k < e.stems.length && ok; k++) {
        const t = tokens[i + k];
        ok =
          !!t && matches(t.text, e.stems[k]!, e.exact[k]!) && (text === undefined || !clauseBreak(text, tokens, i + k));
      }
      if (!ok) continue;
      const last = tokens[i + e.stems.length - 1]!;
      hits.push({
        target: e.target,
        weight: e.weight,
        start: tokens[i]!.start,
        end: last.end,
        token: i,
        tokens: e.stems.length,
        negated: isNegated(tokens, infos, i),
        source: 'lexicon',
      });
    }
  }
  return hits;
}

/** Hits of brand names and watch keywords (literal, normalised, whole-word prefixes). */
// A keyword's normalised words, per keyword: the same few brand names are matched in every comment.
const keywordStems = new Map<string, string[]>();
function stemsOf(kw: string): string[] {
  let stems = keywordStems.get(kw);
  if (!stems) {
    stems = tokenize(kw).tokens.map((t) => t.text);
    if (keywordStems.size >= 1_000) keywordStems.clear();
    keywordStems.set(kw, stems);
  }
  return stems;
}

export function matchKeywords(tokens: readonly Token[], keywords: readonly string[]): Hit[] {
  const hits: Hit[] = [];
  for (const kw of keywords) {
    const stems = stemsOf(kw);
    // A keyword left with one letter ("(a+)+$", "C++", saved before Settings refused them) would
    // match the one-letter words of nearly every Polish comment.
    if (stems.join('').length < 2) continue;
    for (let i = 0; i + stems.length <= tokens.length; i++) {
      if (stems.every((s, k) => matches(tokens[i + k]!.text, s, false))) {
        hits.push({
          target: 'brandMention',
          weight: 0.4,
          start: tokens[i]!.start,
          end: tokens[i + stems.length - 1]!.end,
          token: i,
          tokens: stems.length,
          negated: false,
          source: 'keyword',
        });
      }
    }
  }
  return hits;
}
