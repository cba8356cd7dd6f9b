// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { StormwatchDB } from '@/lib/db/schema';
import { saveObserved } from '@/lib/db/items';
import { usePanelStore } from '@/lib/store';
import { download } from '@/lib/export/download';
import { DashboardScreen } from '@/entrypoints/sidepanel/DashboardScreen';
import { observed } from '../helpers';
import { freshDb, makeEnv, renderWithDb, resetStore } from './helpers';

vi.mock('@/lib/export/download', () => ({ download: vi.fn() }));

let db: StormwatchDB;
beforeEach(async () => {
  fakeBrowser.reset();
  vi.mocked(download).mockClear();
  db = freshDb();
  const now = Date.now();
  // A quiet day, then 12 flagged comments in the last hour: a spike.
  const burst = Array.from({ length: 12 }, (_, i) =>
    observed(`b${i}`, `user${i}`, `oszuści ukradli dane klientów ${i}`, i % 2 ? 'high' : 'medium'),
  );
  await saveObserved(db, { pageUrl: 'x', comments: burst, threads: [] }, 7, now - 10 * 60_000);
  await saveObserved(
    db,
    { pageUrl: 'x', comments: [observed('old', 'Ewa', 'słaba obsługa', 'low')], threads: [] },
    8,
    now - 5 * 3_600_000,
  );
});
afterEach(async () => {
  resetStore();
  await db.delete();
});

describe('Dashboard screen', () => {
  test('counts, a spike notice with the top terms, and a CSV export of the filtered queue or of everything', async () => {
    usePanelStore.getState().filterChanged({ minSeverity: 'high' });
    renderWithDb(<DashboardScreen env={makeEnv()} />, db);
    const dash = await screen.findByRole('region', { name: 'Dashboard' });
    await waitFor(() => expect(within(dash).getByRole('alert').textContent).toMatch(/Possible crisis: 12 .*oszuści/));
    expect(within(dash).getByText(/^Flagged:/).textContent).toMatch(/^Flagged: 13 /);
    expect(await screen.findByLabelText('as filtered in the queue (6)')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'CSV (6)' }));
    await waitFor(() => expect(download).toHaveBeenCalledTimes(1));
    fireEvent.click(screen.getByLabelText('everything (13)'));
    fireEvent.click(await screen.findByRole('button', { name: 'CSV (13)' }));
    await waitFor(() => expect(download).toHaveBeenCalledTimes(2));
    const [, parts, name] = vi.mocked(download).mock.calls[1]!;
    expect(name).toMatch(/^stormwatch-flagged-.*\.csv$/);
    expect((parts as string[]).join('').trim().split('\n')).toHaveLength(14);
  });

  test('the figures and the export of everything share one read of the items', async () => {
    let rows = 0;
    db.items.hook('reading', (item) => {
      rows++;
      return item;
    });
    renderWithDb(<DashboardScreen env={makeEnv()} />, db);
    expect(await screen.findByLabelText('everything (13)')).toBeTruthy();
    expect(await screen.findByLabelText('as filtered in the queue (13)')).toBeTruthy();
    // One read for the figures and "everything" (13 items), the queue's cache for the filtered list
    // (two reads of 13); a separate read for "everything" made it 52.
    expect(rows).toBe(3 * 13);
  });
});
