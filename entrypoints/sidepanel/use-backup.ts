import { useCallback } from 'react';
import { useDb } from '@/components/DbContext';
import { applyBackup, createBackup, inspectBackup, type BackupPlan } from '@/lib/db/backup';
import { profileSigner } from '@/lib/backup-signer';
import { download } from '@/lib/export/download';
import { settingsItem } from '@/lib/settings';
import { pt } from '@/lib/i18n/panel';
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
          (text) => download(document, [text], `stormwatch-backup-${new Date().toISOString().slice(0, 10)}.json`, 'application/json'),
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
      applyBackup(db, plan).then(
        async (s) => {
          if (s) await settingsItem.setValue(s);
          say(pt(lang, 'restore_done'));
          return true;
        },
        (e: unknown) => {
          say(messageOf(e, lang));
          return false;
        },
      ),
    [db, say, lang],
  );
  return { backup, inspect, restore };
}
