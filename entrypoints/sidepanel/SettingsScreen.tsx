import { SettingsForm } from '@/components/SettingsForm';
import { BackupControls } from '@/components/BackupControls';
import { settingsItem } from '@/lib/settings';
import { translate } from '@/lib/i18n';
import { useT } from '@/lib/i18n/react';
import { messageOf, type PanelEnv } from './env';
import { sendToPage } from '@/lib/messaging/tab-channel';

/** The Settings screen: the form (saved to storage.local, which content scripts watch) and backup. */
export function SettingsScreen({ env, onBackup, onRestore }: { env: PanelEnv; onBackup(): void; onRestore(file: File): void }) {
  const t = useT();
  if (!env.settings) return <p role="status">{t('loading')}</p>;
  return (
    <>
      <SettingsForm
        // A change from elsewhere (another panel, a restore, a false-positive click) resets the draft.
        key={JSON.stringify(env.settings)}
        settings={env.settings}
        onPreview={(site) => (env.tab ? sendToPage(env.tab, 'previewSelectors', { site }) : Promise.resolve(null))}
        onSave={(s) =>
          settingsItem.setValue(s).then(
            // The language may have just changed: say it in the new one.
            () => env.say(translate(s.uiLanguage === 'auto' ? env.lang : s.uiLanguage, 'settings_saved'), 'success'),
            (e: unknown) => env.say(messageOf(e, env.lang)),
          )
        }
      />
      <BackupControls onBackup={onBackup} onRestore={onRestore} />
    </>
  );
}
