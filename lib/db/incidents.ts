/** Incidents and their facts: create, declare, withdraw (each change logged with who and when), read. */
import type { StormwatchDB } from './schema';
import { factsInForce, incidentApplies, type Fact, type FactEvent, type Incident } from '@/lib/library/facts';

/** Start tracking a named incident. */
export async function createIncident(
  db: StormwatchDB,
  init: { name: string; startedAt: number; platforms?: string[]; pages?: string[] },
  opts: { agent?: string; now: number },
): Promise<Incident> {
  const name = init.name.trim();
  if (!name) throw new Error('An incident needs a name.');
  const incident: Incident = {
    id: `inc-${opts.now.toString(36)}-${Math.random().toString(36).slice(2, 8)}`,
    name,
    startedAt: init.startedAt,
    platforms: init.platforms ?? [],
    pages: (init.pages ?? []).map((p) => p.trim()).filter(Boolean),
    createdAt: opts.now,
    createdBy: opts.agent,
  };
  await db.incidents.add(incident);
  return incident;
}

/** Declare or withdraw a fact (appended to the incident's history; nothing is overwritten). */
export async function setFact(
  db: StormwatchDB,
  incidentId: string,
  fact: Fact,
  declared: boolean,
  opts: { agent?: string; now: number; note?: string },
): Promise<void> {
  await db.transaction('rw', db.incidents, db.factEvents, async () => {
    if (!(await db.incidents.get(incidentId))) throw new Error(`No incident ${incidentId}`);
    await db.factEvents.add({
      incidentId,
      fact,
      action: declared ? 'declared' : 'withdrawn',
      at: opts.now,
      agent: opts.agent,
      note: opts.note,
    });
  });
}

/** Close an incident: its facts stay in the history and the report, and it no longer applies to new comments. */
export async function closeIncident(db: StormwatchDB, incidentId: string, now: number): Promise<void> {
  await db.incidents.update(incidentId, { closedAt: now });
}

/** An incident's fact history, oldest first. */
export async function factHistory(db: StormwatchDB, incidentId: string): Promise<FactEvent[]> {
  return (await db.factEvents.where('incidentId').equals(incidentId).toArray()).sort(
    (a, b) => a.at - b.at || (a.id ?? 0) - (b.id ?? 0),
  );
}

/** The open incident that concerns a comment on this platform and page (the latest started), with its facts in force. */
export async function incidentFor(
  db: StormwatchDB,
  platform: string,
  pageUrl: string,
): Promise<{ incident: Incident; facts: Fact[] } | null> {
  const open = (await db.incidents.orderBy('startedAt').reverse().toArray()).filter((i) =>
    incidentApplies(i, platform, pageUrl),
  );
  const incident = open[0];
  if (!incident) return null;
  return { incident, facts: factsInForce(await factHistory(db, incident.id)) };
}

/** Every incident with its fact history (for the crisis report). */
export async function incidentsWithHistory(
  db: StormwatchDB,
): Promise<Array<{ incident: Incident; history: FactEvent[] }>> {
  const [incidents, events] = await Promise.all([db.incidents.toArray(), db.factEvents.toArray()]);
  return incidents.map((incident) => ({ incident, history: events.filter((e) => e.incidentId === incident.id) }));
}
