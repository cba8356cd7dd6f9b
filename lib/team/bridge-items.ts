/**
 * Bridge between the team's work document and the local Dexie tables, for flagged items, the response
 * log and incident facts. Dexie stays the panel's source: remote events are folded by the rules and
 * the derived rows written into `items`, `events` and `factEvents`, so `liveQuery` and the components
 * work unchanged. Local writes (by the background or the panel, in any extension context) are picked
 * up from Dexie and appended to the document (`bridge-share.ts`).
 */
import type { Subscription } from 'dexie';
import type * as Y from 'yjs';
import type { StormwatchDB } from '@/lib/db/schema';
import { deriveItem, type ItemState } from './rules';
import { LOCAL, workMaps, type Me } from './doc';
import type { SharedItem, TeamEvent } from './types';
import {
  LOG_TYPES,
  factRowOf,
  isLogged,
  logRowOf,
  rowFor,
  sameRow,
  sharedOf,
  type LoggedEvent,
  type LoggedFact,
} from './bridge-rows';
import { startSharing } from './bridge-share';

export { rowFor, sharedOf };

export interface ItemBridge {
  /** Start sending local rows to the document (call once the server's copy arrived). */
  startSharing(): void;
  /** The derived state of an item (owner, collisions) as the events say now. */
  state(key: string): ItemState;
  /** Local log rows waiting to be shared (written while the bridge was not running). */
  backlog(): number;
  /** Wait until everything observed so far is written to Dexie. */
  flushed(): Promise<void>;
  stop(): void;
}

/** Each item's team events, kept in arrival order. */
function eventIndex() {
  const byItem = new Map<string, TeamEvent[]>();
  return {
    of: (key: string) => byItem.get(key) ?? [],
    add(e: TeamEvent) {
      if (!e.itemKey) return;
      const list = byItem.get(e.itemKey);
      if (!list) return void byItem.set(e.itemKey, [e]);
      // A key the server restored after a forged overwrite comes back with its original content.
      const at = list.findIndex((x) => x.id === e.id);
      if (at >= 0) list[at] = e;
      else list.push(e);
    },
    /** Drop the event stored under `id` (the document's key) from `e`'s item. */
    remove(e: TeamEvent, id: string) {
      const list = e.itemKey ? byItem.get(e.itemKey) : undefined;
      const at = list ? list.findIndex((x) => x.id === id) : -1;
      if (at >= 0) list!.splice(at, 1);
    },
  };
}
type EventIndex = ReturnType<typeof eventIndex>;

/** Derived rows for the given items, written where they differ from the local ones. */
async function writeItemRows(db: StormwatchDB, keys: string[], items: Y.Map<SharedItem>, index: EventIndex) {
  const locals = await db.items.bulkGet(keys);
  const rows = keys.flatMap((k, i) => {
    const row = rowFor(items.get(k)!, deriveItem(index.of(k)), locals[i]);
    return sameRow(locals[i], row) ? [] : [row];
  });
  if (rows.length) await db.items.bulkPut(rows);
}

/** Response-log rows for remote item events the local log lacks. */
async function addLogRows(db: StormwatchDB, log: TeamEvent[]) {
  const itemLog = log.filter((e) => e.itemKey && LOG_TYPES.has(e.type));
  const logKeys = [...new Set(itemLog.map((e) => e.itemKey!))];
  const known = new Set(
    (await db.events.where('itemKey').anyOf(logKeys).toArray()).map((r) => (r as LoggedEvent).teamEventId),
  );
  const add = itemLog.filter((e) => !known.has(e.id)).map(logRowOf);
  if (add.length) await db.events.bulkAdd(add);
}

/** Fact-log rows for remote fact events the local log lacks. */
async function addFactRows(db: StormwatchDB, log: TeamEvent[]) {
  const facts = log.filter((e) => e.type === 'fact' && e.incidentId && e.fact && e.action);
  const incidentIds = [...new Set(facts.map((e) => e.incidentId!))];
  const known = new Set(
    (await db.factEvents.where('incidentId').anyOf(incidentIds).toArray()).map((r) => (r as LoggedFact).teamEventId),
  );
  const add = facts.filter((e) => !known.has(e.id)).map(factRowOf);
  if (add.length) await db.factEvents.bulkAdd(add);
}

