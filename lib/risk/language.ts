/** Cheap language detection (pl / en / other) from stopwords and Polish letters, diacritics or not. */
import type { Language } from './types';
import type { Token } from './tokens';

const PL = new Set(['nie', 'sie', 'jest', 'to', 'na', 'za', 'czy', 'jak', 'ze', 'co', 'mnie', 'juz', 'tak', 'ale', 'tylko', 'bo', 'od', 'do', 'po', 'jestescie', 'mam', 'ja', 'ty', 'wy', 'was', 'wam', 'ten', 'ta', 'tego', 'przez', 'dla', 'bardzo', 'pan', 'pani', 'moje', 'moj', 'jeszcze', 'kiedy', 'gdzie', 'dzieki', 'oraz', 'lub', 'ktory', 'ktora', 'sa', 'byl', 'bylo', 'tez', 'gdy', 'wiec', 'nic', 'nam', 'nas', 'mi', 'cie', 'ci', 'go', 'jej', 'ich']);
const EN = new Set(['the', 'and', 'you', 'is', 'are', 'to', 'of', 'this', 'for', 'it', 'that', 'my', 'your', 'not', 'with', 'was', 'have', 'be', 'we', 'they', 'on', 'in', 'at', 'what', 'why', 'how', 'just', 'so', 'but', 'me', 'all', 'can', 'will', 'been', 'do', 'does', 'did', 'no', 'i', 'a', 'an', 'he', 'she', 'his', 'her', 'our', 'their', 'from', 'about', 'get', 'got']);

/** Language of a comment. */
export function detectLanguage(original: string, tokens: readonly Token[]): Language {
  let pl = /[ąćęłńóśźżĄĆĘŁŃÓŚŹŻ]/.test(original) ? 2 : 0;
  let en = 0;
  for (const t of tokens) {
    if (PL.has(t.text)) pl++;
    if (EN.has(t.text)) en++;
  }
  if (pl === 0 && en === 0) return 'other';
  return pl >= en ? 'pl' : 'en';
}
