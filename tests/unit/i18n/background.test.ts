/** What the background shows itself (toolbar tooltip, site access) follows the interface language setting. */
import { beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { StormwatchDB } from '@/lib/db/schema';
import { saveObserved } from '@/lib/db/items';
import { DEFAULT_SETTINGS, settingsItem, type Settings } from '@/lib/settings';
import { refreshSpikeBadge } from '@/entrypoints/background/spike-badge';
import { setTabStatus } from '@/entrypoints/background/tab-status';
import { enableSite } from '@/entrypoints/background/sites';
import { observed } from '../../helpers';

const HOUR = 3_600_000;
const NOW = Date.UTC(2026, 10, 25, 12, 30);
let titles: Array<{ title: string; tabId?: number }>;

beforeEach(() => {
  fakeBrowser.reset();
  titles = [];
  (fakeBrowser as unknown as { action: unknown }).action = {
    setBadgeText: vi.fn(async () => undefined),
    setBadgeBackgroundColor: vi.fn(async () => undefined),
    setTitle: vi.fn(async (d: { title: string; tabId?: number }) => void titles.push(d)),
  };
});

const language = (uiLanguage: Settings['uiLanguage']) => settingsItem.setValue({ ...DEFAULT_SETTINGS, uiLanguage });

async function spikeTitle(): Promise<string> {
  const db = new StormwatchDB(`bg-lang-${Math.random()}`);
  let n = 0;
  for (const [ago, count] of [30, ...Array<number>(24).fill(2)].entries()) {
    const comments = Array.from({ length: count }, () => observed(`c${n++}`, `user${n}`, 'idioci', 'high'));
    await saveObserved(db, { pageUrl: 'x', comments, threads: [] }, 1, NOW - ago * HOUR - 60_000);
  }
  await refreshSpikeBadge(db, NOW);
  await db.delete();
  return titles.at(-1)!.title;
}

describe('toolbar tooltip', () => {
  test.each([
    ['en', 'Stormwatch: possible crisis, 30 flagged in the last hour (usually 2.0)'],
    ['pl', 'Stormwatch: możliwy kryzys, 30 oznaczonych w ostatniej godzinie (zwykle 2,0)'],
  ] as const)('a spike, in %s', async (lang, title) => {
    await language(lang);
    expect(await spikeTitle()).toBe(title);
  });

  test.each([
    ['en', 'Stormwatch: comments not recognised here (Instagram)'],
    ['pl', 'Stormwatch: nie rozpoznano tu komentarzy (Instagram)'],
  ] as const)('comments not recognised, in %s', async (lang, title) => {
    await language(lang);
    await setTabStatus(9, {
      platform: 'instagram',
      pageUrl: 'https://www.instagram.com/p/abc/',
      state: 'noComments',
      scanned: 0,
      flagged: 0,
    });
    expect(titles.at(-1)).toEqual({ tabId: 9, title });
  });

  test('"as the browser" follows the browser’s language', async () => {
    await language('auto');
    vi.stubGlobal('navigator', { language: 'pl-PL' });
    try {
      expect(await spikeTitle()).toMatch(/^Stormwatch: możliwy kryzys/);
    } finally {
      vi.unstubAllGlobals();
    }
  });
});

describe('starting on another site', () => {
  const withScripting = (executeScript: () => Promise<unknown>) => {
    (fakeBrowser as unknown as { scripting: unknown }).scripting = {
      executeScript,
      registerContentScripts: vi.fn(async () => undefined),
      updateContentScripts: vi.fn(async () => undefined),
      unregisterContentScripts: vi.fn(async () => undefined),
      getRegisteredContentScripts: vi.fn(async () => []),
    };
  };

  test.each([
    ['en', 'This browser cannot start Stormwatch on other sites.'],
    ['pl', 'Ta przeglądarka nie pozwala uruchomić Stormwatch na innych stronach.'],
  ] as const)('no scripting API, in %s', async (lang, message) => {
    await language(lang);
    (fakeBrowser as unknown as { scripting: unknown }).scripting = undefined;
    expect(await enableSite(1, false)).toEqual({ ok: false, message });
  });

  test.each([
    ['en', 'Cannot access contents of the page', /^Stormwatch has no access to this page\./],
    ['pl', 'Cannot access contents of the page', /^Stormwatch nie ma dostępu do tej strony\./],
    ['en', 'Frame was removed', /^Could not start on this page: Frame was removed$/],
    ['pl', 'Frame was removed', /^Nie udało się uruchomić na tej stronie: Frame was removed$/],
  ] as const)('in %s, "%s"', async (lang, error, message) => {
    await language(lang);
    withScripting(async () => {
      throw new Error(error);
    });
    const r = await enableSite(1, false);
    expect(r.ok).toBe(false);
    expect(r.ok ? '' : r.message).toMatch(message);
  });

  test('started', async () => {
    await language('pl');
    withScripting(async () => undefined);
    expect(await enableSite(1, false)).toEqual({ ok: true });
  });
});
