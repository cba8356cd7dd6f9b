/**
 * Sites without a built-in adapter (blogs, news sites, forums). The user enables one from the
 * side panel: "this page" injects the content script once (it reads such a page with the generic adapter) (the toolbar click gave us
 * activeTab); "always" asks for that site's permission and registers the script for it, so it
 * runs on every visit. The registration follows the granted permissions: revoking a site in the
 * browser's extension settings removes it here too (docs/RELIABILITY.md F1).
 */
import { browser } from 'wxt/browser';
import { HOST_PERMISSIONS } from '@/lib/platforms/hosts';
import { backgroundT } from './lang';

export const SITE_SCRIPT_ID = 'stormwatch-sites';
/** The content script: on a site without an adapter it reads comments with the generic one. */
export const GENERIC_SCRIPT = 'content-scripts/platforms.js';

type Scripting = {
  registerContentScripts(s: object[]): Promise<unknown>;
  updateContentScripts(s: object[]): Promise<unknown>;
  unregisterContentScripts(f: { ids: string[] }): Promise<unknown>;
  getRegisteredContentScripts(f: { ids: string[] }): Promise<Array<{ id: string; matches?: string[] }>>;
  executeScript(i: { target: { tabId: number }; files: string[] }): Promise<unknown>;
};
const scripting = () => (browser as unknown as { scripting?: Scripting }).scripting;

const PLATFORM_ORIGINS = new Set<string>(HOST_PERMISSIONS);

/** Granted origins the user added for other sites (never a wildcard host: that would be every site). */
export function siteOrigins(origins: readonly string[]): string[] {
  return origins.filter((o) => /^https?:\/\/[^*/][^/]*\/\*$/.test(o) && !PLATFORM_ORIGINS.has(o)).sort();
}

/** Make the registered site script match exactly the granted site origins. Returns them. */
export async function syncSiteScripts(): Promise<string[]> {
  const api = scripting();
  if (!api?.registerContentScripts) return [];
  const { origins = [] } = await browser.permissions.getAll();
  const sites = siteOrigins(origins);
  const existing = await api.getRegisteredContentScripts({ ids: [SITE_SCRIPT_ID] });
  if (sites.length === 0) {
    if (existing.length > 0) await api.unregisterContentScripts({ ids: [SITE_SCRIPT_ID] });
    return [];
  }
  // Not persisted across sessions on purpose: Firefox handles that option differently, and the
  // registration is rebuilt from the granted permissions at every start anyway.
  const script = { id: SITE_SCRIPT_ID, matches: sites, js: [GENERIC_SCRIPT], runAt: 'document_idle' };
  if (existing.length > 0) await api.updateContentScripts([script]);
  else await api.registerContentScripts([script]);
  return sites;
}

/** Start the generic reader in a tab now (and keep the registration in step when `always`). */
export async function enableSite(
  tabId: number,
  always: boolean,
): Promise<{ ok: true } | { ok: false; message: string }> {
  const api = scripting();
  if (!api?.executeScript) return { ok: false, message: (await backgroundT())('site_no_scripting') };
  try {
    if (always) await syncSiteScripts();
    await api.executeScript({ target: { tabId }, files: [GENERIC_SCRIPT] });
    return { ok: true };
  } catch (e) {
    const msg = e instanceof Error ? e.message : String(e);
    const t = await backgroundT();
    return {
      ok: false,
      message: /permission|access|Cannot access/i.test(msg)
        ? t('site_page_no_access')
        : t('site_start_failed', { error: msg }),
    };
  }
}

/** Keep the registration in step with permissions (synchronously from main, A5). */
export function registerSites(): void {
  const sync = () =>
    void syncSiteScripts().catch((e: unknown) =>
      console.warn('[stormwatch] site scripts not registered:', e instanceof Error ? e.message : e),
    );
  browser.permissions.onAdded.addListener(sync);
  browser.permissions.onRemoved.addListener(sync);
  browser.runtime.onInstalled.addListener(sync);
  browser.runtime.onStartup.addListener(sync);
}
