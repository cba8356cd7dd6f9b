import { useState } from 'react';

export interface ExportBarProps {
  lang: 'pl' | 'en';
  count: number;
  progress: { done: number; total: number } | null;
  onExport(kind: 'csv' | 'json' | 'log' | 'evidence' | 'report', opts?: { pseudonymise?: boolean; days?: number }): void;
  onCancel(): void;
}

/** Export the queue (as filtered) to CSV or JSON, or the response log; progress and cancel. */
export function ExportBar({ lang, count, progress, onExport, onCancel }: ExportBarProps) {
  const pl = lang === 'pl';
  const [pseudonymise, setPseudonymise] = useState(false);
  const [days, setDays] = useState(7);
  if (progress) {
    return (
      <div className="export-bar">
        <progress max={progress.total} value={progress.done} aria-label={pl ? 'Postęp eksportu' : 'Export progress'} /> {progress.done}/{progress.total}{' '}
        <button type="button" onClick={onCancel}>
          {pl ? 'Anuluj' : 'Cancel'}
        </button>
      </div>
    );
  }
  return (
    <div className="export-bar" role="group" aria-label={pl ? 'Eksport' : 'Export'}>
      <button type="button" disabled={count === 0} onClick={() => onExport('csv')}>
        CSV ({count})
      </button>
      <button type="button" disabled={count === 0} onClick={() => onExport('json')}>
        JSON
      </button>
      <button type="button" onClick={() => onExport('log')}>
        {pl ? 'Dziennik odpowiedzi (CSV)' : 'Response log (CSV)'}
      </button>
      <button type="button" disabled={count === 0} onClick={() => onExport('evidence', { pseudonymise })}>
        {pl ? 'Pakiet dowodowy (zip)' : 'Evidence pack (zip)'}
      </button>
      <label>
        <input type="checkbox" checked={pseudonymise} onChange={(e) => setPseudonymise(e.target.checked)} /> {pl ? 'pseudonimizuj autorów' : 'pseudonymise authors'}
      </label>
      <button type="button" onClick={() => onExport('report', { days })}>
        {pl ? 'Raport kryzysowy' : 'Crisis report'}
      </button>
      <select aria-label={pl ? 'Okres raportu' : 'Report period'} value={days} onChange={(e) => setDays(Number(e.target.value))}>
        <option value={1}>{pl ? '24 godziny' : '24 hours'}</option>
        <option value={7}>{pl ? '7 dni' : '7 days'}</option>
        <option value={30}>{pl ? '30 dni' : '30 days'}</option>
        <option value={365}>{pl ? 'rok' : 'a year'}</option>
      </select>
      <span className="hint">{pl ? 'Komórki zaczynające się od = + - @ dostają apostrof.' : 'Cells starting with = + - @ get an apostrophe.'}</span>
    </div>
  );
}
