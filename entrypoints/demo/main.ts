import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { browser } from 'wxt/browser';
import { demo } from '@/lib/platforms/demo';
import { runScanner } from '@/lib/content/run-scanner';
import { wireDemoPage } from './page';

// The demo page is an extension page that runs the same scanner a content script runs.
wireDemoPage(document, Date.now());
const ctx = new ContentScriptContext('demo');
void browser.tabs
  .getCurrent()
  .catch(() => undefined)
  .then((tab) => runScanner(ctx, demo, { tabId: tab?.id }));
