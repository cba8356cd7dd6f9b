// @vitest-environment jsdom
/** Issue #23: ignoring asks first and shows what else it dismisses. */
import { afterEach, beforeAll, beforeEach, describe, expect, test, vi } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { StormwatchDB } from '@/lib/db/schema';
import { saveObserved } from '@/lib/db/items';
import { settingsItem } from '@/lib/settings';
import { QueueScreen } from '@/entrypoints/sidepanel/QueueScreen';
import { sendToPage } from '@/lib/messaging/tab-channel';
import { CRISIS_SIGNALS } from '@/lib/risk/types';
import { observed, riskAt, zeros } from '../helpers';
import { freshDb, installLayoutStubs, makeEnv, renderWithDb, resetStore } from './helpers';

vi.mock('@/lib/messaging/tab-channel', () => ({ sendToPage: vi.fn(async () => ({ found: true })) }));

const legal = { ...zeros(CRISIS_SIGNALS), legalThreat: 0.9 };
let db: StormwatchDB;
beforeAll(installLayoutStubs);
beforeEach(async () => {
  fakeBrowser.reset();
  vi.mocked(sendToPage).mockClear();
  db = freshDb();
  await saveObserved(
    db,
    {
      pageUrl: 'x',
      comments: [
        observed('t1', 'troll_1', 'idioci wszyscy', 'critical'),
        observed('t2', 'troll_1', 'dalej idioci', 'high'),
        observed('t3', 'troll_1', 'do zobaczenia w sądzie', 'high', { risk: riskAt('high', { signals: legal }) }),
        observed('t4', 'troll_1', 'jeszcze raz idioci', 'medium'),
        observed('o1', 'someone_else', 'awaria znowu', 'medium'),
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

async function openFirst() {
  const list = await screen.findByRole('listbox', { name: 'Flagged comments queue' });
  fireEvent.click((await within(list).findAllByRole('option'))[0]!);
  return screen.findByRole('region', { name: 'Comment details' });
}

describe('ignoring an author', () => {
  test('the confirmation previews the other open items it dismisses, naming a legal threat among them', async () => {
    renderWithDb(<QueueScreen env={makeEnv()} />, db);
    const detail = await openFirst();
    fireEvent.click(within(detail).getByRole('button', { name: 'Ignore author' }));
    const confirm = await within(detail).findByRole('group', { name: 'Ignore this author?' });
    await waitFor(() =>
      expect(confirm.textContent).toContain('This also dismisses 3 other open items. Including: legal threat.'),
    );
    expect(within(confirm).getByText('do zobaczenia w sądzie').closest('li')!.className).toBe('serious');
    // Nothing has happened yet; cancelling changes nothing.
    fireEvent.click(within(confirm).getByRole('button', { name: 'Cancel' }));
    expect((await settingsItem.getValue()).ignoredAuthors).toEqual([]);
    expect((await db.items.get('demo:t3'))!.status).toBe('new');
  });

  test('confirmed, it dismisses exactly what it showed, each change logged', async () => {
    renderWithDb(<QueueScreen env={makeEnv()} />, db);
    const detail = await openFirst();
    fireEvent.click(within(detail).getByRole('button', { name: 'Ignore author' }));
    fireEvent.click(await within(detail).findByRole('button', { name: 'Yes, ignore the author' }));
    await waitFor(async () => expect((await settingsItem.getValue()).ignoredAuthors).toEqual(['troll_1']));
    await waitFor(async () =>
      expect((await db.items.where('author').equals('troll_1').toArray()).map((i) => i.status)).toEqual([
        'dismissed',
        'dismissed',
        'dismissed',
        'dismissed',
      ]),
    );
    expect((await db.items.get('demo:o1'))!.status).toBe('new');
    expect(await db.events.where('type').equals('statusChanged').count()).toBe(4);
  });

  test('in Polish', async () => {
    renderWithDb(<QueueScreen env={makeEnv({ lang: 'pl' })} />, db, 'pl');
    const list = await screen.findByRole('listbox', { name: 'Kolejka oznaczonych komentarzy' });
    fireEvent.click((await within(list).findAllByRole('option'))[0]!);
    const detail = await screen.findByRole('region', { name: 'Szczegóły komentarza' });
    fireEvent.click(within(detail).getByRole('button', { name: 'Ignoruj autora' }));
    const confirm = await within(detail).findByRole('group', { name: 'Ignorować tego autora?' });
    await waitFor(() =>
      expect(confirm.textContent).toContain('To odrzuci też inne otwarte pozycje: 3. W tym: groźba prawna.'),
    );
  });
});

describe('not a crisis: the thread', () => {
  test('with no other open item in the thread, the confirmation says so', async () => {
    renderWithDb(<QueueScreen env={makeEnv()} />, db);
    const detail = await openFirst();
    fireEvent.click(within(detail).getByRole('button', { name: 'Not a crisis: dismiss the thread' }));
    const confirm = await within(detail).findByRole('group', { name: 'Dismiss this thread as not a crisis?' });
    expect(confirm.textContent).toContain('No other open item is dismissed.');
  });
});
