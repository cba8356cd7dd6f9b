import { useEffect, useState } from 'react';
import { settingsItem, type Settings } from '@/lib/settings';
import { firstRunItem, finishFirstRun, showFirstRun, type FirstRunState } from '@/lib/first-run';
import { useT } from '@/lib/i18n/react';
import { LanguageSelect, PlatformSwitches } from './SettingsForm';
import { BrandAgentFields } from './BrandAgentFields';
import { invalidTerms, splitList } from './settings-validation';

/** Should the first-run card show for these settings (watches the stored answer)? */
export function useFirstRun(settings: Settings | null): boolean {
  const [stored, setStored] = useState<FirstRunState | null | undefined>(undefined);
  useEffect(() => {
    let live = true;
    firstRunItem.getValue().then(
      (v) => live && setStored(v),
      () => live && setStored(null),
    );
    const unwatch = firstRunItem.watch((v) => setStored(v));
    return () => {
      live = false;
      unwatch();
    };
  }, []);
  return stored !== undefined && settings !== null && showFirstRun(stored, settings);
}

export interface FirstRunCardProps {
  settings: Settings;
  /** Saved: told in the language just chosen. */
  onSaved(settings: Settings): void;
  onError(e: unknown): void;
}

/**
 * The first thing a new user sees in the panel: brand names (so templates say the brand and the
 * alert leaves it out of its terms), their name (for the response log and `{{agent}}`), the
 * interface language and the platforms to read. Saved into the settings; "Skip" leaves them as
 * they are. Either way the card does not come back until it is reopened from Settings.
 */
export function FirstRunCard({ settings, onSaved, onError }: FirstRunCardProps) {
  const t = useT();
  const [brands, setBrands] = useState(settings.brands.join(', '));
  const [agent, setAgent] = useState(settings.agentName);
  const [uiLanguage, setUiLanguage] = useState(settings.uiLanguage);
  const [platforms, setPlatforms] = useState(settings.platforms);
  const bad = invalidTerms(splitList(brands));
  const save = async () => {
    const next: Settings = {
      ...settings,
      brands: splitList(brands).slice(0, 200),
      agentName: agent.trim().slice(0, 100),
      uiLanguage,
      platforms,
    };
    await settingsItem.setValue(next);
    await finishFirstRun('done', Date.now());
    onSaved(next);
  };
  return (
    <section className="first-run notice" aria-labelledby="first-run-title">
      <h2 id="first-run-title">{t('first_run_title')}</h2>
      <p className="hint">{t('first_run_intro')}</p>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (!bad.length) save().catch(onError);
        }}
      >
        <BrandAgentFields
          labels={{ brands: t('first_run_brands'), agent: t('first_run_agent') }}
          brands={brands}
          onBrands={setBrands}
          agent={agent}
          onAgent={setAgent}
        />
        <LanguageSelect label={t('first_run_language')} value={uiLanguage} onChange={setUiLanguage} />
        <PlatformSwitches platforms={platforms} onChange={setPlatforms} />
        <button type="submit" disabled={bad.length > 0}>
          {t('first_run_save')}
        </button>{' '}
        <button type="button" onClick={() => finishFirstRun('skipped', Date.now()).catch(onError)}>
          {t('first_run_skip')}
        </button>
      </form>
    </section>
  );
}
