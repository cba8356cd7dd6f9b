import { useState } from 'react';
import type { Settings } from '@/lib/settings';
import { SETTINGS_ROWS } from '@/lib/platforms/registry';
import { pt } from '@/lib/i18n/panel';
import { GenericSitesEditor, type GenericSitesEditorProps } from './GenericSitesEditor';
import { invalidTerms, siteProblems, splitList } from './settings-validation';

// The demo page is always on: it exists to try Stormwatch out.

export interface SettingsFormProps {
  settings: Settings;
  lang: 'pl' | 'en';
  onSave(next: Settings): void;
  /** Count what a site's selectors match on the open page (see GenericSitesEditor). */
  onPreview?: GenericSitesEditorProps['onPreview'];
}

/** Settings: brands and keywords (literal terms, no regex), agent, sensitivity, platforms, sites, language, overrides. */
export function SettingsForm({ settings, lang, onSave, onPreview }: SettingsFormProps) {
  const [draft, setDraft] = useState(settings);
  const [brands, setBrands] = useState(settings.brands.join(', '));
  const [keywords, setKeywords] = useState(settings.watchKeywords.join(', '));
  const pl = lang === 'pl';
  const set = <K extends keyof Settings>(k: K, v: Settings[K]) => setDraft((d) => ({ ...d, [k]: v }));
  const bad = invalidTerms([...splitList(brands), ...splitList(keywords)]);
  const sitesOk = draft.genericSites.every((s) => siteProblems(s).length === 0);
  return (
    <form
      className="settings"
      aria-label={pl ? 'Ustawienia' : 'Settings'}
      onSubmit={(e) => {
        e.preventDefault();
        if (bad.length || !sitesOk) return;
        onSave({ ...draft, brands: splitList(brands).slice(0, 200), watchKeywords: splitList(keywords).slice(0, 200), agentName: draft.agentName.trim().slice(0, 100) });
      }}
    >
      <label>
        {pl ? 'Marki (po przecinku)' : 'Brand names (comma-separated)'}
        <input value={brands} onChange={(e) => setBrands(e.target.value)} />
      </label>
      <label>
        {pl ? 'Słowa kluczowe do obserwacji' : 'Watch keywords'}
        <input value={keywords} onChange={(e) => setKeywords(e.target.value)} aria-invalid={bad.length > 0} />
      </label>
      {bad.length ? (
        <p className="error" role="alert">
          {pt(lang, 'settings_keywords_invalid', { bad: bad.join(', ') })}
        </p>
      ) : null}
      <label>
        {pl ? 'Imię agenta (w dzienniku odpowiedzi)' : 'Agent name (in the response log)'}
        <input value={draft.agentName} maxLength={100} onChange={(e) => set('agentName', e.target.value)} />
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
        {SETTINGS_ROWS.map(({ id, label }) => (
          <label key={id}>
            <input type="checkbox" checked={draft.platforms[id] !== false} onChange={(e) => set('platforms', { ...draft.platforms, [id]: e.target.checked })} />{' '}
            {pl ? label.pl : label.en}
          </label>
        ))}
      </fieldset>
      <GenericSitesEditor sites={draft.genericSites} lang={lang} onChange={(s) => set('genericSites', s)} onPreview={onPreview} />
      <label>
        {pl ? 'Język interfejsu' : 'Interface language'}
        <select value={draft.uiLanguage} onChange={(e) => set('uiLanguage', e.target.value as Settings['uiLanguage'])}>
          <option value="auto">{pl ? 'jak przeglądarka' : 'as the browser'}</option>
          <option value="pl">Polski</option>
          <option value="en">English</option>
        </select>
      </label>
      <fieldset>
        <legend>{pt(lang, 'retention_title')}</legend>
        <p className="hint">{pt(lang, 'retention_hint')}</p>
        <label>
          {pt(lang, 'retention_days')}
          <input type="number" min={0} max={36_500} step={1} value={draft.retentionDays} onChange={(e) => set('retentionDays', Math.max(0, Math.min(36_500, Math.trunc(Number(e.target.value) || 0))))} />
        </label>
        <label>
          {pt(lang, 'retention_max')}
          <input type="number" min={0} max={1_000_000} step={100} value={draft.retentionMaxItems} onChange={(e) => set('retentionMaxItems', Math.max(0, Math.min(1_000_000, Math.trunc(Number(e.target.value) || 0))))} />
        </label>
      </fieldset>
      <fieldset>
        <legend>{pl ? 'Fałszywe alarmy' : 'False positives'}</legend>
        {draft.ignoredPhrases.length + draft.ignoredAuthors.length + draft.ignoredThreads.length === 0 ? <p className="hint">{pt(lang, 'overrides_empty')}</p> : null}
        {[
          ...draft.ignoredPhrases.map((v) => ['ignoredPhrases', v] as const),
          ...draft.ignoredAuthors.map((v) => ['ignoredAuthors', v] as const),
          ...draft.ignoredThreads.map((v) => ['ignoredThreads', v] as const),
        ].map(([k, v]) => (
          <div key={`${k}:${v}`} className="override">
            <bdi>{v}</bdi> ({k === 'ignoredPhrases' ? (pl ? 'fraza' : 'phrase') : k === 'ignoredAuthors' ? (pl ? 'autor' : 'author') : pl ? 'wątek' : 'thread'}){' '}
            <button type="button" aria-label={`${pl ? 'Usuń' : 'Remove'} ${v}`} onClick={() => set(k, draft[k].filter((x) => x !== v))}>
              ✕
            </button>
          </div>
        ))}
      </fieldset>
      <button type="submit" disabled={bad.length > 0 || !sitesOk}>
        {pl ? 'Zapisz' : 'Save'}
      </button>
    </form>
  );
}
