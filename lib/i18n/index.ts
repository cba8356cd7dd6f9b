/**
 * The one translation mechanism: a typed dictionary per language (`en.ts`, `pl.ts`), `translate()`
 * for code outside React (content scripts, exports), `translator()` for a bound function, and
 * `useT()` (react.tsx) in components. Keys are checked by the type checker; `npm run check:i18n`
 * also fails on a user-facing string written outside the dictionaries.
 */
import { en, type Key } from './en';
import { pl } from './pl';
import { fill, type UiLanguage, type Vars } from './page';

export type { Key } from './en';
export { resolveLanguage, type UiLanguage, type Vars } from './page';

export const DICTIONARIES: Record<UiLanguage, Record<Key, string>> = { en, pl };

/** Is `key` a key of the dictionary (for codes that come from stored data)? */
export const isKey = (key: string): key is Key => Object.hasOwn(en, key);

/** A string in `lang`, with `{name}` placeholders filled from `vars` as plain text (never markup). */
export function translate(lang: UiLanguage, key: Key, vars: Vars = {}): string {
  return fill(DICTIONARIES[lang][key], vars);
}

/** `translate` bound to one language; `t.lang` says which. */
export interface T {
  (key: Key, vars?: Vars): string;
  readonly lang: UiLanguage;
}

const bound = new Map<UiLanguage, T>();

/** The translator of `lang` (one stable function per language, safe as a hook dependency). */
export function translator(lang: UiLanguage): T {
  let t = bound.get(lang);
  if (!t) {
    t = Object.assign((key: Key, vars?: Vars) => translate(lang, key, vars), { lang });
    bound.set(lang, t);
  }
  return t;
}
