import { useLiveQuery } from 'dexie-react-hooks';
import { useDb } from '@/components/DbContext';
import { backupOverdue } from '@/lib/db/backup';

/** A reminder when the library changed over a week ago without a backup (issue 10). */
export function BackupReminder({ lang, now, onBackup }: { lang: 'pl' | 'en'; now: number; onBackup(): void }) {
  const db = useDb();
  const overdue = useLiveQuery(() => backupOverdue(db, now), [db, now]);
  if (!overdue) return null;
  const pl = lang === 'pl';
  return (
    <p className="notice" role="status">
      {pl ? 'Biblioteka zmieniła się ponad tydzień temu i nie ma jej kopii zapasowej.' : 'The library changed over a week ago and has not been backed up.'}{' '}
      <button type="button" onClick={onBackup}>
        {pl ? 'Zapisz kopię' : 'Back up now'}
      </button>
    </p>
  );
}
