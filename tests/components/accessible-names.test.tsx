// @vitest-environment jsdom
/** Issue #7: every control on every screen of the side panel has an accessible name, in both languages. */
import { afterEach, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { StormwatchDB } from '@/lib/db/schema';
import { DEFAULT_SETTINGS, settingsItem } from '@/lib/settings';
import { saveObserved } from '@/lib/db/items';
import { App } from '@/entrypoints/sidepanel/App';
import { observed } from '../helpers';
import { freshDb, installLayoutStubs, renderWithDb, resetStore } from './helpers';

const ROLES = [
  'button',
  'link',
  'textbox',
  'searchbox',
  'combobox',
  'listbox',
  'option',
  'checkbox',
  'radio',
  'spinbutton',
  'slider',
  'switch',
  'tab',
] as const;

/** Controls on screen that a screen reader would announce without a name. */
function unnamed(): string[] {
  const bad = ROLES.flatMap((role) => {
    const named = new Set(screen.queryAllByRole(role, { name: /\S/ }));
    return screen.queryAllByRole(role).filter((el) => !named.has(el));
  });
  // Inputs without an ARIA role (date, time, colour, file) need a label of their own.
  for (const el of document.body.querySelectorAll<HTMLInputElement>(
    'input[type="date"], input[type="time"], input[type="color"], input[type="file"]',
  )) {
    if (
      !el.closest('[hidden]') &&
      !el.labels?.length &&
      !el.getAttribute('aria-label') &&
      !el.getAttribute('aria-labelledby')
    )
      bad.push(el);
  }
  return bad.map((el) => el.outerHTML.slice(0, 160));
}

let db: StormwatchDB;
beforeAll(installLayoutStubs);
beforeEach(async () => {
  fakeBrowser.reset();
  db = freshDb();
});
afterEach(async () => {
  resetStore();
  await db.delete();
});

describe.each(['en', 'pl'] as const)('accessible names (%s)', (lang) => {
  test('queue with a selected comment, replies, library, template editor, dashboard and settings', async () => {
    await settingsItem.setValue({ ...DEFAULT_SETTINGS, uiLanguage: lang, agentName: 'Jan' });
    await saveObserved(
      db,
      {
        pageUrl: 'x',
        comments: [
          observed('c1', 'kamil_88', 'Oszuści, oddajcie pieniądze!', 'critical'),
          observed('c2', 'ola', 'Wyciek danych?', 'high'),
        ],
        threads: [],
      },
      7,
      Date.now() - 60_000,
    );
    renderWithDb(<App />, db);
    const tabs = within(screen.getByRole('tablist', { name: 'Stormwatch' })).getAllByRole('tab');
    const queue = await screen.findByRole('listbox', {
      name: lang === 'pl' ? 'Kolejka oznaczonych komentarzy' : 'Flagged comments queue',
    });
    const rows = await within(queue).findAllByRole('option');
    fireEvent.click(rows[0]!);
    await screen.findByRole('region', { name: lang === 'pl' ? 'Szczegóły komentarza' : 'Comment details' });
    expect(unnamed()).toEqual([]);
    const seen = new Set<string>();
    for (const [i, tab] of tabs.entries()) {
      fireEvent.click(tab);
      await waitFor(() => expect(tab.getAttribute('aria-selected')).toBe('true'));
      // Let the screen's live queries load before looking.
      await new Promise((r) => setTimeout(r, 150));
      if (i === 2) {
        await waitFor(() => expect(screen.getAllByRole('listitem').length).toBeGreaterThanOrEqual(40));
        expect(unnamed()).toEqual([]);
        fireEvent.click(screen.getAllByRole('button', { name: lang === 'pl' ? 'Edytuj' : 'Edit' })[0]!);
        await screen.findAllByRole('textbox');
      }
      expect(unnamed()).toEqual([]);
      for (const el of document.body.querySelectorAll('button, input, select, textarea')) seen.add(el.tagName);
    }
    expect([...seen]).toEqual(expect.arrayContaining(['BUTTON', 'INPUT', 'SELECT', 'TEXTAREA']));
  });
});
