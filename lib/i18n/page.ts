/**
 * The translation of what the watched page shows (badge, tooltip, banner, reasons): only the
 * page's strings (`page-en.ts`, `page-pl.ts`), so the content script every watched page loads
 * carries 50 strings per language instead of the whole dictionary. The same mechanism as
 * `translate()` in `index.ts`, which re-exports the language helpers from here.
 */
import { pageEn, type PageKey } from './page-en';
import { pagePl } from './page-pl';

export type { PageKey } from './page-en';
export type UiLanguage = 'pl' | 'en';
export type Vars = Record<string, string | number>;

const PAGE: Record<UiLanguage, Record<PageKey, string>> = { en: pageEn, pl: pagePl };

/** Resolve 'auto' against the browser's language. */
export function resolveLanguage(pref: 'auto' | UiLanguage, browserLang: string | undefined): UiLanguage {
  if (pref !== 'auto') return pref;
  return browserLang?.toLowerCase().startsWith('pl') ? 'pl' : 'en';
}

/** Fill `{name}` placeholders from `vars` as plain text (never markup). */
export const fill = (s: string, vars: Vars): string =>
  s.replace(/\{(\w+)\}/g, (whole, name: string) => (Object.hasOwn(vars, name) ? String(vars[name]) : whole));

/** Is `key` one of the page's keys (for codes that come from stored data)? */
export const isPageKey = (key: string): key is PageKey => Object.hasOwn(pageEn, key);

/** A translator of the page's strings: the full `T` of `index.ts` is one too. */
export type PageT = (key: PageKey, vars?: Vars) => string;

/** One of the page's strings in `lang`. */
export function translatePage(lang: UiLanguage, key: PageKey, vars: Vars = {}): string {
  return fill(PAGE[lang][key], vars);
}

const bound = new Map<UiLanguage, PageT>();

/** `translatePage` bound to one language (one stable function per language). */
export function pageTranslator(lang: UiLanguage): PageT {
  let t = bound.get(lang);
  if (!t) bound.set(lang, (t = (key: PageKey, vars?: Vars) => translatePage(lang, key, vars)));
  return t;
}
