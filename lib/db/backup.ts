/**
 * Backup and restore of everything Stormwatch keeps: reply library, settings (with the
 * false-positive overrides), flagged items, threads, the response log, incidents with their fact
 * history (optional in the file: backups made before incidents existed restore with none) and
 * panel-side state.
 *
 * Restoring reads the file into a plan first (`inspectBackup`): every row of every table and
 * every setting is parsed with the schemas of the records the product writes
 * (`record-schemas.ts`, `settings-schema.ts`), and each row that does not parse is named with its
 * reason (docs/RELIABILITY.md H3). Nothing is written unless every row parses; then the file is
 * merged with the current data in one transaction (all or nothing; the merge rules are in
 * backup-merge.ts). Templates keep their approval only when the file carries this profile's own
 * signature (`signer`); otherwise they arrive as drafts (H10).
 */
import { z } from '@/lib/zod';
import type { StormwatchDB } from './schema';
import type { Settings } from '@/lib/settings';
import { planMerge, type BackupRows } from './backup-merge';
import {
  factEventSchema,
  flaggedItemSchema,
  incidentSchema,
  responseEventSchema,
  stateRowSchema,
  templateSchema,
  threadRecordSchema,
} from './record-schemas';
import { readSettings, settingsProblems } from '@/lib/settings-schema';
import { asDraft } from '@/lib/library/approval';
import { isRetiredRow } from './retention';

export const BACKUP_FORMAT = 'stormwatch-backup';
export const BACKUP_VERSION = 1;
export const MAX_BACKUP_BYTES = 200 * 1024 * 1024;
const LAST_BACKUP = 'lastBackupAt';
const LIBRARY_CHANGED = 'libraryChangedAt';

/** Signs a backup's body with a key of this browser profile, and checks such a signature. */
export interface BackupSigner {
  sign(body: string): Promise<string>;
  verify(body: string, signature: string): Promise<boolean>;
}

const rows = z.array(z.unknown());
const envelopeSchema = z
  .object({
    format: z.literal(BACKUP_FORMAT),
    schemaVersion: z.literal(BACKUP_VERSION),
    createdAt: z.string().max(40),
    settings: z.unknown(),
    templates: rows,
    items: rows,
    threads: rows,
    events: rows,
    state: rows,
    incidents: rows.optional(),
    factEvents: rows.optional(),
    signature: z.string().max(200).optional(),
  })
  .strict();

const TABLES = {
  templates: templateSchema,
  items: flaggedItemSchema,
  threads: threadRecordSchema,
  events: responseEventSchema,
  state: stateRowSchema,
  incidents: incidentSchema,
  factEvents: factEventSchema,
} as const;
export type BackupTable = keyof typeof TABLES;
const KEY_OF: Record<BackupTable, string> = {
  templates: 'id',
  items: 'key',
  threads: 'key',
  events: 'id',
  state: 'key',
  incidents: 'id',
  factEvents: 'id',
};

export class BackupError extends Error {}

/** A row (or setting) that does not parse: where it is and why. */
export interface RowProblem {
  table: BackupTable | 'settings';
  /** Index of the row in its table (0-based); absent for settings. */
  row?: number;
  /** The row's key, when it has a readable one; the setting's field. */
  key?: string;
  reason: string;
}

/** What a backup file would restore, and every problem that keeps it from being restored. */
export interface BackupPlan {
  createdAt: string;
  /** Made by this profile's own backup (its signature checks out): approvals are kept. */
  signed: boolean;
  settings: Settings | null;
  tables: BackupRows;
  problems: RowProblem[];
}

/** Everything, as a backup file's text, signed when a signer is given. Records the time of the backup. */
export async function createBackup(
  db: StormwatchDB,
  settings: Settings | null,
  now: number,
  signer?: BackupSigner,
): Promise<string> {
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
  const body = {
    format: BACKUP_FORMAT,
    schemaVersion: BACKUP_VERSION,
    createdAt: new Date(now).toISOString(),
    settings,
    templates,
    items,
    threads,
    events,
    // Retention's marks are this profile's bookkeeping (lib/db/retention.ts), not state to restore.
    state: state.filter((s) => s.key !== LAST_BACKUP && !isRetiredRow(s.key)),
    incidents,
    factEvents,
  };
  const text = JSON.stringify(body);
  return signer ? JSON.stringify({ ...body, signature: await signer.sign(text) }) : text;
}

const keyOf = (row: unknown, field: string): string | undefined => {
  const v = row && typeof row === 'object' ? (row as Record<string, unknown>)[field] : undefined;
  return typeof v === 'string' || typeof v === 'number' ? String(v).slice(0, 200) : undefined;
};

/**
 * Read a backup file into a plan. Throws a BackupError only when the file as a whole is not a
 * backup (too large, not JSON, another format or version); problems of rows and settings are
 * listed in the plan, all of them.
 */
