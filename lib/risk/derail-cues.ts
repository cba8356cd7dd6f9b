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

/** Where a phrase anywhere in a sentence counts; at one position the first kind listed wins. */
const PHRASE_KINDS = ['factuality', 'gratitude', 'please', 'hedge'] as const;
type PhraseKind = (typeof PHRASE_KINDS)[number];
interface Phrase {
  words: readonly string[];
  kind: PhraseKind;
}

interface Lists {
  youStart: ReadonlySet<string>;
  /** Second-person words anywhere ("you-statements"). */
  you: ReadonlySet<string>;
  /** First-person singular words anywhere ("I-statements"). */
  self: ReadonlySet<string>;
  question: ReadonlySet<string>;
  directStart: ReadonlySet<string>;
  greeting: readonly (readonly string[])[];
  /** Phrases by their first word: factuality, gratitude, please and hedges, longest first. */
  phrases: ReadonlyMap<string, readonly Phrase[]>;
}

function phraseTable(lists: Record<PhraseKind, readonly string[]>): Map<string, Phrase[]> {
  const all = PHRASE_KINDS.flatMap((kind, k) => lists[kind].map((p) => ({ words: p.split(' '), kind, order: k }))).sort(
    (x, y) => x.order - y.order || y.words.length - x.words.length,
  );
  const table = new Map<string, Phrase[]>();
  for (const { words, kind } of all) {
    const list = table.get(words[0]!) ?? [];
    list.push({ words, kind });
    table.set(words[0]!, list);
  }
  return table;
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
const LISTS: Record<'en' | 'pl', Lists> = {
  en: {
    youStart: new Set(['you', 'your', 'yours', 'yourself', 'yourselves']),
    you: new Set(['you', 'your', 'yours', 'yourself', 'yourselves', 'u', 'ur']),
    // Polish "i" means "and": only English reads it as "I".
    self: new Set(['i', 'me', 'my', 'mine', 'myself']),
    question: new Set(['what', 'why', 'who', 'how']),
    directStart: new Set(['so', 'then', 'and', 'but', 'or']),
    greeting: [['hi'], ['hello'], ['hey']],
    phrases: phraseTable({
      factuality: ['in fact', 'the point', 'the reality', 'the truth', 'really', 'actually', 'honestly', 'surely'],
      gratitude: ['thank', 'thanks', 'thankful', 'thanking', 'thanked', 'thx', 'i appreciate', 'appreciated'],
      please: ['please', 'pls', 'plz'],
      hedge: EN_HEDGES,
    }),
  },
  pl: {
    youStart: new Set(PL_YOU),
    you: new Set(PL_YOU),
    self: new Set(['ja', 'mnie', 'mi', 'mna', 'moj', 'moja', 'moje', 'mojego', 'moim', 'mojej', 'moich']),
    question: new Set(['dlaczego', 'czemu', 'co', 'kto', 'jak', 'czyj', 'czyja', 'czyje']),
    directStart: new Set(['wiec', 'ale', 'a', 'i', 'czyli']),
    greeting: ['czesc', 'hej', 'hejka', 'witam', 'witaj', 'witajcie', 'siema', 'dzien dobry', 'dobry wieczor'].map(
      (g) => g.split(' '),
    ),
    phrases: phraseTable({
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
    }),
  },
};

/** Scored text, as for the comment's own score. */
const MAX_CHARS = 5_000;
const SENTENCE = /[^.!?;\n]+/g;
/** "@name" handles: a reply that opens with one still starts with its next word. */
const HANDLE = /@[\p{L}\p{N}_.]+/gu;
const WORD = /[\p{L}\p{N}]+(?:'[\p{L}]+)?/gu;

/** The sentences of a folded text, each as its words. */
function sentenceWords(text: string): string[][] {
  const t = fold(text.length > MAX_CHARS ? text.slice(0, MAX_CHARS) : text);
  const out: string[][] = [];
  for (const s of t.replace(HANDLE, ' ').match(SENTENCE) ?? []) {
    const words = s.match(WORD);
    if (words) out.push(words);
  }
  return out;
}

/** The sentences of a folded text, each as its words joined by one space. */
export function sentences(text: string): string[] {
  return sentenceWords(text).map((w) => w.join(' '));
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

const startsWith = (words: readonly string[], prefix: readonly string[]) => prefix.every((p, i) => words[i] === p);

/** The phrase that starts at word `i`, if any (the first kind listed, then the longest). */
function phraseAt(words: readonly string[], i: number, l: Lists): Phrase | undefined {
  const candidates = l.phrases.get(words[i]!);
  if (!candidates) return undefined;
  return candidates.find((p) => p.words.every((w, k) => words[i + k] === w));
}

/** The cues one sentence shows, added to `into`. */
function sentenceCues(words: readonly string[], l: Lists, into: CueShares): void {
  const first = words[0]!;
  if (l.youStart.has(first)) into.youStart++;
  if (l.question.has(first) || (words.length > 1 && l.question.has(words[1]!))) into.directQuestion++;
  if (l.directStart.has(first)) into.directStart++;
  if (l.greeting.some((g) => startsWith(words, g))) into.greeting++;
  let you = false;
  let self = false;
  const found = new Set<PhraseKind>();
  // Phrases are read left to right and do not overlap; "please" opening the sentence is an order.
  for (let i = 0; i < words.length;) {
    you ||= l.you.has(words[i]!);
    self ||= l.self.has(words[i]!);
    const p = phraseAt(words, i, l);
    if (p && (p.kind !== 'please' || i > 0)) found.add(p.kind);
    // Words inside a phrase still count as "you" / "I".
    if (p) for (let k = 1; k < p.words.length; k++) self ||= l.self.has(p.words[k]!);
    i += p ? p.words.length : 1;
  }
  if (you) into.you++;
  if (self) into.self++;
  for (const k of found) into[k]++;
}

/** Share of the comment's sentences that show each cue; Polish lists for Polish, English otherwise. */
export function derailCues(text: string, language: Language): CueShares {
  const l = LISTS[language === 'pl' ? 'pl' : 'en'];
  const out = zero();
  const ss = sentenceWords(text);
  if (ss.length === 0) return out;
  for (const s of ss) sentenceCues(s, l, out);
  for (const k of CUES) out[k] /= ss.length;
  return out;
}
