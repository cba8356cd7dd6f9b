import { useLiveQuery } from 'dexie-react-hooks';
import { useDb } from '@/components/DbContext';
import { spikeNow } from '@/lib/export/spike';
import { acknowledgeSpike, getSpikeAck, ackHolds, openIncidentId } from '@/lib/db/spike-ack';
import { useT } from '@/lib/i18n/react';

const HOUR = 3_600_000;

/**
 * A crisis notice on every screen while flagged comments spike (by when they were posted), with the
 * hour's top terms (not the brand's own names). The team acknowledges it for the open incident.
 */
export function SpikeNotice({
  now,
  brands,
  agent,
  onOpen,
  onError,
}: {
  now: number;
  brands: readonly string[];
  agent?: string;
  onOpen(): void;
  onError(e: unknown): void;
}) {
  const t = useT();
  const db = useDb();
  const data = useLiveQuery(async () => {
    // Posted within 25 hours means first seen within 25 hours: the index narrows, the times decide.
    const recent = await db.items
      .where('firstSeen')
      .above(now - 25 * HOUR)
      .toArray();
    const [ack, incident] = await Promise.all([getSpikeAck(db), openIncidentId(db)]);
    const found = spikeNow(recent, now, brands);
    return found.spike.spike && !ackHolds(ack, incident, now) ? { ...found, incident } : null;
  }, [db, now, brands.join('\n')]);
  if (!data) return null;
  return (
    <p className="spike" role="alert">
      <strong>{t('spike_title')}</strong>:{' '}
      {t('spike_body', {
        count: data.spike.current,
        mean: data.spike.mean.toLocaleString(t.lang, { minimumFractionDigits: 1, maximumFractionDigits: 1 }),
      })}{' '}
      {data.terms.length ? (
        <>
          {t('top_terms')}: <bdi>{data.terms.join(', ')}</bdi>.{' '}
        </>
      ) : null}
      <button type="button" onClick={onOpen}>
        {t('open_dashboard')}
      </button>{' '}
      <button type="button" onClick={() => void acknowledgeSpike(db, { agent, now: Date.now() }).catch(onError)}>
        {t(data.incident ? 'spike_ack_incident' : 'spike_ack')}
      </button>
    </p>
  );
}
