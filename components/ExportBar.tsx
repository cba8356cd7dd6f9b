import { useState } from 'react';

export interface ExportBarProps {
  lang: 'pl' | 'en';
  count: number;
  progress: { done: number; total: number } | null;
  onExport(kind: 'csv' | 'json' | 'log' | 'evidence' | 'report', opts?: { pseudonymise: boolean }): void;
  onCancel(): void;
}

/** Export the queue (as filtered) to CSV or JSON, or the response log; progress and cancel. */
export function ExportBar({ lang, count, progress, onExport, onCancel }: ExportBarProps) {
  const pl = lang === 'pl';
  const [pseudonymise, setPseudonymise] = useState(false);
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
      <button type="button" onClick={() => onExport('report')}>
        {pl ? 'Raport kryzysowy' : 'Crisis report'}
      </button>
      <span className="hint">{pl ? 'Komórki zaczynające się od = + - @ dostają apostrof.' : 'Cells starting with = + - @ get an apostrophe.'}</span>
    </div>
  );
}
