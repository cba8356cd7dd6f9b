/**
 * Opening the side panel (Chrome) or sidebar (Firefox), and telling it which item to select.
 */
import { browser } from 'wxt/browser';
import { storage } from '#imports';

export const panelFocusItem = storage.defineItem<{ itemKey: string; at: number } | null>('session:panel-focus', {
  fallback: null,
});

type SidebarAction = { open?: () => Promise<void> };

/** Open the panel for a tab and ask it to select `itemKey`. Opening comes first (docs/RELIABILITY.md A6). */
export function openPanelFor(tabId: number | undefined, windowId: number | undefined, itemKey: string): void {
  const sidePanel = (
    browser as unknown as { sidePanel?: { open(o: { tabId?: number; windowId?: number }): Promise<void> } }
  ).sidePanel;
  const sidebar = (browser as unknown as { sidebarAction?: SidebarAction }).sidebarAction;
  const opened = sidePanel
    ? sidePanel.open(tabId !== undefined ? { tabId } : { windowId })
    : (sidebar?.open?.() ?? Promise.resolve());
  opened.catch((e: unknown) => console.info('[stormwatch] panel not opened:', e instanceof Error ? e.message : e));
  void panelFocusItem.setValue({ itemKey, at: Date.now() });
}

/** The toolbar button opens the panel: Chrome's side panel, Firefox's sidebar (toggled in the click). */
export function configurePanel(): void {
  const sidePanel = (
    browser as unknown as { sidePanel?: { setPanelBehavior(o: { openPanelOnActionClick: boolean }): Promise<void> } }
  ).sidePanel;
  if (sidePanel) {
    sidePanel.setPanelBehavior({ openPanelOnActionClick: true }).catch(() => undefined);
    return;
  }
  const b = browser as unknown as {
    sidebarAction?: { toggle?: () => Promise<void> };
    browserAction?: { onClicked?: { addListener(f: () => void): void } };
  };
  // toggle() must be the first call in the click handler (the user gesture), as sidePanel.open (A6).
  b.browserAction?.onClicked?.addListener(() => {
    b.sidebarAction?.toggle?.().catch(() => undefined);
  });
}
