/**
 * Talking to the page in the active tab from the side panel. Content scripts get tab messages;
 * the demo page is an extension page, so it gets runtime messages carrying its tab id.
 * Failures ("Receiving end does not exist", no tab) become a typed result, never a rejection
 * (docs/RELIABILITY.md A3).
 */
import { browser } from 'wxt/browser';
import { sendMessage, type PageStatus, type ProtocolMap } from './protocol';

export type TabState =
  | { kind: 'ready'; tabId: number; status: PageStatus }
  /** `url` is known only where Stormwatch has access (a toolbar click on that tab gives it). */
  | { kind: 'unsupported'; tabId?: number; url?: string }
  | { kind: 'needsReload'; tabId: number };

/** The scanning state of the active tab (or of `pinnedTabId`) as the background last heard it. */
export async function activeTabState(pinnedTabId?: number): Promise<TabState> {
  try {
    const tab =
      pinnedTabId !== undefined
        ? await browser.tabs.get(pinnedTabId).catch(() => undefined)
        : (await browser.tabs.query({ active: true, currentWindow: true }))[0];
    const tabId = pinnedTabId ?? tab?.id;
    if (tabId === undefined) return { kind: 'unsupported' };
    const status = await sendMessage('getTabStatus', { tabId });
    if (!status) return tab?.url ? { kind: 'unsupported', tabId, url: tab.url } : { kind: 'unsupported', tabId };
    return { kind: 'ready', tabId, status };
  } catch {
    return { kind: 'unsupported' };
  }
}

type PageMessage = 'focusComment' | 'insertReply' | 'previewSelectors' | 'pageHealth';

/** Send a message to the page of `state`; resolves to null when nobody answers. */
export async function sendToPage<K extends PageMessage>(
  state: TabState,
  type: K,
  data: Parameters<ProtocolMap[K]>[0],
): Promise<ReturnType<ProtocolMap[K]> | null> {
  if (state.kind !== 'ready') return null;
  try {
    const res =
      state.status.platform === 'demo'
        ? await sendMessage(type, { ...data, tabId: state.tabId } as never)
        : await sendMessage(type, data as never, state.tabId);
    return (res ?? null) as ReturnType<ProtocolMap[K]> | null;
  } catch {
    return null;
  }
}
