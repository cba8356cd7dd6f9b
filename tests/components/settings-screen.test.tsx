// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { StormwatchDB } from '@/lib/db/schema';
import { DEFAULT_SETTINGS, settingsItem } from '@/lib/settings';
import { SettingsScreen } from '@/entrypoints/sidepanel/SettingsScreen';
import { freshDb, makeEnv, renderWithDb } from './helpers';

let db: StormwatchDB;
beforeEach(() => {
  fakeBrowser.reset();
  db = freshDb();
});
afterEach(() => db.delete());

const renderSettings = (env = makeEnv({}, { agentName: '' })) =>
  renderWithDb(<SettingsScreen env={env} onBackup={() => undefined} />, db);

describe('Settings screen', () => {
  test('saves brands, keywords, agent, sensitivity, platforms and language to storage.local', async () => {
    const env = makeEnv({}, { agentName: '' });
    renderSettings(env);
    fireEvent.change(screen.getByLabelText('Brand names (comma-separated)'), {
      target: { value: 'Zefir, Zefir Mobile, Zefir' },
    });
    fireEvent.change(screen.getByLabelText('Watch keywords'), { target: { value: 'awaria, (ab+)+$' } });
    fireEvent.change(screen.getByLabelText('Agent name (in the response log)'), { target: { value: '  Ola  ' } });
    fireEvent.change(screen.getByLabelText('Sensitivity: flag from'), { target: { value: 'medium' } });
    fireEvent.click(screen.getByLabelText('TikTok'));
    fireEvent.change(screen.getByLabelText('Interface language'), { target: { value: 'pl' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(async () =>
      expect(await settingsItem.getValue()).toMatchObject({
        brands: ['Zefir', 'Zefir Mobile'],
        // Literal terms: a regex-looking keyword is kept as text, never compiled.
        watchKeywords: ['awaria', '(ab+)+$'],
        agentName: 'Ola',
        sensitivity: 'medium',
        platforms: { tiktok: false },
        uiLanguage: 'pl',
      }),
    );
    expect(env.say).toHaveBeenCalledWith('Zapisano ustawienia.', 'success');
  });

  test('a generic site with an invalid selector or host cannot be saved; a valid one is stored', async () => {
    renderSettings();
    fireEvent.click(screen.getByRole('button', { name: 'Add site' }));
    fireEvent.change(screen.getByLabelText('Host'), { target: { value: 'blog.example.com' } });
    fireEvent.change(screen.getByLabelText('Comment selector'), { target: { value: '.comment[' } });
    expect(screen.getByRole('alert').textContent).toBe('Not a valid CSS selector: .comment[');
    expect(screen.getByRole('button', { name: 'Save' }).hasAttribute('disabled')).toBe(true);
    fireEvent.change(screen.getByLabelText('Comment selector'), { target: { value: 'article.comment:has(.body)' } });
    fireEvent.change(screen.getByLabelText('Reply field selector'), { target: { value: 'textarea[name=reply]' } });
    expect(screen.queryByRole('alert')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(async () =>
      expect((await settingsItem.getValue()).genericSites).toEqual([
        {
          host: 'blog.example.com',
          commentSelector: 'article.comment:has(.body)',
          replyFieldSelector: 'textarea[name=reply]',
        },
      ]),
    );
  });

  test('keywords that are too short are refused with the reason', () => {
    renderSettings();
    fireEvent.change(screen.getByLabelText('Watch keywords'), { target: { value: 'ok term, x' } });
    expect(screen.getByRole('alert').textContent).toMatch(/2–100 characters.*: x$/);
    expect(screen.getByRole('button', { name: 'Save' }).hasAttribute('disabled')).toBe(true);
  });

  test('a keyword with fewer than two letters or digits of its own is refused: it would match a one-letter word', () => {
    renderSettings();
    fireEvent.change(screen.getByLabelText('Watch keywords'), { target: { value: 'awaria, (a+)+$, C++' } });
    expect(screen.getByRole('alert').textContent).toMatch(/at least two letters or digits: \(a\+\)\+\$, C\+\+$/);
    expect(screen.getByRole('button', { name: 'Save' }).hasAttribute('disabled')).toBe(true);
  });

  test('false-positive overrides are listed and can be removed', async () => {
    await settingsItem.setValue({ ...DEFAULT_SETTINGS, ignoredPhrases: ['idiotów'], ignoredAuthors: ['kamil_88'] });
    renderSettings(makeEnv({}, { ignoredPhrases: ['idiotów'], ignoredAuthors: ['kamil_88'] }));
    fireEvent.click(screen.getByRole('button', { name: 'Remove idiotów' }));
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(async () =>
      expect(await settingsItem.getValue()).toMatchObject({ ignoredPhrases: [], ignoredAuthors: ['kamil_88'] }),
    );
  });
});
