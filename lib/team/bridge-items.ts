/**
 * Bridge between the team's work document and the local Dexie tables, for flagged items, the response
 * log and incident facts. Dexie stays the panel's source: remote events are folded by the rules and
 * the derived rows written into `items`, `events` and `factEvents`, so `liveQuery` and the components
 * work unchanged. Local writes (by the background or the panel, in any extension context) are picked
 * up from Dexie and appended to the document.
 */
import { liveQuery, type Subscription } from 'dexie';
import type * as Y from 'yjs';
import type { StormwatchDB } from '@/lib/db/schema';
import type { FlaggedItem, ResponseEvent } from '@/lib/db/types';
import { EVENT_TYPES } from '@/lib/db/types';
import type { FactEvent } from '@/lib/library/facts';
import { deriveItem, latestNote, type ItemState } from './rules';
import { LOCAL, appendEvents, plain, workMaps, type Me } from './doc';
import type { SharedItem, TeamEvent } from './types';

/** Local log rows carry the id of their team event once shared (no index: looked up per item). */
type LoggedEvent = ResponseEvent & { teamEventId?: string };
type LoggedFact = FactEvent & { teamEventId?: string };

const LOCAL_ONLY = ['status', 'note', 'respondedAt', 'templateId', 'agent', 'tabId', 'lastSeen'] as const;
const LOG_TYPES: ReadonlySet<string> = new Set(EVENT_TYPES);

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

const sameRow = (a: FlaggedItem | undefined, b: FlaggedItem) =>
  a !== undefined && JSON.stringify(a) === JSON.stringify(b);

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

