/**
 * UI state of the side panel (filters, selection, active screen, crisis stage). Durable or shared
 * data lives in Dexie and goes through messaging; this store is per extension context.
 */
import { create } from 'zustand';
import type { ItemFilter } from '@/lib/db/items';
import type { CrisisStage } from '@/lib/library/types';

export const SCREENS = ['queue', 'replies', 'library', 'dashboard', 'settings'] as const;
export type Screen = (typeof SCREENS)[number];

export interface PanelState {
  screen: Screen;
  scope: 'tab' | 'all';
  filter: ItemFilter;
  selectedKey: string | null;
  /** The crisis stage the team is in: suggestions favour templates of this stage. */
  stage: CrisisStage | null;
  shortcutsOpen: boolean;
  screenOpened(screen: Screen): void;
  scopeChanged(scope: 'tab' | 'all'): void;
  filterChanged(patch: Partial<ItemFilter>): void;
  filterCleared(): void;
  itemSelected(key: string | null): void;
  /** A badge clicked in the page: select its item and show the queue. */
  pageItemFocused(key: string): void;
  stageChosen(stage: CrisisStage | null): void;
  shortcutsToggled(open?: boolean): void;
}

export const usePanelStore = create<PanelState>()((set) => ({
  screen: 'queue',
  scope: 'all',
  filter: { sort: 'severity' },
  selectedKey: null,
  stage: null,
  shortcutsOpen: false,
  screenOpened: (screen) => set({ screen }),
  scopeChanged: (scope) => set({ scope }),
  filterChanged: (patch) => set((s) => ({ filter: { ...s.filter, ...patch } })),
  filterCleared: () => set({ filter: { sort: 'severity' } }),
  itemSelected: (selectedKey) => set({ selectedKey }),
  pageItemFocused: (selectedKey) => set({ selectedKey, screen: 'queue' }),
  stageChosen: (stage) => set({ stage }),
  shortcutsToggled: (open) => set((s) => ({ shortcutsOpen: open ?? !s.shortcutsOpen })),
}));
