/**
 * Fields of the `items` store that exist only for its indexes (schema 4): `queueKey` (the item's
 * place in the queue's order: most severe, riskiest, newest posted first, then by key, as one
 * ascending array key, so a page of the queue is one `getAll`), `postedMs` (when the comment was
 * posted, `postedAt`) and `groupKey` (its near-identical-text group, `textGroupKey`).
 * The database adds them to every item it writes and takes them off every item it reads (a Dexie
 * middleware), so the rest of the code, backups and exports never see them, and an index built
 * from them is right whoever wrote the item (background, panel, restore, team bridge).
 */
import type { DBCore, DBCoreCursor, DBCoreMutateRequest, DBCoreTable, Middleware } from 'dexie';
import type { FlaggedItem } from './types';
import { postedAt } from './clock';
import { textGroupKey } from './text-key';

/** The index the queue is read in (ascending): most severe, riskiest, newest posted, then key (unique). */
export const QUEUE_ORDER_INDEX = 'queueKey';

export type QueueKey = [number, number, number, string];
/** An item's `queueKey`. */
export const queueKeyOf = (it: Pick<FlaggedItem, 'severityRank' | 'risk' | 'key'>, posted: number): QueueKey => [
  -it.severityRank,
  -it.risk,
  -posted,
  it.key,
];

interface IndexFields {
  postedMs: number;
  groupKey: string;
  queueKey: QueueKey;
}
type Stored = FlaggedItem & Partial<IndexFields>;

/** The item as stored: a copy with the index fields last (so reading can drop them cheaply). */
export function withIndexFields(item: FlaggedItem): FlaggedItem & IndexFields {
  const { postedMs: _p, groupKey: _g, queueKey: _q, ...rest } = item as Stored;
  const postedMs = postedAt(rest);
  return { ...rest, postedMs, groupKey: textGroupKey(rest.text ?? '', rest.key), queueKey: queueKeyOf(rest, postedMs) };
}

/** The item as the code knows it: the index fields removed in place (last added, first removed). */
function strip<T>(value: T): T {
  if (value && typeof value === 'object' && 'groupKey' in value) {
    const v = value as unknown as Stored;
    delete v.queueKey;
    delete v.groupKey;
    delete v.postedMs;
  }
  return value;
}

function mutate(down: DBCoreTable, req: DBCoreMutateRequest) {
  if (req.type !== 'add' && req.type !== 'put') return down.mutate(req);
  return down.mutate({ ...req, values: req.values.map((v: FlaggedItem) => withIndexFields(v)) });
}

/** A cursor whose value is the item without its index fields. */
function strippedCursor(cursor: DBCoreCursor | null): DBCoreCursor | null {
  if (!cursor) return cursor;
  return Object.create(cursor, {
    value: { get: () => strip(cursor.value) },
  }) as DBCoreCursor;
}

function itemsTable(down: DBCoreTable): DBCoreTable {
  return {
    ...down,
    mutate: (req) => mutate(down, req),
    get: (req) => down.get(req).then(strip),
    getMany: (req) => down.getMany(req).then((rows) => rows.map(strip)),
    query: (req) =>
      down.query(req).then((res) => {
        if (req.values) for (const v of res.result) strip(v);
        return res;
      }),
    openCursor: (req) => down.openCursor(req).then((c) => (req.values === false ? c : strippedCursor(c))),
  };
}

/**
 * The middleware: below Dexie's own observation and caching (level 0), right above the cache of
 * existing values (-1). Dexie's change tracking so never sees the index fields: tracking the
 * `queueKey` arrays of 1,000 items doubled the time of a bulk status change. So a live query on
 * these indexes is not woken by a write that only moves an item in them: the queue follows the
 * written keys (`storagemutated`), and the spike notice reads again on its clock.
 */
export const indexFieldsMiddleware: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'StormwatchIndexFields',
  level: -0.5,
  create: (down) => ({
    ...down,
    table: (name) => (name === 'items' ? itemsTable(down.table(name)) : down.table(name)),
  }),
};
