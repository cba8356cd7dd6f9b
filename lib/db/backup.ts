/**
 * Backup and restore of everything Stormwatch keeps: reply library, settings (with the
 * false-positive overrides), flagged items, threads, the response log, incidents with their fact
 * history (optional in the file: backups made before incidents existed restore with none) and
 * panel-side state.
 * Restoring validates the file first and merges it with the current data in one transaction (all or
 * nothing; the merge rules are in backup-merge.ts).
 */
import { z } from '@/lib/zod';
import type { StormwatchDB } from './schema';
import type { Settings } from '@/lib/settings';
import { planMerge, type BackupRows } from './backup-merge';

export const BACKUP_FORMAT = 'stormwatch-backup';
export const BACKUP_VERSION = 1;
export const MAX_BACKUP_BYTES = 200 * 1024 * 1024;
const LAST_BACKUP = 'lastBackupAt';
const LIBRARY_CHANGED = 'libraryChangedAt';

const rows = z.array(z.record(z.string(), z.unknown()));
const backupSchema = z
  .object({
    format: z.literal(BACKUP_FORMAT),
    schemaVersion: z.literal(BACKUP_VERSION),
    createdAt: z.string(),
    settings: z.record(z.string(), z.unknown()).nullable(),
    templates: rows,
    items: rows,
    threads: rows,
    events: rows,
    state: rows,
    incidents: rows.optional(),
    factEvents: rows.optional(),
  })
  .strict();

/** Everything, as a backup file's text. Records the time of the backup. */
export async function createBackup(db: StormwatchDB, settings: Settings | null, now: number): Promise<string> {
  const [templates, items, threads, events, state, incidents, factEvents] = await Promise.all([
    db.templates.toArray(),
    db.items.toArray(),
    db.threads.toArray(),
    db.events.toArray(),
    db.settings.toArray(),
    db.incidents.toArray(),
    db.factEvents.toArray(),
  ]);
  await db.settings.put({ key: LAST_BACKUP, value: now });
  return JSON.stringify({ format: BACKUP_FORMAT, schemaVersion: BACKUP_VERSION, createdAt: new Date(now).toISOString(), settings, templates, items, threads, events, state: state.filter((s) => s.key !== LAST_BACKUP), incidents, factEvents });
}

/** Validate a backup file and merge it into the current data. Returns the backup's settings (merge them with `mergeSettings`). */
export async function restoreBackup(db: StormwatchDB, file: { size: number; text(): Promise<string> }): Promise<Settings | null> {
  if (file.size > MAX_BACKUP_BYTES) throw new Error('The backup file is too large.');
  let raw: unknown;
  try {
    raw = JSON.parse(await file.text(), (k, v) => (k === '__proto__' || k === 'constructor' || k === 'prototype' ? undefined : v));
  } catch {
    throw new Error('The backup file is not valid JSON.');
  }
  const r = backupSchema.safeParse(raw);
  if (!r.success) throw new Error(`Not a Stormwatch backup (version ${BACKUP_VERSION}): ${r.error.issues[0]!.path.join('.') || 'file'}: ${r.error.issues[0]!.message}`);
  const b = r.data;
  const bad = (list: Array<Record<string, unknown>>, key: string) => list.find((x) => typeof x[key] !== 'string' && typeof x[key] !== 'number');
  if (bad(b.templates, 'id') || bad(b.items, 'key') || bad(b.threads, 'key') || bad(b.state, 'key') || bad(b.incidents ?? [], 'id')) throw new Error('The backup has records without their key.');
  await db.transaction('rw', [db.templates, db.items, db.threads, db.events, db.settings, db.incidents, db.factEvents], async () => {
    const [templates, items, threads, events, state, incidents, factEvents] = await Promise.all([db.templates.toArray(), db.items.toArray(), db.threads.toArray(), db.events.toArray(), db.settings.toArray(), db.incidents.toArray(), db.factEvents.toArray()]);
    const plan = planMerge({ templates, items, threads, events, state, incidents, factEvents }, { ...b, incidents: b.incidents ?? [], factEvents: b.factEvents ?? [] } as unknown as BackupRows);
    await db.incidents.bulkPut(plan.incidents);
    await db.factEvents.bulkAdd(plan.factEvents);
    await db.templates.bulkPut(plan.templates);
    await db.items.bulkPut(plan.items);
    await db.threads.bulkPut(plan.threads);
    await db.events.bulkAdd(plan.events);
    await db.settings.bulkPut(plan.state);
  });
  return b.settings as Settings | null;
}

/** Remember that the library changed (for the backup reminder). */
export function libraryChanged(db: StormwatchDB, now: number): Promise<unknown> {
  return db.settings.put({ key: LIBRARY_CHANGED, value: now });
}

/** Is a backup overdue: the library changed since the last backup, and that change is a week old? */
export async function backupOverdue(db: StormwatchDB, now: number): Promise<boolean> {
  const last = ((await db.settings.get(LAST_BACKUP))?.value as number | undefined) ?? 0;
  const changed = ((await db.settings.get(LIBRARY_CHANGED))?.value as number | undefined) ?? 0;
  return changed > last && now - changed >= 7 * 24 * 3_600_000;
}
