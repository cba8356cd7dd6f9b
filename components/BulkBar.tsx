import { useState } from 'react';
import { ITEM_STATUSES, type ItemStatus } from '@/lib/db/types';
import { useT } from '@/lib/i18n/react';
import { statusName } from '@/lib/i18n/names';

export interface BulkBarProps {
  count: number;
  /** Names the team has assigned items to, offered first. */
  assignees: readonly string[];
  onStatus(status: ItemStatus): void;
  onAssign(name: string): void;
  onClear(): void;
}

/** What to do with the chosen items at once: a status (Dismiss at hand), an assignee. */
export function BulkBar({ count, assignees, onStatus, onAssign, onClear }: BulkBarProps) {
  const t = useT();
  const [status, setStatus] = useState<ItemStatus>('inProgress');
  const [name, setName] = useState('');
  if (count === 0) return null;
  return (
    <div className="bulk-bar" role="group" aria-label={t('bulk_label')}>
      <strong>{t('bulk_count', { count })}</strong>
      <select aria-label={t('bulk_status')} value={status} onChange={(e) => setStatus(e.target.value as ItemStatus)}>
        {ITEM_STATUSES.map((s) => (
          <option key={s} value={s}>
            {statusName(t, s)}
          </option>
        ))}
      </select>
      <button type="button" onClick={() => onStatus(status)}>
        {t('bulk_apply')}
      </button>
      <button type="button" onClick={() => onStatus('dismissed')}>
        {t('bulk_dismiss')}
      </button>
      <input
        aria-label={t('bulk_assign')}
        list="assignees"
        value={name}
        maxLength={100}
        onChange={(e) => setName(e.target.value)}
        size={10}
      />
      <datalist id="assignees">
        {assignees.map((a) => (
          <option key={a} value={a} />
        ))}
      </datalist>
      <button type="button" onClick={() => onAssign(name)}>
        {t('bulk_assign_button')}
      </button>
      <button type="button" onClick={onClear}>
        {t('bulk_clear')}
      </button>
    </div>
  );
}
