/**
 * User settings, in `storage.local` so content scripts can read them without IndexedDB.
 * Versioned: a new field gets a default here; a changed shape gets a migration.
 */
import { storage } from '#imports';
import type { PlatformId } from '@/lib/platforms/types';
import { DEFAULT_SENSITIVITY, type Sensitivity } from '@/lib/risk/types';

export interface GenericSiteSelectors {
  /** Host name the selectors apply to, e.g. "blog.example.com". */
  host: string;
  commentSelector: string;
  textSelector?: string;
  authorSelector?: string;
  replyFieldSelector?: string;
}

export interface Settings {
  enabled: boolean;
  platforms: Partial<Record<PlatformId, boolean>>;
  brands: string[];
  watchKeywords: string[];
  agentName: string;
  sensitivity: Sensitivity;
  /** Phrases marked as false positives: reasons matching them are dropped. */
  ignoredPhrases: string[];
  /** Authors whose comments are never flagged (marked as false positives by author). */
  ignoredAuthors: string[];
  /** Threads marked "not a crisis", as `platform:threadId`: their comments are never flagged. */
  ignoredThreads: string[];
  uiLanguage: 'auto' | 'pl' | 'en';
  genericSites: GenericSiteSelectors[];
}

export const DEFAULT_SETTINGS: Settings = {
  enabled: true,
  platforms: {},
  brands: [],
  watchKeywords: [],
  agentName: '',
  sensitivity: DEFAULT_SENSITIVITY,
  ignoredPhrases: [],
  ignoredAuthors: [],
  ignoredThreads: [],
  uiLanguage: 'auto',
  genericSites: [],
};

export const settingsItem = storage.defineItem<Settings>('local:settings', {
  fallback: DEFAULT_SETTINGS,
  version: 1,
});

/** Settings with every field present (older stored objects may lack new fields). */
export function withDefaults(s: Partial<Settings> | null | undefined): Settings {
  return { ...DEFAULT_SETTINGS, ...(s ?? {}), platforms: { ...(s?.platforms ?? {}) } };
}

/** Is scanning on for this platform? Platforms are on unless switched off. */
export function platformEnabled(s: Settings, id: PlatformId): boolean {
  return s.enabled && s.platforms[id] !== false;
}
