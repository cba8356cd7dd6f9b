import { useState } from 'react';
import type { Settings } from '@/lib/settings';
import type { PlatformId } from '@/lib/platforms/types';

const PLATFORMS: Array<[PlatformId, string]> = [
  ['youtube', 'YouTube'],
  ['reddit', 'Reddit'],
  ['old-reddit', 'old.reddit'],
];

const splitList = (s: string) => [...new Set(s.split(/[,\n]/).map((x) => x.trim()).filter(Boolean))].slice(0, 200);

export interface SettingsFormProps {
  settings: Settings;
  lang: 'pl' | 'en';
  onSave(next: Settings): void;
}

/** Settings: brands and keywords (literal terms, no regex), agent, sensitivity, platforms, language, overrides. */
export function SettingsForm({ settings, lang, onSave }: SettingsFormProps) {
  const [draft, setDraft] = useState(settings);
  const [brands, setBrands] = useState(settings.brands.join(', '));
  const [keywords, setKeywords] = useState(settings.watchKeywords.join(', '));
  const pl = lang === 'pl';
  const set = <K extends keyof Settings>(k: K, v: Settings[K]) => setDraft((d) => ({ ...d, [k]: v }));
  return (
    <form
      className="settings"
      aria-label={pl ? 'Ustawienia' : 'Settings'}
      onSubmit={(e) => {
        e.preventDefault();
        onSave({ ...draft, brands: splitList(brands), watchKeywords: splitList(keywords), agentName: draft.agentName.trim().slice(0, 100) });
      }}
    >
      <label>
        {pl ? 'Marki (po przecinku)' : 'Brand names (comma-separated)'}
        <input value={brands} onChange={(e) => setBrands(e.target.value)} />
      </label>
      <label>
        {pl ? 'Słowa kluczowe do obserwacji' : 'Watch keywords'}
        <input value={keywords} onChange={(e) => setKeywords(e.target.value)} />
      </label>
      <label>
        {pl ? 'Imię agenta (w dzienniku odpowiedzi)' : 'Agent name (in the response log)'}
        <input value={draft.agentName} onChange={(e) => set('agentName', e.target.value)} />
      </label>
      <label>
        {pl ? 'Czułość: oznaczaj od poziomu' : 'Sensitivity: flag from'}
        <select value={draft.sensitivity} onChange={(e) => set('sensitivity', e.target.value as Settings['sensitivity'])}>
          <option value="low">{pl ? 'niskiego' : 'low'}</option>
          <option value="medium">{pl ? 'średniego' : 'medium'}</option>
          <option value="high">{pl ? 'wysokiego' : 'high'}</option>
        </select>
      </label>
      <fieldset>
        <legend>{pl ? 'Platformy' : 'Platforms'}</legend>
        <label>
          <input type="checkbox" checked={draft.enabled} onChange={(e) => set('enabled', e.target.checked)} /> {pl ? 'Skanowanie włączone' : 'Scanning on'}
        </label>
        {PLATFORMS.map(([id, label]) => (
          <label key={id}>
            <input type="checkbox" checked={draft.platforms[id] !== false} onChange={(e) => set('platforms', { ...draft.platforms, [id]: e.target.checked })} /> {label}
          </label>
        ))}
      </fieldset>
      <label>
        {pl ? 'Język interfejsu' : 'Interface language'}
        <select value={draft.uiLanguage} onChange={(e) => set('uiLanguage', e.target.value as Settings['uiLanguage'])}>
          <option value="auto">{pl ? 'jak przeglądarka' : 'as the browser'}</option>
          <option value="pl">Polski</option>
          <option value="en">English</option>
        </select>
      </label>
      <fieldset>
        <legend>{pl ? 'Fałszywe alarmy' : 'False positives'}</legend>
        {[...draft.ignoredPhrases.map((v) => ['ignoredPhrases', v] as const), ...draft.ignoredAuthors.map((v) => ['ignoredAuthors', v] as const)].map(([k, v]) => (
          <div key={`${k}:${v}`} className="override">
            <bdi>{v}</bdi> ({k === 'ignoredPhrases' ? (pl ? 'fraza' : 'phrase') : pl ? 'autor' : 'author'}){' '}
            <button type="button" aria-label={`${pl ? 'Usuń' : 'Remove'} ${v}`} onClick={() => set(k, draft[k].filter((x) => x !== v))}>
              ✕
            </button>
          </div>
        ))}
      </fieldset>
      <button type="submit">{pl ? 'Zapisz' : 'Save'}</button>
    </form>
  );
}
