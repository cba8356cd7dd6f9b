import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { useDb } from '@/components/DbContext';
import { Dashboard } from '@/components/Dashboard';
import { ExportBar } from '@/components/ExportBar';
import { listFlagged } from '@/lib/db/items';
import { buildReport } from '@/lib/export/report-data';
import { incidentsWithHistory } from '@/lib/db/incidents';
import { detectSpike, hourlyCounts } from '@/lib/export/spike';
import { pt } from '@/lib/i18n/panel';
import { useExport } from './use-export';
import { useFlagged, useQueueFilter } from './use-queue';
import type { PanelEnv } from './env';

const DAY = 24 * 3_600_000;

/** The Dashboard screen over a chosen period, with exports of the filtered queue or of everything. */
export function DashboardScreen({ env }: { env: PanelEnv }) {
  const db = useDb();
  const { lang } = env;
  const [days, setDays] = useState(1);
  const [scope, setScope] = useState<'filtered' | 'all'>('filtered');
  const pl = lang === 'pl';
  const data = useLiveQuery(async () => {
    const now = Date.now();
    const [items, events, threads, incidents] = await Promise.all([db.items.toArray(), db.events.toArray(), db.threads.toArray(), incidentsWithHistory(db)]);
    return {
      report: buildReport(items, events, threads, { from: now - days * DAY, to: now, incidents }),
      spike: detectSpike(hourlyCounts(items.map((i) => i.firstSeen), now)),
    };
  }, [db, days]);
  const filtered = useFlagged(useQueueFilter(env.tab));
  const all = useLiveQuery(() => listFlagged(db, { sort: 'newest' }), [db]);
  const exporter = useExport(scope === 'all' ? all : filtered, env.say, lang, env.settings?.brands[0]);
  return (
    <div className="dashboard-screen">
      <label>
        {pl ? 'Okres' : 'Period'}{' '}
        <select value={days} onChange={(e) => setDays(Number(e.target.value))}>
          <option value={1}>{pl ? '24 godziny' : '24 hours'}</option>
          <option value={3}>{pl ? '3 dni' : '3 days'}</option>
          <option value={7}>{pl ? '7 dni' : '7 days'}</option>
          <option value={30}>{pl ? '30 dni' : '30 days'}</option>
        </select>
      </label>
      {data ? <Dashboard data={data.report} spike={data.spike} lang={lang} /> : <p role="status">{pt(lang, 'loading')}</p>}
      <fieldset className="export-scope">
        <legend>{pt(lang, 'export_scope')}</legend>
        <label>
          <input type="radio" name="export-scope" checked={scope === 'filtered'} onChange={() => setScope('filtered')} /> {pt(lang, 'export_filtered', { count: filtered?.length ?? '…' })}
        </label>
        <label>
          <input type="radio" name="export-scope" checked={scope === 'all'} onChange={() => setScope('all')} /> {pt(lang, 'export_all', { count: all?.length ?? '…' })}
        </label>
      </fieldset>
      <ExportBar lang={lang} count={(scope === 'all' ? all : filtered)?.length ?? 0} progress={exporter.progress} onExport={exporter.start} onCancel={exporter.cancel} />
    </div>
  );
}
