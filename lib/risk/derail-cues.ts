/**
 * The politeness strategies that Zhang et al. 2018 ("Conversations Gone Awry", ACL) found at the
 * start of conversations that later turn into a personal attack, and those found where the talk
 * stays civil. Definitions follow the politeness strategies of Danescu-Niculescu-Mizil et al. 2013
 * as ConvoKit computes them (the same definitions Zhang et al. used), read per sentence:
 *
 * - raise the forecast: a sentence that starts with "you" (2nd person start); a direct question
 *   (what / why / who / how among its first two words); a direct start (so / then / and / but /
 *   or first); factuality ("in fact", "the point is", "actually", "really", "honestly", "surely").
 * - lower it: gratitude ("thank…", "I appreciate"); a greeting first (hi / hello / hey); "please"
 *   inside a sentence (a sentence that starts with "please" is an order, not a politeness marker);
 *   hedges (the hedge list of the politeness framework: "I think", "perhaps", "seems", "should"…).
 * - and the pronouns of "you-statements" and "I-statements": second-person words anywhere raise it,
 *   first-person singular words lower it (Kubany et al. 1992: you-statements draw more hostility
 *   than I-statements; Simmons et al. 2005: "you" marks negative exchanges between partners).
 *
 * Polish carries the same strategies in its own words (written here, with and without diacritics:
 * the text is folded). Each cue is the share of a comment's sentences that show it, so a tweet and a
 * long talk-page comment compare.
 */
import { fold } from './thread-features';
import type { Language } from './types';

export const CUES = [
  'youStart',
  'directQuestion',
  'directStart',
  'factuality',
  'gratitude',
  'greeting',
  'please',
  'hedge',
  'you',
  'self',
] as const;
export type Cue = (typeof CUES)[number];
/** Share of the comment's sentences showing each cue, each in [0, 1]. */
export type CueShares = Record<Cue, number>;

/** Phrases that count anywhere in a sentence; at one position the first kind listed wins. */
const PHRASE_KINDS = ['factuality', 'gratitude', 'please', 'hedge'] as const;
type PhraseKind = (typeof PHRASE_KINDS)[number];

/** The word lists of one language, as written. */
interface Spec {
  youStart: readonly string[];
  /** Second-person words anywhere ("you-statements"). */
  you: readonly string[];
  /** First-person singular words anywhere ("I-statements"). */
  self: readonly string[];
  question: readonly string[];
  directStart: readonly string[];
  greeting: readonly string[];
  phrases: Record<PhraseKind, readonly string[]>;
}

// The hedge list of the politeness strategies (Danescu-Niculescu-Mizil et al. 2013, after Hyland).
const EN_HEDGES = [
  'think', 'thought', 'thinking', 'almost', 'apparent', 'apparently', 'appear', 'appeared', 'appears',
  'approximately', 'around', 'assume', 'assumed', 'certain amount', 'certain extent', 'certain level',
  'claim', 'claimed', 'claims', 'doubt', 'doubtful', 'essentially', 'estimate', 'estimated', 'feel',
  'feels', 'felt', 'frequently', 'from our perspective', 'from my perspective', 'from this perspective',
  'generally', 'guess', 'in general', 'in most cases', 'in most instances', 'in our view', 'in my view',
  'in this view', 'in our opinion', 'in my opinion', 'to my knowledge', 'indicate', 'indicated',
  'indicates', 'largely', 'likely', 'mainly', 'may', 'maybe', 'might', 'mostly', 'often',
  'on the whole', 'ought', 'perhaps', 'plausible', 'plausibly', 'possible', 'possibly', 'postulate',
  'postulated', 'postulates', 'presumable', 'presumably', 'probable', 'probably', 'relatively',
  'roughly', 'seems', 'should', 'sometimes', 'somewhat', 'suggest', 'suggested', 'suggests', 'suppose',
  'supposed', 'supposes', 'suspect', 'suspects', 'tend to', 'tends to', 'tended to', 'typical',
  'typically', 'uncertain', 'uncertainly', 'unclear', 'unclearly', 'unlikely', 'usually', 'broadly',
  'fairly', 'quite', 'rather', 'argue', 'argues', 'argued',
]; // prettier-ignore
const PL_HEDGES = [
  'chyba', 'moze', 'byc moze', 'wydaje mi sie', 'wydaje sie', 'zdaje sie', 'moim zdaniem', 'mysle',
  'sadze', 'przypuszczam', 'prawdopodobnie', 'zapewne', 'raczej', 'mozliwe', 'sugeruje', 'o ile wiem',
  'na ogol', 'zazwyczaj', 'zwykle', 'czasem', 'czasami', 'czesto', 'w zasadzie', 'poniekad', 'troche',
  'dosc', 'powinien', 'powinna', 'powinno', 'powinni', 'powinnismy',
]; // prettier-ignore

