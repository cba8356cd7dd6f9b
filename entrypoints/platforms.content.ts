import { defineContentScript } from '#imports';
import { HOST_PERMISSIONS } from '@/lib/platforms/hosts';
import { adapterForUrl } from '@/lib/platforms/index';
import { runScanner } from '@/lib/content/run-scanner';

// One content script for every platform: the model and lexicons ship once, not once per site.
export default defineContentScript({
  matches: [...HOST_PERMISSIONS],
  runAt: 'document_idle',
  main: (ctx) => {
    const adapter = adapterForUrl(location.href);
    if (adapter) return runScanner(ctx, adapter);
  },
});