/** The log rows of events the server undid. */
async function deleteUndone(db: StormwatchDB, gone: TeamEvent[]) {
  if (!gone.length) return;
  const ids = new Set(gone.map((e) => e.id));
  await db.events
    .where('itemKey')
    .anyOf([...new Set(gone.flatMap((e) => (e.itemKey ? [e.itemKey] : [])))])
    .filter((r) => ids.has((r as LoggedEvent).teamEventId ?? ''))
    .delete();
  await db.factEvents
    .where('incidentId')
    .anyOf([...new Set(gone.flatMap((e) => (e.incidentId ? [e.incidentId] : [])))])
    .filter((r) => ids.has((r as LoggedFact).teamEventId ?? ''))
    .delete();
}

/** Document → Dexie: what changed in the document, written in one queue of transactions. */
function remoteWriter(db: StormwatchDB, doc: Y.Doc, onError: (e: unknown) => void) {
  const { items, events } = workMaps(doc);
  const index = eventIndex();
  const dirty = new Set<string>();
  const remoteLog: TeamEvent[] = [];
  // Events the server undid (written in someone else's name): their log rows go too.
  const undone: TeamEvent[] = [];
  let writing: Promise<void> = Promise.resolve();

  events.forEach((e) => index.add(e));
  for (const k of items.keys()) dirty.add(k);
  for (const e of events.values()) if (isLogged(e)) remoteLog.push(e);

  /** Write derived rows and missing log rows for everything marked dirty. */
  async function flush(): Promise<void> {
    if (dirty.size === 0 && remoteLog.length === 0 && undone.length === 0) return;
    const keys = [...dirty].filter((k) => items.has(k));
    dirty.clear();
    const log = remoteLog.splice(0);
    const gone = undone.splice(0);
    await db.transaction('rw', [db.items, db.events, db.factEvents], async () => {
      await writeItemRows(db, keys, items, index);
      await addLogRows(db, log);
      await addFactRows(db, log);
      await deleteUndone(db, gone);
    });
  }
  const schedule = () => {
    writing = writing.then(flush).catch(onError);
  };

  const onItems = (ev: Y.YMapEvent<SharedItem>) => {
    ev.keysChanged.forEach((k) => dirty.add(k));
    schedule();
  };
  const onEvents = (ev: Y.YMapEvent<TeamEvent>, tr: Y.Transaction) => {
    ev.keysChanged.forEach((k) => {
      const e = events.get(k);
      if (!e) {
        const old = ev.changes.keys.get(k)?.oldValue as TeamEvent | undefined;
        if (!old) return;
        index.remove(old, k);
        if (old.itemKey) dirty.add(old.itemKey);
        undone.push(old);
        return;
      }
      index.add(e);
      if (e.itemKey) dirty.add(e.itemKey);
      // Our own events came from Dexie rows that already exist.
      if (tr.origin !== LOCAL && isLogged(e)) remoteLog.push(e);
    });
    schedule();
  };
  items.observe(onItems);
  events.observe(onEvents);
  schedule();
  return {
    state: (key: string) => deriveItem(index.of(key)),
    current: () => writing,
    stop() {
      items.unobserve(onItems);
      events.unobserve(onEvents);
    },
  };
}

/** Start bridging items, the log and facts between `doc` and `db`. */
export function bridgeItems(
  db: StormwatchDB,
  doc: Y.Doc,
  me: Me,
  newId: (now: number) => string,
  onError: (e: unknown) => void,
): ItemBridge {
  const remote = remoteWriter(db, doc, onError);
  let backlog = 0;
  // Local → document, started once the server's copy arrived: before that every known row would
  // look new and be written into the document again on each start.
  let sharer: { subs: Subscription[]; current(): Promise<void> } | null = null;
  const sharing = () => sharer?.current() ?? Promise.resolve();

  return {
    startSharing() {
      sharer ??= startSharing({ db, doc, me, newId, onError, setBacklog: (n) => (backlog = n) });
    },
    state: remote.state,
    backlog: () => backlog,
    flushed: async () => {
      let w: Promise<void>;
      let sh: Promise<void>;
      do {
        w = remote.current();
        sh = sharing();
        await Promise.all([w, sh]);
      } while (w !== remote.current() || sh !== sharing());
    },
    stop() {
      remote.stop();
      sharer?.subs.forEach((s) => s.unsubscribe());
    },
  };
}
