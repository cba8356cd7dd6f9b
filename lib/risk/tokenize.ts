/**
 * Normalisation for scoring (docs/RELIABILITY.md G1) and the words of a comment, in one pass over the
 * original text: NFKC, zero-width and bidi controls removed, look-alike letters (Cyrillic, Greek,
 * mathematical alphabets) and leetspeak inside words mapped, Polish diacritics folded, lower
 * case, runs of 3+ identical letters collapsed; the words cut out as they are produced, each with
 * its span in the original text (for the reasons' underlines) and in the normalised text (for
 * gaps between words). The pass also notes the surface cues the scorer needs: ALL CAPS, "!!!",
 * Polish letters, angry emoji, and for the valence (valence.ts) lower case, the counts of "!" and
 * "?" and the emoticons and emoji that have a valence (emotes.ts). The normalised string itself
 * is only built on request (`normalizeText`: keywords, ignored phrases, irony cues). The
 * character tables are in `normalize.ts`.
 */
import { emojiValence, emoticonAt, isEmoticonStart } from './emotes';
import { NEGATIVE_EMOJI } from './lexicons/terms';
import {
  DIACRITICS,
  isAsciiLetter,
  isCombining,
  isInvisible,
  LEET,
  LETTER,
  letterAt,
  mapChar,
  MAX_SCORED_CHARS,
  WORD_CHAR,
} from './normalize';
import { joinSpaced, MAX_TOKENS, type Token } from './tokens';

export interface Tokenized {
  tokens: Token[];
  /** At least 8 cased letters and none in lower case. */
  caps: boolean;
  /** "!!!" or more. */
  bangs: boolean;
  /** Polish diacritics in the original text. */
  polishLetters: boolean;
  /** An angry or mocking emoji or emoticon. */
  negativeEmoji: boolean;
  /** A lower-case letter somewhere: ALL-CAPS words stand out only then (valence.ts). */
  lowerCase: boolean;
  /** How many "!" and "?" (valence emphasis). */
  exclamations: number;
  questions: number;
  /** Emoticons and emoji with a valence, as pairs: position in the normalised text, valence. */
  emotes: number[] | null;
}

const POLISH_LETTERS = [...Object.keys(DIACRITICS), ...Object.keys(DIACRITICS).map((c) => c.toUpperCase())];
const POLISH = new Set(POLISH_LETTERS.map((c) => c.charCodeAt(0)));
const POLISH_RE = new RegExp(`[${POLISH_LETTERS.join('')}]`);
const ASTRAL_NEGATIVE = new Set(NEGATIVE_EMOJI.filter((e) => e.length === 2 && e.charCodeAt(0) >= 0xd800));
const OTHER_NEGATIVE = NEGATIVE_EMOJI.filter((e) => !ASTRAL_NEGATIVE.has(e));

// Per non-ASCII character: is it a word character, a letter, and its case (cached, bounded).
const wordChars = new Map<string, number>();
/** Bits: 1 word character, 2 letter. */
function classOf(ch: string): number {
  let v = wordChars.get(ch);
  if (v === undefined) {
    v = (WORD_CHAR.test(ch) ? 1 : 0) | (LETTER.test(ch) ? 2 : 0);
    if (wordChars.size >= 4_096) wordChars.clear();
    wordChars.set(ch, v);
  }
  return v;
}
const cases = new Map<string, number>();
/** 0 uncased, 1 upper (or title) case, 2 lower case: as `isShouting` decides. */
function caseOf(ch: string): number {
  let v = cases.get(ch);
  if (v === undefined) {
    const lo = ch.toLowerCase();
    v = lo === ch.toUpperCase() ? 0 : ch === lo ? 2 : 1;
    if (cases.size >= 4_096) cases.clear();
    cases.set(ch, v);
  }
  return v;
}

