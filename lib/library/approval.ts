/**
 * Approval comes only from a local, named action (docs/RELIABILITY.md H10): "Approve" in the
 * Library with the agent's name set. A template that comes from a file (library import, a
 * backup this profile did not sign) arrives as a draft, without the file's approver.
 */
import type { ReplyTemplate } from './types';

/** The template without approval: an approved one becomes a draft; drafts and retired ones stay. */
export function asDraft(t: ReplyTemplate): ReplyTemplate {
  const { approvedBy: _by, approvedAt: _at, ...rest } = t;
  return { ...rest, status: t.status === 'approved' ? 'draft' : t.status };
}