/** Start bridging items, the log and facts between `doc` and `db`. */
export function bridgeItems(
  db: StormwatchDB,
  doc: Y.Doc,
  me: Me,
  newId: (now: number) => string,
  onError: (e: unknown) => void,
): ItemBridge {
  const { items, events } = workMaps(doc);
  const byItem = new Map<string, TeamEvent[]>();
  const dirty = new Set<string>();
  const remoteLog: TeamEvent[] = [];
  // Events the server undid (written in someone else's name): their log rows go too.
  const undone: TeamEvent[] = [];
  let writing: Promise<void> = Promise.resolve();
  let backlog = 0;

  const index = (e: TeamEvent) => {
    if (!e.itemKey) return;
    const list = byItem.get(e.itemKey);
    if (!list) return void byItem.set(e.itemKey, [e]);
    // A key the server restored after a forged overwrite comes back with its original content.
    const at = list.findIndex((x) => x.id === e.id);
    if (at >= 0) list[at] = e;
    else list.push(e);
  };
  events.forEach((e) => index(e));
  for (const k of items.keys()) dirty.add(k);
  for (const e of events.values()) if (LOG_TYPES.has(e.type) || e.type === 'fact') remoteLog.push(e);

  const schedule = () => {
    writing = writing.then(flush).catch(onError);
  };

  /** Write derived rows and missing log rows for everything marked dirty. */
  async function flush(): Promise<void> {
    if (dirty.size === 0 && remoteLog.length === 0 && undone.length === 0) return;
    const keys = [...dirty].filter((k) => items.has(k));
    dirty.clear();
    const log = remoteLog.splice(0);
    const gone = undone.splice(0);
    await db.transaction('rw', [db.items, db.events, db.factEvents], async () => {
      const locals = await db.items.bulkGet(keys);
      const rows = keys.flatMap((k, i) => {
        const row = rowFor(items.get(k)!, deriveItem(byItem.get(k) ?? []), locals[i]);
        return sameRow(locals[i], row) ? [] : [row];
      });
      if (rows.length) await db.items.bulkPut(rows);
      const itemLog = log.filter((e) => e.itemKey && LOG_TYPES.has(e.type));
      const logKeys = [...new Set(itemLog.map((e) => e.itemKey!))];
      const known = new Set(
        (await db.events.where('itemKey').anyOf(logKeys).toArray()).map((r) => (r as LoggedEvent).teamEventId),
      );
      const add: LoggedEvent[] = itemLog
        .filter((e) => !known.has(e.id))
        .map(
          (e) =>
            JSON.parse(
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
            ) as LoggedEvent,
        );
      if (add.length) await db.events.bulkAdd(add);
      const facts = log.filter((e) => e.type === 'fact' && e.incidentId && e.fact && e.action);
      const factKnown = new Set(
        (
          await db.factEvents
            .where('incidentId')
            .anyOf([...new Set(facts.map((e) => e.incidentId!))])
            .toArray()
        ).map((r) => (r as LoggedFact).teamEventId),
      );
      const addFacts: LoggedFact[] = facts
        .filter((e) => !factKnown.has(e.id))
        .map(
          (e) =>
            JSON.parse(
              JSON.stringify({
                incidentId: e.incidentId!,
                fact: e.fact!,
                action: e.action!,
                at: e.at,
                agent: e.agent,
                note: e.note,
                teamEventId: e.id,
              }),
            ) as LoggedFact,
        );
      if (addFacts.length) await db.factEvents.bulkAdd(addFacts);
      if (gone.length) {
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
    });
  }

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
        const list = old.itemKey ? byItem.get(old.itemKey) : undefined;
        const at = list ? list.findIndex((x) => x.id === k) : -1;
        if (at >= 0) list!.splice(at, 1);
        if (old.itemKey) dirty.add(old.itemKey);
        undone.push(old);
        return;
      }
      index(e);
      if (e.itemKey) dirty.add(e.itemKey);
      // Our own events came from Dexie rows that already exist.
      if (tr.origin !== LOCAL && (LOG_TYPES.has(e.type) || e.type === 'fact')) remoteLog.push(e);
    });
    schedule();
  };
  items.observe(onItems);
  events.observe(onEvents);
  schedule();

  // Local → document. Items: any key the document lacks. Log and facts: rows not yet shared.
  // Started once the server's copy arrived: before that every known row would look new and be
  // written into the document again on each start.
  const subs: Subscription[] = [];
  let started = false;
  let sharing: Promise<void> = Promise.resolve();
  const startSharing = () => {
    if (started) return;
    started = true;
    // Status updates re-run this cheap count; only a changed count (new items) costs a scan of the keys.
    let itemCount = -1;
    subs.push(
      liveQuery(() => db.items.count()).subscribe({
        next: (n) => {
          if (n === itemCount) return;
          itemCount = n;
          void db.items
            .toCollection()
            .primaryKeys()
            .then((keys) => {
              const missing = keys.filter((k) => !items.has(k));
              return missing.length ? db.items.bulkGet(missing) : [];
            })
            .then((rows) => {
              if (rows.length === 0) return;
              doc.transact(() => {
                for (const r of rows) if (r && !items.has(r.key)) items.set(r.key, sharedOf(r));
              }, LOCAL);
            }, onError);
        },
        error: onError,
      }),
    );
    // Rows up to this id were shared in this session; the first pass reads everything once (idempotent).
    const upTo = { events: 0, factEvents: 0 };
    const share = async (table: 'events' | 'factEvents') => {
      const t = table === 'events' ? db.events : db.factEvents;
      const seen = (await t.where(':id').above(upTo[table]).toArray()) as Array<LoggedEvent | LoggedFact>;
      const waiting = seen.filter((r) => !(r.teamEventId && events.has(r.teamEventId)));
      backlog = waiting.length;
      // Stamp inside one transaction, re-reading each row: another panel of this browser may have
      // stamped it meanwhile, and one row must never become two team events.
      const rows = waiting.length
        ? await db.transaction('rw', t, async () => {
            const now = (await t.bulkGet(waiting.map((r) => r.id!))) as Array<LoggedEvent | LoggedFact | undefined>;
            const out: Array<LoggedEvent | LoggedFact> = [];
            for (const r of now) {
              if (!r) continue;
              if (!r.teamEventId) {
                r.teamEventId = newId(r.at);
                await t.update(r.id!, { teamEventId: r.teamEventId } as never);
              }
              out.push(r);
            }
            return out;
          })
        : [];
      const fresh = rows.map((r): TeamEvent => {
        const base = { id: r.teamEventId!, at: r.at, agent: me.name, role: me.role };
        return 'fact' in r
          ? plain({
              ...base,
              type: 'fact' as const,
              incidentId: r.incidentId,
              fact: r.fact,
              action: r.action,
              note: r.note,
            })
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
      });
      appendEvents(doc, fresh);
      backlog = 0;
      for (const r of seen) upTo[table] = Math.max(upTo[table], r.id ?? 0);
    };
    for (const table of ['events', 'factEvents'] as const) {
      subs.push(
        liveQuery(() => (table === 'events' ? db.events.count() : db.factEvents.count())).subscribe({
          // One pass at a time: two passes over the same new row would give it two ids.
          next: () => {
            sharing = sharing.then(() => share(table)).catch(onError);
          },
          error: onError,
        }),
      );
    }
  };

  return {
    startSharing,
    state: (key) => deriveItem(byItem.get(key) ?? []),
    backlog: () => backlog,
    flushed: async () => {
      let w: Promise<void>;
      let sh: Promise<void>;
      do {
        w = writing;
        sh = sharing;
        await Promise.all([w, sh]);
      } while (w !== writing || sh !== sharing);
    },
    stop() {
      items.unobserve(onItems);
      events.unobserve(onEvents);
      subs.forEach((s) => s.unsubscribe());
    },
  };
}
