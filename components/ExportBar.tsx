import { useState } from 'react';
import { useT } from '@/lib/i18n/react';

export interface ExportBarProps {
  count: number;
  progress: { done: number; total: number } | null;
  onExport(
    kind: 'csv' | 'json' | 'log' | 'evidence' | 'report',
    opts?: { pseudonymise?: boolean; days?: number },
  ): void;
  onCancel(): void;
}

/** Export the queue (as filtered) to CSV or JSON, or the response log; progress and cancel. */
export function ExportBar({ count, progress, onExport, onCancel }: ExportBarProps) {
  const t = useT();
  const [pseudonymise, setPseudonymise] = useState(false);
  const [days, setDays] = useState(7);
  if (progress) {
    return (
      <div className="export-bar">
        <progress max={progress.total} value={progress.done} aria-label={t('export_progress')} /> {progress.done}/
        {progress.total}{' '}
        <button type="button" onClick={onCancel}>
          {t('cancel')}
        </button>
      </div>
    );
  }
  return (
    <div className="export-bar" role="group" aria-label={t('export_scope')}>
      <button type="button" disabled={count === 0} onClick={() => onExport('csv')}>
        CSV ({count})
      </button>
      <button type="button" disabled={count === 0} onClick={() => onExport('json')}>
        JSON
      </button>
      <button type="button" onClick={() => onExport('log')}>
        {t('export_log')}
      </button>
      <button type="button" disabled={count === 0} onClick={() => onExport('evidence', { pseudonymise })}>
        {t('export_evidence')}
      </button>
      <label>
        <input type="checkbox" checked={pseudonymise} onChange={(e) => setPseudonymise(e.target.checked)} />{' '}
        {t('export_pseudonymise')}
      </label>
      <button type="button" onClick={() => onExport('report', { days })}>
        {t('export_report')}
      </button>
      <select aria-label={t('export_report_period')} value={days} onChange={(e) => setDays(Number(e.target.value))}>
        <option value={1}>{t('period_24h')}</option>
        <option value={7}>{t('period_7d')}</option>
        <option value={30}>{t('period_30d')}</option>
        <option value={365}>{t('period_year')}</option>
      </select>
      <span className="hint">{t('export_formula_hint')}</span>
    </div>
  );
}
