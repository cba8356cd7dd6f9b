// @vitest-environment jsdom
/** docs/RELIABILITY.md H6, H7: the storage estimate is watched, persistence asked for, a warning shown before writes fail; retention is a setting. */
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { StorageNotice } from '@/entrypoints/sidepanel/StorageNotice';
import { SettingsScreen } from '@/entrypoints/sidepanel/SettingsScreen';
import { settingsItem } from '@/lib/settings';
import { intakeItem } from '@/lib/intake-health';
import type { StormwatchDB } from '@/lib/db/schema';
import { freshDb, makeEnv, renderWithDb } from './helpers';

const MB = 1024 * 1024;
const manager = (usage: number, quota: number, persisted = true) =>
  ({
    estimate: vi.fn(async () => ({ usage, quota })),
    persist: vi.fn(async () => persisted),
  }) as unknown as StorageManager & { persist: ReturnType<typeof vi.fn> };

describe('storage warning', () => {
  test.each([
    ['95% used', 950 * MB, 1000 * MB, true],
    ['less than 100 MB left', 4_950 * MB, 5_000 * MB, true],
    ['half used', 500 * MB, 1000 * MB, false],
  ])('%s → warning %s', async (_n, usage, quota, warns) => {
    const storage = manager(usage, quota);
    render(<StorageNotice lang="en" storage={storage} />);
    await waitFor(() => expect(storage.estimate).toHaveBeenCalled());
    expect(storage.persist).toHaveBeenCalledTimes(1);
    if (warns) expect((await screen.findByRole('alert')).textContent).toMatch(/^Storage is nearly full: \d/);
    else {
      await new Promise((r) => setTimeout(r, 20));
      expect(screen.queryByRole('alert')).toBeNull();
    }
  });

  test('without persistent storage the warning says the browser may clear the data; in Polish too', async () => {
    render(<StorageNotice lang="pl" storage={manager(990 * MB, 1000 * MB, false)} />);
    expect((await screen.findByRole('alert')).textContent).toMatch(/Kończy się miejsce.*trwałego przechowywania/s);
  });

  test('an open panel looks again as soon as the background counts a failed write, not a minute later', async () => {
    fakeBrowser.reset();
    const estimate = vi
      .fn<() => Promise<StorageEstimate>>()
      .mockResolvedValueOnce({ usage: 500 * MB, quota: 1000 * MB })
      .mockResolvedValue({ usage: 999 * MB, quota: 1000 * MB });
    render(
      <StorageNotice lang="en" storage={{ estimate, persist: vi.fn(async () => true) } as unknown as StorageManager} />,
    );
    await waitFor(() => expect(estimate).toHaveBeenCalledTimes(1));
    expect(screen.queryByRole('alert')).toBeNull();
    await intakeItem.setValue({ rejected: 0, failedWrites: 1, pending: 3, lastAt: 1 });
    expect((await screen.findByRole('alert')).textContent).toMatch(/^Storage is nearly full: 999 MB/);
    expect(estimate).toHaveBeenCalledTimes(2);
  });
});

describe('retention setting', () => {
  let db: StormwatchDB;
  beforeEach(() => {
    fakeBrowser.reset();
    db = freshDb();
  });
  afterEach(() => db.delete());
  test('age and count are saved with the settings (defaults 180 days, 20,000 comments)', async () => {
    renderWithDb(<SettingsScreen env={makeEnv()} onBackup={() => undefined} />, db);
    const days = screen.getByLabelText('Delete finished comments after (days)') as HTMLInputElement;
    const max = screen.getByLabelText('Keep at most (comments)') as HTMLInputElement;
    expect([days.value, max.value]).toEqual(['180', '20000']);
    fireEvent.change(days, { target: { value: '30' } });
    fireEvent.change(max, { target: { value: '5000' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(async () =>
      expect(await settingsItem.getValue()).toMatchObject({ retentionDays: 30, retentionMaxItems: 5_000 }),
    );
  });
});
