// @vitest-environment jsdom
/** The crisis report: templates named by title under one heading; days and times in the report's zone. */
import { describe, expect, test } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import { CrisisReport } from '@/components/CrisisReport';
import { buildReport } from '@/lib/export/report-data';
import type { FlaggedItem, ResponseEvent } from '@/lib/db/types';
import { en } from '@/lib/i18n/en';
import { pl } from '@/lib/i18n/pl';
import { riskAt } from '../helpers';
import { inLang } from './helpers';

const H = 3_600_000;
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
const events: ResponseEvent[] = [
  { itemKey: 'demo:1', type: 'replyInserted', at: 1, templateId: 'tpl-apology' },
  { itemKey: 'demo:2', type: 'replyInserted', at: 2, templateId: 'tpl-apology' },
  { itemKey: 'demo:3', type: 'replyInserted', at: 3, templateId: 'tpl-gone' },
];
const titles = new Map([['tpl-apology', 'Apology for the outage']]);

describe('crisis report', () => {
  test.each([
    ['en', en],
    ['pl', pl],
  ] as const)('templates used (%s): titles, never ids, under one heading', (lang, dict) => {
    // 6 December, late evening in Warsaw: 5 December 23:10 UTC onwards.
    const at = Date.UTC(2026, 11, 5, 23, 10);
    const data = buildReport([item(1, at), item(2, at + H), item(3, at + 2 * H)], events, [], {
      from: Date.UTC(2026, 11, 1),
      to: Date.UTC(2026, 11, 7, 12),
      templateTitles: titles,
      timeZone: 'Europe/Warsaw',
    });
    const { container } = render(<CrisisReport data={data} />, { wrapper: inLang(lang) });
    expect(screen.getAllByRole('heading', { name: dict.report_templates })).toHaveLength(1);
    const table = screen.getByRole('table', { name: dict.report_templates });
    const rows = within(table)
      .getAllByRole('row')
      .map((r) => [...r.children].map((c) => c.textContent));
    expect(rows).toEqual([
      ['Apology for the outage', '2'],
      [dict.report_template_deleted, '1'],
    ]);
    expect(container.textContent).not.toMatch(/tpl-/);
    // The day's table of the chart: the three comments are on 6 December, Warsaw time.
    const day = container.querySelectorAll('.volume-chart tbody tr');
    const filled = [...day].filter((r) => r.lastElementChild?.textContent !== '0').map((r) => r.textContent);
    expect(filled).toEqual([lang === 'en' ? 'Dec 6, 20263' : '6 gru 20263']);
  });

  test('no templates used: said once', () => {
    render(<CrisisReport data={buildReport([], [], [], { from: 0, to: H, timeZone: 'UTC' })} />, {
      wrapper: inLang('en'),
    });
    expect(screen.getAllByRole('heading', { name: en.report_templates })).toHaveLength(1);
    expect(screen.queryByRole('table', { name: en.report_templates })).toBeNull();
  });
});
