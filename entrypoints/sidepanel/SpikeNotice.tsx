import { useLiveQuery } from 'dexie-react-hooks';
import { useDb } from '@/components/DbContext';
import { buildReport } from '@/lib/export/report-data';
import { detectSpike, hourlyCounts } from '@/lib/export/spike';
import { useT } from '@/lib/i18n/react';

const HOUR = 3_600_000;

/** A crisis notice on every screen while flagged items spike, with the hour's top terms. */
export function SpikeNotice({ now, onOpen }: { now: number; onOpen(): void }) {
  const t = useT();
  const db = useDb();
  const data = useLiveQuery(async () => {
    const recent = await db.items.where('firstSeen').above(now - 25 * HOUR).toArray();
    const spike = detectSpike(hourlyCounts(recent.map((i) => i.firstSeen), now));
    if (!spike.spike) return null;
    const terms = buildReport(recent, [], [], { from: now - HOUR, to: now }).topTerms.slice(0, 5).map(([t]) => t);
    return { spike, terms };
  }, [db, now]);
  if (!data) return null;
  return (
    <p className="spike" role="alert">
      <strong>{t('spike_title')}</strong>: {t('spike_body', { count: data.spike.current, mean: data.spike.mean.toLocaleString(t.lang, { minimumFractionDigits: 1, maximumFractionDigits: 1 }) })}{' '}
      {data.terms.length ? (
        <>
          {t('top_terms')}: <bdi>{data.terms.join(', ')}</bdi>.{' '}
        </>
      ) : null}
      <button type="button" onClick={onOpen}>
        {t('open_dashboard')}
      </button>
    </p>
  );
}
