import { useState } from 'react';
import type { SelectorHealth } from '@/lib/platforms/health';

/**
 * "Selector health" for the open page: each of the reader's selectors with the number of
 * elements it matches there, asked of the page when opened. A selector at 0 shows where a
 * changed layout broke reading.
 */
export function PageHealth({ lang, load }: { lang: 'pl' | 'en'; load: () => Promise<SelectorHealth | null> }) {
  const pl = lang === 'pl';
  const [report, setReport] = useState<SelectorHealth | null | 'none' | 'loading'>(null);
  const open = (isOpen: boolean) => {
    if (!isOpen) return;
    setReport('loading');
    load().then(
      (r) => setReport(r ?? 'none'),
      () => setReport('none'),
    );
  };
  return (
    <details className="page-health" onToggle={(e) => open((e.currentTarget as HTMLDetailsElement).open)}>
      <summary>{pl ? 'Stan selektorów na tej stronie' : 'Selector health on this page'}</summary>
      {report === 'loading' ? <p>{pl ? 'Sprawdzanie…' : 'Checking…'}</p> : null}
      {report === 'none' ? <p>{pl ? 'Strona nie odpowiada (odśwież kartę).' : 'The page does not answer (reload the tab).'}</p> : null}
      {report && typeof report === 'object' ? (
        <>
          <p>
            {pl ? `Odczytane komentarze: ${report.comments}` : `Comments read: ${report.comments}`}
            {report.strategy ? ` (${report.strategy})` : ''}
            {report.pending ? (pl ? '; część jeszcze niewczytana' : '; some not loaded yet') : ''}
          </p>
          <table>
            <thead>
              <tr>
                <th scope="col">{pl ? 'Trafienia' : 'Matches'}</th>
                <th scope="col">{pl ? 'Pole' : 'Field'}</th>
                <th scope="col">{pl ? 'Selektor' : 'Selector'}</th>
              </tr>
            </thead>
            <tbody>
              {report.rows.map((r, i) => (
                <tr key={i} data-zero={r.count === 0 ? '' : undefined}>
                  <td>{r.count < 0 ? (pl ? 'błędny' : 'invalid') : r.count}</td>
                  <td>{r.name}</td>
                  <td>
                    <code>{r.selector}</code>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      ) : null}
    </details>
  );
}
