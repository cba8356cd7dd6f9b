/**
 * Words that are mentioned rather than used: the inside of a quotation of two words or more
 * ("Film 'Oszust z Tindera' był świetny", the paper "Worse is better") and an English title in
 * Title Case ("A Field Experiment on Labor Market Discrimination"). A crisis word there names a
 * film, a paper or someone else's phrase, not the writer's situation, so the situation lexicon
 * does not count it (the heads still read the whole comment).
 */
import type { Token } from './tokens';

/** Opening and closing quotation marks: straight, typographic, Polish „…” and guillemets. */
const QUOTED =
  /(?:^|[\s([{:;,])(?:"([^"\n]{3,160})"|“([^”"\n]{3,160})”|„([^”"\n]{3,160})[”"]|«([^»\n]{3,160})»|'([^'\n]{3,160})'(?=[\s.,!?;:)\]}]|$)|‘([^’\n]{3,160})’)/g;
/** Words for a work with a title (normalised: lowercase, no diacritics). */
const WORK =
  /^(film\w*|serial\w*|ksiazk\w*|kryminal\w*|thriller\w*|horror\w*|powiesc\w*|piosenk\w*|utw[oó]r\w*|artykul\w*|odcin\w*|program\w*|gra$|gry$|movie|movies|film|book|books|novel|song|album|paper|article|series|show|episode|game|documentary|doc|docs|podcast\w*|reportaz\w*|dokument\w*)$/;
/** Reading or watching a work: a quotation right after these names one ("czytał ktoś „Oszustwo doskonałe”?"). */
const READ_OR_WATCH = /^(czyta\w*|przeczyta\w*|oglad\w*|obejrz\w*|sluchal\w*|reading|watched|watching|rewatching)$/;
/** Fiction and screen works a story happens inside: "W książce, którą czytam, urzędnik jest opryskliwy". */
const FICTION =
  /^(film\w*|serial\w*|ksiazce|ksiazkach|powiesci|kryminale|odcinku|movie|book|novel|series|show|episode|sitcom|documentary)$/;
/** "w", "in", optionally with "the", "this", "my"… before it. */
const IN = new Set(['w', 'we', 'in']);
const DETERMINER = new Set(['the', 'this', 'that', 'my', 'a', 'tym', 'tej', 'moim', 'mojej', 'nowym', 'nowej']);
/** What a work is about: "a doc about a fake charity fraud", "film o oszustach". */
const ABOUT = new Set(['about', 'o', 'on']);
/** A work's topic runs at most this many words, to the end of its clause. */
const TOPIC_WORDS = 6;
/** Short lowercase words a title keeps inside its run of capitals. */
const TITLE_GLUE = new Set([
  'a',
  'an',
  'the',
  'of',
  'in',
  'on',
  'for',
  'and',
  'or',
  'to',
  'at',
  'by',
  'with',
  'from',
  'as',
  'is',
  'vs',
]);
const CAPITALISED = /^\p{Lu}\p{Ll}/u;
/** A title run needs this many capitalised words and may cover at most this share of the comment. */
const TITLE_WORDS = 3;
const TITLE_SHARE = 0.5;

/**
 * Per token, true where the token is inside a quotation of two words or more or inside an
 * English Title-Case run; null when the comment has neither (the common case).
 */
