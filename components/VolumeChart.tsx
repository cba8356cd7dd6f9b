import { useId } from 'react';
import { Group } from '@visx/group';
import { scaleBand, scaleLinear } from '@visx/scale';
import { Bar } from '@visx/shape';
import type { ReportData } from '@/lib/export/report-data';
import { useT } from '@/lib/i18n/react';
import { volumeSeries } from './volume-series';

const W = 320;
const H = 90;
const LEFT = 22;
const BOTTOM = 14;

/**
 * Flagged volume over time as a bar chart (visx: scales and shapes rendered by React as SVG, so
 * the same chart shows in the panel, on the report page and in the static report.html of the
 * evidence pack, which prints without script). Named by its title, described by a one-sentence
 * summary, with the bucket table as the text alternative.
 */
export function VolumeChart({ data, timeZone }: { data: ReportData; timeZone?: string }) {
  const id = useId();
  const t = useT();
  const s = volumeSeries(data, t.lang, timeZone);
  const x = scaleBand<number>({ domain: s.bars.map((b) => b.start), range: [LEFT, W], paddingInner: 0.15 });
  const y = scaleLinear<number>({ domain: [0, Math.max(1, s.max)], range: [H, 0] });
  const first = s.bars[0];
  const last = s.bars[s.bars.length - 1];
  return (
    <figure className="volume-chart" aria-labelledby={`${id}-title`}>
      <figcaption id={`${id}-title`}>{s.title}</figcaption>
      <svg
        viewBox={`0 0 ${W} ${H + BOTTOM}`}
        width="100%"
        role="img"
        aria-label={s.title}
        aria-describedby={`${id}-summary`}
      >
        <Group>
          {s.bars.map((b) => (
            <Bar
              key={b.start}
              x={x(b.start)}
              y={y(b.count)}
              width={Math.max(1, x.bandwidth())}
              height={H - y(b.count)}
              fill="#d92b14"
              data-count={b.count}
            >
              <title>{`${b.label}: ${b.count}`}</title>
            </Bar>
          ))}
        </Group>
        <line x1={LEFT} x2={W} y1={H} y2={H} stroke="#555" strokeWidth={0.5} />
        <text x={LEFT - 3} y={8} fontSize="9" textAnchor="end">
          {s.max}
        </text>
        <text x={LEFT - 3} y={H} fontSize="9" textAnchor="end">
          0
        </text>
        {first ? (
          <text x={LEFT} y={H + 11} fontSize="9">
            {first.label}
          </text>
        ) : null}
        {last && last !== first ? (
          <text x={W} y={H + 11} fontSize="9" textAnchor="end">
            {last.label}
          </text>
        ) : null}
      </svg>
      <p id={`${id}-summary`} className="volume-summary">
        {s.summary}
      </p>
      <details>
        <summary>{t('table')}</summary>
        <table>
          <caption>{t(s.hourly ? 'volume_caption_hour' : 'volume_caption_day')}</caption>
          <thead>
            <tr>
              <th scope="col">{t(s.hourly ? 'volume_hour' : 'volume_day')}</th>
              <th scope="col">{t('flagged')}</th>
            </tr>
          </thead>
          <tbody>
            {s.bars.map((b) => (
              <tr key={b.start}>
                <th scope="row">{b.label}</th>
                <td>{b.count}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
