import { useCallback } from 'react';
import { useDb } from '@/components/DbContext';
import { createBackup, restoreBackup } from '@/lib/db/backup';
import { mergeSettings } from '@/lib/db/backup-merge';
import { download } from '@/lib/export/download';
import { DEFAULT_SETTINGS, settingsItem, withDefaults } from '@/lib/settings';
import { messageOf, type PanelEnv } from './env';

/** Back up everything to a file and restore it (settings go back to storage.local). */
export function useBackup(env: PanelEnv) {
  const db = useDb();
  const { settings, say, lang } = env;
  const backup = useCallback(
    () =>
      createBackup(db, settings, Date.now()).then(
        (text) => download(document, [text], `stormwatch-backup-${new Date().toISOString().slice(0, 10)}.json`, 'application/json'),
        (e: unknown) => say(messageOf(e, lang)),
      ),
    [db, settings, say, lang],
  );
  const restore = useCallback(
    (file: File) =>
      // Merged with what is here (settings too): restoring never loses work done since the backup.
      restoreBackup(db, file).then(
        async (s) => {
          const merged = mergeSettings(settings, s, DEFAULT_SETTINGS);
          if (merged) await settingsItem.setValue(withDefaults(merged));
          say(lang === 'pl' ? 'Przywrócono kopię zapasową.' : 'Backup restored.');
        },
        (e: unknown) => say(messageOf(e, lang)),
      ),
    [db, settings, say, lang],
  );
  return { backup, restore };
}
