/** Shared setup for component tests: layout stubs for jsdom, a fresh database, a panel environment. */
import { createElement, type ReactElement, type ReactNode } from 'react';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { expect, vi } from 'vitest';
import { StormwatchDB } from '@/lib/db/schema';
import { DbProvider } from '@/components/DbContext';
import { DEFAULT_SETTINGS, type Settings } from '@/lib/settings';
import { usePanelStore } from '@/lib/store';
import { LangProvider } from '@/lib/i18n/react';
import type { UiLanguage } from '@/lib/i18n';
import type { PanelEnv } from '@/entrypoints/sidepanel/env';
import type { PageStatus } from '@/lib/messaging/protocol';

/** jsdom has no layout: give elements a size so the virtualised queue renders rows. */
export function installLayoutStubs(): void {
  const rect = { x: 0, y: 0, top: 0, left: 0, bottom: 640, right: 360, width: 360, height: 640, toJSON: () => ({}) };
  HTMLElement.prototype.getBoundingClientRect = () => rect as DOMRect;
  for (const [prop, value] of [
    ['offsetHeight', 640],
    ['offsetWidth', 360],
    ['clientHeight', 640],
    ['clientWidth', 360],
  ] as const) {
    Object.defineProperty(HTMLElement.prototype, prop, { configurable: true, get: () => value });
  }
  globalThis.ResizeObserver = class {
    observe() {}
    unobserve() {}
    disconnect() {}
  } as unknown as typeof ResizeObserver;
  // The virtualiser scrolls the selected row into view.
  HTMLElement.prototype.scrollTo = function scrollTo() {} as typeof HTMLElement.prototype.scrollTo;
}

/** A database of its own for one test (fake-indexeddb). */
export const freshDb = (): StormwatchDB => new StormwatchDB(`test-${Math.random().toString(36).slice(2)}`);

/** Render `ui` with `db` as the panel's database. */
export const renderWithDb = (ui: ReactElement, db: StormwatchDB, lang: UiLanguage = 'en') =>
  render(createElement(DbProvider, { db, children: ui }), { wrapper: inLang(lang) });

/** The demo tab as the background reports it. */
export const demoStatus: PageStatus = {
  platform: 'demo',
  pageUrl: 'chrome-extension://x/demo.html',
  state: 'scanning',
  scanned: 8,
  flagged: 3,
  tabId: 7,
};

/** A panel environment: English, agent "Ola", the demo tab (id 7) active. */
export function makeEnv(patch: Partial<PanelEnv> = {}, settings: Partial<Settings> = {}): PanelEnv {
  return {
    lang: 'en',
    settings: { ...DEFAULT_SETTINGS, agentName: 'Ola', brands: ['Zefir'], ...settings },
    tab: { kind: 'ready', tabId: 7, status: demoStatus },
    now: 10 * 60_000,
    say: vi.fn(),
    ...patch,
  };
}

/** Back to the store's first state (call after each test). */
export const resetStore = (): void => {
  usePanelStore.setState(usePanelStore.getInitialState(), true);
  localStorage.clear();
};

/** A Testing Library `wrapper` that renders in `lang` (the panel's LangProvider). */
export const inLang =
  (lang: UiLanguage) =>
  ({ children }: { children: ReactNode }) =>
    createElement(LangProvider, { lang, children });

/** Once every item of the queue is read (the most severe are shown first, the rest follow). */
export const allRead = () =>
  waitFor(
    () => {
      expect(document.querySelector('.queue-progress')).toBeNull();
      expect(screen.getByRole('listbox', { name: 'Flagged comments queue' })).toBeTruthy();
    },
    { timeout: 10_000 },
  );
/** Show the queue's filters (they are folded into one line with a count). */
export const openFilters = () => fireEvent.click(screen.getByRole('button', { name: /^Filters/ }));
