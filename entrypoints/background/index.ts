import { defineBackground } from '#imports';
import { browser } from 'wxt/browser';
import { db } from '@/lib/db/db';
import { registerRouter } from './router';
import { configurePanel } from './panel';
import { removeTabStatus } from './tab-status';
import { registerInstall } from './install';
import { registerSites } from './sites';
import { registerInjectOnInstall } from './inject-on-install';
import { registerToolbarLanguage } from './toolbar-lang';

// Only wiring: every listener is registered synchronously here, before any await (docs/RELIABILITY.md A5).
export default defineBackground(() => {
  registerRouter(db);
  registerInstall(db);
  configurePanel();
  registerSites();
  registerInjectOnInstall();
  registerToolbarLanguage();
  browser.tabs.onRemoved.addListener((tabId) => void removeTabStatus(tabId));
});
