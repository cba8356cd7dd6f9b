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
  /** Finished items (replied, resolved, dismissed) are deleted after this many days; 0: never (lib/db/retention.ts). */
  retentionDays: number;
  /** At most this many items are kept (finished ones pruned, oldest first); 0: no limit. */
  retentionMaxItems: number;
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
  retentionDays: 180,
  retentionMaxItems: 20_000,
};

export const settingsItem = storage.defineItem<Settings>('local:settings', {
  fallback: DEFAULT_SETTINGS,
  version: 1,
});

const whole = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0;
const strings = (v: unknown): v is string[] => Array.isArray(v) && v.every((x) => typeof x === 'string');
const oneOf = <T extends string>(v: unknown, values: readonly T[]): v is T =>
  typeof v === 'string' && (values as readonly string[]).includes(v);
const isSite = (v: unknown): v is GenericSiteSelectors =>
  !!v &&
  typeof v === 'object' &&
  typeof (v as GenericSiteSelectors).host === 'string' &&
  typeof (v as GenericSiteSelectors).commentSelector === 'string';

/**
 * Settings with every field present and of its type: older stored objects lack new fields, and a
 * field of the wrong type (`ignoredAuthors: "troll"`) falls back to its default instead of
 * stopping the scanner or the Settings screen (docs/RELIABILITY.md H3). Types only, no zod, so
 * content scripts stay small; the panel checks limits with `readSettings` (settings-schema.ts).
 */
export function withDefaults(s: Partial<Settings> | null | undefined): Settings {
  const v = (s && typeof s === 'object' ? s : {}) as Record<keyof Settings, unknown>;
  const platforms =
    v.platforms && typeof v.platforms === 'object' && !Array.isArray(v.platforms)
      ? (v.platforms as Settings['platforms'])
      : {};
  return {
    enabled: typeof v.enabled === 'boolean' ? v.enabled : DEFAULT_SETTINGS.enabled,
    platforms: Object.fromEntries(Object.entries(platforms).filter(([, on]) => typeof on === 'boolean')),
    brands: strings(v.brands) ? v.brands : [],
    watchKeywords: strings(v.watchKeywords) ? v.watchKeywords : [],
    agentName: typeof v.agentName === 'string' ? v.agentName : '',
    sensitivity: oneOf(v.sensitivity, ['low', 'medium', 'high'] as const)
      ? v.sensitivity
      : DEFAULT_SETTINGS.sensitivity,
    ignoredPhrases: strings(v.ignoredPhrases) ? v.ignoredPhrases : [],
    ignoredAuthors: strings(v.ignoredAuthors) ? v.ignoredAuthors : [],
    ignoredThreads: strings(v.ignoredThreads) ? v.ignoredThreads : [],
    uiLanguage: oneOf(v.uiLanguage, ['auto', 'pl', 'en'] as const) ? v.uiLanguage : 'auto',
    genericSites: Array.isArray(v.genericSites) ? v.genericSites.filter(isSite) : [],
    retentionDays: whole(v.retentionDays) ? v.retentionDays : DEFAULT_SETTINGS.retentionDays,
    retentionMaxItems: whole(v.retentionMaxItems) ? v.retentionMaxItems : DEFAULT_SETTINGS.retentionMaxItems,
  };
}

/** Is scanning on for this platform? Platforms are on unless switched off. */
export function platformEnabled(s: Settings, id: PlatformId): boolean {
  return s.enabled && s.platforms[id] !== false;
}
