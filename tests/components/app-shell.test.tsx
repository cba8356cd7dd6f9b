// @vitest-environment jsdom
import { afterEach, beforeAll, beforeEach, describe, expect, test, vi } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { StormwatchDB } from '@/lib/db/schema';
import { DEFAULT_SETTINGS, settingsItem } from '@/lib/settings';
import { saveObserved } from '@/lib/db/items';
import { panelFocusItem } from '@/entrypoints/background/panel';
import { usePanelStore } from '@/lib/store';
import { App } from '@/entrypoints/sidepanel/App';
import { observed } from '../helpers';
import { freshDb, installLayoutStubs, renderWithDb, resetStore } from './helpers';

let db: StormwatchDB;
beforeAll(installLayoutStubs);
beforeEach(async () => {
  fakeBrowser.reset();
  db = freshDb();
  await settingsItem.setValue({ ...DEFAULT_SETTINGS, uiLanguage: 'en' });
});
afterEach(async () => {
  resetStore();
  await db.delete();
});

const press = (key: string) => fireEvent.keyDown(document.body, { key });

describe('side panel shell', () => {
  test('five named tabs, switched with 1–5; the library is installed on open', async () => {
    renderWithDb(<App />, db);
    const tabs = within(screen.getByRole('tablist', { name: 'Stormwatch' })).getAllByRole('tab');
    expect(tabs.map((t) => t.textContent)).toEqual(['Queue', 'Replies', 'Library', 'Dashboard', 'Settings']);
    expect(screen.getByRole('tab', { name: 'Queue', selected: true })).toBeTruthy();
    press('3');
    expect(screen.getByRole('tab', { name: 'Library', selected: true })).toBeTruthy();
    expect(screen.getByRole('tabpanel', { name: 'Library' })).toBeTruthy();
    const library = await screen.findByRole('region', { name: 'Reply library' });
    await waitFor(() => expect(within(library).getAllByRole('listitem').length).toBeGreaterThanOrEqual(40));
    press('5');
    expect(await screen.findByRole('form', { name: 'Settings' })).toBeTruthy();
    fireEvent.click(screen.getByRole('tab', { name: 'Dashboard' }));
    expect(await screen.findByRole('region', { name: 'Dashboard' })).toBeTruthy();
  });

  test('? lists the shortcuts and Escape closes the list', async () => {
    renderWithDb(<App />, db);
    press('?');
    const dialog = screen.getByRole('dialog', { name: 'Keyboard shortcuts' });
    expect(within(dialog).getByText('next / previous comment in the queue')).toBeTruthy();
    press('Escape');
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  test('a page with no Stormwatch listener is an explicit "unsupported page" state, not an error (A3)', async () => {
    renderWithDb(<App />, db);
    expect(await screen.findByText(/This page is not a supported platform/)).toBeTruthy();
    expect(await screen.findByText('No flagged comments yet.')).toBeTruthy();
  });

  test('a spike of flagged items shows a crisis notice with the top terms on every screen', async () => {
    const now = Date.now();
    let n = 0;
    for (let ago = 1; ago <= 24; ago++) {
      const comments = [
        observed(`old${n++}`, 'a', 'słaba obsługa', 'low'),
        observed(`old${n++}`, 'b', 'słaba obsługa', 'low'),
      ];
      await saveObserved(db, { pageUrl: 'x', comments, threads: [] }, 7, now - ago * 3_600_000 - 60_000);
    }
    const burst = Array.from({ length: 30 }, (_, i) =>
      observed(`new${i}`, `u${i}`, 'Oszuści, wyciek danych klientów!', 'high'),
    );
    await saveObserved(db, { pageUrl: 'x', comments: burst, threads: [] }, 7, now - 60_000);
    usePanelStore.getState().screenOpened('library');
    renderWithDb(<App />, db);
    const notice = await screen.findByText(/Possible crisis/);
    expect(notice.closest('[role="alert"]')!.textContent).toMatch(/30 flagged in the last hour \(usually 2\.0\)/);
    fireEvent.click(
      within(notice.closest('[role="alert"]') as HTMLElement).getByRole('button', { name: 'Open the dashboard' }),
    );
    expect(screen.getByRole('tab', { name: 'Dashboard', selected: true })).toBeTruthy();
  });

  test('no spike, no crisis notice', async () => {
    await saveObserved(
      db,
      { pageUrl: 'x', comments: [observed('c1', 'a', 'idioci', 'high')], threads: [] },
      7,
      Date.now() - 60_000,
    );
    renderWithDb(<App />, db);
    expect((await screen.findAllByText(/idioci/)).length).toBeGreaterThan(0);
    expect(screen.queryByText(/Possible crisis/)).toBeNull();
  });

  test('the UI language follows the settings', async () => {
    await settingsItem.setValue({ ...DEFAULT_SETTINGS, uiLanguage: 'pl' });
    renderWithDb(<App />, db);
    expect(await screen.findByRole('tab', { name: 'Kolejka' })).toBeTruthy();
    expect(screen.getByRole('tab', { name: 'Ustawienia' })).toBeTruthy();
  });

  test('a badge clicked in the page selects its item and shows the queue', async () => {
    await saveObserved(
      db,
      { pageUrl: 'x', comments: [observed('c4', 'kamil_88', 'Jesteście bandą idiotów', 'critical')], threads: [] },
      7,
      0,
    );
    usePanelStore.getState().screenOpened('library');
    renderWithDb(<App />, db);
    await panelFocusItem.setValue({ itemKey: 'demo:c4', at: Date.now() });
    expect(await screen.findByRole('region', { name: 'Comment details' })).toBeTruthy();
    expect(screen.getByRole('tab', { name: 'Queue', selected: true })).toBeTruthy();
  });
});

describe('the panel shell speaks clearly', () => {
  test('it has an h1; a success and an error look and sound different', async () => {
    renderWithDb(<App />, db);
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Stormwatch: flagged comments');
    fireEvent.click(screen.getByRole('tab', { name: 'Settings' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Save' }));
    const ok = await waitFor(() => {
      const m = document.querySelector('.message');
      expect(m).not.toBeNull();
      return m!;
    });
    expect(ok.className).toBe('message success');
    expect(ok.getAttribute('role')).toBe('status');
    expect(ok.textContent).toMatch(/^Done: Settings saved\./);
    vi.spyOn(settingsItem, 'setValue').mockRejectedValueOnce(new Error('disk gone'));
    fireEvent.click(await screen.findByRole('button', { name: 'Save' }));
    await waitFor(() => expect(document.querySelector('.message')!.className).toBe('message error'));
    const bad = document.querySelector('.message')!;
    expect(bad.getAttribute('role')).toBe('alert');
    expect(bad.textContent).toMatch(/^Error: disk gone/);
    vi.restoreAllMocks();
  });
});
