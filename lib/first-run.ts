/**
 * Whether the side panel shows its first-run card (brand names, your name, interface language,
 * platforms). Kept in `storage.local` next to the settings: once the card is finished or skipped
 * it does not come back, unless it is reopened from Settings.
 */
import { storage } from '#imports';
import type { Settings } from '@/lib/settings';

export type FirstRunState = { state: 'open' } | { state: 'done' | 'skipped'; at: number };

export const firstRunItem = storage.defineItem<FirstRunState | null>('local:firstRun', { fallback: null });

/**
 * Show the card? When reopened, or never answered while nothing is set up yet (a browser that
 * had Stormwatch configured before the card existed is not asked again).
 */
export function showFirstRun(stored: FirstRunState | null, settings: Settings): boolean {
  if (stored) return stored.state === 'open';
  return settings.brands.length === 0 && settings.agentName.trim() === '';
}

export const finishFirstRun = (state: 'done' | 'skipped', at: number): Promise<void> =>
  firstRunItem.setValue({ state, at });

export const reopenFirstRun = (): Promise<void> => firstRunItem.setValue({ state: 'open' });
