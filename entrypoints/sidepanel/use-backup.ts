import { useCallback } from 'react';
import { useDb } from '@/components/DbContext';
import { applyBackup, createBackup, inspectBackup, type BackupPlan } from '@/lib/db/backup';
import { mergeSettings } from '@/lib/db/backup-merge';
import { profileSigner } from '@/lib/backup-signer';
import { download } from '@/lib/export/download';
import { DEFAULT_SETTINGS, settingsItem, withDefaults } from '@/lib/settings';
import { translate } from '@/lib/i18n';
import { messageOf, type PanelEnv } from './env';

/**
 * Back up everything to a file (signed with this profile's key), read a file into a restore plan
 * (nothing written), and apply a plan (settings go back to storage.local).
 */
export function useBackup(env: PanelEnv) {
  const db = useDb();
  const { settings, say, lang } = env;
  const backup = useCallback(
    () =>
      profileSigner()
        .then((signer) => createBackup(db, settings, Date.now(), signer))
        .then(
          (text) =>
            download(
              document,
              [text],
              `stormwatch-backup-${new Date().toISOString().slice(0, 10)}.json`,
              'application/json',
            ),
          (e: unknown) => say(messageOf(e, lang)),
        ),
    [db, settings, say, lang],
  );
  const inspect = useCallback(
    (file: File): Promise<BackupPlan | null> =>
      profileSigner()
        .then((signer) => inspectBackup(file, signer))
        .catch((e: unknown) => {
          say(messageOf(e, lang));
          return null;
        }),
    [say, lang],
  );
  const restore = useCallback(
    (plan: BackupPlan): Promise<boolean> =>
      // Merged with what is here (settings too): restoring never loses work done since the backup.
      applyBackup(db, plan).then(
        async (s) => {
          const merged = mergeSettings(settings, s, DEFAULT_SETTINGS);
          if (merged) await settingsItem.setValue(withDefaults(merged));
          say(translate(lang, 'restore_done'), 'success');
          return true;
        },
        (e: unknown) => {
          say(messageOf(e, lang));
          return false;
        },
      ),
    [db, settings, say, lang],
  );
  return { backup, inspect, restore };
}
