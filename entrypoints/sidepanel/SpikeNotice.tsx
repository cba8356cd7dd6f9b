import { useLiveQuery } from 'dexie-react-hooks';
import { useDb } from '@/components/DbContext';
import { buildReport } from '@/lib/export/report-data';
import { detectSpike, hourlyCounts } from '@/lib/export/spike';

const HOUR = 3_600_000;

/** A crisis notice on every screen while flagged items spike, with the hour's top terms. */
export function SpikeNotice({ lang, now, onOpen }: { lang: 'pl' | 'en'; now: number; onOpen(): void }) {
  const db = useDb();
  const data = useLiveQuery(async () => {
    const recent = await db.items.where('firstSeen').above(now - 25 * HOUR).toArray();
    const spike = detectSpike(hourlyCounts(recent.map((i) => i.firstSeen), now));
    if (!spike.spike) return null;
    const terms = buildReport(recent, [], [], { from: now - HOUR, to: now }).topTerms.slice(0, 5).map(([t]) => t);
    return { spike, terms };
  }, [db, now]);
  if (!data) return null;
  const pl = lang === 'pl';
  return (
    <p className="spike" role="alert">
      <strong>{pl ? 'Możliwy kryzys' : 'Possible crisis'}</strong>: {data.spike.current}{' '}
      {pl ? 'oznaczonych w ostatniej godzinie (zwykle' : 'flagged in the last hour (usually'} {data.spike.mean.toFixed(1)}).{' '}
      {data.terms.length ? (
        <>
          {pl ? 'Najczęstsze słowa' : 'Top terms'}: <bdi>{data.terms.join(', ')}</bdi>.{' '}
        </>
      ) : null}
      <button type="button" onClick={onOpen}>
        {pl ? 'Pokaż pulpit' : 'Open the dashboard'}
      </button>
    </p>
  );
}
