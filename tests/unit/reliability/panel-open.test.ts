/** docs/RELIABILITY.md A6: sidePanel.open is the first, synchronous call, so the user gesture is kept. */
import { beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { configurePanel, openPanelFor } from '@/entrypoints/background/panel';

describe('opening the side panel from a badge click', () => {
  beforeEach(() => fakeBrowser.reset());
  test('calls sidePanel.open before any other (awaited) work', async () => {
    const order: string[] = [];
    const open = vi.fn(() => {
      order.push('open');
      return Promise.resolve();
    });
    (fakeBrowser as unknown as { sidePanel: unknown }).sidePanel = { open };
    const set = vi.spyOn(fakeBrowser.storage.session, 'set').mockImplementation(async () => {
      order.push('storage');
    });
    openPanelFor(7, 1, 'demo:c4');
    expect(order[0]).toBe('open');
    expect(open).toHaveBeenCalledWith({ tabId: 7 });
    await vi.waitFor(() => expect(set).toHaveBeenCalled());
    expect(order).toEqual(['open', 'storage']);
  });
});

describe('the toolbar button opens the panel', () => {
  beforeEach(() => fakeBrowser.reset());
  test('Chrome: the side panel opens on the action click', () => {
    const setPanelBehavior = vi.fn(async () => undefined);
    (fakeBrowser as unknown as { sidePanel: unknown }).sidePanel = { setPanelBehavior };
    configurePanel();
    expect(setPanelBehavior).toHaveBeenCalledWith({ openPanelOnActionClick: true });
  });
  test('Firefox: the click toggles the sidebar, synchronously inside the click', () => {
    (fakeBrowser as unknown as { sidePanel: unknown }).sidePanel = undefined;
    let onClick: (() => void) | undefined;
    const toggle = vi.fn(async () => undefined);
    (fakeBrowser as unknown as { browserAction: unknown }).browserAction = {
      onClicked: { addListener: (f: () => void) => (onClick = f) },
    };
    (fakeBrowser as unknown as { sidebarAction: unknown }).sidebarAction = { toggle };
    configurePanel();
    expect(onClick).toBeTypeOf('function');
    onClick!();
    expect(toggle).toHaveBeenCalledTimes(1);
  });
});