const isWordAscii = (c: number) => (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 42;

const charClass = (x: string) => {
  const c = x.length === 1 ? x.charCodeAt(0) : 128;
  return c < 128 ? (isAsciiLetter(c) ? 3 : isWordAscii(c) ? 1 : 0) : classOf(x);
};

/**
 * The state of one pass. A single instance is reused (scanning is synchronous and never
 * re-entered), so no closures are created per comment.
 */
class Scanner {
  src = '';
  raw: Token[] = [];
  npos = 0;
  prev = '';
  run = 0;
  // The open token: start -1 when none. `mode` 0: its text is src[start, end); 1: the same in
  // lower case; 2: built in `buf`. `before`: its end before the last character.
  start = -1;
  end = 0;
  before = 0;
  nstart = 0;
  mode = 0;
  buf = '';
  /** Build the normalised string too (`norm`): only `normalizeText` asks for it. */
  keep = false;
  norm = '';

  reset(src: string, keep = false): void {
    this.src = src;
    this.keep = keep;
    this.norm = '';
    this.raw = [];
    this.npos = 0;
    this.prev = '';
    this.run = 0;
    this.start = -1;
    this.end = 0;
    this.before = 0;
    this.mode = 0;
    this.buf = '';
  }

  close(): void {
    if (this.start < 0) return;
    if (this.raw.length < MAX_TOKENS) {
      const { src, start, end } = this;
      const t =
        this.mode === 0 ? src.slice(start, end) : this.mode === 1 ? src.slice(start, end).toLowerCase() : this.buf;
      this.raw.push({ text: t, start, end, nstart: this.nstart, nend: this.npos });
    }
    this.start = -1;
  }

  /** A normalised character `c` coming from src[i]; `word`: a token character. */
  append(c: string, i: number, word: boolean, verbatim: 0 | 1 | 2): void {
    if (this.keep) this.norm += c;
    if (!word) {
      this.close();
      this.npos += c.length;
      return;
    }
    if (this.start < 0) {
      this.start = i;
      this.end = i;
      this.nstart = this.npos;
      this.mode = verbatim;
      this.buf = verbatim === 2 ? c : '';
    } else if (this.mode !== 2 && (verbatim === 2 || i !== this.end)) {
      const head = this.src.slice(this.start, this.end);
      this.buf = (this.mode === 0 ? head : head.toLowerCase()) + c;
      this.mode = 2;
    } else if (this.mode === 2) this.buf += c;
    else if (verbatim === 1) this.mode = 1;
    this.before = this.end;
    this.end = i + 1;
    this.npos += c.length;
  }

  /** Mirrors `normalize`'s push: doubles are kept, runs of three or more collapse to one. */
  push(c: string, i: number, letter: boolean, word: boolean, verbatim: 0 | 1 | 2): void {
    if (letter && c === this.prev) {
      this.run++;
      if (this.run === 1) this.append(c, i, word, verbatim);
      else if (this.run === 2 && this.keep) this.norm = this.norm.slice(0, this.norm.length - c.length);
      if (this.run === 2 && this.start >= 0) {
        // Drop the second of the run again (it is the last character of the open token).
        if (this.mode !== 2) {
          const head = this.src.slice(this.start, this.before);
          this.buf = this.mode === 0 ? head : head.toLowerCase();
          this.mode = 2;
        } else this.buf = this.buf.slice(0, this.buf.length - c.length);
        this.end = this.before;
        this.npos -= c.length;
      }
      return;
    }
    this.run = 0;
    this.prev = letter ? c : '';
    this.append(c, i, word, verbatim);
  }

  /** What one original character became after mapping (one or more characters). */
  pushMapped(c: string, i: number): void {
    if (c.length === 1) {
      const k = charClass(c);
      this.push(c, i, (k & 2) !== 0, (k & 1) !== 0, 2);
    } else
      for (const x of c) {
        const k = charClass(x);
        this.push(x, i, (k & 2) !== 0, (k & 1) !== 0, 2);
      }
  }
}
const S = new Scanner();

/** Tokenize a comment (only the first MAX_SCORED_CHARS are read). */
export function tokenize(text: string): Tokenized {
  return run(text, false).scan;
}

/** The normalised text (of the first MAX_SCORED_CHARS): what the rules compare phrases against. */
export function normalizeText(text: string): string {
  return run(text, true).norm;
}

/** What the pass notes besides the tokens (counted as it goes). */
interface Counts {
  upper: number;
  lower: boolean;
  bangRun: number;
  bangs: boolean;
  polishLetters: boolean;
  negativeEmoji: boolean;
  exclamations: number;
  questions: number;
  emotes: number[] | null;
}

function run(text: string, keep: boolean): { scan: Tokenized; norm: string } {
  const src = text.length > MAX_SCORED_CHARS ? text.slice(0, MAX_SCORED_CHARS) : text;
  S.reset(src, keep);
  const c: Counts = {
    upper: 0,
    lower: false,
    bangRun: 0,
    bangs: false,
    polishLetters: false,
    negativeEmoji: false,
    exclamations: 0,
    questions: 0,
    emotes: null,
  };
  const emoticon = src.length > 0 && isEmoticonStart(src.charCodeAt(0)) ? emoticonAt(src, 0) : 0;
  if (emoticon) c.emotes = [0, emoticon];
  for (let i = 0; i < src.length; i++) {
    const code = src.charCodeAt(i);
    if (code === 33) {
      c.exclamations++;
      if (++c.bangRun >= 3) c.bangs = true;
    } else {
      c.bangRun = 0;
      if (code === 63) c.questions++;
    }
    if (code >= 128) {
      i = readNonAscii(src, i, code, c);
      continue;
    }
    if (code >= 97 && code <= 122) {
      c.lower = true;
      const ch = src[i]!;
      // Fast path: the open token continues, verbatim, with a letter unlike the one before.
      if (S.start >= 0 && S.mode !== 2 && i === S.end && ch !== S.prev) {
        S.run = 0;
        S.prev = ch;
        S.before = S.end;
        S.end = i + 1;
        S.npos++;
        if (S.keep) S.norm += ch;
        continue;
      }
      S.push(ch, i, true, true, 0);
    } else if (code >= 65 && code <= 90) {
      c.upper++;
      S.push(String.fromCharCode(code + 32), i, true, true, 1);
    } else if (
      LEET[code] &&
      i + 1 < src.length &&
      (letterAt(src, i + 1) ||
        (S.prev !== '' && LEET[src.charCodeAt(i + 1)] && i + 2 < src.length && letterAt(src, i + 2)))
    )
      S.push(LEET[code]!, i, true, true, 2);
    else {
      // Emoticons stand after a space (or at the start): only there is one looked for.
      if (code <= 32 && i + 1 < src.length && isEmoticonStart(src.charCodeAt(i + 1))) {
        const v = emoticonAt(src, i + 1);
        if (v) (c.emotes ??= []).push(S.npos, v);
      }
      S.push(src[i]!, i, false, isWordAscii(code), 0);
    }
  }
  S.close();
  const { raw, norm } = S;
  S.reset('');
  const cues = wholeTextCues(text, src.length, c);
  return {
    scan: {
      tokens: joinSpaced(raw),
      caps: !c.lower && c.upper >= 8,
      ...cues,
      lowerCase: c.lower,
      exclamations: c.exclamations,
      questions: c.questions,
      emotes: c.emotes,
    },
    norm,
  };
}

/** One character of code 128 or more at `i`; returns the index of the last character it used. */
function readNonAscii(src: string, i: number, code: number, c: Counts): number {
  if (isInvisible(code)) return i;
  if (isCombining(code)) {
    // An ogonek written apart ("a\u0328") is still Polish.
    if (code === 0x328) c.polishLetters = true;
    return i;
  }
  if (code >= 0xd800 && code <= 0xdbff && i + 1 < src.length) {
    const pair = src.slice(i, i + 2);
    if (ASTRAL_NEGATIVE.has(pair)) c.negativeEmoji = true;
    const at = S.npos;
    const v = pushAstral(pair, i);
    if (v) (c.emotes ??= []).push(at, v);
    return i + 1;
  }
  const ch = src[i]!;
  if (POLISH.has(code)) c.polishLetters = true;
  // Symbols and dingbats (U+2600–U+2BFF): the emoji among them that have a valence ("❤", "☹").
  if (code >= 0x2600 && code <= 0x2bff) {
    const v = emojiValence(ch);
    if (v) (c.emotes ??= []).push(S.npos, v);
  }
  const cs = caseOf(ch);
  if (cs === 1) c.upper++;
  else if (cs === 2) c.lower = true;
  S.pushMapped(mapChar(ch), i);
  return i;
}

/**
 * A character outside the Basic Multilingual Plane: astral letters (mathematical alphabets) are
 * mapped like any letter, emoji stay whole. Returns the emoji's valence, 0 for none or a letter.
 */
function pushAstral(pair: string, at: number): number {
  if (classOf(pair) & 1) {
    S.pushMapped(mapChar(pair), at);
    return 0;
  }
  const v = emojiValence(pair);
  S.append(pair, at, false, 2);
  S.prev = '';
  return v ?? 0;
}

type Cues = Pick<Tokenized, 'bangs' | 'polishLetters' | 'negativeEmoji'>;

/** The cues of the whole text: beyond the scored prefix of a long comment too, as the reference checks them. */
function wholeTextCues(text: string, scored: number, cues: Cues): Cues {
  let { bangs, polishLetters, negativeEmoji } = cues;
  if (scored < text.length) {
    bangs ||= /!{3,}/.test(text.slice(MAX_SCORED_CHARS - 2));
    polishLetters ||= POLISH_RE.test(text.slice(MAX_SCORED_CHARS));
    negativeEmoji ||= NEGATIVE_EMOJI.some((e) => text.includes(e));
  }
  for (let k = 0; k < OTHER_NEGATIVE.length && !negativeEmoji; k++) negativeEmoji = text.includes(OTHER_NEGATIVE[k]!);
  return { bangs, polishLetters, negativeEmoji };
}
