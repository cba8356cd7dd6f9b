import { useRef } from 'react';

/** Back up everything to a file, or pick one to restore (its preview asks before anything is replaced). */
export function BackupControls({ lang, onBackup, onRestore }: { lang: 'pl' | 'en'; onBackup(): void; onRestore(file: File): void }) {
  const input = useRef<HTMLInputElement>(null);
  const pl = lang === 'pl';
  return (
    <fieldset className="backup">
      <legend>{pl ? 'Kopia zapasowa' : 'Backup'}</legend>
      <p className="hint">{pl ? 'Biblioteka, ustawienia, kolejka i dziennik odpowiedzi w jednym pliku.' : 'Library, settings, queue and response log in one file.'}</p>
      <button type="button" onClick={onBackup}>
        {pl ? 'Zapisz kopię zapasową' : 'Back up everything'}
      </button>{' '}
      <button type="button" onClick={() => input.current?.click()}>
        {pl ? 'Przywróć z pliku…' : 'Restore from file…'}
      </button>
      <input
        ref={input}
        type="file"
        accept="application/json,.json"
        hidden
        aria-label={pl ? 'Plik kopii zapasowej' : 'Backup file'}
        onChange={(e) => {
          const f = e.target.files?.[0];
          e.target.value = '';
          if (f) onRestore(f);
        }}
      />
    </fieldset>
  );
}
