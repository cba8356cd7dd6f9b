import { useLiveQuery } from 'dexie-react-hooks';
import { useDb } from '@/components/DbContext';
import { backupOverdue } from '@/lib/db/backup';
import { useT } from '@/lib/i18n/react';

/** A reminder when the library changed over a week ago without a backup (issue 10). */
export function BackupReminder({ now, onBackup }: { now: number; onBackup(): void }) {
  const t = useT();
  const db = useDb();
  const overdue = useLiveQuery(() => backupOverdue(db, now), [db, now]);
  if (!overdue) return null;
  return (
    <p className="notice" role="status">
      {t('backup_overdue')}{' '}
      <button type="button" onClick={onBackup}>
        {t('backup_now')}
      </button>
    </p>
  );
}