const PL_YOU = [
  ...['ty', 'ciebie', 'tobie', 'toba', 'twoj', 'twoja', 'twoje', 'twojego', 'twoim', 'twoich'],
  ...['wy', 'was', 'wam', 'wami', 'wasz', 'wasza', 'wasze', 'waszego', 'waszym', 'waszych'],
];
const SPECS: Record<'en' | 'pl', Spec> = {
  en: {
    youStart: ['you', 'your', 'yours', 'yourself', 'yourselves'],
    you: ['you', 'your', 'yours', 'yourself', 'yourselves', 'u', 'ur'],
    // Polish "i" means "and": only English reads it as "I".
    self: ['i', 'me', 'my', 'mine', 'myself'],
    question: ['what', 'why', 'who', 'how'],
    directStart: ['so', 'then', 'and', 'but', 'or'],
    greeting: ['hi', 'hello', 'hey'],
    phrases: {
      factuality: ['in fact', 'the point', 'the reality', 'the truth', 'really', 'actually', 'honestly', 'surely'],
      gratitude: ['thank', 'thanks', 'thankful', 'thanking', 'thanked', 'thx', 'i appreciate', 'appreciated'],
      please: ['please', 'pls', 'plz'],
      hedge: EN_HEDGES,
    },
  },
  pl: {
    youStart: PL_YOU,
    you: PL_YOU,
    self: ['ja', 'mnie', 'mi', 'mna', 'moj', 'moja', 'moje', 'mojego', 'moim', 'mojej', 'moich'],
    question: ['dlaczego', 'czemu', 'co', 'kto', 'jak', 'czyj', 'czyja', 'czyje'],
    directStart: ['wiec', 'ale', 'a', 'i', 'czyli'],
    greeting: ['czesc', 'hej', 'hejka', 'witam', 'witaj', 'witajcie', 'siema', 'dzien dobry', 'dobry wieczor'],
    phrases: {
      factuality: [
        'w rzeczywistosci',
        'tak naprawde',
        'naprawde',
        'faktycznie',
        'szczerze',
        'w istocie',
        'prawda jest taka',
      ],
      gratitude: ['dziekuje', 'dziekujemy', 'dziekujecie', 'dzieki', 'dziekuja', 'doceniam', 'wdzieczny', 'wdzieczna'],
      please: ['prosze', 'prosimy', 'uprzejmie prosze'],
      hedge: PL_HEDGES,
    },
  },
};

// What a listed word can be, as bits.
const YOU_START = 1;
const QUESTION = 2;
const DIRECT_START = 4;
const GREETING = 8;
const YOU = 16;
const SELF = 32;
const PHRASE = 64;

interface Phrase {
  words: readonly string[];
  kind: PhraseKind;
  /** 1 << the kind's place in PHRASE_KINDS. */
  bit: number;
  /** A first-person word after the phrase's first word ("in my view"). */
  innerSelf: boolean;
}

/** A listed word: what it can be, the phrases and greetings it opens (tried in this order). */
interface Entry {
  word: string;
  flags: number;
  phrases: Phrase[];
  greetings: string[][];
}

/**
 * The text's words are never cut out as strings: each is a span of the folded text and a hash of
 * its characters, and a listed word is found by its hash, then compared in place.
 */
function hashOf(t: string, start: number, end: number): number {
  let h = 0x811c9dc5;
  for (let i = start; i < end; i++) h = Math.imul(h ^ t.charCodeAt(i), 0x01000193);
  // Small integers are the fastest map keys.
  return h & 0x3fffffff;
}

interface Lists {
  byHash: ReadonlyMap<number, readonly Entry[]>;
  /** Low 16 bits of the listed words' hashes: most words are ruled out by one array read. */
  filter: Uint8Array;
}

