/** Cheap language detection (pl / en / other) from stopwords and Polish letters, diacritics or not. */
import type { Language } from './types';

const PL = new Set(['nie', 'sie', 'jest', 'to', 'na', 'za', 'czy', 'jak', 'ze', 'co', 'mnie', 'juz', 'tak', 'ale', 'tylko', 'bo', 'od', 'do', 'po', 'jestescie', 'mam', 'ja', 'ty', 'wy', 'was', 'wam', 'ten', 'ta', 'tego', 'przez', 'dla', 'bardzo', 'pan', 'pani', 'moje', 'moj', 'jeszcze', 'kiedy', 'gdzie', 'dzieki', 'oraz', 'lub', 'ktory', 'ktora', 'sa', 'byl', 'bylo', 'tez', 'gdy', 'wiec', 'nic', 'nam', 'nas', 'mi', 'cie', 'ci', 'go', 'jej', 'ich']);
const EN = new Set(['the', 'and', 'you', 'is', 'are', 'to', 'of', 'this', 'for', 'it', 'that', 'my', 'your', 'not', 'with', 'was', 'have', 'be', 'we', 'they', 'on', 'in', 'at', 'what', 'why', 'how', 'just', 'so', 'but', 'me', 'all', 'can', 'will', 'been', 'do', 'does', 'did', 'no', 'i', 'a', 'an', 'he', 'she', 'his', 'her', 'our', 'their', 'from', 'about', 'get', 'got']);

/** Is a (normalised) word a Polish or an English stopword? */
export function isStopword(word: string): { pl: boolean; en: boolean } {
  return { pl: PL.has(word), en: EN.has(word) };
}

/**
 * Language of a comment from its stopword counts; Polish letters in the original text count as
 * two Polish stopwords.
 */
export function languageOf(polishLetters: boolean, plWords: number, enWords: number): Language {
  const pl = (polishLetters ? 2 : 0) + plWords;
  if (pl === 0 && enWords === 0) return 'other';
  return pl >= enWords ? 'pl' : 'en';
}
