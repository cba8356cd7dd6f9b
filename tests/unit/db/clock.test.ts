import { describe, expect, test } from 'vitest';
import { postedAt, waitedMs } from '@/lib/db/clock';
import { ackHolds, ACK_WITHOUT_INCIDENT_MS } from '@/lib/db/spike-ack';
import { buildReport } from '@/lib/export/report-data';
import { spikeNow } from '@/lib/export/spike';
import type { FlaggedItem } from '@/lib/db/types';
import { riskAt } from '../../helpers';

const H = 3_600_000;
const T = Date.parse('2026-12-06T12:00:00Z');
const item = (key: string, patch: Partial<FlaggedItem> = {}): FlaggedItem => ({
  key,
  platform: 'demo',
  commentId: key,
  author: 'a',
  text: 'Zefir awaria sieci',
  pageUrl: 'x',
  depth: 0,
  threadKey: `demo:${key}`,
  severityRank: 3,
  status: 'new',
  firstSeen: T,
  lastSeen: T,
  textHash: 'h',
  ...riskAt('high'),
  ...patch,
});

describe('an item’s clock', () => {
  test.each<[string, Partial<FlaggedItem>, number]>([
    ['the platform’s time', { publishedAt: '2026-12-06T10:00:00Z' }, T - 2 * H],
    ['no time: first seen', {}, T],
    ['unreadable: first seen', { publishedAt: 'soon' }, T],
    ['never after first seen (a clock skew)', { publishedAt: '2026-12-06T13:00:00Z' }, T],
  ])('posted: %s', (_, patch, expected) => {
    expect(postedAt(item('a', patch))).toBe(expected);
  });
  test.each<[string, Partial<FlaggedItem>, number | null]>([
    ['open: runs to now', { publishedAt: '2026-12-06T10:00:00Z' }, 3 * H],
    ['escalated is still open', { publishedAt: '2026-12-06T10:00:00Z', status: 'escalated' }, 3 * H],
    [
      'replied: stopped when closed',
      { publishedAt: '2026-12-06T10:00:00Z', status: 'replied', closedAt: T + 30 * 60_000 },
      2.5 * H,
    ],
    ['dismissed before closedAt was kept, but answered', { status: 'dismissed', respondedAt: T + H }, H],
    ['resolved with no time kept: unknown', { status: 'resolved' }, null],
  ])('waited: %s', (_, patch, expected) => {
    expect(waitedMs(item('a', patch), T + H)).toBe(expected);
  });
});

describe('the report and the alert use when comments were posted', () => {
  test('time to respond counts from the comment’s own time', () => {
    const items = [item('a', { publishedAt: '2026-12-06T10:00:00Z' }), item('b')];
    const events = [
      { itemKey: 'a', type: 'statusChanged' as const, to: 'replied' as const, at: T + H },
      { itemKey: 'b', type: 'replyInserted' as const, at: T + 0.5 * H },
    ];
    const r = buildReport(items, events, [], { from: T - 1, to: T + 1 });
    expect(r.responseMs.answered).toBe(2);
    expect(r.responseMs.p90).toBe(3 * H);
    expect(r.responseMs.median).toBe(0.5 * H);
  });
  test('top terms leave out the brand’s names and their inflected forms', () => {
    const items = ['Zefir awaria sieci', 'Zefira awaria', 'w Zefirze awaria', 'Plus Mobile awaria'].map((text, i) =>
      item(`k${i}`, { text }),
    );
    const terms = buildReport(items, [], [], { from: 0, to: T, excludeTerms: ['Zefir', 'Plus Mobile'] }).topTerms.map(
      ([w]) => w,
    );
    expect(terms[0]).toBe('awaria');
    expect(terms.join(' ')).not.toMatch(/zefir|plus|mobile/i);
    expect(buildReport(items, [], [], { from: 0, to: T }).topTerms.map(([w]) => w)).toContain('zefir');
  });
  test('a backlog of old comments read now is not a spike; the same comments posted now are', () => {
    const old = Array.from({ length: 20 }, (_, i) =>
      item(`o${i}`, { publishedAt: new Date(T - 3 * 24 * H).toISOString() }),
    );
    expect(spikeNow(old, T).spike.spike).toBe(false);
    const fresh = Array.from({ length: 20 }, (_, i) =>
      item(`f${i}`, { publishedAt: new Date(T - 60_000).toISOString() }),
    );
    const now = spikeNow(fresh, T, ['Zefir']);
    expect(now.spike.spike).toBe(true);
    expect(now.terms).toEqual(['awaria', 'sieci']);
  });
});

describe('an acknowledged alert', () => {
  test.each<[string, Parameters<typeof ackHolds>[0], string | null, number, boolean]>([
    ['never acknowledged', undefined, null, T, false],
    ['for the incident still open', { incidentId: 'i1', at: T - 48 * H }, 'i1', T, true],
    ['for an incident that is no longer the open one', { incidentId: 'i1', at: T }, 'i2', T, false],
    ['for an incident, and now none is open', { incidentId: 'i1', at: T }, null, T, false],
    ['without an incident, recently', { incidentId: null, at: T - H }, null, T, true],
    ['without an incident, long ago', { incidentId: null, at: T - ACK_WITHOUT_INCIDENT_MS - 1 }, null, T, false],
    ['without an incident, and one has started since', { incidentId: null, at: T - H }, 'i1', T, false],
  ])('%s', (_, ack, open, now, holds) => {
    expect(ackHolds(ack, open, now)).toBe(holds);
  });
});
