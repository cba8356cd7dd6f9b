// @vitest-environment jsdom
/**
 * docs/RELIABILITY.md H5: two panels, one template. A save compares the version its editor
 * started from: when the record changed underneath, both versions are shown and the user keeps
 * either; an unchanged editor writes nothing, so it never approves a template that another panel
 * retired meanwhile.
 */
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { fireEvent, render, waitFor, within } from '@testing-library/react';
import { createElement } from 'react';
import type { StormwatchDB } from '@/lib/db/schema';
import { installDefaultTemplates } from '@/lib/db/templates';
import { DbProvider } from '@/components/DbContext';
import { LibraryScreen } from '@/entrypoints/sidepanel/LibraryScreen';
import { freshDb } from './helpers';

const TITLE = 'Complaint: we hear you and are checking';
let db: StormwatchDB;
let id: string;
beforeEach(async () => {
  db = freshDb();
  await installDefaultTemplates(db, 1);
  id = (await db.templates.toArray()).find((t) => t.title === TITLE)!.id;
});
afterEach(async () => {
  await db.delete();
});

/** One side panel: its own screen on the shared database. */
function panel() {
  const view = render(createElement(DbProvider, { db, children: <LibraryScreen agent="Ola" say={vi.fn()} /> }));
  const q = within(view.container);
  const row = () => q.findByRole('listitem', { name: TITLE });
  return {
    q,
    async edit() {
      fireEvent.click(within(await row()).getByRole('button', { name: 'Edit' }));
      return q.findByRole('form', { name: 'Edit template' });
    },
    async retire() {
      fireEvent.click(within(await row()).getByRole('button', { name: 'Retire' }));
      await waitFor(async () => expect((await db.templates.get(id))!.status).toBe('retired'));
    },
    setBody(body: string) {
      fireEvent.change(q.getByLabelText('Body'), { target: { value: body } });
    },
    save() {
      fireEvent.click(q.getByRole('button', { name: 'Save' }));
    },
  };
}

describe('two panels editing one template', () => {
  test('saving an unchanged editor after another panel retired the template keeps it retired', async () => {
    const a = panel();
    const b = panel();
    await a.edit();
    await b.retire();
    a.save();
    await waitFor(() => expect(a.q.queryByRole('form', { name: 'Edit template' })).toBeNull());
    expect(a.q.queryByRole('alertdialog')).toBeNull();
    expect(await db.templates.get(id)).toMatchObject({ status: 'retired' });
  });

  test('a stale editor does not overwrite a newer body: both are shown, and keeping the saved one drops my edit', async () => {
    const a = panel();
    const b = panel();
    await a.edit();
    await b.edit();
    b.setBody('Newer text from panel B {{author}}.');
    b.save();
    await waitFor(async () => expect((await db.templates.get(id))!.body).toBe('Newer text from panel B {{author}}.'));
    a.setBody('Stale text from panel A.');
    a.save();
    const dialog = await a.q.findByRole('alertdialog', {
      name: 'This template changed in another panel while you were editing it',
    });
    expect(within(dialog).getByRole('region', { name: 'Your version' }).textContent).toContain(
      'Stale text from panel A.',
    );
    expect(within(dialog).getByRole('region', { name: 'Saved meanwhile (draft)' }).textContent).toContain(
      'Newer text from panel B',
    );
    expect((await db.templates.get(id))!.body).toBe('Newer text from panel B {{author}}.');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Keep the saved one' }));
    await a.q.findByRole('listitem', { name: TITLE });
    expect((await db.templates.get(id))!.body).toBe('Newer text from panel B {{author}}.');
  });

  test('keeping mine saves my text over the newer one; the template stays retired when it was retired meanwhile', async () => {
    const a = panel();
    const b = panel();
    await a.edit();
    await b.retire();
    a.setBody('My wording, kept on purpose.');
    a.save();
    const dialog = await a.q.findByRole('alertdialog');
    expect(within(dialog).getByRole('region', { name: 'Saved meanwhile (retired)' })).toBeTruthy();
    fireEvent.click(within(dialog).getByRole('button', { name: 'Keep mine' }));
    await waitFor(async () => expect((await db.templates.get(id))!.body).toBe('My wording, kept on purpose.'));
    expect((await db.templates.get(id))!.status).toBe('retired');
  });

  test('a template deleted in another panel: keeping mine brings it back as a draft', async () => {
    const a = panel();
    await a.edit();
    await db.templates.delete(id);
    a.setBody('Still needed.');
    a.save();
    const dialog = await a.q.findByRole('alertdialog', {
      name: 'This template was deleted in another panel while you were editing it',
    });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Keep mine' }));
    await waitFor(async () =>
      expect(await db.templates.get(id)).toMatchObject({ body: 'Still needed.', status: 'draft' }),
    );
  });
});
