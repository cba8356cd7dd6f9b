/**
 * Language of a comment: Polish, English, or another language (which the engine does not assess).
 * The judgement comes from ELD (the Efficient Language Detector, `eld`, Apache-2.0: character
 * n-gram statistics of 60 languages), which reads short and unaccented Polish right; Polish and
 * English stopwords and marker words (`generated/language-vocab.ts`) decide where ELD has too
 * little to go on, and another script or alphabet, or other languages' function words in a short
 * comment, make it another language.
 */
import { eld } from 'eld/small';
import type { Language } from './types';
import { EN_WORDS, OTHER_WORDS, PL_WORDS } from './generated/language-vocab';

const PL = new Set([
  'nie',
  'sie',
  'jest',
  'to',
  'na',
  'za',
  'czy',
  'jak',
  'ze',
  'co',
  'mnie',
  'juz',
  'tak',
  'ale',
  'tylko',
  'bo',
  'od',
  'do',
  'po',
  'jestescie',
  'mam',
  'ja',
  'ty',
  'wy',
  'was',
  'wam',
  'ten',
  'ta',
  'tego',
  'przez',
  'dla',
  'bardzo',
  'pan',
  'pani',
  'moje',
  'moj',
  'jeszcze',
  'kiedy',
  'gdzie',
  'dzieki',
  'oraz',
  'lub',
  'ktory',
  'ktora',
  'sa',
  'byl',
  'bylo',
  'tez',
  'gdy',
  'wiec',
  'nic',
  'nam',
  'nas',
  'mi',
  'cie',
  'ci',
  'go',
  'jej',
  'ich',
]);
const EN = new Set([
  'the',
  'and',
  'you',
  'is',
  'are',
  'to',
  'of',
  'this',
  'for',
  'it',
  'that',
  'my',
  'your',
  'not',
  'with',
  'was',
  'have',
  'be',
  'we',
  'they',
  'on',
  'in',
  'at',
  'what',
  'why',
  'how',
  'just',
  'so',
  'but',
  'me',
  'all',
  'can',
  'will',
  'been',
  'do',
  'does',
  'did',
  'no',
  'i',
  'a',
  'an',
  'he',
  'she',
  'his',
  'her',
  'our',
  'their',
  'from',
  'about',
  'get',
  'got',
]);

/**
 * English stopwords that other languages write too ("in", "so", "was", "a", "me", "no" in German,
 * French, Italian, Spanish or Polish; "to", "do" in Polish), or short enough to stand in
 * their words; the rest of `EN` is English only (`EN_ONLY`).
 */
const SHARED_EN = new Set([
  'to',
  'for',
  'it',
  'not',
  'was',
  'be',
  'we',
  'on',
  'in',
  'at',
  'so',
  'but',
  'me',
  'all',
  'can',
  'will',
  'do',
  'no',
  'i',
  'a',
  'an',
  'get',
  'got',
]);
const EN_ONLY = new Set([...EN].filter((w) => !SHARED_EN.has(w)));

/** Is a (normalised) word a Polish or an English stopword, and one only English writes? */
export function isStopword(word: string): { pl: boolean; en: boolean; enOnly: boolean } {
  return { pl: PL.has(word), en: EN.has(word), enOnly: EN_ONLY.has(word) };
}

let vocab: { pl: Set<string>; en: Set<string>; other: Set<string> } | null = null;
/**
 * Does a (normalised) word mark Polish or English: far more common in one language's training
 * comments than in the other's (`generated/language-vocab.ts`: "spoko", "zenada", "serio"; "same",
 * "gonna")? Read by the language rules only.
 */
export function markedWord(word: string): { pl: boolean; en: boolean; other: boolean } {
  vocab ??= {
    pl: new Set(PL_WORDS.split(' ')),
    en: new Set(EN_WORDS.split(' ')),
    other: new Set(OTHER_WORDS.split(' ')),
  };
  return { pl: vocab.pl.has(word), en: vocab.en.has(word), other: vocab.other.has(word) };
}

/**
 * ELD reads at most this much of a comment's own words: the language shows in its first
 * sentences. (400 → 200 changed none of 29,856 training comments' languages and cut ELD's time
 * by about a third; user names and links are taken out first, so they never fill the sample.)
 */
