import { defineContentScript } from '#imports';
import { HOST_PERMISSIONS } from '@/lib/platforms/hosts';
import { adapterForUrl } from '@/lib/platforms/index';
import { runScanner } from '@/lib/content/run-scanner';
import { shieldFromPage } from '@/lib/content/start-guard';
import { createGenericAdapter, siteFor } from '@/lib/platforms/generic';

// One content script for every platform and every other site: the model and lexicons ship once.
// The manifest runs it on the platforms' hosts; on other sites the background registers or
// injects this same file for the sites the user allowed (entrypoints/background/sites.ts).
export default defineContentScript({
  matches: [...HOST_PERMISSIONS],
  runAt: 'document_idle',
  // An older copy of this script is stopped by a DOM event alone. WXT's extra window.postMessage
  // would announce Stormwatch to every page script listening for messages, and cost the page a
  // stack capture and a re-parse of this whole script (14–21 ms in a trace of the start-up task).
  noScriptStartedPostMessage: true,
  main: async (ctx) => {
    // Before anything else: a page must not stop this copy with WXT's start event (H8).
    shieldFromPage(ctx);
    // Evaluating this script is one task of the page; choosing the adapter and starting the
    // scanner come in the next one, so that start-up never adds up to a long task (> 50 ms).
    // A plain timer, not ctx.setTimeout: that one never fires once a newer copy has stopped this
    // one, and the browser waits for the promise of a script the background injects (on install
    // or update) — a promise that never settles keeps the page's load event from firing.
    await new Promise<void>((resolve) => setTimeout(resolve, 0));
    if (!ctx.isValid) return;
    const adapter = adapterForUrl(location.href);
    return runScanner(ctx, (settings) => {
      // The user's own selectors for this host win over the built-in adapter: when a platform
      // changes its markup, they keep the team working until Stormwatch is updated.
      const site = siteFor(settings.genericSites, location.host);
      return site || !adapter ? createGenericAdapter(site) : adapter;
    });
  },
});
