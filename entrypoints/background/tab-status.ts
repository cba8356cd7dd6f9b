/**
 * Per-tab scanning state, kept in the in-memory `storage.session` area so it survives the
 * service worker being stopped (docs/RELIABILITY.md A5), plus the toolbar badge that shows it.
 */
import { storage } from '#imports';
import type { PageStatus } from '@/lib/messaging/protocol';
import { platformName } from '@/lib/i18n/names';
import { badgeText, spikeItem, toolbarAction } from './spike-badge';
import type { T } from '@/lib/i18n';
import { backgroundT } from './lang';

const key = (tabId: number) => `session:tab-${tabId}` as const;

/** The tooltip of a tab whose comments are not recognised. */
export const notRecognisedTitle = (t: T, platform: PageStatus['platform']): string =>
  t('toolbar_not_recognised', { platform: platformName(t, platform) });

/** Remember a tab's state and show it on the toolbar badge. */
export async function setTabStatus(tabId: number, status: PageStatus): Promise<void> {
  await storage.setItem(key(tabId), status);
  const action = toolbarAction();
  if (!action) return;
  const spiking = (await spikeItem.getValue()) !== null;
  await action.setBadgeText({ tabId, text: badgeText(status, spiking) });
  await action.setBadgeBackgroundColor({
    tabId,
    color: status.state === 'noComments' && !spiking ? '#6b7280' : '#d92b14',
  });
  if (status.state === 'noComments') {
    const t = await backgroundT();
    await action.setTitle({ tabId, title: notRecognisedTitle(t, status.platform) });
  }
}

/** The last state a tab reported, or null. */
export async function getTabStatus(tabId: number): Promise<PageStatus | null> {
  return (await storage.getItem<PageStatus>(key(tabId))) ?? null;
}

/** Forget closed tabs. */
export function removeTabStatus(tabId: number): Promise<void> {
  return storage.removeItem(key(tabId));
}
