// @vitest-environment jsdom
/** The first-run card: asked once (brands, name, language, platforms), skippable, reopened from Settings. */
import { afterEach, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { StormwatchDB } from '@/lib/db/schema';
import { DEFAULT_SETTINGS, settingsItem, type Settings } from '@/lib/settings';
import { firstRunItem, showFirstRun } from '@/lib/first-run';
import { App } from '@/entrypoints/sidepanel/App';
import { usePanelStore } from '@/lib/store';
import { en } from '@/lib/i18n/en';
import { pl } from '@/lib/i18n/pl';
import { freshDb, installLayoutStubs, renderWithDb, resetStore } from './helpers';

let db: StormwatchDB;
beforeAll(installLayoutStubs);
beforeEach(async () => {
  fakeBrowser.reset();
  db = freshDb();
  await settingsItem.setValue({ ...DEFAULT_SETTINGS, uiLanguage: 'en' });
});
afterEach(async () => {
  resetStore();
  await db.delete();
});

const card = () => screen.findByRole('region', { name: en.first_run_title });
const noCard = () => expect(screen.queryByRole('region', { name: en.first_run_title })).toBeNull();

describe('first-run card', () => {
  test('a new panel asks for brands, name, language and platforms; Save stores them and the card goes', async () => {
    renderWithDb(<App />, db);
    const region = await card();
    const form = within(region);
    fireEvent.change(form.getByLabelText(en.first_run_brands), { target: { value: 'Zefir, Zefir Mobile ' } });
    fireEvent.change(form.getByLabelText(en.first_run_agent), { target: { value: '  Ola  ' } });
    fireEvent.change(form.getByLabelText(en.first_run_language), { target: { value: 'pl' } });
    fireEvent.click(form.getByLabelText('TikTok'));
    fireEvent.click(form.getByRole('button', { name: en.first_run_save }));

    await waitFor(async () => expect((await firstRunItem.getValue())?.state).toBe('done'));
    const saved = await settingsItem.getValue();
    expect(saved).toMatchObject({ brands: ['Zefir', 'Zefir Mobile'], agentName: 'Ola', uiLanguage: 'pl' });
    expect(saved.platforms).toEqual({ tiktok: false });
    // The rest of the settings are kept as they were.
    expect(saved.sensitivity).toBe(DEFAULT_SETTINGS.sensitivity);
    // The panel now speaks Polish and the card is gone.
    expect(await screen.findByRole('tab', { name: pl.tab_queue })).toBeTruthy();
    expect(screen.queryByRole('region', { name: pl.first_run_title })).toBeNull();
    // Told so, in the language just chosen, as a success.
    const told = screen.getAllByRole('status').filter((el) => el.textContent?.includes(pl.settings_saved));
    expect(told.map((el) => el.className)).toEqual(['message success']);
  });

  test('Skip changes no setting and the card does not come back when the panel reopens', async () => {
    const first = renderWithDb(<App />, db);
    const region = await card();
    fireEvent.change(within(region).getByLabelText(en.first_run_brands), { target: { value: 'Zefir' } });
    fireEvent.click(within(region).getByRole('button', { name: en.first_run_skip }));
    await waitFor(noCard);
    expect((await firstRunItem.getValue())?.state).toBe('skipped');
    expect((await settingsItem.getValue()).brands).toEqual([]);

    first.unmount();
    renderWithDb(<App />, db);
    await screen.findByRole('tab', { name: en.tab_queue, selected: true });
    await screen.findByText(en.queue_empty);
    noCard();
  });

  test('reopened from Settings: back on the Queue with the current values filled in', async () => {
    await settingsItem.setValue({ ...DEFAULT_SETTINGS, uiLanguage: 'en', brands: ['Zefir'], agentName: 'Jan' });
    await firstRunItem.setValue({ state: 'done', at: 1 });
    renderWithDb(<App />, db);
    fireEvent.click(screen.getByRole('tab', { name: en.tab_settings }));
    fireEvent.click(await screen.findByRole('button', { name: en.first_run_reopen }));
    const region = await card();
    expect(usePanelStore.getState().screen).toBe('queue');
    expect((within(region).getByLabelText(en.first_run_brands) as HTMLInputElement).value).toBe('Zefir');
    expect((within(region).getByLabelText(en.first_run_agent) as HTMLInputElement).value).toBe('Jan');
    expect(await firstRunItem.getValue()).toEqual({ state: 'open' });
  });

  test('on the Settings screen the form holds the same fields: no card there', async () => {
    renderWithDb(<App />, db);
    await card();
    fireEvent.click(screen.getByRole('tab', { name: en.tab_settings }));
    await screen.findByRole('form', { name: en.tab_settings });
    noCard();
  });

  test('a brand name that cannot be matched is refused before saving', async () => {
    renderWithDb(<App />, db);
    const region = within(await card());
    fireEvent.change(region.getByLabelText(en.first_run_brands), { target: { value: 'Zefir, C' } });
    expect(region.getByRole('alert').textContent).toContain('C');
    expect((region.getByRole('button', { name: en.first_run_save }) as HTMLButtonElement).disabled).toBe(true);
    expect(await firstRunItem.getValue()).toBeNull();
  });

  test('in Polish, the card is in Polish', async () => {
    await settingsItem.setValue({ ...DEFAULT_SETTINGS, uiLanguage: 'pl' });
    renderWithDb(<App />, db, 'pl');
    const region = within(await screen.findByRole('region', { name: pl.first_run_title }));
    expect(region.getByLabelText(pl.first_run_brands)).toBeTruthy();
    expect(region.getByRole('button', { name: pl.first_run_skip })).toBeTruthy();
  });
});

describe('when the card shows', () => {
  const s = (patch: Partial<Settings>): Settings => ({ ...DEFAULT_SETTINGS, ...patch });
  test.each([
    ['never answered, nothing set up', null, s({}), true],
    ['never answered, brands already set (configured before the card existed)', null, s({ brands: ['Zefir'] }), false],
    ['never answered, a name already set', null, s({ agentName: 'Ola' }), false],
    ['a blank name is not set up', null, s({ agentName: '  ' }), true],
    ['done', { state: 'done', at: 1 } as const, s({}), false],
    ['skipped', { state: 'skipped', at: 1 } as const, s({}), false],
    ['reopened, even when set up', { state: 'open' } as const, s({ brands: ['Zefir'] }), true],
  ])('%s → %s', (_name, stored, settings, shown) => {
    expect(showFirstRun(stored, settings)).toBe(shown);
  });
});
