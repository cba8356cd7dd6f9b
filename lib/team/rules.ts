/**
 * The team's rules as pure functions over the append-only event map. Every client folds the same set
 * of events in the same order, so every client derives the same owner, status and notes however the
 * events arrived: a shared `status` field written by two people at once would merge differently from
 * run to run, a fold over a grow-only set of events does not.
 *
 * - The first claim wins; a later claimer is recorded as a collision ("X is handling this").
 *   Inserting, copying or sending a reply, or moving an unowned item to "in progress", claims it.
 * - Status is the latest change by the owner or a lead (anyone's, while nobody owns the item).
 * - Escalated stays until a lead changes it.
 * - Notes are never overwritten: each is its own event and all are kept.
 * - A lead can assign an item to someone; the owner or a lead can release it.
 */
import type { ItemStatus } from '@/lib/db/types';
import type { TeamEvent } from './types';

/** Order of the fold: author time, then id (ids are unique, so the order is total). */
export function compareEvents(a: TeamEvent, b: TeamEvent): number {
  return a.at - b.at || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

export interface TeamNote {
  id: string;
  agent: string;
  at: number;
  note: string;
}

export interface Collision {
  /** Who tried to claim, insert or change the item. */
  agent: string;
  /** Who was handling it at that moment. */
  owner: string;
  at: number;
  eventId: string;
}

/** What the events say about one item. */
export interface ItemState {
  status: ItemStatus;
  owner?: string;
  /** Every note, oldest first. */
  notes: TeamNote[];
  collisions: Collision[];
  /** First time someone replied, resolved or escalated, and who. */
  respondedAt?: number;
  respondedBy?: string;
  templateId?: string;
  /** Events that changed nothing because their author was not allowed to (kept in the log). */
  refused: string[];
}

const REPLY_TYPES = new Set(['replyInserted', 'replyCopied', 'replySent']);
const RESPONDED: ReadonlySet<ItemStatus> = new Set(['replied', 'resolved', 'escalated']);

/** Fold one item's events (any order, any duplicates by id) into its state. */
export function deriveItem(events: readonly TeamEvent[]): ItemState {
  const seen = new Set<string>();
  const sorted = events.filter((e) => (seen.has(e.id) ? false : (seen.add(e.id), true))).sort(compareEvents);
  const s: ItemState = { status: 'new', notes: [], collisions: [], refused: [] };
  const claim = (e: TeamEvent) => {
    if (s.owner === undefined) s.owner = e.agent;
    else if (s.owner !== e.agent) s.collisions.push({ agent: e.agent, owner: s.owner, at: e.at, eventId: e.id });
  };
  for (const e of sorted) {
    const lead = e.role === 'lead';
    if (e.note !== undefined && e.note !== '' && (e.type === 'noteChanged' || e.type === 'statusChanged'))
      s.notes.push({ id: e.id, agent: e.agent, at: e.at, note: e.note });
    switch (e.type) {
      case 'claim':
        claim(e);
        break;
      case 'release':
        if (s.owner !== undefined && (s.owner === e.agent || lead)) s.owner = undefined;
        else s.refused.push(e.id);
        break;
      case 'assign':
        if (lead) s.owner = e.assignee || undefined;
        else s.refused.push(e.id);
        break;
      case 'statusChanged': {
        const allowed = lead || ((s.owner === undefined || s.owner === e.agent) && s.status !== 'escalated');
        if (!allowed || !e.to) {
          s.refused.push(e.id);
          break;
        }
        if (s.owner === undefined && e.to === 'inProgress' && !lead) s.owner = e.agent;
        s.status = e.to;
        if (RESPONDED.has(e.to) && s.respondedAt === undefined) {
          s.respondedAt = e.at;
          s.respondedBy = e.agent;
        }
        break;
      }
      default:
        if (REPLY_TYPES.has(e.type)) {
          claim(e);
          if (e.templateId) s.templateId = e.templateId;
        }
    }
  }
  return s;
}

/** Who else is handling the item, as the claimer should be told before inserting; null when it is free or theirs. */
export function handledByOther(state: Pick<ItemState, 'owner'>, me: string): string | null {
  return state.owner !== undefined && state.owner !== me ? state.owner : null;
}

/** The latest note (what the item's note field shows); every earlier note stays in the log. */
export function latestNote(state: ItemState): string | undefined {
  return state.notes.at(-1)?.note;
}

/** Group events by item key (events without an item, such as fact changes, are left out). */
export function eventsByItem(events: Iterable<TeamEvent>): Map<string, TeamEvent[]> {
  const by = new Map<string, TeamEvent[]>();
  for (const e of events) {
    if (!e.itemKey) continue;
    const list = by.get(e.itemKey);
    if (list) list.push(e);
    else by.set(e.itemKey, [e]);
  }
  return by;
}
