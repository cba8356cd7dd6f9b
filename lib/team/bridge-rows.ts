/**
 * The row shapes on each side of the item bridge, and the pure conversions between them: a flagged
 * item and its shared part, a team event and the local log row (response or fact) it stands for.
 */
import type { FlaggedItem, ResponseEvent } from '@/lib/db/types';
import { EVENT_TYPES } from '@/lib/db/types';
import type { FactEvent } from '@/lib/library/facts';
import { latestNote, type ItemState } from './rules';
import { plain, type Me } from './doc';
import type { SharedItem, TeamEvent } from './types';

/** Local log rows carry the id of their team event once shared (no index: looked up per item). */
export type LoggedEvent = ResponseEvent & { teamEventId?: string };
export type LoggedFact = FactEvent & { teamEventId?: string };

const LOCAL_ONLY = ['status', 'note', 'respondedAt', 'templateId', 'agent', 'tabId', 'lastSeen'] as const;
export const LOG_TYPES: ReadonlySet<string> = new Set(EVENT_TYPES);

/** A team event that stands for a local log row (a response event or a fact). */
export const isLogged = (e: TeamEvent) => LOG_TYPES.has(e.type) || e.type === 'fact';

/** The shared part of a flagged item. */
export function sharedOf(item: FlaggedItem): SharedItem {
  const copy = plain(item) as unknown as Record<string, unknown>;
  for (const k of LOCAL_ONLY) delete copy[k];
  return copy as unknown as SharedItem;
}

/** The local row for an item: shared fields, the local fields kept, status and note from the rules. */
export function rowFor(shared: SharedItem, state: ItemState, local: FlaggedItem | undefined): FlaggedItem {
  return {
    ...shared,
    status: state.status,
    note: latestNote(state) ?? local?.note,
    respondedAt: state.respondedAt ?? local?.respondedAt,
    agent: state.respondedBy ?? local?.agent,
    templateId: state.templateId ?? local?.templateId,
    tabId: local?.tabId,
    lastSeen: Math.max(local?.lastSeen ?? 0, shared.firstSeen),
  };
}

export const sameRow = (a: FlaggedItem | undefined, b: FlaggedItem) =>
  a !== undefined && JSON.stringify(a) === JSON.stringify(b);

/** The response-log row for a remote item event (undefined fields left out, as Dexie stores them). */
export function logRowOf(e: TeamEvent): LoggedEvent {
  return JSON.parse(
    JSON.stringify({
      itemKey: e.itemKey!,
      type: e.type as ResponseEvent['type'],
      at: e.at,
      agent: e.agent,
      from: e.from,
      to: e.to,
      note: e.note,
      templateId: e.templateId,
      claims: e.claims,
      incidentId: e.incidentId,
      teamEventId: e.id,
    }),
  ) as LoggedEvent;
}

/** The fact-log row for a remote fact event (undefined fields left out). */
export function factRowOf(e: TeamEvent): LoggedFact {
  return JSON.parse(
    JSON.stringify({
      incidentId: e.incidentId!,
      fact: e.fact!,
      action: e.action!,
      at: e.at,
      agent: e.agent,
      note: e.note,
      teamEventId: e.id,
    }),
  ) as LoggedFact;
}

/** The team event for a local log row already stamped with its id, in this member's name. */
export function teamEventOf(r: LoggedEvent | LoggedFact, me: Me): TeamEvent {
  const base = { id: r.teamEventId!, at: r.at, agent: me.name, role: me.role };
  return 'fact' in r
    ? plain({ ...base, type: 'fact' as const, incidentId: r.incidentId, fact: r.fact, action: r.action, note: r.note })
    : plain({
        ...base,
        type: r.type,
        itemKey: r.itemKey,
        from: r.from,
        to: r.to,
        note: r.note,
        templateId: r.templateId,
        claims: r.claims,
        incidentId: r.incidentId,
      });
}
