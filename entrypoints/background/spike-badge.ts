/**
 * Spike alert on the toolbar: when flagged items in the last hour exceed the recent baseline
 * (lib/export/spike.ts), the icon shows "!" on every tab (with the tab's own count next to it)
 * and its tooltip says how many came in against the usual rate. Re-checked whenever flagged
 * comments are stored, at most every few seconds.
 */
import { browser } from 'wxt/browser';
import { storage } from '#imports';
import type { StormwatchDB } from '@/lib/db/schema';
import type { PageStatus } from '@/lib/messaging/protocol';
import { detectSpike, hourlyCounts, type Spike } from '@/lib/export/spike';
import { postedAt } from '@/lib/db/clock';
import { spikeAcknowledged } from '@/lib/db/spike-ack';
import type { T } from '@/lib/i18n';
import { backgroundT } from './lang';

/** The spike in progress, shared with the tab badges (session storage survives a stopped worker). */
export const spikeItem = storage.defineItem<{ current: number; mean: number; at: number } | null>('session:spike', {
  fallback: null,
});

const HOUR = 3_600_000;

type Action = {
  setBadgeText(d: { text: string; tabId?: number }): Promise<void>;
  setBadgeBackgroundColor(d: { color: string; tabId?: number }): Promise<void>;
  setTitle(d: { title: string; tabId?: number }): Promise<void>;
};
export const toolbarAction = (): Action | undefined =>
  (browser.action ?? (browser as unknown as { browserAction?: Action }).browserAction) as Action | undefined;

/** The badge text of a tab: "?" when comments are not recognised, its count, "!" during a spike. */
export function badgeText(status: Pick<PageStatus, 'state' | 'flagged'> | null, spiking: boolean): string {
  const own =
    status?.state === 'noComments' ? '?' : status && status.flagged > 0 ? String(Math.min(status.flagged, 999)) : '';
  if (!spiking) return own;
  return own === '' || own === '?' ? '!' : `!${own}`.slice(0, 4);
}

/** The toolbar's tooltip during a spike: how many came in against the usual rate. */
export function spikeTitle(t: T, spike: { current: number; mean: number }): string {
  const mean = new Intl.NumberFormat(t.lang, { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(spike.mean);
  return t('toolbar_spike', { count: spike.current, mean });
}

/** Is there a spike of flagged items now? */
export async function currentSpike(db: StormwatchDB, now: number): Promise<Spike> {
  const recent = await db.items
    .where('firstSeen')
    .above(now - 25 * HOUR)
    .toArray();
  const spike = detectSpike(hourlyCounts(recent.map(postedAt), now));
  // Acknowledged by the team for the open incident: no "!" on the toolbar either.
  return spike.spike && (await spikeAcknowledged(db, now)) ? { ...spike, spike: false } : spike;
}

/** Recompute the spike and show it on the toolbar (the global badge; tabs add their counts). */
export async function refreshSpikeBadge(db: StormwatchDB, now: number): Promise<Spike> {
  const spike = await currentSpike(db, now);
  const was = await spikeItem.getValue();
  await spikeItem.setValue(spike.spike ? { current: spike.current, mean: spike.mean, at: now } : null);
  const action = toolbarAction();
  if (action && (spike.spike || was)) {
    await action.setBadgeText({ text: spike.spike ? '!' : '' });
    await action.setBadgeBackgroundColor({ color: '#b91c1c' });
    const t = await backgroundT();
    await action.setTitle({ title: spike.spike ? spikeTitle(t, spike) : t('toolbar_title') });
  }
  if (action && spike.spike !== (was !== null)) {
    // Tabs with their own badge text (a count) would hide the global "!": update them too.
    const all = (await browser.storage.session.get(null)) as Record<string, unknown>;
    for (const [k, v] of Object.entries(all)) {
      const tabId = Number(/^tab-(\d+)$/.exec(k)?.[1]);
      if (!Number.isInteger(tabId)) continue;
      await action.setBadgeText({ tabId, text: badgeText(v as PageStatus, spike.spike) }).catch(() => undefined); // the tab may be gone
    }
  }
  return spike;
}

/** Throttled refresh: one computation per `ms`, the last call always honoured. */
export function spikeRefresher(db: StormwatchDB, ms = 5_000): () => void {
  let timer: ReturnType<typeof setTimeout> | null = null;
  return () => {
    if (timer) return;
    timer = setTimeout(() => {
      timer = null;
      refreshSpikeBadge(db, Date.now()).catch((e: unknown) =>
        console.warn('[stormwatch] spike check failed:', e instanceof Error ? e.message : e),
      );
    }, ms);
  };
}
