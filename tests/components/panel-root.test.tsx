// @vitest-environment jsdom
/**
 * docs/RELIABILITY.md H7: the storage warning and the "Not stored" counts show in every panel,
 * including one opened while the disk is full, which cannot open the database: they need no
 * database, so they show above the gate's screens; once the database opens, the panel's own
 * notices take over (one warning, not two).
 */
import { afterEach, beforeAll, beforeEach, describe, expect, test, vi } from 'vitest';
import { render, screen, waitFor } from '@testing-library/react';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { Dexie } from 'dexie';
import { StormwatchDB } from '@/lib/db/schema';
import { PanelRoot } from '@/entrypoints/sidepanel/PanelRoot';
import { intakeItem } from '@/lib/intake-health';
import { DEFAULT_SETTINGS, settingsItem } from '@/lib/settings';
import { firstRunItem } from '@/lib/first-run';
import { en } from '@/lib/i18n/en';
import { pl } from '@/lib/i18n/pl';
import { installLayoutStubs, resetStore } from './helpers';

const MB = 1024 * 1024;
const nearlyFull = { usage: 995 * MB, quota: 1000 * MB };
let estimate: ReturnType<typeof vi.fn>;
const dbs: Dexie[] = [];

beforeAll(installLayoutStubs);
beforeEach(async () => {
  fakeBrowser.reset();
  estimate = vi.fn(async () => nearlyFull);
  // The panel reads the browser's own storage manager.
  Object.defineProperty(navigator, 'storage', {
    configurable: true,
    value: { estimate, persist: vi.fn(async () => true) },
  });
  await settingsItem.setValue({ ...DEFAULT_SETTINGS, uiLanguage: 'en' });
  await firstRunItem.setValue({ state: 'done', at: 1 });
});
afterEach(async () => {
  resetStore();
  Reflect.deleteProperty(navigator, 'storage');
  for (const db of dbs.splice(0)) {
    db.close();
    await Dexie.delete(db.name);
  }
});

const name = () => `root-${Math.random().toString(36).slice(2)}`;
const warnings = () =>
  screen.queryAllByRole('alert').filter((a) => a.textContent?.startsWith('Storage is nearly full'));

/**
 * The database as a full disk leaves it: opening fails with Chromium's "backing store" error
 * (here through an upgrade that throws it, over a version 1 that holds a record).
 */
async function unopenable(): Promise<StormwatchDB> {
  const dbName = name();
  const v1 = new Dexie(dbName);
  v1.version(1).stores({ items: '&key' });
  await v1.table('items').put({ key: 'a' });
  v1.close();
  const db = new StormwatchDB(dbName);
  db.version(99)
    .stores({})
    .upgrade(() => {
      throw Object.assign(new Error('Internal error opening backing store for indexedDB.open.'), {
        name: 'UnknownError',
      });
    });
  dbs.push(db);
  return db;
}

describe('a panel opened while the database cannot be opened (H7)', () => {
  test('shows the storage warning and the "Not stored" counts above "The database needs attention"', async () => {
    await intakeItem.setValue({
      rejected: 0,
      failedWrites: 2,
      pending: 20,
      lastReason: 'QuotaExceededError',
      lastAt: 1,
    });
    render(<PanelRoot db={await unopenable()} lang="en" />);
    const attention = await screen.findByRole('alert', { name: en.db_attention_title });
    expect(attention.textContent).toContain(en.db_disk_full);
    await waitFor(() => expect(warnings()).toHaveLength(1));
    expect(warnings()[0]!.textContent).toMatch(/^Storage is nearly full: 995 MB/);
    const health = await screen.findByRole('status', { name: en.intake_title });
    expect(health.textContent).toContain('Failed writes (retried in the background): 2');
    expect(health.textContent).toContain('Waiting to be stored (retried in the background): 20');
  });

  test('in the browser’s language, before the chosen one can be read', async () => {
    render(<PanelRoot db={await unopenable()} lang="pl" />);
    await screen.findByRole('alert', { name: pl.db_attention_title });
    await waitFor(() =>
      expect(screen.queryAllByRole('alert').some((a) => a.textContent?.startsWith('Kończy się miejsce'))).toBe(true),
    );
  });

  test('with room to spare, no warning', async () => {
    estimate.mockResolvedValue({ usage: 10 * MB, quota: 1000 * MB });
    render(<PanelRoot db={await unopenable()} lang="en" />);
    await screen.findByRole('alert', { name: en.db_attention_title });
    await waitFor(() => expect(estimate).toHaveBeenCalled());
    await new Promise((r) => setTimeout(r, 20));
    expect(warnings()).toHaveLength(0);
  });
});

describe('a panel whose database opens', () => {
  test('shows the warning once, from the panel itself', async () => {
    const db = new StormwatchDB(name());
    dbs.push(db);
    render(<PanelRoot db={db} lang="en" />);
    await screen.findByRole('tab', { name: en.tab_queue });
    await waitFor(() => expect(warnings()).toHaveLength(1));
    // Let any late notice of the gate render: still one.
    await new Promise((r) => setTimeout(r, 50));
    expect(warnings()).toHaveLength(1);
  });
});
