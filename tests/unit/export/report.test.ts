import { describe, expect, test } from 'vitest';
import { buildReport } from '@/lib/export/report-data';
import { detectSpike, hourlyCounts } from '@/lib/export/spike';
import type { FlaggedItem, ResponseEvent } from '@/lib/db/types';
import { riskAt } from '../../helpers';

const H = 3_600_000;
const item = (i: number, firstSeen: number, extra: Partial<FlaggedItem> = {}): FlaggedItem => ({
  ...riskAt('high'),
  key: `demo:${i}`,
  platform: 'demo',
  commentId: String(i),
  author: `a${i}`,
  text: 'Oszuści, żądam zwrotu pieniędzy',
  pageUrl: 'x',
  depth: 0,
  threadKey: `demo:${i}`,
  severityRank: 3,
  status: 'new',
  firstSeen,
  lastSeen: firstSeen,
  textHash: 'h',
  ...extra,
});

describe('buildReport', () => {
  const items = [
    item(1, 0),
    item(2, 30 * 60_000, { severity: 'critical', platform: 'youtube' }),
    item(3, 2 * H, { status: 'replied' }),
    item(4, 10 * H),
  ];
  const events: ResponseEvent[] = [
    { itemKey: 'demo:1', type: 'replyInserted', at: 10 * 60_000, templateId: 'tpl-a' },
    { itemKey: 'demo:1', type: 'statusChanged', at: 20 * 60_000, to: 'replied' },
    { itemKey: 'demo:2', type: 'statusChanged', at: 30 * 60_000 + 30 * 60_000, to: 'resolved' },
    { itemKey: 'demo:3', type: 'replyInserted', at: 2 * H + 90 * 60_000, templateId: 'tpl-a' },
  ];
  const r = buildReport(items, events, [], { from: 0, to: 12 * H - 1 });
  test('counts by severity, platform and status', () => {
    expect(r.total).toBe(4);
    expect(r.bySeverity).toEqual({ high: 3, critical: 1 });
    expect(r.byPlatform).toEqual({ demo: 3, youtube: 1 });
    expect(r.byStatus).toEqual({ new: 3, replied: 1 });
  });
  test('hourly volume for a short period', () => {
    expect(r.bucketMs).toBe(H);
    expect(r.volume.map((b) => b.count)).toEqual([2, 0, 1, 0, 0, 0, 0, 0, 0, 0, 1, 0]);
  });
  test('median and 90th percentile time to first response, and templates used', () => {
    expect(r.responseMs.answered).toBe(3);
    expect(r.responseMs.median).toBe(30 * 60_000);
    expect(r.responseMs.p90).toBe(90 * 60_000);
    expect(r.templatesUsed).toEqual([['tpl-a', 2]]);
  });
  test('top terms skip stopwords; daily buckets for long periods', () => {
    expect(r.topTerms[0]![1]).toBe(4);
    expect(r.topTerms.map(([t]) => t)).toContain('oszuści');
    expect(buildReport(items, [], [], { from: 0, to: 10 * 24 * H }).bucketMs).toBe(24 * H);
  });
  test('top terms: one word with and without diacritics, shown as most people wrote it; common words left out', () => {
    const texts = [
      'Banda złodziei, albo oddacie pieniądze',
      'Jesteście bandą złodziei',
      'banda zlodziei i tyle',
      'ta banda znowu',
    ];
    const t = buildReport(
      texts.map((text, i) => item(i, 0, { text })),
      [],
      [],
      { from: 0, to: H },
    ).topTerms;
    expect(t.slice(0, 2)).toEqual([
      ['banda', 4],
      ['złodziei', 3],
    ]);
    expect(t.map(([w]) => w)).not.toContain('albo');
    expect(t.map(([w]) => w)).not.toContain('znowu');
  });
});

describe('spike alert', () => {
  test.each([
    ['quiet then a burst', [...Array(24).fill(1), 12], true],
    ['steady high traffic', [...Array(24).fill(20), 22], false],
    ['0 to 2 is not a crisis', [...Array(24).fill(0), 2], false],
    [
      'noisy baseline absorbs a bump',
      [0, 10, 0, 10, 0, 10, 0, 10, 0, 10, 0, 10, 0, 10, 0, 10, 0, 10, 0, 10, 0, 10, 0, 10, 14],
      false,
    ],
    ['empty', [], false],
  ])('%s', (_n, hourly, expected) => {
    expect(detectSpike(hourly as number[]).spike).toBe(expected);
  });
  test('hourly counts over the last 25 hours', () => {
    const now = 100 * H;
    const counts = hourlyCounts([now - 1, now - 2, now - 30 * H, now - 24.5 * H], now);
    expect(counts).toHaveLength(25);
    expect(counts[24]).toBe(2);
    expect(counts[0]).toBe(1);
    expect(counts.reduce((a, b) => a + b, 0)).toBe(3);
  });
});
