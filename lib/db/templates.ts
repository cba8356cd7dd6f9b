/**
 * Repository for the reply library. Only approved templates can be inserted; editing an
 * approved template makes it a draft again.
 */
import type { StormwatchDB } from './schema';
import type { ReplyTemplate } from '@/lib/library/types';
import { DEFAULT_TEMPLATES } from '@/lib/library/default-templates';
import { planDefaultInstall } from '@/lib/library/install-defaults';
import { libraryChanged } from './backup';

const DELETED_DEFAULTS = 'deletedDefaultTemplates';

/**
 * A plain copy of a template built by a caller (editor state, an undo buffer), so that a proxy or
 * class instance never reaches IndexedDB as a DataCloneError (docs/RELIABILITY.md D5). Templates are
 * JSON data: strings, numbers, arrays and optional fields.
 */
const plain = (t: ReplyTemplate): ReplyTemplate => JSON.parse(JSON.stringify(t)) as ReplyTemplate;

/** Install new default templates and refresh untouched ones; never overwrite the team's edits. */
export async function installDefaultTemplates(
  db: StormwatchDB,
  now: number,
): Promise<{ added: number; updated: number }> {
  return db.transaction('rw', db.templates, db.settings, async () => {
    const existing = await db.templates.toArray();
    const deleted = ((await db.settings.get(DELETED_DEFAULTS))?.value as string[] | undefined) ?? [];
    const plan = planDefaultInstall(existing, DEFAULT_TEMPLATES, now, deleted);
    if (plan.add.length + plan.update.length > 0) await db.templates.bulkPut([...plan.add, ...plan.update]);
    return { added: plan.add.length, updated: plan.update.length };
  });
}

/** All templates, newest edits first. */
export async function listTemplates(db: StormwatchDB): Promise<ReplyTemplate[]> {
  const rows = await db.templates.toArray();
  return rows.sort((a, b) => b.updatedAt - a.updatedAt);
}

/** A template changed (or was deleted) by someone else since the editor opened it (docs/RELIABILITY.md H5). */
export class TemplateConflict extends Error {
  constructor(readonly current: ReplyTemplate | undefined) {
    super(
      current
        ? 'This template was changed elsewhere since you opened it.'
        : 'This template was deleted elsewhere since you opened it.',
    );
  }
}

const CONTENT_FIELDS = [
  'title',
  'body',
  'language',
  'tone',
  'categories',
  'stage',
  'claims',
  'tags',
  'variables',
] as const;

/** Do two versions say the same (everything an editor can change)? */
export const sameContent = (a: ReplyTemplate, b: ReplyTemplate): boolean =>
  CONTENT_FIELDS.every((k) => JSON.stringify(a[k]) === JSON.stringify(b[k]));

/**
 * Save a template's content. Its status and approval are the stored record's, never the
 * editor's: approval is recorded only by `approveTemplate` and retirement by `retireTemplate`
 * (docs/RELIABILITY.md H5, H10), so saving an editor opened before another panel retired the
 * template does not bring it back. A new template is a draft; editing an approved one makes it a
 * draft until it is approved again.
 *
 * `base` is the version the editor started from (null for a new template): an editor whose
 * content is unchanged writes nothing, and one whose record changed since (another panel saved,
 * approved, retired or deleted it) gets a TemplateConflict with the current version, so the user
 * can keep either. Without `base` nothing is compared.
 */
export async function saveTemplate(
  db: StormwatchDB,
  t: ReplyTemplate,
  now: number,
  opts: { base?: ReplyTemplate | null } = {},
): Promise<void> {
  const written = await db.transaction('rw', db.templates, async () => {
    const old = await db.templates.get(t.id);
    if (opts.base !== undefined) {
      if (opts.base && sameContent(t, opts.base)) return false;
      const moved = opts.base === null ? old !== undefined : !old || old.updatedAt !== opts.base.updatedAt;
      if (moved) throw new TemplateConflict(old);
    }
    // Variable defaults end up in the inserted text, so changing them needs approval again too.
    const contentChanged =
      !old ||
      old.body !== t.body ||
      old.title !== t.title ||
      old.language !== t.language ||
      old.tone !== t.tone ||
      JSON.stringify(old.variables) !== JSON.stringify(t.variables);
    const next: ReplyTemplate = {
      ...plain(t),
      updatedAt: Math.max(now, (old?.updatedAt ?? 0) + 1),
      status: old?.status ?? 'draft',
      approvedBy: old?.approvedBy,
      approvedAt: old?.approvedAt,
    };
    if (!old || (old.status === 'approved' && contentChanged)) {
      next.status = 'draft';
      next.approvedBy = undefined;
      next.approvedAt = undefined;
    }
    await db.templates.put(next);
    return true;
  });
  if (written) await libraryChanged(db, now);
}

/** Approve a template: a local action with the approver's name (who and when are recorded). */
export async function approveTemplate(db: StormwatchDB, id: string, by: string, now: number): Promise<void> {
  if (!by.trim()) throw new Error('Approval records who approved: set your name in Settings first.');
  await db.transaction('rw', db.templates, async () => {
    const old = await db.templates.get(id);
    await db.templates.update(id, {
      status: 'approved',
      approvedBy: by.trim(),
      approvedAt: now,
      updatedAt: Math.max(now, (old?.updatedAt ?? 0) + 1),
    });
  });
  await libraryChanged(db, now);
}

/** Retire a template: kept for the record, never suggested or inserted. */
export async function retireTemplate(db: StormwatchDB, id: string, now: number): Promise<void> {
  await db.transaction('rw', db.templates, async () => {
    const old = await db.templates.get(id);
    // Strictly later than the version an open editor holds, even within one millisecond (H5).
    await db.templates.update(id, { status: 'retired', updatedAt: Math.max(now, (old?.updatedAt ?? 0) + 1) });
  });
  await libraryChanged(db, now);
}

/** Delete a template; returns it so the UI can offer undo. Deleted defaults are not reinstalled. */
export async function deleteTemplate(db: StormwatchDB, id: string): Promise<ReplyTemplate | undefined> {
  return db.transaction('rw', db.templates, db.settings, async () => {
    const t = await db.templates.get(id);
    if (!t) return undefined;
    await db.templates.delete(id);
    if (t.origin === 'default') {
      const deleted = ((await db.settings.get(DELETED_DEFAULTS))?.value as string[] | undefined) ?? [];
      await db.settings.put({ key: DELETED_DEFAULTS, value: [...new Set([...deleted, id])] });
    }
    await libraryChanged(db, Date.now());
    return t;
  });
}

/** Undo a delete. */
export async function restoreTemplate(db: StormwatchDB, t: ReplyTemplate): Promise<void> {
  await db.transaction('rw', db.templates, db.settings, async () => {
    await db.templates.put(plain(t));
    const deleted = ((await db.settings.get(DELETED_DEFAULTS))?.value as string[] | undefined) ?? [];
    await db.settings.put({ key: DELETED_DEFAULTS, value: deleted.filter((d) => d !== t.id) });
  });
}

/** Record that a template was inserted (usage count, last used). */
export async function templateUsed(db: StormwatchDB, id: string, now: number): Promise<void> {
  await db.templates
    .where('id')
    .equals(id)
    .modify((t) => {
      t.usageCount += 1;
      t.lastUsedAt = now;
    });
}
