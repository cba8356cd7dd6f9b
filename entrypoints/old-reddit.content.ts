import { defineContentScript } from '#imports';
import { oldReddit } from '@/lib/platforms/old-reddit';
import { runScanner } from '@/lib/content/run-scanner';

export default defineContentScript({
  matches: oldReddit.matches,
  runAt: 'document_idle',
  main: (ctx) => runScanner(ctx, oldReddit),
});