function compile(spec: Spec): Lists {
  const byWord = new Map<string, Entry>();
  const entry = (word: string) => {
    let e = byWord.get(word);
    if (!e) byWord.set(word, (e = { word, flags: 0, phrases: [], greetings: [] }));
    return e;
  };
  const flag = (words: readonly string[], bit: number) => {
    for (const w of words) entry(w).flags |= bit;
  };
  flag(spec.youStart, YOU_START);
  flag(spec.question, QUESTION);
  flag(spec.directStart, DIRECT_START);
  flag(spec.you, YOU);
  flag(spec.self, SELF);
  for (const g of spec.greeting.map((x) => x.split(' '))) {
    flag([g[0]!], GREETING);
    entry(g[0]!).greetings.push(g);
  }
  // The first kind listed wins, then the longest phrase.
  const all = PHRASE_KINDS.flatMap((kind, order) =>
    spec.phrases[kind].map((p) => ({ words: p.split(' '), kind, order })),
  ).sort((x, y) => x.order - y.order || y.words.length - x.words.length);
  for (const { words, kind } of all) {
    flag([words[0]!], PHRASE);
    entry(words[0]!).phrases.push({
      words,
      kind,
      bit: 1 << PHRASE_KINDS.indexOf(kind),
      innerSelf: words.slice(1).some((w) => spec.self.includes(w)),
    });
  }
  const byHash = new Map<number, Entry[]>();
  const filter = new Uint8Array(0x10000);
  for (const e of byWord.values()) {
    const h = hashOf(e.word, 0, e.word.length);
    byHash.set(h, [...(byHash.get(h) ?? []), e]);
    filter[h & 0xffff] = 1;
  }
  return { byHash, filter };
}

const LISTS = { en: compile(SPECS.en), pl: compile(SPECS.pl) };

/** Scored text, as for the comment's own score. */
const MAX_CHARS = 5_000;
// The words of the sentence being read: spans of the folded text T and their hashes. Buffers are
// shared (reading is synchronous and never re-entered); 5,000 characters hold at most 2,500 words.
let T = '';
let N = 0;
const START = new Int32Array(MAX_CHARS / 2 + 1);
const END = new Int32Array(MAX_CHARS / 2 + 1);
const HASH = new Int32Array(MAX_CHARS / 2 + 1);

function push(start: number, end: number, hash: number): void {
  START[N] = start;
  END[N] = end;
  HASH[N] = hash;
  N++;
}

/** Word `i` of the sentence equals `w`. */
function is(i: number, w: string): boolean {
  return i < N && END[i]! - START[i]! === w.length && T.startsWith(w, START[i]!);
}

/** The listed word at `i`, if it is one. */
function entryAt(i: number, l: Lists): Entry | undefined {
  const h = HASH[i]!;
  if (l.filter[h & 0xffff] === 0) return undefined;
  const list = l.byHash.get(h);
  if (list) for (const e of list) if (is(i, e.word)) return e;
  return undefined;
}

/** What is read: the cues of each sentence, or (for `sentences`) the sentences themselves. */
interface Reader {
  lists: Lists;
  out: CueShares;
  collect?: string[];
}

function endSentence(r: Reader): void {
  if (r.collect) r.collect.push(Array.from({ length: N }, (_, i) => T.slice(START[i], END[i])).join(' '));
  else sentenceCues(r.lists, r.out);
  N = 0;
}

// One pass over the folded text: "@name" handles are skipped (a reply that opens with one still
// starts with its next word), words are runs of letters and digits with one apostrophe and the
// letters after it ("don't"), and . ! ? ; or a line break ends a sentence. Plain ASCII text (most
// comments once folded) is read character by character with the same rules, several times faster.
const TOKENS = /(@[\p{L}\p{N}_.]+)|([\p{L}\p{N}]+(?:'\p{L}+)?)|[.!?;\n]/gu;

const isLowerAscii = (c: number) => c >= 97 && c <= 122;
const isHandle = (c: number) => isLowerAscii(c) || (c >= 48 && c <= 57) || c === 95 || c === 46;
// . ! ? ; and a line break
const isStop = (c: number) => c === 46 || c === 33 || c === 63 || c === 59 || c === 10;

/**
 * TOKENS for plain ASCII, read character by character (a regex match per word costs more); -1 at
 * the first other character (the caller then starts again with `readUnicode`).
 */
function readAscii(r: Reader): number {
  const t = T;
  const len = t.length;
  let n = 0;
  let i = 0;
  while (i < len) {
    let c = t.charCodeAt(i);
    if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57)) {
      // A word, hashed as it is read (hashOf).
      const start = i;
      let h = 0x811c9dc5;
      do {
        h = Math.imul(h ^ c, 0x01000193);
        c = ++i < len ? t.charCodeAt(i) : 0;
      } while ((c >= 97 && c <= 122) || (c >= 48 && c <= 57));
      if (c === 39 && i + 1 < len && isLowerAscii(t.charCodeAt(i + 1))) {
        do {
          h = Math.imul(h ^ c, 0x01000193);
          c = ++i < len ? t.charCodeAt(i) : 0;
        } while (c >= 97 && c <= 122);
      }
      push(start, i, h & 0x3fffffff);
    } else if (c === 64 && i + 1 < len && isHandle(t.charCodeAt(i + 1))) {
      for (i += 2; i < len && isHandle(t.charCodeAt(i));) i++;
    } else if (c >= 128) {
      return -1;
    } else {
      if (N > 0 && isStop(c)) {
        endSentence(r);
        n++;
      }
      i++;
    }
  }
  return n;
}

