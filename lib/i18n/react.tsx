import { createContext, useContext, type ReactNode } from 'react';
import { translator, type T, type UiLanguage } from './index';

const LangContext = createContext<UiLanguage>('en');

/** The interface language for everything rendered inside. */
export function LangProvider({ lang, children }: { lang: UiLanguage; children: ReactNode }) {
  return <LangContext.Provider value={lang}>{children}</LangContext.Provider>;
}

/** The translator of the surrounding `LangProvider` (English without one). */
export function useT(): T {
  return translator(useContext(LangContext));
}
