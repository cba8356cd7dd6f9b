import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { useDb } from '@/components/DbContext';
import { Dashboard } from '@/components/Dashboard';
import { ExportBar } from '@/components/ExportBar';
import { filterItems } from '@/lib/db/items';
import { buildReport } from '@/lib/export/report-data';
import { incidentsWithHistory } from '@/lib/db/incidents';
import { spikeNow } from '@/lib/export/spike';
import { useT } from '@/lib/i18n/react';
import { useExport } from './use-export';
import { useFlagged, useQueueFilter } from './use-queue';
import type { PanelEnv } from './env';

const DAY = 24 * 3_600_000;

/** The Dashboard screen over a chosen period, with exports of the filtered queue or of everything. */
export function DashboardScreen({ env }: { env: PanelEnv }) {
  const db = useDb();
  const { lang } = env;
  const [days, setDays] = useState(1);
  const brands = env.settings?.brands ?? [];
  const [scope, setScope] = useState<'filtered' | 'all'>('filtered');
  const t = useT();
  const data = useLiveQuery(async () => {
    const now = Date.now();
    const [items, events, threads, incidents] = await Promise.all([
      db.items.toArray(),
      db.events.toArray(),
      db.threads.toArray(),
      incidentsWithHistory(db),
    ]);
    return {
      report: buildReport(items, events, threads, { from: now - days * DAY, to: now, incidents, excludeTerms: brands }),
      spike: spikeNow(items, now, brands).spike,
      // Everything, for the export scope "everything": from the same read, not a second one.
      all: filterItems(items, { sort: 'newest', now }),
    };
  }, [db, days, brands.join('\n')]);
  const filtered = useFlagged(useQueueFilter(env.tab));
  const all = data?.all;
  const exporter = useExport(scope === 'all' ? all : filtered, env.say, lang, env.settings?.brands[0]);
  return (
    <div className="dashboard-screen">
      <label>
        {t('period')}{' '}
        <select value={days} onChange={(e) => setDays(Number(e.target.value))}>
          <option value={1}>{t('period_24h')}</option>
          <option value={3}>{t('period_3d')}</option>
          <option value={7}>{t('period_7d')}</option>
          <option value={30}>{t('period_30d')}</option>
        </select>
      </label>
      {data ? <Dashboard data={data.report} spike={data.spike} /> : <p role="status">{t('loading')}</p>}
      <fieldset className="export-scope">
        <legend>{t('export_scope')}</legend>
        <label>
          <input
            type="radio"
            name="export-scope"
            checked={scope === 'filtered'}
            onChange={() => setScope('filtered')}
          />{' '}
          {t('export_filtered', { count: filtered?.length ?? '…' })}
        </label>
        <label>
          <input type="radio" name="export-scope" checked={scope === 'all'} onChange={() => setScope('all')} />{' '}
          {t('export_all', { count: all?.length ?? '…' })}
        </label>
      </fieldset>
      <ExportBar
        count={(scope === 'all' ? all : filtered)?.length ?? 0}
        progress={exporter.progress}
        onExport={exporter.start}
        onCancel={exporter.cancel}
      />
    </div>
  );
}
