import type { ReportData, ReportIncident } from '@/lib/export/report-data';
import type { ItemStatus } from '@/lib/db/types';
import type { Severity } from '@/lib/risk/types';
import { useT } from '@/lib/i18n/react';
import {
  factName,
  platformName,
  severityName,
  signalOrCode,
  statusName,
  threadReasonText,
  threadStatusName,
} from '@/lib/i18n/names';
import { fmtDuration } from './Dashboard';
import { VolumeChart } from './VolumeChart';

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

type Translate = ReturnType<typeof useT>;
const sorted = (m: Record<string, number>, name: (code: string) => string): Array<[string, number]> =>
  Object.entries(m)
    .sort((a, b) => b[1] - a[1])
    .map(([k, v]) => [name(k), v]);

function Breakdowns({ data, t }: { data: ReportData; t: Translate }) {
  return (
    <div className="grid">
      <Table caption={t('report_by_severity')} rows={sorted(data.bySeverity, (k) => severityName(t, k as Severity))} />
      <Table caption={t('report_by_platform')} rows={sorted(data.byPlatform, (k) => platformName(t, k))} />
      <Table caption={t('report_by_status')} rows={sorted(data.byStatus, (k) => statusName(t, k as ItemStatus))} />
      <Table caption={t('report_top_signals')} rows={data.topSignals.map(([k, v]) => [signalOrCode(t, k), v])} />
    </div>
  );
}

function EscalatedThreads({ threads, t }: { threads: ReportData['escalatedThreads']; t: Translate }) {
  if (threads.length === 0) return <p>{t('report_none')}</p>;
  return (
    <ul>
      {threads.map((th) => {
        const where = th.permalink ?? th.pageUrl;
        return (
          <li key={th.key}>
            <strong>{threadStatusName(t, th.status)}</strong> · {platformName(t, th.platform)} ·{' '}
            {th.reasons
              .slice(0, 3)
              .map((r) => threadReasonText(t, r))
              .join(' · ')}{' '}
            {safeHref(where) ? <a href={safeHref(where)}>{where}</a> : <bdi>{where}</bdi>}
          </li>
        );
      })}
    </ul>
  );
}

function IncidentSection({ inc, timeZone, t }: { inc: ReportIncident; timeZone: string; t: Translate }) {
  const at = (ms: number) => new Date(ms).toLocaleString(t.lang, { timeZone });
  return (
    <section className="report-incident">
      <h3>
        <bdi>{inc.name}</bdi>
      </h3>
      <p>
        {t('report_started')}: {at(inc.startedAt)}
        {inc.closedAt !== undefined ? ` · ${t('report_closed')}: ${at(inc.closedAt)}` : ''}
        {inc.platforms.length ? ` · ${inc.platforms.map((p) => platformName(t, p)).join(', ')}` : ''}
        {inc.pages.length ? ` · ${inc.pages.join(', ')}` : ''}
      </p>
      <p>
        {t('report_in_force')}: {inc.facts.map((f) => factName(t, f)).join(', ') || t('report_none')}
      </p>
      {inc.history.length ? (
        <ul>
          {inc.history.map((h, i) => (
            <li key={h.id ?? i}>
              {at(h.at)} · {factName(t, h.fact)} ·{' '}
              {h.action === 'declared' ? t('report_declared') : t('report_withdrawn')} {t('report_by')}{' '}
              <bdi>{h.agent ?? t('someone')}</bdi>
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}

/** Templates by title (a template deleted since is named as such), under the section's one heading. */
function TemplatesUsed({ used, t }: { used: ReportData['templatesUsed']; t: Translate }) {
  if (!used.length) return <p>{t('report_none')}</p>;
  return (
    <table aria-label={t('report_templates')}>
      <tbody>
        {used.map((u) => (
          <tr key={u.id}>
            <th scope="row">{u.title !== undefined ? <bdi>{u.title}</bdi> : t('report_template_deleted')}</th>
            <td>{u.count}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** The printable post-crisis report (also rendered to static HTML for the evidence pack). */
export function CrisisReport({ data, brand }: { data: ReportData; brand?: string }) {
  const t = useT();
  const at = (ms: number) => new Date(ms).toLocaleString(t.lang, { timeZone: data.timeZone });
  return (
    <article className="crisis-report">
      <h1>
        {t('report_title')}
        {brand ? ` — ${brand}` : ''}
      </h1>
      <p>
        {t('report_period')}: {at(data.from)} – {at(data.to)} · {t('report_flagged')}: <strong>{data.total}</strong>
      </p>
      <VolumeChart data={data} timeZone={data.timeZone} />
      <Breakdowns data={data} t={t} />
      <h2>{t('report_response')}</h2>
      <p>
        {t('report_median')}: {fmtDuration(t, data.responseMs.median)} · p90: {fmtDuration(t, data.responseMs.p90)} ·{' '}
        {t('report_answered')}: {data.responseMs.answered}/{data.total}
      </p>
      <h2>{t('report_top_terms')}</h2>
      <p>{data.topTerms.map(([w, n]) => `${w} (${n})`).join(', ') || t('report_none')}</p>
      <h2>{t('report_threads')}</h2>
      <EscalatedThreads threads={data.escalatedThreads} t={t} />
      <h2>{t('report_incidents')}</h2>
      {data.incidents.length === 0 ? (
        <p>{t('report_none')}</p>
      ) : (
        data.incidents.map((inc) => <IncidentSection key={inc.id} inc={inc} timeZone={data.timeZone} t={t} />)
      )}
      <h2>{t('report_templates')}</h2>
      <TemplatesUsed used={data.templatesUsed} t={t} />
    </article>
  );
}

/** Print styles shared by the report page and the evidence pack's report.html. */
export const REPORT_CSS = `body{font:14px/1.45 system-ui,sans-serif;margin:24px;color:#111}h1{font-size:22px}h2{font-size:16px;margin-top:18px}
table{border-collapse:collapse;margin:6px 0}caption{text-align:left;font-weight:600}th,td{padding:2px 8px;border-bottom:1px solid #ddd;text-align:left}
figure{margin:18px 0 0}figcaption{font-size:16px;font-weight:600;margin-bottom:6px}.volume-chart svg{max-width:640px}.volume-chart rect{print-color-adjust:exact;-webkit-print-color-adjust:exact}
.grid{display:grid;grid-template-columns:1fr 1fr;gap:12px}@media print{.no-print{display:none}body{margin:0}}`;
