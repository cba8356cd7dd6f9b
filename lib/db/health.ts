/**
 * Opening the database where a failure can be seen (docs/RELIABILITY.md D1, D2): the side panel waits
 * for `open()`, says when another Stormwatch page still holds an older version open ("blocked"),
 * and when opening fails shows one "database needs attention" screen that offers a raw copy of
 * everything stored before anything else is tried. Nothing here deletes or rewrites data.
 */
import { Dexie } from 'dexie';
import { DB_NAME } from './schema';

export type DbState =
  { kind: 'opening'; blocked: boolean } | { kind: 'ready' } | { kind: 'failed'; name: string; message: string };

/**
 * Open `db` and report its state: `opening` (with `blocked` while another context keeps an older
 * version open), then `ready` or `failed`. Returns a function that stops the reports.
 */
export function watchOpen(db: Dexie, onState: (s: DbState) => void): () => void {
  let live = true;
  const onBlocked = () => {
    if (live) onState({ kind: 'opening', blocked: true });
  };
  db.on('blocked', onBlocked);
  db.open().then(
    () => {
      if (live) onState({ kind: 'ready' });
    },
    (e: unknown) => {
      const err = e as { name?: unknown; message?: unknown } | null;
      if (live)
        onState({
          kind: 'failed',
          name: typeof err?.name === 'string' ? err.name : 'Error',
          message: typeof err?.message === 'string' ? err.message : String(e),
        });
    },
  );
  return () => {
    live = false;
    db.on('blocked').unsubscribe(onBlocked);
  };
}

export interface RawExport {
  format: 'stormwatch-raw';
  database: string;
  version: number;
  exportedAt: string;
  tables: Record<string, unknown[]>;
}

/**
 * Every table of the database as it is stored, read without the current schema (Dexie's dynamic
 * mode opens whatever version is on disk), so it works when the current code cannot open it.
 */
export async function rawExport(name = DB_NAME, now = new Date()): Promise<RawExport> {
  const raw = new Dexie(name);
  try {
    await raw.open();
    const tables: Record<string, unknown[]> = {};
    for (const table of raw.tables) tables[table.name] = await table.toArray();
    return { format: 'stormwatch-raw', database: name, version: raw.verno, exportedAt: now.toISOString(), tables };
  } finally {
    raw.close();
  }
}

/**
 * Whether an error opening or writing the database looks like a full disk: a quota error, or the
 * "Internal error opening backing store" Chromium gives once the disk under its profile is full
 * (docs/RELIABILITY.md H7). Other causes give that message too, so the panel says "may be".
 */
export function looksLikeFullDisk(error: { name?: string; message?: string }): boolean {
  const text = `${error.name ?? ''} ${error.message ?? ''}`;
  return /QuotaExceeded|quota|backing store|disk is full|no space left|ENOSPC/i.test(text);
}
