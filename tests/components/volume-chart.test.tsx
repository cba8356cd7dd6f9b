// @vitest-environment jsdom
import { describe, expect, test } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import { renderToStaticMarkup } from 'react-dom/server';
import { VolumeChart } from '@/components/VolumeChart';
import { LangProvider } from '@/lib/i18n/react';
import { volumeSeries } from '@/components/volume-series';
import { buildReport } from '@/lib/export/report-data';
import type { FlaggedItem } from '@/lib/db/types';
import { riskAt } from '../helpers';

const H = 3_600_000;
const T0 = Date.UTC(2026, 11, 1, 10);
const item = (i: number, at: number): FlaggedItem => ({
  ...riskAt('high'),
  key: `demo:${i}`,
  platform: 'demo',
  commentId: String(i),
  author: 'a',
  text: 'oszuści',
  pageUrl: 'x',
  depth: 0,
  threadKey: `demo:${i}`,
  severityRank: 3,
  status: 'new',
  firstSeen: at,
  lastSeen: at,
  textHash: 'h',
});
// Hourly buckets 10:00–15:00 UTC: 1, 0, 4, 0, 2, 0.
const items = [
  item(0, T0 + 5),
  item(1, T0 + 2 * H),
  item(2, T0 + 2 * H + 1),
  item(3, T0 + 2 * H + 2),
  item(4, T0 + 2 * H + 3),
  item(5, T0 + 4 * H),
  item(6, T0 + 4 * H + 9),
];
const data = buildReport(items, [], [], { from: T0, to: T0 + 6 * H - 1, timeZone: 'UTC' });

describe('volume series (what the chart library is given)', () => {
  test('one bar per bucket with its count and local label; total and peak in the summary', () => {
    const s = volumeSeries(data, 'en', 'UTC');
    expect(s.bars.map((b) => b.count)).toEqual([1, 0, 4, 0, 2, 0]);
    expect(s.bars.map((b) => b.label)).toEqual([
      'Dec 1, 10:00 AM',
      'Dec 1, 11:00 AM',
      'Dec 1, 12:00 PM',
      'Dec 1, 01:00 PM',
      'Dec 1, 02:00 PM',
      'Dec 1, 03:00 PM',
    ]);
    expect(s.max).toBe(4);
    expect(s.summary).toBe(
      'Flagged volume over time, per hour, Dec 1, 10:00 AM – Dec 1, 03:00 PM: 7 in all, peak 4 (Dec 1, 12:00 PM).',
    );
  });
  test('Polish, calendar days beyond three days, and an empty period', () => {
    // Seven days from 10:00 touch eight calendar days: 1 December (from 10:00) to 8 December (to 09:59).
    const week = buildReport(items, [], [], { from: T0, to: T0 + 7 * 24 * H - 1, timeZone: 'UTC' });
    const s = volumeSeries(week, 'pl', 'UTC');
    expect(s.hourly).toBe(false);
    expect(s.bars).toHaveLength(8);
    expect(s.bars[0]).toMatchObject({ start: Date.UTC(2026, 11, 1), count: 7, label: '1 gru 2026' });
    expect(s.summary).toMatch(
      /^Liczba oznaczonych w czasie, dziennie, 1 gru 2026 – 8 gru 2026: razem 7, najwięcej 7 \(1 gru 2026\)\.$/,
    );
    const none = volumeSeries(buildReport([], [], [], { from: T0, to: T0 + H - 1 }), 'en', 'UTC');
    expect(none.summary).toMatch(/: no flagged comments\.$/);
  });
});

describe('VolumeChart', () => {
  test('bars are as tall as their counts, and the chart has a name, a summary and a table', () => {
    render(<VolumeChart data={data} timeZone="UTC" />);
    const chart = screen.getByRole('img', { name: 'Flagged volume over time' });
    const bars = [...chart.querySelectorAll('rect')];
    expect(bars.map((r) => r.getAttribute('data-count'))).toEqual(['1', '0', '4', '0', '2', '0']);
    const heights = bars.map((r) => Number(r.getAttribute('height')));
    expect(heights[2]).toBeGreaterThan(0);
    expect(heights.map((h) => h / heights[2]!)).toEqual([0.25, 0, 1, 0, 0.5, 0]);
    // Bars left to right in time order, none overlapping.
    const xs = bars.map((r) => Number(r.getAttribute('x')));
    for (let i = 1; i < xs.length; i++)
      expect(xs[i]!).toBeGreaterThanOrEqual(xs[i - 1]! + Number(bars[i - 1]!.getAttribute('width')));
    expect(within(chart).getByText('4')).toBeTruthy();
    const summary = document.getElementById(chart.getAttribute('aria-describedby')!)!;
    expect(summary.textContent).toMatch(/7 in all, peak 4 \(Dec 1, 12:00 PM\)/);
    const table = screen.getByRole('table', { name: 'Flagged per hour' });
    expect(within(table).getByRole('row', { name: 'Dec 1, 12:00 PM 4' })).toBeTruthy();
    expect(within(table).getAllByRole('row')).toHaveLength(7);
  });
  test('renders to static markup (the evidence pack report prints without script)', () => {
    const html = renderToStaticMarkup(
      <LangProvider lang="pl">
        <VolumeChart data={data} timeZone="UTC" />
      </LangProvider>,
    );
    const doc = new DOMParser().parseFromString(html, 'text/html');
    expect(doc.querySelectorAll('svg rect')).toHaveLength(6);
    expect(doc.querySelector('svg')!.getAttribute('aria-label')).toBe('Liczba oznaczonych w czasie');
    expect(doc.querySelector('figcaption')!.textContent).toBe('Liczba oznaczonych w czasie');
    expect(doc.querySelector('caption')!.textContent).toBe('Oznaczone co godzinę');
  });
});
