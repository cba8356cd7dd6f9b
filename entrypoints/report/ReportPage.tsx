import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '@/lib/db/db';
import { buildReport } from '@/lib/export/report-data';
import { incidentsWithHistory } from '@/lib/db/incidents';
import { CrisisReport, REPORT_CSS } from '@/components/CrisisReport';
import { translate } from '@/lib/i18n';
import { LangProvider } from '@/lib/i18n/react';

const DAY = 24 * 3_600_000;

/** The printable crisis report page: `report.html?days=7&lang=pl&brand=Zefir`. */
export function ReportPage() {
  const q = new URLSearchParams(location.search);
  const days = Math.min(365, Math.max(1, Number(q.get('days')) || 7));
  const lang = q.get('lang') === 'pl' ? 'pl' : 'en';
  const brand = q.get('brand') ?? undefined;
  const data = useLiveQuery(async () => {
    const now = Date.now();
    const [items, events, threads, incidents, templates] = await Promise.all([
      db.items.toArray(),
      db.events.toArray(),
      db.threads.toArray(),
      incidentsWithHistory(db),
      db.templates.toArray(),
    ]);
    const templateTitles = new Map(templates.map((t) => [t.id, t.title]));
    return buildReport(items, events, threads, { from: now - days * DAY, to: now, incidents, templateTitles });
  }, [days]);
  return (
    <LangProvider lang={lang}>
      <style>{REPORT_CSS}</style>
      <p className="no-print">
        <button type="button" onClick={() => window.print()}>
          {translate(lang, 'report_print')}
        </button>
      </p>
      {data ? <CrisisReport data={data} brand={brand} /> : <p role="status">…</p>}
    </LangProvider>
  );
}
