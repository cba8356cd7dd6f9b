/**
 * The toolbar's tooltips follow the interface language as soon as it changes: the global one
 * (the spike, or the name) and each tab's "comments not recognised". Without this they kept the
 * old language until the next spike check or the tab's next report.
 */
import { browser } from 'wxt/browser';
import type { PageStatus } from '@/lib/messaging/protocol';
import { settingsItem, withDefaults, type Settings } from '@/lib/settings';
import { resolveLanguage } from '@/lib/i18n';
import { spikeItem, spikeTitle, toolbarAction } from './spike-badge';
import { notRecognisedTitle } from './tab-status';
import { backgroundT } from './lang';

/** Set every tooltip the background shows again, in the current interface language. */
export async function retitleToolbar(): Promise<void> {
  const action = toolbarAction();
  if (!action) return;
  const t = await backgroundT();
  const spike = await spikeItem.getValue();
  await action.setTitle({ title: spike ? spikeTitle(t, spike) : t('toolbar_title') });
  const all = (await browser.storage.session.get(null)) as Record<string, unknown>;
  for (const [k, v] of Object.entries(all)) {
    const tabId = Number(/^tab-(\d+)$/.exec(k)?.[1]);
    const status = v as PageStatus | null;
    if (!Number.isInteger(tabId) || status?.state !== 'noComments') continue;
    // The tab may be gone.
    await action.setTitle({ tabId, title: notRecognisedTitle(t, status.platform) }).catch(() => undefined);
  }
}

const languageOf = (s: Settings | null) => resolveLanguage(withDefaults(s).uiLanguage, globalThis.navigator?.language);

/** Watch the interface language setting (register synchronously, from main). Returns the unwatch. */
export function registerToolbarLanguage(): () => void {
  return settingsItem.watch((next, prev) => {
    if (languageOf(next) === languageOf(prev)) return;
    retitleToolbar().catch((e: unknown) =>
      console.warn('[stormwatch] toolbar tooltip not updated:', e instanceof Error ? e.message : e),
    );
  });
}