export function mentionMask(text: string, tokens: readonly Token[], worksOnly = false): Uint8Array | null {
  let mask: Uint8Array | null = null;
  const mark = (from: number, to: number) => {
    mask ??= new Uint8Array(tokens.length);
    for (let i = from; i < to; i++) mask[i] = 1;
  };
  if (/["“„«']|‘/.test(text)) {
    for (const m of text.matchAll(QUOTED)) {
      const inner = m.slice(1).find((g) => g !== undefined)!;
      const start = m.index + m[0].indexOf(inner);
      const end = start + inner.length;
      let first = -1;
      let last = -1;
      for (let i = 0; i < tokens.length; i++) {
        if (tokens[i]!.start >= start && tokens[i]!.end <= end) {
          if (first < 0) first = i;
          last = i;
        }
      }
      if (first >= 0 && last > first && (!worksOnly || namesWork(first, last))) mark(first, last + 1);
    }
  }
  if (worksOnly) {
    markTopics();
    return mask;
  }
  // Title Case runs: capitalised words with short glue words between them.
  const word = (k: number) => text.slice(tokens[k]!.start, tokens[k]!.end);
  let i = 0;
  while (i < tokens.length) {
    if (!CAPITALISED.test(word(i))) {
      i++;
      continue;
    }
    let j = i;
    let caps = 0;
    let end = i;
    while (j < tokens.length) {
      const t = word(j);
      if (CAPITALISED.test(t)) {
        // The first word of a sentence is capitalised anyway: it does not make a title.
        if (j > 0 && !/[.!?\n]/.test(gap(text, tokens, j - 1))) caps++;
        end = j + 1;
      } else if (!TITLE_GLUE.has(t)) break;
      // A sentence end breaks the run ("… Control. The …").
      if (j + 1 < tokens.length && /[.!?]/.test(gap(text, tokens, j))) break;
      j++;
    }
    if (caps >= TITLE_WORDS && end - i <= tokens.length * TITLE_SHARE) mark(i, end);
    i = Math.max(end, i + 1);
  }
  return mask;

  /** The words after "a film about", "książka o", "czytałam o", up to the clause's end: the work's topic. */
  function markTopics(): void {
    for (let k = 0; k + 2 < tokens.length; k++) {
      const t = tokens[k]!.text;
      if (insideAWork(text, tokens, k)) mark(k + 1, sentenceEnd(text, tokens, k + 1));
      if (!(WORK.test(t) || READ_OR_WATCH.test(t) || t === 'read') || !ABOUT.has(tokens[k + 1]!.text)) continue;
      mark(k + 2, topicEnd(k + 2));
    }
  }

  /** Where a topic starting at `from` ends: its clause's end; "o tym, jak…" goes on past its comma. */
  function topicEnd(from: number): number {
    let commas = tokens[from]!.text === 'tym' ? -1 : 0;
    let end = from;
    while (end < tokens.length && end < from + TOPIC_WORDS + (commas < 0 ? 2 : 0)) {
      const between = end > from ? gap(text, tokens, end - 1) : '';
      if (/[.;:!?\n]/.test(between) || (between.includes(',') && ++commas > 0)) break;
      end++;
    }
    return end;
  }

  /** A quotation right after a word for a work ("film", "książka", "paper") or for reading one, or followed by one. */
  function namesWork(first: number, last: number): boolean {
    for (let k = Math.max(0, first - 2); k < first; k++)
      if (WORK.test(tokens[k]!.text) || READ_OR_WATCH.test(tokens[k]!.text)) return true;
    for (let k = last + 1; k < Math.min(tokens.length, last + 4); k++) if (WORK.test(tokens[k]!.text)) return true;
    return false;
  }
}

/** The text between token k and token k + 1. */
function gap(text: string, tokens: readonly Token[], k: number): string {
  return text.slice(tokens[k]!.end, tokens[k + 1]!.start);
}

/** "W książce…", "In the show…" opening a sentence: what follows, to the sentence's end, happens in the work. */
function insideAWork(text: string, tokens: readonly Token[], k: number): boolean {
  if (!FICTION.test(tokens[k]!.text)) return false;
  const at =
    k > 0 && IN.has(tokens[k - 1]!.text)
      ? k - 1
      : k > 1 && DETERMINER.has(tokens[k - 1]!.text) && IN.has(tokens[k - 2]!.text)
        ? k - 2
        : -1;
  return at === 0 || (at > 0 && /[.!?\n]/.test(gap(text, tokens, at - 1)));
}

/** The end of the sentence that `from` is in (at most 30 words on). */
function sentenceEnd(text: string, tokens: readonly Token[], from: number): number {
  let end = from;
  while (end < tokens.length && end < from + 30 && !(end > from && /[.!?\n]/.test(gap(text, tokens, end - 1)))) end++;
  return end;
}
