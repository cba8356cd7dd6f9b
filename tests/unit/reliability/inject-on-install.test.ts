/** docs/RELIABILITY.md A2: on install/update the active platform tabs get the content script at once. */
import { beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { injectIntoActiveTabs, PLATFORMS_SCRIPT } from '@/entrypoints/background/inject-on-install';

type Tab = { id: number; url?: string; active: boolean };
let tabs: Tab[];
let executeScript: ReturnType<typeof vi.fn>;

beforeEach(() => {
  fakeBrowser.reset();
  vi.spyOn(fakeBrowser.tabs, 'query').mockImplementation(
    async (q: { active?: boolean }) => tabs.filter((t) => q.active === undefined || t.active === q.active) as never,
  );
  executeScript = vi.fn(async ({ target }: { target: { tabId: number } }) => {
    if (target.tabId === 4) throw new Error('Frame with ID 0 is showing error page');
    return [];
  });
  (fakeBrowser as unknown as { scripting: unknown }).scripting = { executeScript };
});

describe('injection on install or update', () => {
  test('only active tabs of supported platforms; a failing tab does not stop the others', async () => {
    tabs = [
      { id: 1, url: 'https://www.youtube.com/watch?v=a', active: true },
      { id: 2, url: 'https://www.youtube.com/watch?v=b', active: false }, // background tab: panel offers a reload
      { id: 3, url: 'https://example.com/', active: true }, // not a platform
      { id: 4, url: 'https://www.reddit.com/r/a/comments/b/', active: true }, // injection fails
      { id: 5, active: true }, // no access to its URL
      { id: 6, url: 'https://old.reddit.com/r/a/comments/b/', active: true },
    ];
    expect(await injectIntoActiveTabs()).toEqual([1, 6]);
    expect(executeScript.mock.calls.map(([a]) => a)).toEqual([
      { target: { tabId: 1 }, files: [PLATFORMS_SCRIPT] },
      { target: { tabId: 4 }, files: [PLATFORMS_SCRIPT] },
      { target: { tabId: 6 }, files: [PLATFORMS_SCRIPT] },
    ]);
  });

  test('without the scripting API nothing happens and nothing throws', async () => {
    (fakeBrowser as unknown as { scripting: unknown }).scripting = undefined;
    tabs = [{ id: 1, url: 'https://www.youtube.com/watch?v=a', active: true }];
    expect(await injectIntoActiveTabs()).toEqual([]);
  });
});
