/**
 * UI state of the side panel (filters, selection, active screen, crisis stage). Durable or shared
 * data lives in Dexie and goes through messaging; this store is per extension context. Filters
 * (and whether they are shown), the selection and the stage are kept in the panel's localStorage,
 * so closing and reopening the panel finds them as they were.
 */
import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';
import type { ItemFilter } from '@/lib/db/items';
import type { CrisisStage } from '@/lib/library/types';

export const SCREENS = ['queue', 'replies', 'library', 'dashboard', 'settings'] as const;
export type Screen = (typeof SCREENS)[number];

export interface PanelState {
  screen: Screen;
  scope: 'tab' | 'all';
  filter: ItemFilter;
  /** The item open in the detail (the list's focus). */
  selectedKey: string | null;
  /** Items chosen for a bulk action (shift/ctrl click, Space, Shift+arrows). */
  checked: string[];
  /** Groups of near-identical comments shown expanded (by their first item's key). */
  expanded: string[];
  /** The crisis stage the team is in: suggestions favour templates of this stage. */
  stage: CrisisStage | null;
  shortcutsOpen: boolean;
  /** The queue's filters are shown (folded into the toolbar's toggle otherwise). */
  filtersOpen: boolean;
  screenOpened(screen: Screen): void;
  scopeChanged(scope: 'tab' | 'all'): void;
  filterChanged(patch: Partial<ItemFilter>): void;
  filterCleared(): void;
  itemSelected(key: string | null): void;
  itemsChecked(keys: string[]): void;
  groupToggled(key: string): void;
  /** A badge clicked in the page: select its item and show the queue. */
  pageItemFocused(key: string): void;
  stageChosen(stage: CrisisStage | null): void;
  shortcutsToggled(open?: boolean): void;
  filtersToggled(open?: boolean): void;
}

/** Where the panel keeps its UI state between openings. */
export const PANEL_STATE_KEY = 'stormwatch-panel';

export const usePanelStore = create<PanelState>()(
  persist(
    (set) => ({
      screen: 'queue',
      scope: 'all',
      filter: { sort: 'severity' },
      selectedKey: null,
      checked: [],
      expanded: [],
      stage: null,
      shortcutsOpen: false,
      filtersOpen: false,
      screenOpened: (screen) => set({ screen }),
      scopeChanged: (scope) => set({ scope }),
      filterChanged: (patch) => set((s) => ({ filter: { ...s.filter, ...patch } })),
      filterCleared: () => set({ filter: { sort: 'severity' } }),
      itemSelected: (selectedKey) => set({ selectedKey }),
      itemsChecked: (checked) => set({ checked: [...new Set(checked)] }),
      groupToggled: (key) =>
        set((s) => ({
          expanded: s.expanded.includes(key) ? s.expanded.filter((k) => k !== key) : [...s.expanded, key],
        })),
      pageItemFocused: (selectedKey) => set({ selectedKey, screen: 'queue' }),
      stageChosen: (stage) => set({ stage }),
      shortcutsToggled: (open) => set((s) => ({ shortcutsOpen: open ?? !s.shortcutsOpen })),
      filtersToggled: (open) => set((s) => ({ filtersOpen: open ?? !s.filtersOpen })),
    }),
    {
      name: PANEL_STATE_KEY,
      version: 1,
      storage: createJSONStorage(() => localStorage),
      // The search text and dates are kept too: they are part of the filter the agent set.
      partialize: (s) => ({
        scope: s.scope,
        filter: s.filter,
        selectedKey: s.selectedKey,
        checked: s.checked,
        expanded: s.expanded,
        stage: s.stage,
        filtersOpen: s.filtersOpen,
      }),
    },
  ),
);
