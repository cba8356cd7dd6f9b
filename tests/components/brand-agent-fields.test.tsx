// @vitest-environment jsdom
/**
 * The brand names and the agent's name: one set of fields (components/BrandAgentFields.tsx) on the
 * first-run card and in Settings, each with its own labels, the same warning for a term that
 * cannot be matched, and that warning attached to the field holding the term.
 */
import { beforeEach, describe, expect, test, vi } from 'vitest';
import { fireEvent, render, screen } from '@testing-library/react';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_SETTINGS } from '@/lib/settings';
import { FirstRunCard } from '@/components/FirstRunCard';
import { SettingsForm } from '@/components/SettingsForm';
import { en } from '@/lib/i18n/en';
import { pl } from '@/lib/i18n/pl';
import { translate } from '@/lib/i18n';
import { inLang } from './helpers';

beforeEach(() => fakeBrowser.reset());

const settings = { ...DEFAULT_SETTINGS, brands: ['Zefir'], agentName: 'Ola' };
const warning = (bad: string, lang: 'en' | 'pl' = 'en') => translate(lang, 'settings_keywords_invalid', { bad });

/** The text of what describes `input` (its aria-describedby), '' when nothing does. */
function description(input: HTMLElement): string {
  const ids = input.getAttribute('aria-describedby')?.split(/\s+/) ?? [];
  return ids.map((id) => document.getElementById(id)?.textContent ?? '').join(' ');
}

const forms = {
  'first-run card': {
    render: (lang: 'en' | 'pl' = 'en') =>
      render(<FirstRunCard settings={settings} onSaved={vi.fn()} onError={vi.fn()} />, { wrapper: inLang(lang) }),
    labels: { en: [en.first_run_brands, en.first_run_agent], pl: [pl.first_run_brands, pl.first_run_agent] },
    submit: en.first_run_save,
  },
  Settings: {
    render: (lang: 'en' | 'pl' = 'en') =>
      render(<SettingsForm settings={settings} onSave={vi.fn()} />, { wrapper: inLang(lang) }),
    labels: { en: [en.settings_brands, en.settings_agent], pl: [pl.settings_brands, pl.settings_agent] },
    submit: en.save,
  },
};

describe.each(Object.entries(forms))('brand and agent fields on the %s', (_, form) => {
  test('its own labels in both languages, filled from the settings', () => {
    const view = form.render();
    const [brandLabel, agentLabel] = form.labels.en;
    expect((screen.getByLabelText(brandLabel!) as HTMLInputElement).value).toBe('Zefir');
    expect((screen.getByLabelText(agentLabel!) as HTMLInputElement).value).toBe('Ola');
    view.unmount();
    form.render('pl');
    for (const label of form.labels.pl) expect(screen.getByLabelText(label)).toBeTruthy();
  });

  test('an unusable brand: one warning, attached to the brand field, and no saving', () => {
    form.render();
    const brands = screen.getByLabelText(form.labels.en[0]!);
    expect(brands.getAttribute('aria-invalid')).toBe('false');
    expect(description(brands)).toBe('');
    fireEvent.change(brands, { target: { value: 'Zefir, C' } });
    expect(screen.getAllByRole('alert').map((a) => a.textContent)).toEqual([warning('C')]);
    expect(brands.getAttribute('aria-invalid')).toBe('true');
    expect(description(brands)).toBe(warning('C'));
    expect(screen.getByRole('button', { name: form.submit }).hasAttribute('disabled')).toBe(true);
    fireEvent.change(brands, { target: { value: 'Zefir, Cafe' } });
    expect(screen.queryByRole('alert')).toBeNull();
    expect(description(brands)).toBe('');
  });

  test('the agent’s name is limited to 100 characters', () => {
    form.render();
    expect(screen.getByLabelText(form.labels.en[1]!).getAttribute('maxlength')).toBe('100');
  });
});

describe('Settings: watch keywords share the warning', () => {
  test('a bad keyword and a bad brand are named together; each field is described by the warning', () => {
    render(<SettingsForm settings={settings} onSave={vi.fn()} />, { wrapper: inLang('en') });
    const brands = screen.getByLabelText(en.settings_brands);
    const keywords = screen.getByLabelText(en.settings_keywords);
    fireEvent.change(keywords, { target: { value: 'awaria, x' } });
    expect(keywords.getAttribute('aria-invalid')).toBe('true');
    expect(description(keywords)).toBe(warning('x'));
    // The brands are fine: not marked, not described.
    expect(brands.getAttribute('aria-invalid')).toBe('false');
    expect(description(brands)).toBe('');
    fireEvent.change(brands, { target: { value: 'C' } });
    expect(screen.getAllByRole('alert').map((a) => a.textContent)).toEqual([warning('C, x')]);
    expect(description(brands)).toBe(warning('C, x'));
  });
});
