import { useT } from '@/lib/i18n/react';
import { JsonFilePicker } from './JsonFilePicker';

/** Back up everything to a file, or pick one to restore (its preview asks before anything is replaced). */
export function BackupControls({ onBackup, onRestore }: { onBackup(): void; onRestore(file: File): void }) {
  const t = useT();
  return (
    <fieldset className="backup">
      <legend>{t('backup')}</legend>
      <p className="hint">{t('backup_hint')}</p>
      <button type="button" onClick={onBackup}>
        {t('backup_all')}
      </button>{' '}
      <JsonFilePicker label={t('backup_restore')} fileLabel={t('backup_file')} onFile={onRestore} />
    </fieldset>
  );
}
