// @vitest-environment jsdom
/** Issue #23: notes are a history (author, time) and what is typed is kept as it is typed. */
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { StormwatchDB } from '@/lib/db/schema';
import { saveObserved } from '@/lib/db/items';
import { addNote, getNoteDraft, noteHistory } from '@/lib/db/notes';
import { changeStatus } from '@/lib/db/items';
import { NotesPane } from '@/entrypoints/sidepanel/NotesPane';
import { DbProvider } from '@/components/DbContext';
import { LangProvider } from '@/lib/i18n/react';
import { observed } from '../helpers';
import { makeEnv, renderWithDb } from './helpers';

let db: StormwatchDB;
beforeEach(async () => {
  db = new StormwatchDB(`notes-${Math.random()}`);
  await saveObserved(
    db,
    {
      pageUrl: 'x',
      comments: [observed('a', 'Ola', 'first', 'high'), observed('b', 'Jan', 'second', 'high')],
      threads: [],
    },
    1,
    0,
  );
});
afterEach(async () => {
  vi.useRealTimers();
  await db.delete();
});

const box = async () => (await screen.findByLabelText('Note')) as HTMLTextAreaElement;

describe('notes', () => {
  test('the draft is saved a moment after typing stops, not on every key', async () => {
    renderWithDb(<NotesPane itemKey="demo:a" env={makeEnv()} />, db);
    fireEvent.change(await box(), { target: { value: 'cal' } });
    fireEvent.change(await box(), { target: { value: 'called back, waiting' } });
    expect(await getNoteDraft(db, 'demo:a')).toBe('');
    await waitFor(async () => expect(await getNoteDraft(db, 'demo:a')).toBe('called back, waiting'), { timeout: 2000 });
  });

  test('switching to another item at once keeps the draft; coming back shows it', async () => {
    const env = makeEnv();
    const pane = (key: string) => (
      <DbProvider db={db}>
        <NotesPane key={key} itemKey={key} env={env} />
      </DbProvider>
    );
    const { rerender } = renderWithDb(<NotesPane key="demo:a" itemKey="demo:a" env={env} />, db);
    fireEvent.change(await box(), { target: { value: 'refund promised' } });
    rerender(pane('demo:b'));
    expect((await box()).value).toBe('');
    // Straight back, while the draft may still be being written.
    rerender(pane('demo:a'));
    await waitFor(async () => expect((await box()).value).toBe('refund promised'));
  });

  test('added notes form a history, newest first, each with its author and time; nothing is overwritten', async () => {
    await addNote(db, 'demo:a', 'first call', { agent: 'Jan', now: Date.UTC(2026, 11, 6, 9) });
    await changeStatus(db, 'demo:a', 'escalated', { agent: 'Ewa', note: 'to legal', now: Date.UTC(2026, 11, 6, 10) });
    renderWithDb(<NotesPane itemKey="demo:a" env={makeEnv()} />, db);
    fireEvent.change(await box(), { target: { value: 'second call' } });
    fireEvent.keyDown(await box(), { key: 'Enter', ctrlKey: true });
    const list = await screen.findByRole('list', { name: 'Notes so far' });
    await waitFor(() => expect(list.querySelectorAll('li')).toHaveLength(3));
    const rows = [...list.querySelectorAll('li')].map((li) => li.textContent);
    expect(rows[0]).toMatch(/^Ola, .+second call$/);
    expect(rows[1]).toMatch(/^Ewa, .+ · Escalated to legal$/);
    expect(rows[2]).toMatch(/^Jan, .+first call$/);
    expect((await noteHistory(db, 'demo:a')).map((n) => n.text)).toEqual(['second call', 'to legal', 'first call']);
    expect(await getNoteDraft(db, 'demo:a')).toBe('');
  });

  test('in Polish', async () => {
    await addNote(db, 'demo:a', 'oddzwonić', { agent: 'Jan', now: 0 });
    renderWithDb(
      <LangProvider lang="pl">
        <NotesPane itemKey="demo:a" env={makeEnv({ lang: 'pl' })} />
      </LangProvider>,
      db,
    );
    expect(await screen.findByLabelText('Notatka')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Dodaj notatkę' })).toBeTruthy();
    expect(screen.getByRole('list', { name: 'Dotychczasowe notatki' }).textContent).toMatch(/^Jan, .+oddzwonić$/);
  });
});
