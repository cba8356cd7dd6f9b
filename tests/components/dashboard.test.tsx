// @vitest-environment jsdom
import { inLang } from './helpers';
import { describe, expect, test } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import { Dashboard } from '@/components/Dashboard';
import { buildReport } from '@/lib/export/report-data';
import { detectSpike } from '@/lib/export/spike';
import type { FlaggedItem } from '@/lib/db/types';
import { riskAt } from '../helpers';

const H = 3_600_000;
const item = (i: number, text: string, severity: 'high' | 'critical'): FlaggedItem => ({
  ...riskAt(severity),
  key: `demo:${i}`,
  platform: 'demo',
  commentId: String(i),
  author: '<img src=x onerror=alert(1)>',
  text,
  pageUrl: 'x',
  depth: 0,
  threadKey: `demo:${i}`,
  severityRank: 3,
  status: 'new',
  firstSeen: i * H,
  lastSeen: i * H,
  textHash: 'h',
});

describe('Dashboard', () => {
  const items = [
    item(0, 'oszuści oszuści', 'high'),
    item(1, 'oszuści, zwrot', 'critical'),
    item(2, '<script>alert(1)</script> wyciek', 'high'),
  ];
  const data = buildReport(items, [], [], { from: 0, to: 12 * H });
  test('shows counts, a chart and top terms; markup in terms stays text', () => {
    const { container } = render(<Dashboard data={data} spike={detectSpike([0, 0, 3])} />);
    expect(screen.getByText(/^Flagged:/).textContent).toMatch(/^Flagged: 3 /);
    const severity = screen.getByRole('table', { name: 'Severity' });
    expect(within(severity).getByRole('row', { name: 'High 2' })).toBeTruthy();
    const chart = screen.getByRole('img', { name: 'Flagged volume over time' });
    expect(chart.querySelectorAll('rect')).toHaveLength(13);
    expect(screen.getByRole('figure', { name: 'Flagged volume over time' })).toBeTruthy();
    expect(screen.getByRole('table', { name: 'Flagged per hour' }).querySelectorAll('tbody tr')).toHaveLength(13);
    expect(screen.getByText('oszuści')).toBeTruthy();
    expect(container.querySelector('script')).toBeNull();
    expect(screen.queryByRole('alert')).toBeNull();
  });
  test('a spike shows the crisis notice with the top terms, in Polish', () => {
    render(<Dashboard data={data} spike={detectSpike([...Array(24).fill(0), 9])} />, { wrapper: inLang('pl') });
    expect(screen.getByRole('alert').textContent).toMatch(/Możliwy kryzys: 9 .*oszuści/);
  });
});
