/** Spike alert on the toolbar icon, tested with synthetic histories of flagged items. */
import { beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { StormwatchDB } from '@/lib/db/schema';
import { saveObserved } from '@/lib/db/items';
import { badgeText, refreshSpikeBadge, spikeItem } from '@/entrypoints/background/spike-badge';
import { setTabStatus } from '@/entrypoints/background/tab-status';
import { observed } from '../../helpers';

const HOUR = 3_600_000;
const NOW = Date.UTC(2026, 10, 25, 12, 30);

/** `perHour[i]` flagged items first seen i hours before now (0 = the current hour). */
async function history(db: StormwatchDB, perHour: number[]): Promise<void> {
  let n = 0;
  for (const [ago, count] of perHour.entries()) {
    const comments = Array.from({ length: count }, () => observed(`c${n++}`, `user${n}`, 'idioci', 'high'));
    if (comments.length) await saveObserved(db, { pageUrl: 'x', comments, threads: [] }, 1, NOW - ago * HOUR - 60_000);
  }
}

let db: StormwatchDB;
let calls: Array<{ text: string; tabId?: number }>;
let titles: Array<{ title: string; tabId?: number }>;
beforeEach(() => {
  fakeBrowser.reset();
  db = new StormwatchDB(`spike-${Math.random()}`);
  calls = [];
  titles = [];
  const action = {
    setBadgeText: vi.fn(async (d: { text: string; tabId?: number }) => void calls.push(d)),
    setBadgeBackgroundColor: vi.fn(async () => undefined),
    setTitle: vi.fn(async (d: { title: string; tabId?: number }) => void titles.push(d)),
  };
  (fakeBrowser as unknown as { action: unknown }).action = action;
});

describe('toolbar spike badge', () => {
  test.each([
    ['a steady day, a quiet hour', [2, ...Array(24).fill(2)], false],
    ['a steady day, 30 in the last hour', [30, ...Array(24).fill(2)], true],
    ['nothing for a day, then 4 (under the floor)', [4, ...Array(24).fill(0)], false],
    ['a busy day, a busy hour like the others', [22, ...Array(24).fill(20)], false],
  ])('%s → spike %s', async (_name, perHour, expected) => {
    await history(db, perHour);
    const spike = await refreshSpikeBadge(db, NOW);
    expect(spike.spike).toBe(expected);
    expect(await spikeItem.getValue()).toEqual(expected ? expect.objectContaining({ current: perHour[0] }) : null);
    expect(calls.find((c) => c.tabId === undefined)?.text ?? '').toBe(expected ? '!' : '');
  });

  test('a spike marks tabs that already show a count; its end clears the mark', async () => {
    await setTabStatus(5, {
      platform: 'youtube',
      pageUrl: 'https://www.youtube.com/watch?v=a',
      state: 'scanning',
      scanned: 10,
      flagged: 3,
    });
    expect(calls.at(-1)).toEqual({ tabId: 5, text: '3' });
    await history(db, [30, ...Array(24).fill(2)]);
    await refreshSpikeBadge(db, NOW);
    expect(calls).toContainEqual({ tabId: 5, text: '!3' });
    await refreshSpikeBadge(db, NOW + 3 * HOUR); // the burst is now hours old
    expect(calls.at(-1)).toEqual({ tabId: 5, text: '3' });
  });

  test('health: a comment page where no comments are recognised shows "?" and names the platform', async () => {
    await setTabStatus(9, {
      platform: 'instagram',
      pageUrl: 'https://www.instagram.com/p/abc/',
      state: 'noComments',
      missing: 'instagram.commentRoot',
      scanned: 0,
      flagged: 0,
    });
    expect(calls.at(-1)).toEqual({ tabId: 9, text: '?' });
    expect(titles.at(-1)).toEqual({ tabId: 9, title: 'Stormwatch: comments not recognised here (Instagram)' });
  });

  test.each([
    [null, false, ''],
    [{ state: 'scanning', flagged: 0 }, false, ''],
    [{ state: 'scanning', flagged: 12 }, false, '12'],
    [{ state: 'noComments', flagged: 0 }, false, '?'],
    [{ state: 'scanning', flagged: 12 }, true, '!12'],
    [{ state: 'scanning', flagged: 5000 }, true, '!999'],
    [{ state: 'noComments', flagged: 0 }, true, '!'],
    [null, true, '!'],
  ] as const)('badgeText(%o, spiking %s) = "%s"', (status, spiking, text) => {
    expect(badgeText(status, spiking)).toBe(text);
  });
});
