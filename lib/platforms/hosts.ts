/**
 * Origins Stormwatch reads comments on. Each platform adapter's `matches` must be covered by
 * these; a registry test checks it. Pure data: imported by wxt.config.ts at build time.
 */
export const HOST_PERMISSIONS = [
  'https://www.youtube.com/*',
  'https://m.youtube.com/*',
  'https://www.reddit.com/*',
  'https://old.reddit.com/*',
  'https://x.com/*',
  'https://twitter.com/*',
  'https://www.facebook.com/*',
  'https://www.instagram.com/*',
  'https://www.linkedin.com/*',
  'https://www.tiktok.com/*',
] as const;
