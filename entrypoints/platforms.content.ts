import { defineContentScript } from '#imports';
import { HOST_PERMISSIONS } from '@/lib/platforms/hosts';
import { adapterForUrl } from '@/lib/platforms/index';
import { runScanner } from '@/lib/content/run-scanner';
import { createGenericAdapter, siteFor } from '@/lib/platforms/generic';

// One content script for every platform and every other site: the model and lexicons ship once.
// The manifest runs it on the platforms' hosts; on other sites the background registers or
// injects this same file for the sites the user allowed (entrypoints/background/sites.ts).
export default defineContentScript({
  matches: [...HOST_PERMISSIONS],
  runAt: 'document_idle',
  main: (ctx) => {
    const adapter = adapterForUrl(location.href);
    return runScanner(ctx, (settings) => {
      // The user's own selectors for this host win over the built-in adapter: when a platform
      // changes its markup, they keep the team working until Stormwatch is updated.
      const site = siteFor(settings.genericSites, location.host);
      return site || !adapter ? createGenericAdapter(site) : adapter;
    });
  },
});
