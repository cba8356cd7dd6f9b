// @vitest-environment jsdom
import { afterEach, beforeAll, beforeEach, describe, expect, test, vi } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { saveObserved } from '@/lib/db/items';
import type { StormwatchDB } from '@/lib/db/schema';
import { listViews } from '@/lib/db/saved-views';
import { QueueScreen } from '@/entrypoints/sidepanel/QueueScreen';
import { observed, riskAt } from '../helpers';
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
  await saveObserved(
    db,
    {
      pageUrl: 'chrome-extension://x/demo.html',
      comments: [
        observed('c3', 'Tomasz', 'Żądam zwrotu pieniędzy!', 'medium'),
        observed('c5', 'Jess', 'customer passwords leaked', 'high', { risk: riskAt('high', { language: 'en' }) }),
        observed('c4', 'kamil_88', 'Jesteście bandą idiotów', 'critical'),
      ],
      threads: [],
    },
    7,
    0,
  );
});
afterEach(async () => {
  resetStore();
  await db.delete();
});

const listbox = () => screen.getByRole('listbox', { name: 'Flagged comments queue' });
const texts = async () => {
  await waitFor(() => {
    expect(document.querySelector('.queue-progress')).toBeNull();
    expect(listbox()).toBeTruthy();
  });
  return within(listbox())
    .getAllByRole('option')
    .map((o) => o.querySelector('.queue-text')!.textContent);
};
const filtersButton = () => screen.getByRole('button', { name: /^Filters/ });

describe('Queue layout', () => {
  test('filters fold into one line that counts the active ones', async () => {
    renderWithDb(<QueueScreen env={makeEnv()} />, db);
    expect(await texts()).toHaveLength(3);
    expect(filtersButton().textContent).toBe('Filters');
    expect(filtersButton().getAttribute('aria-expanded')).toBe('false');
    expect(screen.queryByLabelText('Minimum severity')).toBeNull();
    // The search box stays on the line.
    expect(within(screen.getByRole('search')).getByRole('searchbox', { name: 'Search text and authors' })).toBeTruthy();
    fireEvent.click(filtersButton());
    expect(filtersButton().getAttribute('aria-expanded')).toBe('true');
    fireEvent.change(screen.getByLabelText('Minimum severity'), { target: { value: 'high' } });
    fireEvent.change(screen.getByLabelText('Language'), { target: { value: 'en' } });
    await waitFor(async () => expect(await texts()).toEqual(['customer passwords leaked']));
    expect(filtersButton().textContent).toBe('Filters (2)');
    // The sort is not a filter.
    fireEvent.change(screen.getByLabelText('Sort'), { target: { value: 'newest' } });
    expect(filtersButton().textContent).toBe('Filters (2)');
    fireEvent.click(filtersButton());
    expect(screen.queryByLabelText('Minimum severity')).toBeNull();
    expect(filtersButton().textContent).toBe('Filters (2)');
  });

  test('exports are in a menu that opens on demand', async () => {
    renderWithDb(<QueueScreen env={makeEnv()} />, db);
    await texts();
    const csv = screen.getByRole('button', { name: 'CSV (3)' });
    const menu = csv.closest('details')!;
    expect(menu.open).toBe(false);
    fireEvent.click(within(menu).getByText('Export'));
    expect(menu.open).toBe(true);
    expect(within(menu).getByRole('button', { name: 'Response log (CSV)' })).toBeTruthy();
  });

  test('the open item’s detail is in the list’s flow, under its row, with its status buttons', async () => {
    renderWithDb(<QueueScreen env={makeEnv()} />, db);
    await texts();
    fireEvent.click(within(listbox()).getAllByRole('option')[1]!);
    const detail = await screen.findByRole('region', { name: 'Comment details' });
    // One scroll for the list and the detail; the detail is no option's child.
    const scroller = listbox().closest('.queue-scroll')!;
    expect(scroller.contains(detail)).toBe(true);
    expect(listbox().contains(detail)).toBe(false);
    expect(detail.closest('.selected-pane')!.parentElement!.className).toBe('queue-detail');
    expect(within(detail).getByRole('button', { name: 'Resolved' })).toBeTruthy();
    // Keys typed in the detail are not the list's keys.
    const before = screen.getByRole('listbox').getAttribute('aria-activedescendant');
    fireEvent.keyDown(within(detail).getByRole('button', { name: 'Resolved' }), { key: 'ArrowDown' });
    expect(listbox().getAttribute('aria-activedescendant')).toBe(before);
    fireEvent.click(within(detail).getByRole('button', { name: 'Resolved' }));
    await waitFor(async () => expect((await db.items.get('demo:c5'))!.status).toBe('resolved'));
    await waitFor(() =>
      expect(within(listbox()).getAllByRole('option')[1]!.querySelector('.status')!.textContent).toBe('Resolved'),
    );
  });
});

describe('Saved views', () => {
  test('name the current filters and sort, pick them again, delete; kept in the database across openings', async () => {
    const first = renderWithDb(<QueueScreen env={makeEnv()} />, db);
    await texts();
    fireEvent.click(filtersButton());
    fireEvent.change(screen.getByLabelText('Minimum severity'), { target: { value: 'high' } });
    fireEvent.change(screen.getByLabelText('Sort'), { target: { value: 'newest' } });
    fireEvent.change(screen.getByLabelText('Name this view'), { target: { value: 'Urgent' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save view' }));
    await waitFor(async () =>
      expect(await listViews(db)).toEqual([
        { name: 'Urgent', filter: { minSeverity: 'high', sort: 'newest' }, scope: 'all' },
      ]),
    );
    first.unmount();
    resetStore();

    // Reopened with the default filters: the view is still there and brings its filters back.
    renderWithDb(<QueueScreen env={makeEnv()} />, db);
    expect(await texts()).toHaveLength(3);
    fireEvent.click(filtersButton());
    const pick = screen.getByLabelText('Saved view');
    await waitFor(() => expect(within(pick).getByRole('option', { name: 'Urgent' })).toBeTruthy());
    fireEvent.change(pick, { target: { value: 'Urgent' } });
    await waitFor(async () => expect(await texts()).toHaveLength(2));
    expect((screen.getByLabelText('Minimum severity') as HTMLSelectElement).value).toBe('high');
    expect((screen.getByLabelText('Sort') as HTMLSelectElement).value).toBe('newest');
    expect(filtersButton().textContent).toBe('Filters (1)');

    fireEvent.click(screen.getByRole('button', { name: 'Delete view' }));
    await waitFor(async () => expect(await listViews(db)).toEqual([]));
    await waitFor(() => expect(within(pick).queryByRole('option', { name: 'Urgent' })).toBeNull());
  });

  test('a damaged settings row keeps only the views that make sense', async () => {
    await db.settings.put({
      key: 'queueViews',
      value: [{ name: ' Legal ', filter: { signal: 'legalThreat', tabId: 3, junk: 1 } }, { name: '' }, 42],
    });
    expect(await listViews(db)).toEqual([{ name: 'Legal', filter: { signal: 'legalThreat' }, scope: 'all' }]);
  });
});
