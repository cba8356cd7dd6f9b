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

interface Lists {
  youStart: ReadonlySet<string>;
  /** Second-person words anywhere ("you-statements"). */
  you: ReadonlySet<string>;
  /** First-person singular words anywhere ("I-statements"). */
  self: ReadonlySet<string>;
  question: ReadonlySet<string>;
  directStart: ReadonlySet<string>;
  greeting: readonly string[];
  /** Phrases anywhere in a sentence: group 1 factuality, 2 gratitude, 3 please, 4 hedges. */
  anywhere: RegExp;
  /** The words of "please" (not counted when they open the sentence). */
  please: ReadonlySet<string>;
}

const alt = (xs: readonly string[]) => [...xs].sort((a, b) => b.length - a.length).join('|');
const phrases = (fact: string[], thanks: string[], please: string[], hedges: string[]) =>
  new RegExp(`(?:^| )(?:(${alt(fact)})|(${alt(thanks)})|(${alt(please)})|(${alt(hedges)}))(?= |$)`, 'g');

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
    greeting: ['hi', 'hello', 'hey'],
    anywhere: phrases(
      ['in fact', 'the point', 'the reality', 'the truth', 'really', 'actually', 'honestly', 'surely'],
      ['thank', 'thanks', 'thankful', 'thanking', 'thanked', 'thx', 'i appreciate', 'appreciated'],
      ['please', 'pls', 'plz'],
      EN_HEDGES,
    ),
    please: new Set(['please', 'pls', 'plz']),
  },
  pl: {
    youStart: new Set(PL_YOU),
    you: new Set(PL_YOU),
    self: new Set(['ja', 'mnie', 'mi', 'mna', 'moj', 'moja', 'moje', 'mojego', 'moim', 'mojej', 'moich']),
    question: new Set(['dlaczego', 'czemu', 'co', 'kto', 'jak', 'czyj', 'czyja', 'czyje']),
    directStart: new Set(['wiec', 'ale', 'a', 'i', 'czyli']),
    greeting: ['czesc', 'hej', 'hejka', 'witam', 'witaj', 'witajcie', 'siema', 'dzien dobry', 'dobry wieczor'],
    anywhere: phrases(
      ['w rzeczywistosci', 'tak naprawde', 'naprawde', 'faktycznie', 'szczerze', 'w istocie', 'prawda jest taka'],
      ['dziekuje', 'dziekujemy', 'dziekujecie', 'dzieki', 'dziekuja', 'doceniam', 'wdzieczny', 'wdzieczna'],
      ['prosze', 'prosimy', 'uprzejmie prosze'],
      PL_HEDGES,
    ),
    please: new Set(['prosze', 'prosimy', 'uprzejmie']),
  },
};

/** Scored text, as for the comment's own score. */
const MAX_CHARS = 5_000;
const SENTENCE = /[^.!?;\n]+/g;
/** "@name" handles: a reply that opens with one still starts with its next word. */
const HANDLE = /@[\p{L}\p{N}_.]+/gu;
const WORD = /[\p{L}\p{N}]+(?:'[\p{L}]+)?/gu;

/** The sentences of a folded text, each as its words joined by one space. */
export function sentences(text: string): string[] {
  const t = fold(text.length > MAX_CHARS ? text.slice(0, MAX_CHARS) : text);
  const out: string[] = [];
  for (const s of t.replace(HANDLE, ' ').match(SENTENCE) ?? []) {
    const words = s.match(WORD);
    if (words) out.push(words.join(' '));
  }
  return out;
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

/** The cues one sentence (words joined by one space) shows, added to `into`. */
function sentenceCues(s: string, l: Lists, into: CueShares): void {
  const sp1 = s.indexOf(' ');
  const first = sp1 < 0 ? s : s.slice(0, sp1);
  const sp2 = sp1 < 0 ? -1 : s.indexOf(' ', sp1 + 1);
  const second = sp1 < 0 ? '' : s.slice(sp1 + 1, sp2 < 0 ? undefined : sp2);
  if (l.youStart.has(first)) into.youStart++;
  if (l.question.has(first) || l.question.has(second)) into.directQuestion++;
  if (l.directStart.has(first)) into.directStart++;
  if (l.greeting.some((g) => s === g || s.startsWith(`${g} `))) into.greeting++;
  const words = s.split(' ');
  if (words.some((w) => l.you.has(w))) into.you++;
  if (words.some((w) => l.self.has(w))) into.self++;
  let fact = false;
  let thanks = false;
  let please = false;
  let hedge = false;
  const re = l.anywhere;
  re.lastIndex = 0;
  for (let m = re.exec(s); m; m = re.exec(s)) {
    if (m[1]) fact = true;
    else if (m[2]) thanks = true;
    else if (m[3]) please ||= m.index > 0 || !l.please.has(first);
    else hedge = true;
  }
  if (fact) into.factuality++;
  if (thanks) into.gratitude++;
  if (please) into.please++;
  if (hedge) into.hedge++;
}

/** Share of the comment's sentences that show each cue; Polish lists for Polish, English otherwise. */
export function derailCues(text: string, language: Language): CueShares {
  const l = LISTS[language === 'pl' ? 'pl' : 'en'];
  const out = zero();
  const ss = sentences(text);
  if (ss.length === 0) return out;
  for (const s of ss) sentenceCues(s, l, out);
  for (const k of CUES) out[k] /= ss.length;
  return out;
}