/** TOKENS over any text. */
function readUnicode(r: Reader): number {
  let n = 0;
  TOKENS.lastIndex = 0;
  for (let m = TOKENS.exec(T); m; m = TOKENS.exec(T)) {
    if (m[1]) continue;
    if (m[2]) push(m.index, m.index + m[2].length, hashOf(T, m.index, m.index + m[2].length));
    else if (N > 0) {
      endSentence(r);
      n++;
    }
  }
  return n;
}

/** Reads the folded text sentence by sentence; returns how many sentences. */
function read(text: string, r: Reader): number {
  T = fold(text.length > MAX_CHARS ? text.slice(0, MAX_CHARS) : text);
  N = 0;
  let n = readAscii(r);
  if (n < 0) {
    // Not plain ASCII after all: forget what was read and start again.
    N = 0;
    if (r.collect) r.collect.length = 0;
    for (const k of CUES) r.out[k] = 0;
    n = readUnicode(r);
  }
  if (N > 0) {
    endSentence(r);
    n++;
  }
  return n;
}

const zero = (): CueShares => ({
  youStart: 0,
  directQuestion: 0,
  directStart: 0,
  factuality: 0,
  gratitude: 0,
  greeting: 0,
  please: 0,
  hedge: 0,
  you: 0,
  self: 0,
});

/** The sentences of a folded text, each as its words joined by one space. */
export function sentences(text: string): string[] {
  const collect: string[] = [];
  read(text, { lists: LISTS.en, out: zero(), collect });
  return collect;
}

const opens = (words: readonly string[], from: number) => {
  for (let k = 1; k < words.length; k++) if (!is(from + k, words[k]!)) return false;
  return true;
};

/** Cues at the start of a sentence: "you…", a direct question, a direct start, a greeting. */
function startCues(l: Lists, into: CueShares): void {
  const e0 = entryAt(0, l);
  const f0 = e0 ? e0.flags : 0;
  if (f0 & YOU_START) into.youStart++;
  if (f0 & QUESTION || (N > 1 && (entryAt(1, l)?.flags ?? 0) & QUESTION)) into.directQuestion++;
  if (f0 & DIRECT_START) into.directStart++;
  if (f0 & GREETING && e0!.greetings.some((g) => opens(g, 0))) into.greeting++;
}

/** The phrase listed under `e` that starts at word `i`, if any (they are in the order to try). */
function phraseAt(e: Entry, i: number): Phrase | undefined {
  for (const p of e.phrases) if (opens(p.words, i)) return p;
  return undefined;
}

/** The cues of the sentence just read, added to `into`. */
function sentenceCues(l: Lists, into: CueShares): void {
  startCues(l, into);
  let pronouns = 0;
  let found = 0;
  // Phrases are read left to right and do not overlap; "please" opening the sentence is an order.
  for (let i = 0; i < N;) {
    const e = entryAt(i, l);
    const p = e && e.flags & PHRASE ? phraseAt(e, i) : undefined;
    if (e) pronouns |= e.flags;
    if (!p) {
      i++;
      continue;
    }
    if (p.innerSelf) pronouns |= SELF;
    if (p.kind !== 'please' || i > 0) found |= p.bit;
    i += p.words.length;
  }
  if (pronouns & YOU) into.you++;
  if (pronouns & SELF) into.self++;
  for (let b = 0; b < PHRASE_KINDS.length; b++) if (found & (1 << b)) into[PHRASE_KINDS[b]!]++;
}

/** Share of the comment's sentences that show each cue; Polish lists for Polish, English otherwise. */
export function derailCues(text: string, language: Language): CueShares {
  const out = zero();
  const n = read(text, { lists: LISTS[language === 'pl' ? 'pl' : 'en'], out });
  if (n > 0) for (const k of CUES) out[k] /= n;
  return out;
}
