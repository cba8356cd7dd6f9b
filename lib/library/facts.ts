/**
 * Incident facts: what the team has confirmed about a named crisis, with the history of who
 * declared or withdrew each fact and when. A reply template lists the facts it asserts
 * (`claims`); a template is suggested only when every one of its claims is a fact in force, so a
 * reply never confirms more than the team has. Pure.
 */
import type { CrisisStage } from './stages';

/** The facts a team can declare about an incident, in the order a crisis usually settles them. */
export const FACTS = ['incident-confirmed', 'cause-known', 'fixed', 'compensation'] as const;
export type Fact = (typeof FACTS)[number];

export const isFact = (x: unknown): x is Fact => typeof x === 'string' && (FACTS as readonly string[]).includes(x);

/** A named crisis: when it started and which platforms and pages it concerns. */
export interface Incident {
  id: string;
  name: string;
  /** Epoch milliseconds. */
  startedAt: number;
  /** Platform ids (empty: every platform). */
  platforms: string[];
  /** Page URLs or URL prefixes (empty: every page). */
  pages: string[];
  createdAt: number;
  createdBy?: string;
  /** Set when the team closed the incident; a closed incident no longer applies to new comments. */
  closedAt?: number;
}

/** One change to a fact: declared or withdrawn, by whom and when (append-only history). */
export interface FactEvent {
  id?: number;
  incidentId: string;
  fact: Fact;
  action: 'declared' | 'withdrawn';
  at: number;
  agent?: string;
  note?: string;
}

/** Facts in force after a history: each fact's latest event decides (ties: the later id). */
export function factsInForce(events: readonly FactEvent[]): Fact[] {
  const last = new Map<Fact, FactEvent>();
  for (const e of events) {
    const prev = last.get(e.fact);
    if (!prev || e.at > prev.at || (e.at === prev.at && (e.id ?? 0) >= (prev.id ?? 0))) last.set(e.fact, e);
  }
  return FACTS.filter((f) => last.get(f)?.action === 'declared');
}

/** Claims of a template that are not facts in force (empty: safe to suggest). */
export function undeclaredClaims(claims: readonly Fact[] | undefined, facts: readonly Fact[]): Fact[] {
  return (claims ?? []).filter((c) => !facts.includes(c));
}

/**
 * The crisis stage the facts point to: nothing confirmed → holding statement; confirmed (with or
 * without a known cause) → update; fixed → resolution. "Thanks" comes only when the team picks it.
 */
export function stageFromFacts(facts: readonly Fact[]): CrisisStage {
  if (facts.includes('fixed')) return 'resolution';
  if (facts.includes('incident-confirmed') || facts.includes('cause-known')) return 'update';
  return 'holding';
}

/** Does an incident concern a comment on this platform and page? */
export function incidentApplies(incident: Incident, platform: string, pageUrl: string): boolean {
  if (incident.closedAt !== undefined) return false;
  if (incident.platforms.length && !incident.platforms.includes(platform)) return false;
  if (incident.pages.length && !incident.pages.some((p) => pageUrl.startsWith(p))) return false;
  return true;
}
