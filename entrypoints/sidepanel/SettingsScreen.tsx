import { useState } from 'react';
import { SettingsForm } from '@/components/SettingsForm';
import { BackupControls } from '@/components/BackupControls';
import { RestorePreview } from '@/components/RestorePreview';
import { ErrorBoundary } from '@/components/ErrorBoundary';
import { DEFAULT_SETTINGS, settingsItem, type Settings } from '@/lib/settings';
import type { BackupPlan } from '@/lib/db/backup';
import { translate } from '@/lib/i18n';
import { useT } from '@/lib/i18n/react';
import { messageOf, type PanelEnv } from './env';
import { sendToPage } from '@/lib/messaging/tab-channel';
import { TeamSettings } from '@/components/TeamSettings';
import { useBackup } from './use-backup';

/**
 * The Settings screen: the form (saved to storage.local, which content scripts watch) and backup.
 * Backup and restore stay reachable whatever the stored settings hold: a form that cannot render
 * them opens with the defaults instead (safe mode, docs/RELIABILITY.md H3), and a restore is
 * previewed, row problems included, before anything is replaced.
 */
export function SettingsScreen({ env, onBackup }: { env: PanelEnv; onBackup(): void }) {
  const t = useT();
  const { inspect, restore } = useBackup(env);
  const [pending, setPending] = useState<{ plan: BackupPlan; name: string } | null>(null);
  const form = (settings: Settings) => (
    <SettingsForm
      // A change from elsewhere (another panel, a restore, a false-positive click) resets the draft.
      key={JSON.stringify(settings)}
      settings={settings}
      onPreview={(site) => (env.tab ? sendToPage(env.tab, 'previewSelectors', { site }) : Promise.resolve(null))}
      onSave={(s) =>
        settingsItem.setValue(s).then(
          // The language may have just changed: say it in the new one.
          () => env.say(translate(s.uiLanguage === 'auto' ? env.lang : s.uiLanguage, 'settings_saved'), 'success'),
          (e: unknown) => env.say(messageOf(e, env.lang)),
        )
      }
    />
  );
  return (
    <>
      {!env.settings ? (
        <p role="status">{t('loading')}</p>
      ) : (
        <ErrorBoundary
          key={JSON.stringify(env.settings)}
          fallback={() => (
            <>
              <p role="alert" className="message">
                {t('settings_safe_mode')}
              </p>
              {form(DEFAULT_SETTINGS)}
            </>
          )}
        >
          {form(env.settings)}
        </ErrorBoundary>
      )}
      {pending ? (
        <RestorePreview
          plan={pending.plan}
          fileName={pending.name}
          lang={env.lang}
          onCancel={() => setPending(null)}
          onRestore={() => void restore(pending.plan).then((ok) => ok && setPending(null))}
        />
      ) : (
        <BackupControls
          onBackup={onBackup}
          onRestore={(f) => void inspect(f).then((plan) => plan && setPending({ plan, name: f.name }))}
        />
      )}
      <TeamSettings say={env.say} />
    </>
  );
}
