// @vitest-environment jsdom
/** Issue #23: the crisis alert follows when comments were posted, leaves out the brand, and can be acknowledged. */
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { StormwatchDB } from '@/lib/db/schema';
import { saveObserved } from '@/lib/db/items';
import { closeIncident, createIncident } from '@/lib/db/incidents';
import { ACK_WITHOUT_INCIDENT_MS } from '@/lib/db/spike-ack';
import { SpikeNotice } from '@/entrypoints/sidepanel/SpikeNotice';
import { DbProvider } from '@/components/DbContext';
import type { ObservedComment } from '@/lib/messaging/protocol';
import { observed } from '../helpers';
import { renderWithDb } from './helpers';

const H = 3_600_000;
const NOW = Date.parse('2026-12-06T12:00:00Z');
const iso = (t: number) => new Date(t).toISOString();

let db: StormwatchDB;
beforeEach(() => {
  db = new StormwatchDB(`spike-${Math.random()}`);
});
afterEach(async () => {
  await db.delete();
  vi.restoreAllMocks();
});

/** `n` complaints about the brand, posted `postedAgo` before `readAt`, all first read at `readAt`. */
async function complaints(n: number, postedAgo: number, prefix = 'c', readAt = NOW) {
  const comments: ObservedComment[] = Array.from({ length: n }, (_, i) =>
    observed(`${prefix}${i}`, `user${i}`, `Zefir awaria znowu, Zefira nie polecam, awaria ${i}`, 'high', {
      publishedAt: iso(readAt - postedAgo - i * 1000),
      publishedWithinMs: 0,
    }),
  );
  await saveObserved(db, { pageUrl: 'x', comments, threads: [] }, 1, readAt);
}

const notice = (now = NOW, onError = vi.fn()) =>
  renderWithDb(<SpikeNotice now={now} brands={['Zefir']} agent="Ola" onOpen={() => undefined} onError={onError} />, db);

describe('the crisis alert', () => {
  test('a backlog read now but posted two days ago is not a spike', async () => {
    await complaints(30, 48 * H);
    notice();
    await new Promise((r) => setTimeout(r, 100));
    expect(screen.queryByRole('alert')).toBeNull();
  });

  test('comments posted in the last hour are; the top terms leave out the brand (and its inflections)', async () => {
    await complaints(12, 10 * 60_000);
    notice();
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toMatch(/Possible crisis: 12 flagged in the last hour \(usually 0\.0\)/);
    expect(alert.querySelector('bdi')!.textContent).toMatch(/awaria/);
    expect(alert.querySelector('bdi')!.textContent).not.toMatch(/zefir/i);
  });

  test('acknowledged for the open incident: gone until that incident closes or another starts', async () => {
    const inc = await createIncident(db, { name: 'Outage', startedAt: NOW - H }, { now: NOW - H });
    await complaints(12, 10 * 60_000);
    notice();
    fireEvent.click(await screen.findByRole('button', { name: 'Acknowledge for this incident' }));
    await waitFor(() => expect(screen.queryByRole('alert')).toBeNull());
    expect((await db.settings.get('spikeAck'))!.value).toMatchObject({ incidentId: inc.id, agent: 'Ola' });
    // Another incident starts: the acknowledgement was for the first, so the alert is back.
    const second = await createIncident(db, { name: 'Second outage', startedAt: NOW - 60_000 }, { now: NOW });
    expect(await screen.findByRole('alert')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Acknowledge for this incident' }));
    await waitFor(() => expect(screen.queryByRole('alert')).toBeNull());
    // It closes: the open incident is the first again, not the one acknowledged last: the alert is back.
    await closeIncident(db, second.id, NOW + 1);
    await waitFor(async () => expect((await db.incidents.get(second.id))!.closedAt).toBe(NOW + 1));
    expect(await screen.findByRole('alert')).toBeTruthy();
  });

  test('with no incident open it holds for a while, then the alert comes back', async () => {
    await complaints(12, 10 * 60_000);
    const { rerender } = notice();
    vi.spyOn(Date, 'now').mockReturnValue(NOW);
    fireEvent.click(await screen.findByRole('button', { name: 'Acknowledge for 6 hours' }));
    await waitFor(() => expect(screen.queryByRole('alert')).toBeNull());
    // The same spike seen later, after the acknowledgement ran out (comments still in the last hour).
    const later = NOW + ACK_WITHOUT_INCIDENT_MS + 60_000;
    await complaints(12, 10 * 60_000, 'd', later);
    rerender(
      <DbProvider db={db}>
        <SpikeNotice now={later} brands={['Zefir']} agent="Ola" onOpen={() => undefined} onError={() => undefined} />
      </DbProvider>,
    );
    expect(await screen.findByRole('alert')).toBeTruthy();
  });

  test('in Polish', async () => {
    await complaints(12, 10 * 60_000);
    renderWithDb(
      <SpikeNotice now={NOW} brands={['Zefir']} onOpen={() => undefined} onError={() => undefined} />,
      db,
      'pl',
    );
    expect((await screen.findByRole('alert')).textContent).toMatch(
      /Możliwy kryzys: 12 oznaczonych w ostatniej godzinie \(zwykle 0,0\)/,
    );
    expect(screen.getByRole('button', { name: 'Przyjęto do wiadomości (na 6 godzin)' })).toBeTruthy();
  });
});
