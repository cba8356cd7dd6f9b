/**
 * Items read by many keys at once in one request when the keys lie close together.
 *
 * Dexie reads `bulkGet` and the reads before a bulk write (`rewriteInParts`) with one IndexedDB
 * request per key, and in Chromium each request costs a round trip to the browser's storage
 * process. Keys that lie close together in the key order (items are keyed `platform:commentId`, so
 * the items of one platform filter, one page, or numbered one after another) are read instead
 * with two requests: the keys in the range from the lowest to the highest key asked for (at most
 * `SPAN` times as many as were asked for), and, when they are no more than that, every item of
 * the range. Keys further apart are read one by one as before (the key-only read costs about a
 * tenth of that). Later reads in the same transaction (the parts of a bulk change) go by what the
 * first found: the range's items at once while keys lie close, key by key once they did not. What
 * the reading returns is the same either way: the stored items, in the order
 * of the keys asked for, undefined for a missing one.
 *
 * A Dexie middleware right above IndexedDB, below the cache of existing values (level -1), so the
 * rows read before a write are the ones Dexie compares the write with.
 */
import type { DBCore, DBCoreGetManyRequest, DBCoreKeyRange, DBCoreTable, Middleware } from 'dexie';

/** Fewer keys than this are read one by one. */
const MIN_KEYS = 8;
/** The range is read up to this many items per key asked for. */
export const SPAN = 2;

/** How keys read in a transaction lay: once known, its later reads skip the key-only request. */
const spread = new WeakMap<object, 'close' | 'apart'>();

function getMany(down: DBCoreTable, req: DBCoreGetManyRequest): Promise<unknown[]> {
  const { keys, trans } = req;
  const known = spread.get(trans);
  if (known === 'apart' || keys.length < MIN_KEYS || !keys.every((k) => typeof k === 'string')) {
    return down.getMany(req);
  }
  // Strings sort by UTF-16 code units in both JavaScript and IndexedDB.
  const sorted = [...(keys as string[])].sort();
  const range = { type: 2, lower: sorted[0], upper: sorted.at(-1), lowerOpen: false, upperOpen: false };
  const query = { index: down.schema.primaryKey, range: range as DBCoreKeyRange };
  const limit = keys.length * SPAN;
  const items = () =>
    down.query({ trans, values: true, limit, query }).then(({ result: rows }) => {
      // Further apart than the keys before: read one by one (no more range reads in this transaction).
      if (rows.length >= limit) {
        spread.set(trans, 'apart');
        return down.getMany(req);
      }
      const byKey = new Map(rows.map((r) => [down.schema.primaryKey.extractKey!(r) as string, r as unknown]));
      return keys.map((k) => byKey.get(k as string));
    });
  // Close together before in this transaction (the parts of a bulk change): the range at once.
  if (known === 'close') return items();
  // Else the keys in the range first (cheap: no item is read): are there few enough?
  return down.query({ trans, values: false, limit, query }).then(({ result: inRange }) => {
    spread.set(trans, inRange.length >= limit ? 'apart' : 'close');
    return inRange.length >= limit ? down.getMany(req) : items();
  });
}

export const rangeReadsMiddleware: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'StormwatchRangeReads',
  level: -2,
  create: (down) => ({
    ...down,
    table: (name) => {
      const table = down.table(name);
      if (name !== 'items') return table;
      return { ...table, getMany: (req) => getMany(table, req) };
    },
  }),
};
