/**
 * The toolbar's tooltips follow a change of the interface language at once
 * (entrypoints/background/toolbar-lang.ts), not at the next spike check or tab report.
 */
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_SETTINGS, settingsItem, type Settings } from '@/lib/settings';
import { spikeItem } from '@/entrypoints/background/spike-badge';
import { setTabStatus } from '@/entrypoints/background/tab-status';
import { registerToolbarLanguage } from '@/entrypoints/background/toolbar-lang';
import { translate } from '@/lib/i18n';

let titles: Array<{ title: string; tabId?: number }>;
let stop: (() => void) | undefined;

beforeEach(async () => {
  fakeBrowser.reset();
  titles = [];
  (fakeBrowser as unknown as { action: unknown }).action = {
    setBadgeText: vi.fn(async () => undefined),
    setBadgeBackgroundColor: vi.fn(async () => undefined),
    setTitle: vi.fn(async (d: { title: string; tabId?: number }) => void titles.push(d)),
  };
  await settings({ uiLanguage: 'en' });
});
afterEach(() => {
  stop?.();
  stop = undefined;
  vi.unstubAllGlobals();
});

const settings = (patch: Partial<Settings>) => settingsItem.setValue({ ...DEFAULT_SETTINGS, ...patch });
/** The last tooltip set for `tabId` (undefined: the global one). */
const lastTitle = (tabId?: number) => titles.filter((d) => d.tabId === tabId).at(-1)?.title;

/** Tab 9 shows Instagram's "not recognised"; tab 4 reads fine. */
async function twoTabs() {
  const base = { pageUrl: 'https://www.instagram.com/p/abc/', scanned: 0, flagged: 0 };
  await setTabStatus(9, { ...base, platform: 'instagram', state: 'noComments' });
  await setTabStatus(4, { ...base, platform: 'reddit', state: 'scanning', scanned: 5, flagged: 1 });
}

describe('the toolbar tooltip after a language change', () => {
  test('the tab that is not recognised and the spike are told again in Polish, then in English', async () => {
    stop = registerToolbarLanguage();
    await twoTabs();
    await spikeItem.setValue({ current: 30, mean: 2, at: 1 });
    expect(lastTitle(9)).toBe('Stormwatch: comments not recognised here (Instagram)');

    await settings({ uiLanguage: 'pl' });
    await vi.waitFor(() =>
      expect(lastTitle(9)).toBe(translate('pl', 'toolbar_not_recognised', { platform: 'Instagram' })),
    );
    await vi.waitFor(() =>
      expect(lastTitle()).toBe('Stormwatch: możliwy kryzys, 30 oznaczonych w ostatniej godzinie (zwykle 2,0)'),
    );
    // A tab that reads fine has no tooltip of its own to change.
    expect(titles.some((d) => d.tabId === 4)).toBe(false);

    await settings({ uiLanguage: 'en' });
    await vi.waitFor(() => expect(lastTitle(9)).toBe('Stormwatch: comments not recognised here (Instagram)'));
    await vi.waitFor(() =>
      expect(lastTitle()).toBe('Stormwatch: possible crisis, 30 flagged in the last hour (usually 2.0)'),
    );
  });

  test('without a spike the global tooltip is the name', async () => {
    stop = registerToolbarLanguage();
    await settings({ uiLanguage: 'pl' });
    await vi.waitFor(() => expect(lastTitle()).toBe(translate('pl', 'toolbar_title')));
  });

  test('a change of another setting, or to "as the browser" in the same language, sets nothing', async () => {
    stop = registerToolbarLanguage();
    vi.stubGlobal('navigator', { language: 'en-GB' });
    await twoTabs();
    const before = titles.length;
    await settings({ uiLanguage: 'en', brands: ['Zefir'] });
    await settings({ uiLanguage: 'auto', brands: ['Zefir'] });
    // Let any watcher run: a change that does matter is seen after these.
    await settings({ uiLanguage: 'pl' });
    await vi.waitFor(() => expect(lastTitle()).toBe(translate('pl', 'toolbar_title')));
    expect(titles.slice(before).filter((d) => d.tabId === undefined)).toHaveLength(1);
  });
});
