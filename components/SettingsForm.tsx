import { useState, type ReactNode } from 'react';
import type { Settings } from '@/lib/settings';
import { SETTINGS_ROWS } from '@/lib/platforms/registry';
import { useT } from '@/lib/i18n/react';
import { platformName } from '@/lib/i18n/names';
import { BrandAgentFields } from './BrandAgentFields';
import { GenericSitesEditor, type GenericSitesEditorProps } from './GenericSitesEditor';
import { invalidTerms, siteProblems, splitList } from './settings-validation';
import { reopenFirstRun } from '@/lib/first-run';
import { usePanelStore } from '@/lib/store';

// The demo page is always on: it exists to try Stormwatch out.

export interface SettingsFormProps {
  settings: Settings;
  onSave(next: Settings): void;
  /** Count what a site's selectors match on the open page (see GenericSitesEditor). */
  onPreview?: GenericSitesEditorProps['onPreview'];
}

type SetField = <K extends keyof Settings>(k: K, v: Settings[K]) => void;

/** One switch per platform (on unless switched off), after any switches given as children. */
export function PlatformSwitches(props: {
  platforms: Settings['platforms'];
  onChange(p: Settings['platforms']): void;
  children?: ReactNode;
}) {
  const t = useT();
  return (
    <fieldset>
      <legend>{t('settings_platforms')}</legend>
      {props.children}
      {SETTINGS_ROWS.map(({ id }) => (
        <label key={id}>
          <input
            type="checkbox"
            checked={props.platforms[id] !== false}
            onChange={(e) => props.onChange({ ...props.platforms, [id]: e.target.checked })}
          />{' '}
          {platformName(t, id)}
        </label>
      ))}
    </fieldset>
  );
}

/** The interface language: as the browser, Polish or English. */
export function LanguageSelect(props: {
  label: string;
  value: Settings['uiLanguage'];
  onChange(v: Settings['uiLanguage']): void;
}) {
  const t = useT();
  return (
    <label>
      {props.label}
      <select value={props.value} onChange={(e) => props.onChange(e.target.value as Settings['uiLanguage'])}>
        <option value="auto">{t('ui_language_auto')}</option>
        <option value="pl">{t('language_name_pl')}</option>
        <option value="en">{t('language_name_en')}</option>
      </select>
    </label>
  );
}

function RetentionFields({ draft, set }: { draft: Settings; set: SetField }) {
  const t = useT();
  return (
    <fieldset>
      <legend>{t('retention_title')}</legend>
      <p className="hint">{t('retention_hint')}</p>
      <WholeNumber
        label={t('retention_days')}
        value={draft.retentionDays}
        max={36_500}
        step={1}
        onChange={(v) => set('retentionDays', v)}
      />
      <WholeNumber
        label={t('retention_max')}
        value={draft.retentionMaxItems}
        max={1_000_000}
        step={100}
        onChange={(v) => set('retentionMaxItems', v)}
      />
    </fieldset>
  );
}

const OVERRIDE_KIND = {
  ignoredPhrases: 'override_phrase',
  ignoredAuthors: 'override_author',
  ignoredThreads: 'override_thread',
} as const;

/** The false-positive overrides (phrases, authors, threads), each removable. */
function Overrides({ draft, set }: { draft: Settings; set: SetField }) {
  const t = useT();
  const rows = (['ignoredPhrases', 'ignoredAuthors', 'ignoredThreads'] as const).flatMap((k) =>
    draft[k].map((v) => [k, v] as const),
  );
  return (
    <fieldset>
      <legend>{t('settings_false_positives')}</legend>
      {rows.length === 0 ? <p className="hint">{t('overrides_empty')}</p> : null}
      {rows.map(([k, v]) => (
        <div key={`${k}:${v}`} className="override">
          <bdi>{v}</bdi> ({t(OVERRIDE_KIND[k])}){' '}
          <button
            type="button"
            aria-label={t('remove_named', { name: v })}
            onClick={() =>
              set(
                k,
                draft[k].filter((x) => x !== v),
              )
            }
          >
            ✕
          </button>
        </div>
      ))}
    </fieldset>
  );
}

