/**
 * Installing the default library: first run adds every default; an update adds new defaults and
 * refreshes only defaults the team never edited. Edited, retired or deleted defaults stay as the
 * team left them. Pure: the repository writes the plan in one transaction.
 */
import type { ReplyTemplate } from './types';

export interface InstallPlan {
  add: ReplyTemplate[];
  update: ReplyTemplate[];
}

/** What to write so the library has the current defaults without losing the team's changes. */
export function planDefaultInstall(
  existing: readonly ReplyTemplate[],
  defaults: readonly ReplyTemplate[],
  now: number,
  deletedIds: readonly string[] = [],
): InstallPlan {
  const byId = new Map(existing.map((t) => [t.id, t]));
  const deleted = new Set(deletedIds);
  const add: ReplyTemplate[] = [];
  const update: ReplyTemplate[] = [];
  for (const d of defaults) {
    const old = byId.get(d.id);
    if (!old) {
      if (!deleted.has(d.id)) add.push({ ...d, createdAt: now, updatedAt: now, approvedAt: now });
      continue;
    }
    const untouched = old.origin === 'default' && old.updatedAt === old.createdAt && old.status === 'approved';
    if (untouched && (old.defaultVersion ?? 0) < (d.defaultVersion ?? 0)) {
      update.push({
        ...d,
        createdAt: old.createdAt,
        updatedAt: old.createdAt,
        approvedAt: old.approvedAt,
        usageCount: old.usageCount,
        lastUsedAt: old.lastUsedAt,
      });
    }
  }
  return { add, update };
}
