import { useRef } from 'react';
import { useT } from '@/lib/i18n/react';

/** Back up everything to a file, or pick one to restore (its preview asks before anything is replaced). */
export function BackupControls({ onBackup, onRestore }: { onBackup(): void; onRestore(file: File): void }) {
  const input = useRef<HTMLInputElement>(null);
  const t = useT();
  return (
    <fieldset className="backup">
      <legend>{t('backup')}</legend>
      <p className="hint">{t('backup_hint')}</p>
      <button type="button" onClick={onBackup}>
        {t('backup_all')}
      </button>{' '}
      <button type="button" onClick={() => input.current?.click()}>
        {t('backup_restore')}
      </button>
      <input
        ref={input}
        type="file"
        accept="application/json,.json"
        hidden
        aria-label={t('backup_file')}
        onChange={(e) => {
          const f = e.target.files?.[0];
          e.target.value = '';
          if (f) onRestore(f);
        }}
      />
    </fieldset>
  );
}
