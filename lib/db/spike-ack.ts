/**
 * "Acknowledged" for the crisis alert: the team has seen the spike. It holds for the open incident
 * it was given under (until that incident closes or another starts), or, with no incident open,
 * for ACK_WITHOUT_INCIDENT_MS. Stored as one settings row.
 */
import type { StormwatchDB } from './schema';

export const SPIKE_ACK_KEY = 'spikeAck';
export const ACK_WITHOUT_INCIDENT_MS = 6 * 3_600_000;

export interface SpikeAck {
  /** The open incident it was given under, null when none was open. */
  incidentId: string | null;
  at: number;
  agent?: string;
}

/** Does an acknowledgement still hide the alert? Pure. */
export function ackHolds(ack: SpikeAck | undefined, openIncidentId: string | null, now: number): boolean {
  if (!ack || ack.incidentId !== openIncidentId) return false;
  return openIncidentId !== null || now - ack.at < ACK_WITHOUT_INCIDENT_MS;
}

/** The latest started incident that is still open, if any. */
export async function openIncidentId(db: StormwatchDB): Promise<string | null> {
  const open = (await db.incidents.orderBy('startedAt').reverse().toArray()).find((i) => i.closedAt === undefined);
  return open?.id ?? null;
}

export async function getSpikeAck(db: StormwatchDB): Promise<SpikeAck | undefined> {
  return (await db.settings.get(SPIKE_ACK_KEY))?.value as SpikeAck | undefined;
}

/** Acknowledge the alert for the incident open now. */
export async function acknowledgeSpike(db: StormwatchDB, opts: { agent?: string; now: number }): Promise<SpikeAck> {
  const ack: SpikeAck = { incidentId: await openIncidentId(db), at: opts.now, agent: opts.agent };
  await db.settings.put({ key: SPIKE_ACK_KEY, value: ack });
  return ack;
}

/** Is the alert acknowledged now? */
export async function spikeAcknowledged(db: StormwatchDB, now: number): Promise<boolean> {
  const [ack, incident] = await Promise.all([getSpikeAck(db), openIncidentId(db)]);
  return ackHolds(ack, incident, now);
}
