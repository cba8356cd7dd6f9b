import type { ReportData } from '@/lib/export/report-data';
import { VolumeChart } from './VolumeChart';

const T = {
  en: { title: 'Crisis report', period: 'Period', flagged: 'Flagged comments', severity: 'By severity', platform: 'By platform', status: 'By status', terms: 'Top terms', signals: 'Top signals', threads: 'Escalated threads', response: 'Time to respond', median: 'median', answered: 'answered', templates: 'Templates used', none: 'none', incidents: 'Incidents and declared facts', inForce: 'Facts in force', declared: 'declared', withdrawn: 'withdrawn', by: 'by', started: 'started', closed: 'closed', someone: 'someone', facts: { 'incident-confirmed': 'incident confirmed', 'cause-known': 'cause known', fixed: 'fixed', compensation: 'compensation offered' } },
  pl: { title: 'Raport kryzysowy', period: 'Okres', flagged: 'Oznaczone komentarze', severity: 'Według poziomu', platform: 'Według platformy', status: 'Według statusu', terms: 'Najczęstsze słowa', signals: 'Najczęstsze sygnały', threads: 'Eskalujące wątki', response: 'Czas odpowiedzi', median: 'mediana', answered: 'z odpowiedzią', templates: 'Użyte szablony', none: 'brak', incidents: 'Incydenty i potwierdzone fakty', inForce: 'Fakty w mocy', declared: 'potwierdzono', withdrawn: 'wycofano', by: 'przez', started: 'początek', closed: 'zamknięty', someone: 'ktoś', facts: { 'incident-confirmed': 'incydent potwierdzony', 'cause-known': 'przyczyna znana', fixed: 'naprawione', compensation: 'rekompensata przyznana' } },
} as const;

const minutes = (ms: number | null) => (ms === null ? '—' : `${Math.round(ms / 60_000)} min`);
const safeHref = (url: string | undefined) => (url && /^https?:\/\//.test(url) ? url : undefined);

function Table({ caption, rows }: { caption: string; rows: Array<[string, number]> }) {
  return (
    <table>
      <caption>{caption}</caption>
      <tbody>
        {rows.map(([k, v]) => (
          <tr key={k}>
            <th scope="row">
              <bdi>{k}</bdi>
            </th>
            <td>{v}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** The printable post-crisis report (also rendered to static HTML for the evidence pack). */
export function CrisisReport({ data, lang, brand }: { data: ReportData; lang: 'pl' | 'en'; brand?: string }) {
  const t = T[lang];
  const sorted = (m: Record<string, number>) => Object.entries(m).sort((a, b) => b[1] - a[1]);
  return (
    <article className="crisis-report">
      <h1>
        {t.title}
        {brand ? ` — ${brand}` : ''}
      </h1>
      <p>
        {t.period}: {new Date(data.from).toLocaleString(lang)} – {new Date(data.to).toLocaleString(lang)} · {t.flagged}: <strong>{data.total}</strong>
      </p>
      <VolumeChart data={data} lang={lang} />
      <div className="grid">
        <Table caption={t.severity} rows={sorted(data.bySeverity)} />
        <Table caption={t.platform} rows={sorted(data.byPlatform)} />
        <Table caption={t.status} rows={sorted(data.byStatus)} />
        <Table caption={t.signals} rows={data.topSignals} />
      </div>
      <h2>{t.response}</h2>
      <p>
        {t.median}: {minutes(data.responseMs.median)} · p90: {minutes(data.responseMs.p90)} · {t.answered}: {data.responseMs.answered}/{data.total}
      </p>
      <h2>{t.terms}</h2>
      <p>{data.topTerms.map(([w, n]) => `${w} (${n})`).join(', ') || t.none}</p>
      <h2>{t.threads}</h2>
      {data.escalatedThreads.length === 0 ? (
        <p>{t.none}</p>
      ) : (
        <ul>
          {data.escalatedThreads.map((th) => (
            <li key={th.key}>
              <strong>{th.status}</strong> · {th.platform} · {th.reasons.slice(0, 3).map((r) => r.label).join(' · ')}{' '}
              {safeHref(th.permalink ?? th.pageUrl) ? <a href={safeHref(th.permalink ?? th.pageUrl)}>{th.permalink ?? th.pageUrl}</a> : <bdi>{th.permalink ?? th.pageUrl}</bdi>}
            </li>
          ))}
        </ul>
      )}
      <h2>{t.incidents}</h2>
      {data.incidents.length === 0 ? (
        <p>{t.none}</p>
      ) : (
        data.incidents.map((inc) => (
          <section key={inc.id} className="report-incident">
            <h3>
              <bdi>{inc.name}</bdi>
            </h3>
            <p>
              {t.started}: {new Date(inc.startedAt).toLocaleString(lang)}
              {inc.closedAt !== undefined ? ` · ${t.closed}: ${new Date(inc.closedAt).toLocaleString(lang)}` : ''}
              {inc.platforms.length ? ` · ${inc.platforms.join(', ')}` : ''}
              {inc.pages.length ? ` · ${inc.pages.join(', ')}` : ''}
            </p>
            <p>
              {t.inForce}: {inc.facts.map((f) => t.facts[f]).join(', ') || t.none}
            </p>
            {inc.history.length ? (
              <ul>
                {inc.history.map((h, i) => (
                  <li key={h.id ?? i}>
                    {new Date(h.at).toLocaleString(lang)} · {t.facts[h.fact]} · {h.action === 'declared' ? t.declared : t.withdrawn} {t.by} <bdi>{h.agent ?? t.someone}</bdi>
                  </li>
                ))}
              </ul>
            ) : null}
          </section>
        ))
      )}
      <h2>{t.templates}</h2>
      {data.templatesUsed.length ? <Table caption={t.templates} rows={data.templatesUsed} /> : <p>{t.none}</p>}
    </article>
  );
}

/** Print styles shared by the report page and the evidence pack's report.html. */
export const REPORT_CSS = `body{font:14px/1.45 system-ui,sans-serif;margin:24px;color:#111}h1{font-size:22px}h2{font-size:16px;margin-top:18px}
table{border-collapse:collapse;margin:6px 0}caption{text-align:left;font-weight:600}th,td{padding:2px 8px;border-bottom:1px solid #ddd;text-align:left}
figure{margin:18px 0 0}figcaption{font-size:16px;font-weight:600;margin-bottom:6px}.volume-chart svg{max-width:640px}.volume-chart rect{print-color-adjust:exact;-webkit-print-color-adjust:exact}
.grid{display:grid;grid-template-columns:1fr 1fr;gap:12px}@media print{.no-print{display:none}body{margin:0}}`;