const SAMPLE = 200;
/** How much of a long comment is searched for user names and links before the sample is cut. */
const SCAN = 1000;
const ONLY_POLISH = /[ąęłżśźćńĄĘŁŻŚŹĆŃ]/;
// eslint-disable-next-line no-control-regex
const ASCII = /^[\x00-\x7f]*$/;
/** Below this many letters ELD's statistics are too thin; stopwords decide, English by default. */
const MIN_LETTERS = 12;
/** A comment this short is read by its words alone when they are another language's function words. */
const SHORT = 120;
const SHORT_LETTERS = 40;
/**
 * The languages Stormwatch's users write get a prior: a comment on a page they watch is far more
 * likely Polish without diacritics than Latvian or Slovak, which ELD alone often prefers for it
 * ("zadam zwrotu pieniedzy": Latvian 0.71, Polish 0.51). Another language must beat Polish by a
 * third, English by a sixth.
 */
const PRIOR = { pl: 1.35, en: 1.15 } as const;

// User names and links are no language: "@anonymized_account" three times made a Polish tweet
// English to ELD. (A comment that is hardly more than its user names keeps them: the short-text
// rules are weaker than ELD on "@user Go away".)
const HANDLES_AND_LINKS = /@[\w.]+|https?:\/\/\S+|www\.\S+/g;
const ownWords = (text: string) =>
  text.includes('@') || text.includes('http') || text.includes('www.') ? text.replace(HANDLES_AND_LINKS, ' ') : text;

const cut = (text: string, max: number) => (text.length > max ? text.slice(0, max) : text);

/** The letters of `text`, counted up to `max`. */
function letters(text: string, max = MIN_LETTERS): number {
  let n = 0;
  for (let i = 0; i < text.length && n < max; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c >= 0xc0) n++;
  }
  return n;
}

/** What the language rules read of a word (`words.ts`): stopword flags and the word lists that know it. */
export interface KnownWord {
  pl: boolean;
  en: boolean;
  /** Polish valence list (0: not listed). */
  plValence: number;
  /** English (VADER) valence, when listed. */
  valence: number | undefined;
  /** A Polish vulgar form. */
  vulgar: boolean;
  /** An English function word no other language of the region writes (`EN_ONLY`). */
  enOnly: boolean;
  /** A word that marks Polish or English, or a function word of another language (`markedWord`). */
  plWord: boolean;
  enWord: boolean;
  otherWord: boolean;
}

/**
 * The language of `text`. `polishLetters`: the text has Polish letters (ą, ł…); `words` are its
 * tokens' stopword flags. Short texts (an emoji, "lol") are read as English or, with Polish
 * stopwords or letters, as Polish: they are scored, never "not assessed".
 */
export function detectLanguage(text: string, polishLetters: boolean, words: readonly KnownWord[]): Language {
  if (!polishLetters && anotherScript(text)) return 'other';
  let plWords = 0;
  let enWords = 0;
  let enOnly = 0;
  let otherWords = 0;
  for (const w of words) {
    if (w.pl || w.plWord) plWords++;
    if (w.en || w.enWord) enWords++;
    if (w.enOnly) enOnly++;
    if (w.otherWord) otherWords++;
  }
  // A short comment in function words of another language ("c'est nul", "che schifo"), more of
  // them than of Polish and English and half its words ("Ctrl+F “bat”" is not): too short for
  // ELD, but not ours.
  if (
    otherWords > plWords + enWords + (polishLetters ? 2 : 0) &&
    2 * otherWords >= words.length &&
    letters(cut(text, SHORT), SHORT_LETTERS) < SHORT_LETTERS
  )
    return 'other';
  // Few stopwords either way ("Cudownie.", "Spadamy!"): the word lists, English by default. Polish
  // letters count as two Polish stopwords.
  const pl = plWords + (polishLetters ? 2 : 0);
  const byStopwords: Language = pl > enWords ? 'pl' : pl < enWords ? 'en' : byKnownWords(words) === 'pl' ? 'pl' : 'en';
  const whole = cut(text, SAMPLE);
  if (letters(whole) < MIN_LETTERS) return byStopwords;
  const plain = plainLanguage(whole, plWords, enWords, enOnly, words.length);
  if (plain) return plain;
  // Without its user names and links when enough of the comment is left for ELD; where that reads
  // as a third language, the whole comment is asked again ("@user Freudian slip.").
  const own = cut(ownWords(cut(text, SCAN)), SAMPLE);
  const sample = own === whole || letters(own) < MIN_LETTERS ? whole : own;
  let found = byEld(sample, polishLetters);
  if (found === 'other' && sample !== whole) found = byEld(whole, polishLetters);
  return found === 'other' ? byKnownWords(words) : (found ?? byStopwords);
}

