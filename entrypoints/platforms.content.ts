import { defineContentScript } from '#imports';
import { HOST_PERMISSIONS } from '@/lib/platforms/hosts';
import { adapterForUrl } from '@/lib/platforms/index';
import { runScanner } from '@/lib/content/run-scanner';
import { createGenericAdapter, siteFor } from '@/lib/platforms/generic';

// One content script for every platform: the model and lexicons ship once, not once per site.
export default defineContentScript({
  matches: [...HOST_PERMISSIONS],
  runAt: 'document_idle',
  main: (ctx) => {
    const adapter = adapterForUrl(location.href);
    if (!adapter) return;
    // The user's own selectors for this host win over the built-in adapter: when a platform
    // changes its markup, they keep the team working until Stormwatch is updated.
    return runScanner(ctx, (settings) => {
      const site = siteFor(settings.genericSites, location.host);
      return site ? createGenericAdapter(site) : adapter;
    });
  },
});
