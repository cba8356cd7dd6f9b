/**
 * The platforms Stormwatch reads, in one place: id, name, the origins its content script runs on,
 * and the name of its row in Settings (none for the demo). Pure data: wxt.config.ts reads it at
 * build time. The platform list (`PLATFORM_IDS`), the host permissions, the adapters' names and
 * match patterns, and the Settings rows all come from here.
 *
 * Adding a platform: its adapter file (taking `label` and `matches` from `platformInfo`), one
 * line here, the adapter in the list of lib/platforms/index.ts, and its tests and fixtures.
 */
export const PLATFORM_INFO = [
  {
    id: 'youtube',
    label: 'YouTube',
    hosts: ['https://www.youtube.com/*', 'https://m.youtube.com/*'],
    settings: { en: 'YouTube', pl: 'YouTube' },
  },
  { id: 'reddit', label: 'Reddit', hosts: ['https://www.reddit.com/*'], settings: { en: 'Reddit', pl: 'Reddit' } },
  {
    id: 'old-reddit',
    label: 'Reddit (old)',
    hosts: ['https://old.reddit.com/*'],
    settings: { en: 'old.reddit', pl: 'old.reddit' },
  },
  { id: 'x', label: 'X', hosts: ['https://x.com/*', 'https://twitter.com/*'], settings: { en: 'X', pl: 'X' } },
  {
    id: 'facebook',
    label: 'Facebook',
    hosts: ['https://www.facebook.com/*'],
    settings: { en: 'Facebook', pl: 'Facebook' },
  },
  {
    id: 'instagram',
    label: 'Instagram',
    hosts: ['https://www.instagram.com/*'],
    settings: { en: 'Instagram', pl: 'Instagram' },
  },
  {
    id: 'linkedin',
    label: 'LinkedIn',
    hosts: ['https://www.linkedin.com/*'],
    settings: { en: 'LinkedIn', pl: 'LinkedIn' },
  },
  { id: 'tiktok', label: 'TikTok', hosts: ['https://www.tiktok.com/*'], settings: { en: 'TikTok', pl: 'TikTok' } },
  // Any other site: enabled per site by the user (optional permissions), never by URL.
  { id: 'generic', label: 'Other site', hosts: [], settings: { en: 'Other sites', pl: 'Inne strony' } },
  // The bundled demo page (an extension page): no hosts, no Settings row.
  { id: 'demo', label: 'Demo', hosts: [], settings: null },
] as const;

export type PlatformInfo = (typeof PLATFORM_INFO)[number];
export type RegisteredPlatformId = PlatformInfo['id'];

/** The registry line of a platform. */
export function platformInfo<I extends RegisteredPlatformId>(id: I): Extract<PlatformInfo, { id: I }> {
  return PLATFORM_INFO.find((p) => p.id === id) as Extract<PlatformInfo, { id: I }>;
}

/** Settings rows (platforms that can be turned off), in registry order. */
export const SETTINGS_ROWS = PLATFORM_INFO.flatMap((p) => (p.settings ? [{ id: p.id, label: p.settings }] : []));
