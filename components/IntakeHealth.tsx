import type { IntakeHealth as Health } from '@/lib/intake-health';
import { translate } from '@/lib/i18n';

/**
 * The panel's count of what the background could not store (docs/RELIABILITY.md H1, H7): comments
 * refused by its checks and writes that failed, with the last reason. Shown only when there is
 * something to count.
 */
export function IntakeHealth({ lang, health, onReset }: { lang: 'pl' | 'en'; health: Health | null; onReset(): void }) {
  if (!health || (health.rejected === 0 && health.failedWrites === 0 && !health.pending && !health.lost)) return null;
  const time = health.lastAt === undefined ? '' : new Date(health.lastAt).toLocaleString(lang);
  return (
    <section className="intake-health" role="status" aria-label={translate(lang, 'intake_title')}>
      <strong>{translate(lang, 'intake_title')}</strong>
      {health.rejected > 0 ? <p>{translate(lang, 'intake_rejected', { count: health.rejected })}</p> : null}
      {health.failedWrites > 0 ? <p>{translate(lang, 'intake_failed', { count: health.failedWrites })}</p> : null}
      {health.pending ? <p>{translate(lang, 'intake_pending', { count: health.pending })}</p> : null}
      {health.lost ? <p>{translate(lang, 'intake_lost', { count: health.lost })}</p> : null}
      {health.lastReason ? (
        <p>
          <bdi>{translate(lang, 'intake_last', { time, reason: health.lastReason })}</bdi>
        </p>
      ) : null}
      <button type="button" onClick={onReset}>
        {translate(lang, 'intake_reset')}
      </button>
    </section>
  );
}
