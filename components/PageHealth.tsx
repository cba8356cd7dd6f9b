import { useState } from 'react';
import type { SelectorHealth } from '@/lib/platforms/health';
import { useT } from '@/lib/i18n/react';

/**
 * "Selector health" for the open page: each of the reader's selectors with the number of
 * elements it matches there, asked of the page when opened. A selector at 0 shows where a
 * changed layout broke reading.
 */
export function PageHealth({ load }: { load: () => Promise<SelectorHealth | null> }) {
  const t = useT();
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
      <summary>{t('health_title')}</summary>
      {report === 'loading' ? <p>{t('health_checking')}</p> : null}
      {report === 'none' ? <p>{t('health_no_answer')}</p> : null}
      {report && typeof report === 'object' ? (
        <>
          <p>
            {t('health_comments', { count: report.comments })}
            {report.strategy ? ` (${report.strategy})` : ''}
            {report.pending ? t('health_pending') : ''}
          </p>
          <table>
            <thead>
              <tr>
                <th scope="col">{t('health_matches')}</th>
                <th scope="col">{t('health_field')}</th>
                <th scope="col">{t('health_selector')}</th>
              </tr>
            </thead>
            <tbody>
              {report.rows.map((r, i) => (
                <tr key={i} data-zero={r.count === 0 ? '' : undefined}>
                  <td>{r.count < 0 ? t('health_invalid') : r.count}</td>
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
