/**
 * The platforms Stormwatch reads, in one place: id, name, the origins its content script runs on,
 * and whether it has an on/off switch in Settings (not the demo; the switch is labelled by the
 * `platform_<id>` dictionary key, lib/i18n/names.ts). Pure data: wxt.config.ts reads it at
 * build time. The platform list (`PLATFORM_IDS`), the host permissions, the adapters' names and
 * match patterns, and the Settings rows all come from here.
 *
 * Adding a platform: its adapter file (taking `label` and `matches` from `platformInfo`), one
 * line here, the adapter in the list of lib/platforms/index.ts, and its tests and fixtures.
 */
export const PLATFORM_INFO = [
  { id: 'youtube', label: 'YouTube', hosts: ['https://www.youtube.com/*', 'https://m.youtube.com/*'], settings: true },
  { id: 'reddit', label: 'Reddit', hosts: ['https://www.reddit.com/*'], settings: true },
  { id: 'old-reddit', label: 'Reddit (old)', hosts: ['https://old.reddit.com/*'], settings: true },
  { id: 'x', label: 'X', hosts: ['https://x.com/*', 'https://twitter.com/*'], settings: true },
  { id: 'facebook', label: 'Facebook', hosts: ['https://www.facebook.com/*'], settings: true },
  { id: 'instagram', label: 'Instagram', hosts: ['https://www.instagram.com/*'], settings: true },
  { id: 'linkedin', label: 'LinkedIn', hosts: ['https://www.linkedin.com/*'], settings: true },
  { id: 'tiktok', label: 'TikTok', hosts: ['https://www.tiktok.com/*'], settings: true },
  // Any other site: enabled per site by the user (optional permissions), never by URL.
  { id: 'generic', label: 'Other site', hosts: [], settings: true },
  // The bundled demo page (an extension page): no hosts, no Settings row.
  { id: 'demo', label: 'Demo', hosts: [], settings: false },
] as const;

export type PlatformInfo = (typeof PLATFORM_INFO)[number];
export type RegisteredPlatformId = PlatformInfo['id'];

/** The registry line of a platform. */
export function platformInfo<I extends RegisteredPlatformId>(id: I): Extract<PlatformInfo, { id: I }> {
  return PLATFORM_INFO.find((p) => p.id === id) as Extract<PlatformInfo, { id: I }>;
}

/** Platforms that can be turned off in Settings, in registry order. */
export const SETTINGS_ROWS = PLATFORM_INFO.flatMap((p) => (p.settings ? [{ id: p.id }] : []));
