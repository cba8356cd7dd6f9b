/**
 * The local → document half of the item bridge. Items: any key the document lacks. Log and facts:
 * rows not yet shared, stamped with a team event id once, then appended to the document.
 */
import { liveQuery, type Subscription } from 'dexie';
import type * as Y from 'yjs';
import type { StormwatchDB } from '@/lib/db/schema';
import { LOCAL, appendEvents, workMaps, type Me } from './doc';
import { sharedOf, teamEventOf, type LoggedEvent, type LoggedFact } from './bridge-rows';

type LogTable = 'events' | 'factEvents';
type LogRow = LoggedEvent | LoggedFact;

export interface ShareContext {
  db: StormwatchDB;
  doc: Y.Doc;
  me: Me;
  newId: (now: number) => string;
  onError: (e: unknown) => void;
  /** Told how many log rows wait to be shared (0 once a pass is done). */
  setBacklog: (n: number) => void;
}

/** Items in Dexie the document lacks go to the document. */
function shareItems({ db, doc, onError }: ShareContext): Subscription {
  const { items } = workMaps(doc);
  // Status updates re-run this cheap count; only a changed count (new items) costs a scan of the keys.
  let itemCount = -1;
  return liveQuery(() => db.items.count()).subscribe({
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
  });
}

/**
 * Give each waiting row its team event id, inside one transaction, re-reading each row: another
 * panel of this browser may have stamped it meanwhile, and one row must never become two team events.
 */
async function stamp(ctx: ShareContext, table: LogTable, waiting: LogRow[]): Promise<LogRow[]> {
  if (!waiting.length) return [];
  const t = table === 'events' ? ctx.db.events : ctx.db.factEvents;
  return ctx.db.transaction('rw', t, async () => {
    const now = (await t.bulkGet(waiting.map((r) => r.id!))) as Array<LogRow | undefined>;
    const out: LogRow[] = [];
    for (const r of now) {
      if (!r) continue;
      if (!r.teamEventId) {
        r.teamEventId = ctx.newId(r.at);
        await t.update(r.id!, { teamEventId: r.teamEventId } as never);
      }
      out.push(r);
    }
    return out;
  });
}

/** A pass over one log table: rows above the last one seen that the document lacks. */
function logSharer(ctx: ShareContext) {
  const { events } = workMaps(ctx.doc);
  // Rows up to this id were shared in this session; the first pass reads everything once (idempotent).
  const upTo = { events: 0, factEvents: 0 };
  return async (table: LogTable) => {
    const t = table === 'events' ? ctx.db.events : ctx.db.factEvents;
    const seen = (await t.where(':id').above(upTo[table]).toArray()) as LogRow[];
    const waiting = seen.filter((r) => !(r.teamEventId && events.has(r.teamEventId)));
    ctx.setBacklog(waiting.length);
    const rows = await stamp(ctx, table, waiting);
    appendEvents(
      ctx.doc,
      rows.map((r) => teamEventOf(r, ctx.me)),
    );
    ctx.setBacklog(0);
    for (const r of seen) upTo[table] = Math.max(upTo[table], r.id ?? 0);
  };
}

/**
 * Start sending local rows to the document. `chain` is the one queue of log passes (two passes over
 * the same new row would give it two ids); the caller waits on it through `current()`.
 */
export function startSharing(ctx: ShareContext): { subs: Subscription[]; current(): Promise<void> } {
  const share = logSharer(ctx);
  let sharing: Promise<void> = Promise.resolve();
  const subs = [shareItems(ctx)];
  for (const table of ['events', 'factEvents'] as const) {
    subs.push(
      liveQuery(() => (table === 'events' ? ctx.db.events.count() : ctx.db.factEvents.count())).subscribe({
        // One pass at a time: two passes over the same new row would give it two ids.
        next: () => {
          sharing = sharing.then(() => share(table)).catch(ctx.onError);
        },
        error: ctx.onError,
      }),
    );
  }
  return { subs, current: () => sharing };
}