/** Reopen the first-run card (it shows above the Queue). */
function FirstRunAgain() {
  const t = useT();
  const screenOpened = usePanelStore((s) => s.screenOpened);
  const [failed, setFailed] = useState(false);
  return (
    <p>
      <button
        type="button"
        onClick={() =>
          reopenFirstRun().then(
            () => screenOpened('queue'),
            () => setFailed(true),
          )
        }
      >
        {t('first_run_reopen')}
      </button>
      {failed ? (
        <span className="error" role="alert">
          {' '}
          {t('first_run_reopen_failed')}
        </span>
      ) : null}
    </p>
  );
}

/** Settings: brands and keywords (literal terms, no regex), agent, sensitivity, platforms, sites, language, overrides. */
export function SettingsForm({ settings, onSave, onPreview }: SettingsFormProps) {
  const t = useT();
  const [draft, setDraft] = useState(settings);
  const [brands, setBrands] = useState(settings.brands.join(', '));
  const [keywords, setKeywords] = useState(settings.watchKeywords.join(', '));
  const set: SetField = (k, v) => setDraft((d) => ({ ...d, [k]: v }));
  const badKeywords = invalidTerms(splitList(keywords));
  const bad = [...invalidTerms(splitList(brands)), ...badKeywords];
  const sitesOk = draft.genericSites.every((s) => siteProblems(s).length === 0);
  return (
    <form
      className="settings"
      aria-label={t('tab_settings')}
      onSubmit={(e) => {
        e.preventDefault();
        if (bad.length || !sitesOk) return;
        onSave({
          ...draft,
          brands: splitList(brands).slice(0, 200),
          watchKeywords: splitList(keywords).slice(0, 200),
          agentName: draft.agentName.trim().slice(0, 100),
        });
      }}
    >
      <FirstRunAgain />
      <BrandAgentFields
        labels={{ brands: t('settings_brands'), agent: t('settings_agent') }}
        brands={brands}
        onBrands={setBrands}
        agent={draft.agentName}
        onAgent={(v) => set('agentName', v)}
        otherBad={badKeywords}
      >
        {(warningId) => (
          <label>
            {t('settings_keywords')}
            <input
              value={keywords}
              onChange={(e) => setKeywords(e.target.value)}
              aria-invalid={badKeywords.length > 0}
              aria-describedby={badKeywords.length ? warningId : undefined}
            />
          </label>
        )}
      </BrandAgentFields>
      <label>
        {t('settings_sensitivity')}
        <select
          value={draft.sensitivity}
          onChange={(e) => set('sensitivity', e.target.value as Settings['sensitivity'])}
        >
          <option value="low">{t('sensitivity_low')}</option>
          <option value="medium">{t('sensitivity_medium')}</option>
          <option value="high">{t('sensitivity_high')}</option>
        </select>
      </label>
      <PlatformSwitches platforms={draft.platforms} onChange={(p) => set('platforms', p)}>
        <label>
          <input type="checkbox" checked={draft.enabled} onChange={(e) => set('enabled', e.target.checked)} />{' '}
          {t('settings_enabled')}
        </label>
      </PlatformSwitches>
      <GenericSitesEditor sites={draft.genericSites} onChange={(s) => set('genericSites', s)} onPreview={onPreview} />
      <LanguageSelect
        label={t('settings_ui_language')}
        value={draft.uiLanguage}
        onChange={(v) => set('uiLanguage', v)}
      />
      <RetentionFields draft={draft} set={set} />
      <Overrides draft={draft} set={set} />
      <button type="submit" disabled={bad.length > 0 || !sitesOk}>
        {t('save')}
      </button>
    </form>
  );
}

/** A whole number from 0 to `max`; anything else typed is clamped into that range. */
function WholeNumber(props: { label: string; value: number; max: number; step: number; onChange(v: number): void }) {
  return (
    <label>
      {props.label}
      <input
        type="number"
        min={0}
        max={props.max}
        step={props.step}
        value={props.value}
        onChange={(e) => props.onChange(Math.max(0, Math.min(props.max, Math.trunc(Number(e.target.value) || 0))))}
      />
    </label>
  );
}
