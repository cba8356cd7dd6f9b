import { useLiveQuery } from 'dexie-react-hooks';
import { useDb } from '@/components/DbContext';
import { detectSpike, spikeTerms } from '@/lib/export/spike';
import { acknowledgeSpike, getSpikeAck, ackHolds, openIncidentId } from '@/lib/db/spike-ack';
import { useT } from '@/lib/i18n/react';

const HOUR = 3_600_000;
/** The hour's terms are read from its latest comments, at most this many. */
const TERMS_SAMPLE = 2_000;

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
    // Counted by when the comments were posted, one index count per hour: no item is read unless
    // there is a spike, and then only the latest of the hour, for its terms. (Dexie does not see
    // `postedMs` in writes, index-fields.ts: this reads again as `now` ticks, not at every write.)
    const start = now - 25 * HOUR;
    const hourly = await Promise.all(
      Array.from({ length: 25 }, (_, i) =>
        db.items
          .where('postedMs')
          .between(start + i * HOUR, start + (i + 1) * HOUR, true, false)
          .count(),
      ),
    );
    const spike = detectSpike(hourly);
    if (!spike.spike) return null;
    const [ack, incident] = await Promise.all([getSpikeAck(db), openIncidentId(db)]);
    if (ackHolds(ack, incident, now)) return null;
    const hour = await db.items
      .where('postedMs')
      .between(now - HOUR, now, false, true)
      .reverse()
      .limit(TERMS_SAMPLE)
      .toArray();
    return { spike, terms: spikeTerms(hour, now, brands), incident };
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
