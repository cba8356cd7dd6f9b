import { defineContentScript } from '#imports';
import { adapterForUrl } from '@/lib/platforms/index';
import { createGenericAdapter, siteFor } from '@/lib/platforms/generic';
import { runScanner } from '@/lib/content/run-scanner';

// Sites without a built-in adapter. Not in the manifest: the background registers it for the
// sites the user allowed, or injects it into one tab on request (entrypoints/background/sites.ts).
export default defineContentScript({
  registration: 'runtime',
  runAt: 'document_idle',
  main: (ctx) => {
    // Pages of supported platforms are read by the platforms script.
    if (adapterForUrl(location.href)) return;
    return runScanner(ctx, (settings) => createGenericAdapter(siteFor(settings.genericSites, location.host)));
  },
});
