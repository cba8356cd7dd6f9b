import { createContext, Fragment, useContext, type ReactNode } from 'react';
import { translator, type Key, type T, type UiLanguage } from './index';

const LangContext = createContext<UiLanguage>('en');

/** The interface language for everything rendered inside. */
export function LangProvider({ lang, children }: { lang: UiLanguage; children: ReactNode }) {
  return <LangContext.Provider value={lang}>{children}</LangContext.Provider>;
}

/** The translator of the surrounding `LangProvider` (English without one). */
export function useT(): T {
  return translator(useContext(LangContext));
}

/**
 * A string with React nodes in its placeholders: people's words go into `<bdi>` (their own
 * direction, and marked as not the interface's text) while the sentence around them is translated.
 */
export function withNodes(t: T, key: Key, nodes: Record<string, ReactNode>): ReactNode[] {
  return t(key)
    .split(/(\{\w+\})/)
    .map((part, i) => {
      const name = /^\{(\w+)\}$/.exec(part)?.[1];
      return name !== undefined && Object.hasOwn(nodes, name) ? <Fragment key={i}>{nodes[name]}</Fragment> : part;
    });
}
