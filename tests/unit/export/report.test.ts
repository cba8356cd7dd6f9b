import { describe, expect, test } from 'vitest';
import { buildReport, startOf, zoneOffset } from '@/lib/export/report-data';
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
  const r = buildReport(items, events, [], { from: 0, to: 12 * H - 1, timeZone: 'UTC' });
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
    expect(r.templatesUsed).toEqual([{ id: 'tpl-a', title: undefined, count: 2 }]);
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

const DAY = 24 * H;
const utc = (iso: string) => Date.parse(`${iso}Z`);
/** The non-empty buckets as [start in UTC (ISO, minutes), count]. */
const filled = (volume: Array<{ start: number; count: number }>) =>
  volume.filter((b) => b.count > 0).map((b) => [new Date(b.start).toISOString().slice(0, 16), b.count]);

describe('volume by calendar day and clock hour in the reader’s time zone', () => {
  test.each([
    {
      name: '14 flagged on 6 December in Warsaw (UTC+1), a 7-day report read on the 7th at 15:00',
      timeZone: 'Europe/Warsaw',
      // Each on 6 December in Warsaw: from 00:10 (5 December 23:10 UTC) to 23:50.
      times: Array.from({ length: 14 }, (_, i) => utc('2026-12-05T23:10') + i * 100 * 60_000),
      from: utc('2026-11-30T14:00'),
      to: utc('2026-12-07T14:00'),
      buckets: 8,
      expected: [['2026-12-05T23:00', 14]],
    },
    {
      name: 'a day boundary: 23:59 and 00:00 local fall on two days',
      timeZone: 'Europe/Warsaw',
      times: [utc('2026-12-05T22:59'), utc('2026-12-05T23:00')],
      from: utc('2026-12-01T00:00'),
      to: utc('2026-12-07T00:00'),
      buckets: 7,
      expected: [
        ['2026-12-04T23:00', 1],
        ['2026-12-05T23:00', 1],
      ],
    },
    {
      name: 'the same instants in UTC are one day',
      timeZone: 'UTC',
      times: [utc('2026-12-05T22:59'), utc('2026-12-05T23:00')],
      from: utc('2026-12-01T00:00'),
      to: utc('2026-12-07T00:00'),
      buckets: 7,
      expected: [['2026-12-05T00:00', 2]],
    },
    {
      name: 'west of Greenwich: 03:00 UTC on the 6th is the evening of the 5th in New York',
      timeZone: 'America/New_York',
      times: [utc('2026-12-06T03:00'), utc('2026-12-06T05:00')],
      from: utc('2026-12-01T12:00'),
      to: utc('2026-12-08T12:00'),
      buckets: 8,
      expected: [
        ['2026-12-05T05:00', 1],
        ['2026-12-06T05:00', 1],
      ],
    },
    {
      name: 'a 25-hour day when Warsaw’s clocks go back (25 October 2026)',
      timeZone: 'Europe/Warsaw',
      // 23:30 on the 25th, local winter time, is 22:30 UTC: still the 25th.
      times: [utc('2026-10-24T22:30'), utc('2026-10-25T22:30'), utc('2026-10-25T23:00')],
      from: utc('2026-10-22T00:00'),
      to: utc('2026-10-28T00:00'),
      buckets: 7,
      expected: [
        ['2026-10-24T22:00', 2],
        ['2026-10-25T23:00', 1],
      ],
    },
    {
      name: 'clock hours of a half-hour zone (India, UTC+5:30), a short report',
      timeZone: 'Asia/Kolkata',
      times: [utc('2026-12-06T10:29'), utc('2026-12-06T10:30'), utc('2026-12-06T11:29')],
      from: utc('2026-12-06T09:00'),
      to: utc('2026-12-06T12:00'),
      buckets: 4,
      expected: [
        ['2026-12-06T09:30', 1],
        ['2026-12-06T10:30', 2],
      ],
    },
  ])('$name', ({ timeZone, times, from, to, buckets, expected }) => {
    const r = buildReport(
      times.map((t, i) => item(i, t)),
      [],
      [],
      { from, to, timeZone },
    );
    expect(r.timeZone).toBe(timeZone);
    expect(r.volume).toHaveLength(buckets);
    expect(filled(r.volume)).toEqual(expected);
    expect(r.volume.reduce((n, b) => n + b.count, 0)).toBe(times.length);
    // Every bucket starts at midnight (or on the hour) there.
    const unit = r.bucketMs;
    for (const b of r.volume) expect(startOf(b.start, unit, timeZone)).toBe(b.start);
  });

  test('without an explicit zone: the runtime’s own, days cut there', () => {
    const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    const at = utc('2026-12-06T03:00');
    const r = buildReport([item(1, at)], [], [], { from: utc('2026-12-01T12:00'), to: utc('2026-12-08T12:00') });
    expect(r.timeZone).toBe(zone);
    expect(filled(r.volume)).toEqual([[new Date(startOf(at, DAY, zone)).toISOString().slice(0, 16), 1]]);
  });

  test.each([
    ['Europe/Warsaw', utc('2026-07-01T12:00'), 2 * H],
    ['Europe/Warsaw', utc('2026-12-01T12:00'), H],
    ['America/New_York', utc('2026-12-01T12:00'), -5 * H],
    ['Asia/Kolkata', utc('2026-12-01T12:00'), 5.5 * H],
    ['UTC', utc('2026-12-01T12:00'), 0],
  ])('offset of %s at %i is %i', (zone, at, offset) => {
    expect(zoneOffset(at, zone)).toBe(offset);
  });

  test('items outside a long period’s first 400 days are not put in the last bucket', () => {
    const r = buildReport([item(1, 1000 * DAY)], [], [], { from: 0, to: 1000 * DAY, timeZone: 'UTC' });
    expect(r.volume).toHaveLength(400);
    expect(r.volume.reduce((n, b) => n + b.count, 0)).toBe(0);
    expect(r.total).toBe(1);
  });
});

describe('templates used', () => {
  test.each([
    [
      'named by their titles, most used first',
      new Map([
        ['tpl-a', 'Apology: outage'],
        ['tpl-b', 'Refund steps'],
      ]),
    ],
    ['a template deleted since has no title', new Map([['tpl-b', 'Refund steps']])],
    ['without titles, none is named', undefined],
  ])('%s', (_name, titles) => {
    const events: ResponseEvent[] = [
      { itemKey: 'demo:1', type: 'replyInserted', at: 1, templateId: 'tpl-b' },
      { itemKey: 'demo:2', type: 'replyInserted', at: 2, templateId: 'tpl-a' },
      { itemKey: 'demo:3', type: 'replyInserted', at: 3, templateId: 'tpl-b' },
      // Copied, not inserted: not counted as a use.
      { itemKey: 'demo:3', type: 'replyCopied', at: 4, templateId: 'tpl-a' },
    ];
    const r = buildReport([item(1, 0), item(2, 0), item(3, 0)], events, [], {
      from: 0,
      to: H,
      templateTitles: titles,
    });
    expect(r.templatesUsed).toEqual([
      { id: 'tpl-b', title: titles?.get('tpl-b'), count: 2 },
      { id: 'tpl-a', title: titles?.get('tpl-a'), count: 1 },
    ]);
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