export async function inspectBackup(
  file: { size: number; text(): Promise<string> },
  signer?: BackupSigner,
): Promise<BackupPlan> {
  if (file.size > MAX_BACKUP_BYTES) throw new BackupError('The backup file is too large.');
  let raw: unknown;
  try {
    raw = JSON.parse(await file.text(), (k, v: unknown) =>
      k === '__proto__' || k === 'constructor' || k === 'prototype' ? undefined : v,
    );
  } catch {
    throw new BackupError('The backup file is not valid JSON.');
  }
  const env = envelopeSchema.safeParse(raw);
  if (!env.success) {
    const issue = env.error.issues[0]!;
    throw new BackupError(
      `Not a Stormwatch backup (version ${BACKUP_VERSION}): ${issue.path.join('.') || 'file'}: ${issue.message}`,
    );
  }
  const b = env.data;
  const problems: RowProblem[] = [];
  const tables = {} as Record<BackupTable, unknown[]>;
  for (const [table, schema] of Object.entries(TABLES) as Array<[BackupTable, z.ZodType]>) {
    const out: unknown[] = [];
    const seen = new Set<string>();
    (b[table] ?? []).forEach((row, i) => {
      const r = schema.safeParse(row);
      const key = keyOf(row, KEY_OF[table]);
      if (!r.success) {
        const issue = r.error.issues[0]!;
        problems.push({ table, row: i, key, reason: `${issue.path.join('.') || 'row'}: ${issue.message}` });
        return;
      }
      if (key !== undefined && seen.has(key)) problems.push({ table, row: i, key, reason: 'the same key twice' });
      if (key !== undefined) seen.add(key);
      out.push(r.data);
    });
    tables[table] = out;
  }
  if (b.settings !== null && b.settings !== undefined)
    for (const p of settingsProblems(b.settings)) problems.push({ table: 'settings', key: p.field, reason: p.reason });
  let signed = false;
  if (signer && b.signature) {
    const { signature, ...body } = b as typeof b & Record<string, unknown>;
    // The body as it was signed: JSON.parse keeps the order of keys, so this is the text that was signed.
    signed = await signer.verify(JSON.stringify(body), signature!).catch(() => false);
  }
  return {
    createdAt: b.createdAt,
    signed,
    settings: b.settings === null || b.settings === undefined ? null : readSettings(b.settings),
    tables: tables as unknown as BackupPlan['tables'],
    problems,
  };
}

/**
 * Merge a plan's data with the current data, in one transaction. Refuses a plan with problems
 * (nothing is written). Templates of a file this profile did not sign arrive as drafts.
 * Returns the settings to apply.
 */
export async function applyBackup(db: StormwatchDB, plan: BackupPlan): Promise<Settings | null> {
  if (plan.problems.length > 0)
    throw new BackupError(`The backup has ${plan.problems.length} rows that do not parse; nothing was restored.`);
  const t = plan.tables;
  const templates = plan.signed ? t.templates : t.templates.map(asDraft);
  await db.transaction(
    'rw',
    [db.templates, db.items, db.threads, db.events, db.settings, db.incidents, db.factEvents],
    async () => {
      const current = await Promise.all([
        db.templates.toArray(),
        db.items.toArray(),
        db.threads.toArray(),
        db.events.toArray(),
        db.settings.toArray(),
        db.incidents.toArray(),
        db.factEvents.toArray(),
      ]);
      const [curTemplates, items, threads, events, state, incidents, factEvents] = current;
      const file: BackupRows = {
        templates,
        items: t.items,
        threads: t.threads,
        events: t.events,
        state: t.state.filter((x) => x.key !== LAST_BACKUP),
        incidents: t.incidents,
        factEvents: t.factEvents,
      };
      const merge = planMerge({ templates: curTemplates, items, threads, events, state, incidents, factEvents }, file);
      await db.incidents.bulkPut(merge.incidents);
      await db.factEvents.bulkAdd(merge.factEvents);
      await db.templates.bulkPut(merge.templates);
      await db.items.bulkPut(merge.items);
      await db.threads.bulkPut(merge.threads);
      await db.events.bulkAdd(merge.events);
      await db.settings.bulkPut(merge.state);
    },
  );
  return plan.settings;
}

/** Read, check and restore a backup file (`inspectBackup`, then `applyBackup`). */
export async function restoreBackup(
  db: StormwatchDB,
  file: { size: number; text(): Promise<string> },
  signer?: BackupSigner,
): Promise<Settings | null> {
  const plan = await inspectBackup(file, signer);
  if (plan.problems.length > 0) {
    const p = plan.problems[0]!;
    throw new BackupError(
      `The backup has ${plan.problems.length} rows that do not parse (first: ${p.table}${p.row === undefined ? '' : ` row ${p.row + 1}`}${p.key ? ` "${p.key}"` : ''}: ${p.reason}); nothing was restored.`,
    );
  }
  return applyBackup(db, plan);
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
