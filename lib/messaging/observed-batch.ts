/**
 * The background's check of a `commentsObserved` message, one comment and one thread at a time
 * (docs/RELIABILITY.md H1): every valid comment is kept, every refused one is named with its
 * reason. Only the envelope (page address, title, list sizes) refuses the message as a whole.
 */
import { z } from '@/lib/zod';
import { commentsObservedSchema, observedCommentSchema, threadSummarySchema, type CommentsObserved } from './schemas';
import { OBSERVED_LIMITS as L } from './limits';

export interface Rejection {
  kind: 'comment' | 'thread' | 'batch';
  /** The comment or thread id, when the row had a readable one. */
  id?: string;
  /** The first problem, as "field: message". */
  reason: string;
}

const envelopeSchema = commentsObservedSchema.extend({
  comments: z.array(z.unknown()).max(L.batch),
  threads: z.array(z.unknown()).max(L.batch),
});

/** "field: message" of a zod error's first issue. */
export function firstIssue(error: z.ZodError): string {
  const issue = error.issues[0];
  if (!issue) return 'invalid';
  const path = issue.path.map(String).join('.');
  return (path ? `${path}: ${issue.message}` : issue.message).slice(0, 300);
}

const idOf = (row: unknown, field: 'id' | 'threadId'): string | undefined => {
  const v = row && typeof row === 'object' ? (row as Record<string, unknown>)[field] : undefined;
  return typeof v === 'string' ? v.slice(0, L.id) : undefined;
};

/**
 * Split a decoded message into what can be stored and what cannot. `payload` is null when the
 * envelope itself is invalid; then the one rejection says why and how many comments it carried.
 */
export function splitObserved(raw: unknown): {
  payload: CommentsObserved | null;
  rejected: Rejection[];
  carried: number;
} {
  const env = envelopeSchema.safeParse(raw);
  if (!env.success) {
    const comments = raw && typeof raw === 'object' ? (raw as { comments?: unknown }).comments : undefined;
    return {
      payload: null,
      rejected: [{ kind: 'batch', reason: firstIssue(env.error) }],
      carried: Array.isArray(comments) ? comments.length : 0,
    };
  }
  const rejected: Rejection[] = [];
  const comments: CommentsObserved['comments'] = [];
  for (const row of env.data.comments) {
    const r = observedCommentSchema.safeParse(row);
    if (r.success) comments.push(r.data);
    else rejected.push({ kind: 'comment', id: idOf(row, 'id'), reason: firstIssue(r.error) });
  }
  const threads: CommentsObserved['threads'] = [];
  for (const row of env.data.threads) {
    const r = threadSummarySchema.safeParse(row);
    if (r.success) threads.push(r.data);
    else rejected.push({ kind: 'thread', id: idOf(row, 'threadId'), reason: firstIssue(r.error) });
  }
  return {
    payload: { pageUrl: env.data.pageUrl, pageTitle: env.data.pageTitle, comments, threads },
    rejected,
    carried: env.data.comments.length,
  };
}
