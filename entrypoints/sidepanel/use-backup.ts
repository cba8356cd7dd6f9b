import { useCallback } from 'react';
import { useDb } from '@/components/DbContext';
import { createBackup, restoreBackup } from '@/lib/db/backup';
import { download } from '@/lib/export/download';
import { settingsItem, withDefaults } from '@/lib/settings';
import { translate } from '@/lib/i18n';
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
      restoreBackup(db, file).then(
        async (s) => {
          if (s) await settingsItem.setValue(withDefaults(s));
          say(translate(lang, 'backup_restored'), 'success');
        },
        (e: unknown) => say(messageOf(e, lang)),
      ),
    [db, say, lang],
  );
  return { backup, restore };
}
