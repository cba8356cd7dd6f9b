import type { ReportData } from '@/lib/export/report-data';
import type { Spike } from '@/lib/export/spike';
import type { T } from '@/lib/i18n';
import { useT } from '@/lib/i18n/react';
import { platformName, severityName, signalOrCode, statusName } from '@/lib/i18n/names';
import type { ItemStatus } from '@/lib/db/types';
import type { Severity } from '@/lib/risk/types';
import { VolumeChart } from './VolumeChart';

/** A duration as minutes below an hour, else hours with one decimal. */
export function fmtDuration(t: T, ms: number | null): string {
  if (ms === null) return '—';
  const m = Math.round(ms / 60_000);
  return m < 60
    ? t('minutes_short', { n: m })
    : t('hours_short', { n: (m / 60).toLocaleString(t.lang, { maximumFractionDigits: 1, minimumFractionDigits: 1 }) });
}

function Counts({
  title,
  counts,
  name,
}: {
  title: string;
  counts: Record<string, number>;
  name(code: string): string;
}) {
  return (
    <table className="counts">
      <caption>{title}</caption>
      <tbody>
        {Object.entries(counts)
          .sort((a, b) => b[1] - a[1])
          .map(([k, v]) => (
            <tr key={k}>
              <th scope="row">{name(k)}</th>
              <td>{v}</td>
            </tr>
          ))}
      </tbody>
    </table>
  );
}

/** The dashboard: counts, volume, top terms and signals, response times, spike notice. */
export function Dashboard({ data, spike }: { data: ReportData; spike: Spike }) {
  const t = useT();
  return (
    <section className="dashboard" aria-label={t('dashboard_label')}>
      {spike.spike ? (
        <p className="spike" role="alert">
          {t('spike_title')}:{' '}
          {t('spike_body', {
            count: spike.current,
            mean: spike.mean.toLocaleString(t.lang, { minimumFractionDigits: 1, maximumFractionDigits: 1 }),
          })}{' '}
          {t('top_terms')}:{' '}
          <bdi>
            {data.topTerms
              .slice(0, 5)
              .map(([w]) => w)
              .join(', ')}
          </bdi>
        </p>
      ) : null}
      <p>
        {t('flagged')}: <strong>{data.total}</strong> · {t('median_response')}:{' '}
        <strong>{fmtDuration(t, data.responseMs.median)}</strong> · p90: {fmtDuration(t, data.responseMs.p90)}
      </p>
      <VolumeChart data={data} />
      <div className="count-grid">
        <Counts title={t('count_severity')} counts={data.bySeverity} name={(k) => severityName(t, k as Severity)} />
        <Counts title={t('count_platform')} counts={data.byPlatform} name={(k) => platformName(t, k)} />
        <Counts title={t('count_status')} counts={data.byStatus} name={(k) => statusName(t, k as ItemStatus)} />
        <Counts
          title={t('count_signals')}
          counts={Object.fromEntries(data.topSignals)}
          name={(k) => signalOrCode(t, k)}
        />
      </div>
      <h3>{t('top_terms')}</h3>
      <p className="terms">
        {data.topTerms.map(([w, n]) => (
          <span key={w}>
            <bdi>{w}</bdi> ({n}){' '}
          </span>
        ))}
      </p>
    </section>
  );
}
