// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { StormwatchDB } from '@/lib/db/schema';
import { installDefaultTemplates } from '@/lib/db/templates';
import { LibraryScreen } from '@/entrypoints/sidepanel/LibraryScreen';
import { exportLibrary } from '@/lib/library/import-export';
import { freshDb, renderWithDb } from './helpers';

let db: StormwatchDB;

beforeEach(async () => {
  db = freshDb();
  await installDefaultTemplates(db, 1);
});
afterEach(async () => {
  await db.delete();
});

const item = async (title: string) => screen.findByRole('listitem', { name: title });

describe('Library screen (real Dexie on fake-indexeddb)', () => {
  test('editing an approved template makes it a draft until approved again, with the approver recorded', async () => {
    const say = vi.fn();
    renderWithDb(<LibraryScreen agent="Ola" say={say} />, db);
    const row = await item('Complaint: we hear you and are checking');
    expect(within(row).getByText(/approved/)).toBeTruthy();
    fireEvent.click(within(row).getByRole('button', { name: 'Edit' }));
    fireEvent.change(await screen.findByLabelText('Body'), {
      target: { value: 'Hi {{author}}, sorry. We are on it.' },
    });
    expect(screen.getByLabelText('Preview').textContent).toBe('Hi Ola, sorry. We are on it.');
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    const edited = await item('Complaint: we hear you and are checking');
    await waitFor(() => expect(within(edited).getByText(/draft/)).toBeTruthy());
    fireEvent.click(within(edited).getByRole('button', { name: 'Approve' }));
    await waitFor(async () =>
      expect(await db.templates.get('default-en-complaint-empathy')).toMatchObject({
        status: 'approved',
        approvedBy: 'Ola',
        body: 'Hi {{author}}, sorry. We are on it.',
      }),
    );
  });

  test('a new template starts as a draft of the user; retiring an approved one keeps it but takes it out of use', async () => {
    renderWithDb(<LibraryScreen agent="Ola" say={vi.fn()} />, db);
    await item('Complaint: we hear you and are checking');
    fireEvent.click(screen.getByRole('button', { name: 'New template' }));
    fireEvent.change(await screen.findByLabelText('Title'), { target: { value: 'Outage: thanks for your patience' } });
    fireEvent.change(screen.getByLabelText('Body'), {
      target: { value: 'Thank you, {{author}}. Service is back; we will publish what happened by Friday.' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    const created = await item('Outage: thanks for your patience');
    expect(within(created).getByText(/draft/)).toBeTruthy();
    const stored = (await db.templates.toArray()).find((t) => t.title === 'Outage: thanks for your patience')!;
    expect(stored).toMatchObject({
      status: 'draft',
      origin: 'user',
      usageCount: 0,
      body: 'Thank you, {{author}}. Service is back; we will publish what happened by Friday.',
    });
    expect(stored.updatedAt).toBeGreaterThanOrEqual(stored.createdAt);
    const row = await item('Complaint: we hear you and are checking');
    fireEvent.click(within(row).getByRole('button', { name: 'Retire' }));
    await waitFor(async () => expect((await db.templates.get('default-en-complaint-empathy'))!.status).toBe('retired'));
    await waitFor(async () =>
      expect(
        within(await item('Complaint: we hear you and are checking')).queryByRole('button', { name: 'Retire' }),
      ).toBeNull(),
    );
  });

  test('the editor sets the facts a template claims; what the text asserts is claimed whatever is ticked', async () => {
    renderWithDb(<LibraryScreen agent="Ola" say={vi.fn()} />, db);
    fireEvent.click(
      within(await item('Complaint: we hear you and are checking')).getByRole('button', { name: 'Edit' }),
    );
    const facts = within(await screen.findByRole('group', { name: /Facts this reply asserts/ }));
    expect((facts.getByLabelText('Fixed') as HTMLInputElement).checked).toBe(false);
    fireEvent.click(facts.getByLabelText('Compensation offered'));
    fireEvent.change(screen.getByLabelText('Body'), { target: { value: 'Hi {{author}}, the outage has been fixed.' } });
    const fixed = facts.getByLabelText('Fixed') as HTMLInputElement;
    expect(fixed.checked && fixed.disabled).toBe(true);
    expect(facts.getByText(/The text reads as asserting: Incident confirmed, Fixed/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(async () =>
      expect((await db.templates.get('default-en-complaint-empathy'))!.claims).toEqual([
        'incident-confirmed',
        'fixed',
        'compensation',
      ]),
    );
  });

  test('approval needs an agent name', async () => {
    await db.templates.update('default-en-complaint-empathy', { status: 'draft' });
    const say = vi.fn();
    renderWithDb(<LibraryScreen agent="" say={say} />, db);
    fireEvent.click(
      within(await item('Complaint: we hear you and are checking')).getByRole('button', { name: 'Approve' }),
    );
    expect(say).toHaveBeenCalledWith(expect.stringMatching(/Set your name/), 'warning');
    expect((await db.templates.get('default-en-complaint-empathy'))!.status).toBe('draft');
  });

  test('delete offers undo, and undo brings the template back', async () => {
    renderWithDb(<LibraryScreen agent="Ola" say={() => undefined} />, db);
    fireEvent.click(within(await item('Praise: thank you')).getByRole('button', { name: 'Delete' }));
    await waitFor(async () => expect(await db.templates.get('default-en-praise-friendly')).toBeUndefined());
    fireEvent.click(await screen.findByRole('button', { name: 'Undo' }));
    await waitFor(async () => expect(await db.templates.get('default-en-praise-friendly')).toBeDefined());
  });

  test('import shows a preview, conflicts default to keeping mine, and the import writes all at once', async () => {
    renderWithDb(<LibraryScreen agent="Ola" say={() => undefined} />, db);
    await item('Praise: thank you');
    const mine = (await db.templates.get('default-en-praise-friendly'))!;
    const text = exportLibrary(
      [
        { ...mine, body: 'Their thanks' },
        { ...mine, id: 'team-new', title: 'Team reply' },
      ],
      0,
    );
    const file = new File([text], 'lib.json', { type: 'application/json' });
    Object.defineProperty(file, 'text', { value: async () => text });
    fireEvent.change(screen.getByLabelText('Library file'), { target: { files: [file] } });
    const preview = await screen.findByRole('region', { name: 'Import preview' });
    expect(within(preview).getByText(/New: 1 · Changed: 1/)).toBeTruthy();
    fireEvent.click(within(preview).getByRole('button', { name: 'Import' }));
    await waitFor(async () => expect(await db.templates.get('team-new')).toMatchObject({ origin: 'import' }));
    expect((await db.templates.get('default-en-praise-friendly'))!.body).toBe(mine.body);
  });
});

describe('Library screen: filters, conflicts and bad files', () => {
  const importFile = (text: string) => {
    const file = new File([text], 'lib.json', { type: 'application/json' });
    Object.defineProperty(file, 'text', { value: async () => text });
    fireEvent.change(screen.getByLabelText('Library file'), { target: { files: [file] } });
  };

  test('filters by tone, category and language together', async () => {
    renderWithDb(<LibraryScreen agent="Ola" say={() => undefined} />, db);
    await item('Praise: thank you');
    fireEvent.change(screen.getByLabelText('Tone'), { target: { value: 'formal' } });
    fireEvent.change(screen.getByLabelText('Category'), { target: { value: 'dataLeak' } });
    fireEvent.change(screen.getByLabelText('Language'), { target: { value: 'en' } });
    const list = screen.getByRole('region', { name: 'Reply library' });
    expect(
      within(list)
        .getAllByRole('listitem')
        .map((li) => li.getAttribute('aria-label')),
    ).toEqual(['Data leak: holding statement']);
  });

  test('a conflict resolved as "take theirs" writes the file’s version, all in one go', async () => {
    renderWithDb(<LibraryScreen agent="Ola" say={() => undefined} />, db);
    await item('Praise: thank you');
    const mine = (await db.templates.get('default-en-praise-friendly'))!;
    importFile(exportLibrary([{ ...mine, body: 'Their thanks' }], 0));
    const preview = await screen.findByRole('region', { name: 'Import preview' });
    fireEvent.click(within(preview).getByLabelText('Take theirs'));
    fireEvent.click(within(preview).getByRole('button', { name: 'Import' }));
    await waitFor(async () =>
      expect((await db.templates.get('default-en-praise-friendly'))!).toMatchObject({
        body: 'Their thanks',
        origin: 'import',
      }),
    );
  });

  test('a bad file is refused with a readable reason and nothing changes', async () => {
    const say = vi.fn();
    renderWithDb(<LibraryScreen agent="Ola" say={say} />, db);
    await item('Praise: thank you');
    const before = await db.templates.count();
    importFile('{"format":"stormwatch-templates","schemaVersion":2,"exportedAt":"x","items":[]}');
    await waitFor(() => expect(say).toHaveBeenCalledWith(expect.stringMatching(/version 2/)));
    importFile('not json');
    await waitFor(() => expect(say).toHaveBeenCalledWith('The file is not valid JSON.'));
    expect(screen.queryByRole('region', { name: 'Import preview' })).toBeNull();
    // A file whose templates do not parse: each is named in the preview, and Import stays off (H3).
    importFile(
      '{"format":"stormwatch-templates","schemaVersion":1,"exportedAt":"x","items":[{"id":"a","__proto__":{"polluted":1}}]}',
    );
    const preview = await screen.findByRole('region', { name: 'Import preview' });
    expect(within(preview).getByRole('alert').textContent).toMatch(
      /1 templates in the file do not parse.*template 1 \(a\): title:/s,
    );
    expect((within(preview).getByRole('button', { name: 'Import' }) as HTMLButtonElement).disabled).toBe(true);
    expect(await db.templates.count()).toBe(before);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  test('duplicate opens an editor on a draft copy; custom variables fill the live preview', async () => {
    renderWithDb(<LibraryScreen agent="Ola" say={() => undefined} />, db);
    fireEvent.click(
      within(await item('Complaint: we hear you and are checking')).getByRole('button', { name: 'Duplicate' }),
    );
    const editor = await screen.findByRole('form', { name: 'Edit template' });
    expect((within(editor).getByLabelText('Title') as HTMLInputElement).value).toBe(
      'Complaint: we hear you and are checking (copy)',
    );
    fireEvent.change(within(editor).getByLabelText('Body'), {
      target: { value: 'Hi {{author}}, back within {{eta}}.' },
    });
    const eta = within(editor).getAllByLabelText('Default value')[0]!;
    fireEvent.change(eta, { target: { value: '2 hours' } });
    expect(within(editor).getByLabelText('Preview').textContent).toBe('Hi Ola, back within 2 hours.');
    fireEvent.click(within(editor).getByRole('button', { name: 'Save' }));
    await waitFor(async () =>
      expect((await db.templates.where('status').equals('draft').toArray()).map((t) => t.title)).toEqual([
        'Complaint: we hear you and are checking (copy)',
      ]),
    );
  });
});
