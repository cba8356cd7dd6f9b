/**
 * What a team shares, as plain records inside two Yjs documents per team: `<team>/work` (flagged
 * items, the append-only event map, incidents, library proposals) and `<team>/library` (the approved
 * library, written by leads only). Every map is flat and keyed by a unique id: two clients creating a
 * nested map under the same key at once would lose one side's content.
 */
import type { EventType, FlaggedItem, ItemStatus } from '@/lib/db/types';
import type { Fact } from '@/lib/library/facts';

export const TEAM_ROLES = ['agent', 'lead'] as const;
export type TeamRole = (typeof TEAM_ROLES)[number];

/** Team events: the local response log's types plus claims, releases and assignments, and fact changes. */
export type TeamEventType = EventType | 'claim' | 'release' | 'assign' | 'fact';

/** One entry of the team's append-only event map. Never changed once written. */
export interface TeamEvent {
  /** Time-ordered unique id (see ids.ts); also the key in the event map. */
  id: string;
  type: TeamEventType;
  /** Epoch milliseconds on the author's clock. */
  at: number;
  /** Name of the agent who wrote the event (from the token). */
  agent: string;
  role: TeamRole;
  itemKey?: string;
  from?: ItemStatus;
  to?: ItemStatus;
  note?: string;
  templateId?: string;
  /** assign: the agent the item is given to. */
  assignee?: string;
  claims?: string[];
  incidentId?: string;
  /** fact: which fact, declared or withdrawn. */
  fact?: Fact;
  action?: 'declared' | 'withdrawn';
}

/** The fields of a flagged item every member sees; status, note and owner come from the events. */
export type SharedItem = Omit<
  FlaggedItem,
  'status' | 'note' | 'respondedAt' | 'templateId' | 'agent' | 'tabId' | 'lastSeen'
>;

/** Where a team member connects and who they are. Stored locally (never synced). */
export interface TeamConfig {
  /** WebSocket address of the team server, e.g. `wss://team.example.com`. */
  url: string;
  token: string;
  team: string;
  name: string;
  role: TeamRole;
}

/** Document names of a team. */
export const teamDocs = (team: string) => ({ work: `${team}/work`, library: `${team}/library` });

/** The team a document belongs to and which document it is, or null for a name outside the scheme. */
export function parseDocName(name: string): { team: string; doc: 'work' | 'library' } | null {
  const m = /^([a-z0-9][a-z0-9_-]{0,62})\/(work|library)$/.exec(name);
  return m ? { team: m[1]!, doc: m[2] as 'work' | 'library' } : null;
}

/** Team names: lower-case letters, digits, `-` and `_` (they become document and file names). */
export const isTeamName = (s: string): boolean => /^[a-z0-9][a-z0-9_-]{0,62}$/.test(s);