/**
 * A comment that says its language plainly needs no ELD (about a third of a comment's time):
 * Polish letters with Polish stopwords and no English one, or plain ASCII with at least three
 * English-only function words making a quarter of its words and no Polish stopword. On 29,856
 * training comments of six sets and 1,137 comments of real pages, the answers are ELD's.
 */
function plainLanguage(sample: string, pl: number, en: number, enOnly: number, count: number): Language | null {
  if (pl >= 2 && en === 0 && ONLY_POLISH.test(sample)) return 'pl';
  if (pl === 0 && enOnly >= 3 && 4 * enOnly >= count && ASCII.test(sample)) return 'en';
  return null;
}

/** ELD's answer with the priors: Polish, English, another language, or null when it has none. */
function byEld(sample: string, polishLetters: boolean): Language | null {
  const found = eld.detect(sample);
  if (found.language === 'pl' || found.language === 'en') return found.language;
  if (!found.language) return null;
  // Letters hardly any language but Polish writes (ą, ę, ł, ż, ś…; not ó, which Spanish has)
  // settle it against a third language ("Żałosne barany, wstyd." reads as Czech to ELD).
  if (polishLetters && ONLY_POLISH.test(sample)) return 'pl';
  const scores = found.getScores();
  const best = scores[found.language] ?? 0;
  const pl = (scores.pl ?? 0) * PRIOR.pl;
  const en = (scores.en ?? 0) * PRIOR.en;
  if (Math.max(pl, en) >= best) return pl >= en ? 'pl' : 'en';
  return 'other';
}

/**
 * What ELD calls a third language, our own word lists may still know: a short comment in Polish
 * without diacritics ("Zalosne barany, wstyd.", "Kpina, oszusci") reads as Czech or Basque to ELD,
 * while its words are in the Polish valence list. At least half of the words known in one language,
 * and more than in the other, settle it.
 */
function byKnownWords(words: readonly KnownWord[]): Language {
  let pl = 0;
  let en = 0;
  for (const w of words) {
    // Polish marker words count, English ones do not: what ELD calls a third language is often
    // Polish without diacritics, seldom English, and German or Spanish share English's commonest
    // words ("so", "in", "will", "also").
    if (w.pl || w.plWord || w.plValence !== 0 || w.vulgar) pl++;
    if (w.en || w.valence !== undefined) en++;
  }
  if (pl > en && 2 * pl >= words.length) return 'pl';
  if (en > pl && 2 * en >= words.length) return 'en';
  return 'other';
}

// Cyrillic and Greek letters, less those that look like Latin ones (the scanner reads "іdіоtа" as "idiota").
const CYRILLIC_OR_GREEK = /[\u0370-\u03ff\u0400-\u04ff]/u;
const LOOK_ALIKE = new Set('аеорсухіјѕһӏАВЕКМНОРСТХІЈЅαορ');
const LATIN = /[a-z\u00c0-\u024f]/giu;
/** Letters of Latin alphabets that neither Polish nor English writes (ó is Polish; Spanish has it too). */
const FOREIGN = /[äöüßéèêëçñãõâîïôûùúíìòàáčěřšžůýťďňľĺŕ]/iu;

/**
 * Written in another script ("дуже дякую"), or with letters of another Latin alphabet in a third
 * of its words and no Polish letter ("to je hrozné", "danke schön", "ça marche pas"): another
 * language, however short. The scanner maps Cyrillic look-alikes inside Latin words ("іdiot"),
 * so only a comment written mostly in another script counts; a loanword ("café") is one word of
 * many.
 */
function anotherScript(text: string): boolean {
  const sample = cut(text, SAMPLE);
  let other = 0;
  for (const c of sample) if (CYRILLIC_OR_GREEK.test(c) && !LOOK_ALIKE.has(c)) other++;
  if (other > 0 && other > (sample.match(LATIN)?.length ?? 0)) return true;
  if (!FOREIGN.test(sample)) return false;
  const words = ownWords(sample)
    .split(/\s+/)
    .filter((w) => /\p{L}/u.test(w));
  return words.length > 0 && 3 * words.filter((w) => FOREIGN.test(w)).length >= words.length;
}
