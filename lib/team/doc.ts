/** The shared maps of a team's two documents, and writing events into them. */
import * as Y from 'yjs';
import type { Incident } from '@/lib/library/facts';
import type { ReplyTemplate } from '@/lib/library/types';
import type { SharedItem, TeamEvent, TeamRole } from './types';

/** Transaction origin of the bridge's own writes, so its observers can tell them from remote ones. */
export const LOCAL = 'stormwatch-local';

export function workMaps(doc: Y.Doc) {
  return {
    items: doc.getMap<SharedItem>('items'),
    events: doc.getMap<TeamEvent>('events'),
    incidents: doc.getMap<Incident>('incidents'),
    /** Drafts agents propose for the library, keyed `<templateId>@<agent>`. */
    proposals: doc.getMap<ReplyTemplate>('proposals'),
  };
}

export const libraryMap = (doc: Y.Doc) => doc.getMap<ReplyTemplate>('templates');

/** Who writes: the name and role of the token. */
export interface Me {
  name: string;
  role: TeamRole;
}

/** A JSON copy: Yjs stores plain values, and Dexie rows must not share objects with the document. */
export const plain = <T>(x: T): T => JSON.parse(JSON.stringify(x)) as T;

/** Append events (never overwriting one that exists) in one transaction. */
export function appendEvents(doc: Y.Doc, events: readonly TeamEvent[]): void {
  const map = workMaps(doc).events;
  doc.transact(() => {
    for (const e of events) if (!map.has(e.id)) map.set(e.id, plain(e));
  }, LOCAL);
}
