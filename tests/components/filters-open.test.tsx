// @vitest-environment jsdom
/** The queue's filters stay shown, or folded, as the agent left them when the panel is reopened. */
import { afterEach, beforeAll, beforeEach, describe, expect, test, vi } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { saveObserved } from '@/lib/db/items';
import type { StormwatchDB } from '@/lib/db/schema';
import { PANEL_STATE_KEY, usePanelStore } from '@/lib/store';
import { QueueScreen } from '@/entrypoints/sidepanel/QueueScreen';
import { en } from '@/lib/i18n/en';
import { observed } from '../helpers';
import { freshDb, installLayoutStubs, makeEnv, renderWithDb, resetStore } from './helpers';

vi.mock('@/lib/messaging/tab-channel', async (importOriginal) => ({
  ...(await importOriginal<typeof import('@/lib/messaging/tab-channel')>()),
  sendToPage: vi.fn(async () => ({ found: true })),
}));

let db: StormwatchDB;
beforeAll(installLayoutStubs);
beforeEach(async () => {
  fakeBrowser.reset();
  db = freshDb();
  const comments = [
    observed('c1', 'Tomasz', 'Żądam zwrotu pieniędzy!', 'medium'),
    observed('c2', 'kamil_88', 'Jesteście bandą idiotów', 'critical'),
  ];
  await saveObserved(db, { pageUrl: 'chrome-extension://x/demo.html', comments, threads: [] }, 7, 0);
});
afterEach(async () => {
  resetStore();
  await db.delete();
});

const toggle = () => screen.getByRole('button', { name: /^Filters/ });
const severity = () => screen.queryByLabelText(en.filter_severity);

/** A panel opened on the queue, once its items show. */
async function openPanel(rows = 2) {
  const view = renderWithDb(<QueueScreen env={makeEnv()} />, db);
  await waitFor(() =>
    expect(within(screen.getByRole('listbox', { name: en.queue_label })).getAllByRole('option')).toHaveLength(rows),
  );
  return view;
}

/** Close the panel: a new one starts with an empty store and reads what was kept. */
async function reopen(view: { unmount(): void }, rows = 2) {
  view.unmount();
  const kept = localStorage.getItem(PANEL_STATE_KEY);
  usePanelStore.setState(usePanelStore.getInitialState(), true);
  localStorage.clear();
  if (kept !== null) localStorage.setItem(PANEL_STATE_KEY, kept);
  await usePanelStore.persist.rehydrate();
  return openPanel(rows);
}

describe('filters shown or folded across panel openings', () => {
  test('a first panel folds them; shown, they are shown again in the next panel; folded, folded again', async () => {
    let view = await openPanel();
    expect(toggle().getAttribute('aria-expanded')).toBe('false');
    expect(severity()).toBeNull();

    fireEvent.click(toggle());
    expect(toggle().getAttribute('aria-expanded')).toBe('true');
    expect(severity()).not.toBeNull();

    view = await reopen(view);
    expect(toggle().getAttribute('aria-expanded')).toBe('true');
    expect(severity()).not.toBeNull();
    // The filters set in them are kept too, and still apply.
    fireEvent.change(severity()!, { target: { value: 'critical' } });
    await waitFor(() =>
      expect(within(screen.getByRole('listbox', { name: en.queue_label })).getAllByRole('option')).toHaveLength(1),
    );

    fireEvent.click(toggle());
    expect(severity()).toBeNull();
    await reopen(view, 1);
    expect(toggle().getAttribute('aria-expanded')).toBe('false');
    expect(severity()).toBeNull();
    expect(toggle().textContent).toBe(en.filters_toggle_count.replace('{count}', '1'));
  });
});
