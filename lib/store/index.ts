/**
 * UI state of the side panel (filters, selection, active screen). Durable or shared data lives
 * in Dexie and goes through messaging; this store is per extension context.
 */
import { create } from 'zustand';
import type { ItemFilter } from '@/lib/db/items';

export const SCREENS = ['queue', 'replies', 'library', 'dashboard', 'settings'] as const;
export type Screen = (typeof SCREENS)[number];

export interface PanelState {
  screen: Screen;
  scope: 'tab' | 'all';
  filter: ItemFilter;
  selectedKey: string | null;
  screenOpened(screen: Screen): void;
  scopeChanged(scope: 'tab' | 'all'): void;
  filterChanged(patch: Partial<ItemFilter>): void;
  filterCleared(): void;
  itemSelected(key: string | null): void;
}

export const usePanelStore = create<PanelState>()((set) => ({
  screen: 'queue',
  scope: 'all',
  filter: { sort: 'severity' },
  selectedKey: null,
  screenOpened: (screen) => set({ screen }),
  scopeChanged: (scope) => set({ scope }),
  filterChanged: (patch) => set((s) => ({ filter: { ...s.filter, ...patch } })),
  filterCleared: () => set({ filter: { sort: 'severity' } }),
  itemSelected: (selectedKey) => set({ selectedKey }),
}));
