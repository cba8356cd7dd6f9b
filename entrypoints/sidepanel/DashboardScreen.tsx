import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { db } from '@/lib/db/db';
import { buildReport } from '@/lib/export/report-data';
import { detectSpike, hourlyCounts } from '@/lib/export/spike';
import { Dashboard } from '@/components/Dashboard';

const DAY = 24 * 3_600_000;

/** The Dashboard screen over a chosen period. */
export function DashboardScreen({ lang }: { lang: 'pl' | 'en' }) {
  const [days, setDays] = useState(1);
  const pl = lang === 'pl';
  const data = useLiveQuery(async () => {
    const now = Date.now();
    const [items, events, threads] = await Promise.all([db.items.toArray(), db.events.toArray(), db.threads.toArray()]);
    return {
      report: buildReport(items, events, threads, { from: now - days * DAY, to: now }),
      spike: detectSpike(hourlyCounts(items.map((i) => i.firstSeen), now)),
    };
  }, [days]);
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
      {data ? <Dashboard data={data.report} spike={data.spike} lang={lang} /> : <p role="status">{pl ? 'Wczytywanie…' : 'Loading…'}</p>}
    </div>
  );
}
