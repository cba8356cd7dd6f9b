/**
 * Tabs open before an install or update have no (live) content script (docs/RELIABILITY.md A2). On
 * install and update the active tab of each window gets the platforms script at once, if it is
 * a platform page; other tabs show "Reload this tab to start scanning" in the panel. The
 * content script is idempotent, so a tab that already runs one is not scanned twice.
 */
import { browser } from 'wxt/browser';
import { adapterForUrl } from '@/lib/platforms/index';

export const PLATFORMS_SCRIPT = 'content-scripts/platforms.js';

type Scripting = { executeScript(i: { target: { tabId: number }; files: string[] }): Promise<unknown> };

/** Inject into the active platform tabs; returns the tab ids injected. */
export async function injectIntoActiveTabs(): Promise<number[]> {
  const scripting = (browser as unknown as { scripting?: Scripting }).scripting;
  if (!scripting?.executeScript) return [];
  const tabs = await browser.tabs.query({ active: true });
  const done: number[] = [];
  for (const tab of tabs) {
    if (tab.id === undefined || !tab.url || !adapterForUrl(tab.url)) continue;
    try {
      await scripting.executeScript({ target: { tabId: tab.id }, files: [PLATFORMS_SCRIPT] });
      done.push(tab.id);
    } catch (e) {
      // A discarded or still-loading tab: the panel offers a reload instead.
      console.info('[stormwatch] not injected into tab', tab.id, e instanceof Error ? e.message : e);
    }
  }
  return done;
}

/** Register the listener (synchronously from main, A5). */
export function registerInjectOnInstall(): void {
  browser.runtime.onInstalled.addListener((details) => {
    if (details.reason === 'install' || details.reason === 'update') void injectIntoActiveTabs();
  });
}
