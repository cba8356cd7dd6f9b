// @vitest-environment jsdom
import { inLang } from './helpers';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { cleanup, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Dexie } from 'dexie';
import { DbGate } from '@/components/DbGate';
import { rawExport } from '@/lib/db/health';

afterEach(cleanup);
const dbName = () => `gate-${Math.random().toString(36).slice(2)}`;

/** Version 1 with one item stored, then a version 2 whose upgrade fails (an upgrade bug shipped). */
async function brokenUpgrade(name: string, failure: Error = new Error('upgrade step failed')): Promise<Dexie> {
  const v1 = new Dexie(name);
  v1.version(1).stores({ items: '&key' });
  await v1.table('items').put({ key: 'a', text: 'keep me' });
  v1.close();
  const v2 = new Dexie(name);
  v2.version(1).stores({ items: '&key' });
  v2.version(2)
    .stores({ items: '&key, status' })
    .upgrade(() => {
      throw failure;
    });
  return v2;
}

describe('DbGate (docs/RELIABILITY.md D1, D2)', () => {
  test('renders the panel once the database is open', async () => {
    const db = new Dexie(dbName());
    db.version(1).stores({ items: '&key' });
    render(
      <DbGate db={db}>
        <p>the panel</p>
      </DbGate>,
    );
    expect(await screen.findByText('the panel')).toBeTruthy();
  });

  test('a database that cannot be opened shows the attention screen, and its raw copy holds every record', async () => {
    const name = dbName();
    const db = await brokenUpgrade(name);
    render(
      <DbGate db={db} name={name}>
        <p>the panel</p>
      </DbGate>,
    );
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('The database needs attention');
    expect(alert.textContent).toContain('upgrade step failed');
    expect(screen.queryByText('the panel')).toBeNull();
    // The raw copy is read without the failing schema: the stored record is there.
    const raw = await rawExport(name, new Date('2026-12-01T10:00:00Z'));
    expect(raw).toMatchObject({
      format: 'stormwatch-raw',
      database: name,
      version: 1,
      exportedAt: '2026-12-01T10:00:00.000Z',
    });
    expect(raw.tables.items).toEqual([{ key: 'a', text: 'keep me' }]);
    // The button downloads it and says how many records it holds.
    const urls: Blob[] = [];
    URL.createObjectURL = vi.fn((b: Blob) => (urls.push(b), 'blob:raw'));
    URL.revokeObjectURL = vi.fn();
    HTMLAnchorElement.prototype.click = vi.fn();
    await userEvent.click(screen.getByRole('button', { name: 'Save a raw copy (JSON)' }));
    expect(await screen.findByText('Saved a raw copy with 1 records.')).toBeTruthy();
    expect(JSON.parse(await urls[0]!.text()).tables.items).toEqual([{ key: 'a', text: 'keep me' }]);
  });

  test('an error that looks like a full disk adds what to do about it; another error does not', async () => {
    const full = Object.assign(new Error('Internal error opening backing store for indexedDB.open.'), {
      name: 'UnknownError',
    });
    const name = dbName();
    render(
      <DbGate db={await brokenUpgrade(name, full)} name={name}>
        <p>panel</p>
      </DbGate>,
    );
    expect((await screen.findByRole('alert')).textContent).toContain('may be full');
    cleanup();
    const other = dbName();
    render(
      <DbGate db={await brokenUpgrade(other)} name={other}>
        <p>panel</p>
      </DbGate>,
    );
    expect((await screen.findByRole('alert')).textContent).not.toContain('may be full');
  });

  test('Polish interface', async () => {
    const name = dbName();
    render(
      <DbGate db={await brokenUpgrade(name)} name={name}>
        <p>panel</p>
      </DbGate>,
      { wrapper: inLang('pl') },
    );
    expect((await screen.findByRole('alert')).textContent).toContain('Baza danych wymaga uwagi');
    expect(screen.getByRole('button', { name: 'Zapisz surową kopię (JSON)' })).toBeTruthy();
  });

  test('an older page holding the database open: the panel says so, and opens once that page lets go', async () => {
    const name = dbName();
    const old = new Dexie(name);
    old.version(1).stores({ items: '&key' });
    await old.open();
    // Code that does not give way on versionchange (an old release, a page that is busy).
    old.on('versionchange', () => false);
    const next = new Dexie(name);
    next.version(1).stores({ items: '&key' });
    next.version(2).stores({ items: '&key, status' });
    render(
      <DbGate db={next}>
        <p>the panel</p>
      </DbGate>,
    );
    expect(await screen.findByText(/Close the other Stormwatch pages/)).toBeTruthy();
    expect(screen.queryByText('the panel')).toBeNull();
    old.close();
    await waitFor(() => expect(screen.getByText('the panel')).toBeTruthy());
  });
});
