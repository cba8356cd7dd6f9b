// @vitest-environment jsdom
/**
 * docs/RELIABILITY.md H3, H10: a restore is previewed before anything is replaced, with every row
 * or setting that does not parse; Restore stays reachable when the stored settings are broken
 * (safe mode); a file this profile did not sign restores its templates as drafts.
 */
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { StormwatchDB } from '@/lib/db/schema';
import { createBackup } from '@/lib/db/backup';
import { installDefaultTemplates } from '@/lib/db/templates';
import { DEFAULT_SETTINGS, settingsItem, withDefaults } from '@/lib/settings';
import { profileSigner } from '@/lib/backup-signer';
import { SettingsScreen } from '@/entrypoints/sidepanel/SettingsScreen';
import { freshDb, makeEnv, renderWithDb } from './helpers';

let db: StormwatchDB;
let source: StormwatchDB;
beforeEach(async () => {
  fakeBrowser.reset();
  db = freshDb();
  source = freshDb();
  await installDefaultTemplates(source, 1);
  vi.spyOn(console, 'error').mockImplementation(() => undefined);
});
afterEach(async () => {
  vi.restoreAllMocks();
  await db.delete();
  await source.delete();
});

const pick = (text: string, name = 'backup.json') => {
  const file = new File([text], name, { type: 'application/json' });
  Object.defineProperty(file, 'text', { value: async () => text });
  fireEvent.change(screen.getByLabelText('Backup file'), { target: { files: [file] } });
};
const approved = async (d: StormwatchDB) => await d.templates.where('status').equals('approved').count();

describe('restore preview', () => {
  test('a file with bad rows and settings: each is listed, Restore is off, nothing changes; Cancel goes back', async () => {
    const body = JSON.parse(await createBackup(source, { ...DEFAULT_SETTINGS, agentName: 'Ola' }, 5)) as {
      settings: Record<string, unknown>;
      templates: Array<Record<string, unknown>>;
    };
    body.settings.ignoredAuthors = 'troll';
    body.templates[0]!.body = 42;
    await installDefaultTemplates(db, 1);
    const before = await db.templates.toArray();
    const env = makeEnv();
    renderWithDb(<SettingsScreen env={env} onBackup={() => undefined} />, db);
    pick(JSON.stringify(body), 'broken.json');
    const preview = await screen.findByRole('region', { name: 'Restore from broken.json' });
    const alert = within(preview).getByRole('alert');
    expect(alert.textContent).toMatch(/2 rows or settings do not parse/);
    expect(alert.textContent).toMatch(/templates, row 1 \(.+\): body:/);
    expect(alert.textContent).toMatch(/settings, ignoredAuthors:/);
    expect((within(preview).getByRole('button', { name: 'Restore into my data' }) as HTMLButtonElement).disabled).toBe(
      true,
    );
    fireEvent.click(within(preview).getByRole('button', { name: 'Cancel' }));
    expect(screen.getByRole('button', { name: 'Restore from file…' })).toBeTruthy();
    expect(await db.templates.toArray()).toEqual(before);
  });

  test('another profile’s backup: the preview says templates arrive as drafts; Restore merges it and applies its settings', async () => {
    const text = await createBackup(source, { ...DEFAULT_SETTINGS, brands: ['Zefir'], agentName: 'Ola' }, 5);
    expect(await approved(source)).toBeGreaterThan(0);
    const env = makeEnv();
    renderWithDb(<SettingsScreen env={env} onBackup={() => undefined} />, db);
    pick(text);
    const preview = await screen.findByRole('region', { name: 'Restore from backup.json' });
    expect(preview.textContent).toMatch(/every template arrives as a draft/);
    fireEvent.click(within(preview).getByRole('button', { name: 'Restore into my data' }));
    await waitFor(() => expect(env.say).toHaveBeenCalledWith('Backup restored.', 'success'));
    expect(await db.templates.count()).toBe(await source.templates.count());
    expect(await approved(db)).toBe(0);
    expect(await settingsItem.getValue()).toMatchObject({ brands: ['Zefir'], agentName: 'Ola' });
  });

  test('this profile’s own backup keeps approvals', async () => {
    const text = await createBackup(source, null, 5, await profileSigner());
    renderWithDb(<SettingsScreen env={makeEnv()} onBackup={() => undefined} />, db);
    pick(text);
    const preview = await screen.findByRole('region', { name: 'Restore from backup.json' });
    expect(preview.textContent).toMatch(/approvals are kept/);
    fireEvent.click(within(preview).getByRole('button', { name: 'Restore into my data' }));
    await waitFor(async () => expect(await approved(db)).toBe(await approved(source)));
  });
});

describe('safe mode', () => {
  test('stored settings the form cannot render: the form opens with the defaults and Restore stays reachable', async () => {
    // A selector that is not a string gets past the type check of withDefaults and breaks the form.
    const broken = withDefaults({
      genericSites: [{ host: 'blog.example.com', commentSelector: 'li', textSelector: 5 as unknown as string }],
    });
    renderWithDb(<SettingsScreen env={makeEnv({}, broken)} onBackup={() => undefined} />, db);
    expect((await screen.findByRole('alert')).textContent).toMatch(/safe mode/);
    expect((screen.getByLabelText('Brand names (comma-separated)') as HTMLInputElement).value).toBe('');
    expect(screen.getByRole('button', { name: 'Restore from file…' })).toBeTruthy();
    pick(await createBackup(source, null, 5));
    await screen.findByRole('region', { name: 'Restore from backup.json' });
  });

  test('settings of the wrong type (ignoredAuthors: "troll", uiLanguage: "xx") are read as defaults: the screen renders', async () => {
    const s = withDefaults({ ignoredAuthors: 'troll', uiLanguage: 'xx', sensitivity: 'none' } as never);
    renderWithDb(<SettingsScreen env={makeEnv({}, s)} onBackup={() => undefined} />, db);
    expect(await screen.findByRole('button', { name: 'Save' })).toBeTruthy();
    expect(screen.queryByText(/safe mode/)).toBeNull();
  });
});
