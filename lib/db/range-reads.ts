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
 * tenth of that). What the reading returns is the same either way: the stored items, in the order
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

function getMany(down: DBCoreTable, req: DBCoreGetManyRequest): Promise<unknown[]> {
  const { keys, trans } = req;
  if (keys.length < MIN_KEYS || !keys.every((k) => typeof k === 'string')) return down.getMany(req);
  // Strings sort by UTF-16 code units in both JavaScript and IndexedDB.
  const sorted = [...(keys as string[])].sort();
  const range = { type: 2, lower: sorted[0], upper: sorted.at(-1), lowerOpen: false, upperOpen: false };
  const query = { index: down.schema.primaryKey, range: range as DBCoreKeyRange };
  const limit = keys.length * SPAN;
  // The keys in the range first (cheap: no item is read): are there few enough?
  return down.query({ trans, values: false, limit, query }).then(({ result: inRange }) => {
    if (inRange.length >= limit) return down.getMany(req);
    return down.query({ trans, values: true, limit, query }).then(({ result: rows }) => {
      const byKey = new Map(rows.map((r) => [down.schema.primaryKey.extractKey!(r) as string, r as unknown]));
      return keys.map((k) => byKey.get(k as string));
    });
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
