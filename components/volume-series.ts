import type { ReportData } from '@/lib/export/report-data';
import { translator, type UiLanguage } from '@/lib/i18n';

const HOUR = 3_600_000;

export interface VolumeBar {
  start: number;
  count: number;
  /** The bucket's start as the reader sees it ("1 Dec, 14:00" hourly, "1 Dec 2026" daily). */
  label: string;
}

export interface VolumeSeries {
  bars: VolumeBar[];
  max: number;
  total: number;
  hourly: boolean;
  /** The chart in one sentence, for screen readers, print and anyone who cannot tell the bars apart. */
  summary: string;
  title: string;
}

/**
 * The bars of the volume chart and their text alternative, from the report's buckets. Pure: the
 * chart draws exactly these bars and the table lists exactly these labels and counts.
 * `timeZone` is for tests; the panel and the report show local time.
 */
export function volumeSeries(data: ReportData, lang: UiLanguage, timeZone?: string): VolumeSeries {
  const t = translator(lang);
  const hourly = data.bucketMs <= HOUR;
  const fmt = new Intl.DateTimeFormat(
    lang,
    hourly
      ? { day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit', timeZone }
      : { day: 'numeric', month: 'short', year: 'numeric', timeZone },
  );
  const bars = data.volume.map((b) => ({ start: b.start, count: b.count, label: fmt.format(b.start) }));
  const max = bars.reduce((m, b) => Math.max(m, b.count), 0);
  const total = bars.reduce((s, b) => s + b.count, 0);
  const peak = bars.find((b) => b.count === max);
  const title = t('volume_title');
  const span = bars.length ? `${bars[0]!.label} – ${bars[bars.length - 1]!.label}` : '';
  const unit = t(hourly ? 'volume_per_hour' : 'volume_per_day');
  const summary =
    total === 0 || !peak
      ? t('volume_empty', { title, unit, span })
      : t('volume_summary', { title, unit, span, total, max, peak: peak.label });
  return { bars, max, total, hourly, summary, title };
}
