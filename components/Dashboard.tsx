import type { ReportData } from '@/lib/export/report-data';
import type { Spike } from '@/lib/export/spike';
import { VolumeChart } from './VolumeChart';

const fmtDuration = (ms: number | null, pl: boolean) => {
  if (ms === null) return '—';
  const m = Math.round(ms / 60_000);
  return m < 60 ? `${m} min` : `${(m / 60).toFixed(1)} ${pl ? 'godz.' : 'h'}`;
};

function Counts({ title, counts }: { title: string; counts: Record<string, number> }) {
  return (
    <table className="counts">
      <caption>{title}</caption>
      <tbody>
        {Object.entries(counts)
          .sort((a, b) => b[1] - a[1])
          .map(([k, v]) => (
            <tr key={k}>
              <th scope="row">{k}</th>
              <td>{v}</td>
            </tr>
          ))}
      </tbody>
    </table>
  );
}

/** The dashboard: counts, volume, top terms and signals, response times, spike notice. */
export function Dashboard({ data, spike, lang }: { data: ReportData; spike: Spike; lang: 'pl' | 'en' }) {
  const pl = lang === 'pl';
  return (
    <section className="dashboard" aria-label={pl ? 'Pulpit' : 'Dashboard'}>
      {spike.spike ? (
        <p className="spike" role="alert">
          {pl ? 'Możliwy kryzys' : 'Possible crisis'}: {spike.current} {pl ? 'oznaczonych w ostatniej godzinie (zwykle' : 'flagged in the last hour (usually'} {spike.mean.toFixed(1)}).{' '}
          {pl ? 'Najczęstsze słowa' : 'Top terms'}: {data.topTerms.slice(0, 5).map(([t]) => t).join(', ')}
        </p>
      ) : null}
      <p>
        {pl ? 'Oznaczone' : 'Flagged'}: <strong>{data.total}</strong> · {pl ? 'mediana czasu odpowiedzi' : 'median time to respond'}: <strong>{fmtDuration(data.responseMs.median, pl)}</strong> · p90: {fmtDuration(data.responseMs.p90, pl)}
      </p>
      <VolumeChart data={data} lang={lang} />
      <div className="count-grid">
        <Counts title={pl ? 'Poziom' : 'Severity'} counts={data.bySeverity} />
        <Counts title={pl ? 'Platforma' : 'Platform'} counts={data.byPlatform} />
        <Counts title="Status" counts={data.byStatus} />
        <Counts title={pl ? 'Sygnały' : 'Signals'} counts={Object.fromEntries(data.topSignals)} />
      </div>
      <h3>{pl ? 'Najczęstsze słowa' : 'Top terms'}</h3>
      <p className="terms">
        {data.topTerms.map(([t, n]) => (
          <span key={t}>
            <bdi>{t}</bdi> ({n}){' '}
          </span>
        ))}
      </p>
    </section>
  );
}
