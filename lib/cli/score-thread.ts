/**
 * Thread records for `npm run score`: `turns` is an array of strings in reply order, or of
 * comment objects {id, parentId, author, text, time}. Adds `escalation: {status, score, derail, reasons}`.
 */
import { classify } from '@/lib/risk/classify';
import { scoreThread, type ThreadComment } from '@/lib/risk/escalation';
import type { RiskContext } from '@/lib/risk/types';
import { InputError, type InputRecord } from './read-records';

function toComment(turn: unknown, i: number, ctx: RiskContext, prevId: string | undefined): ThreadComment {
  if (typeof turn === 'string') return { id: `t${i}`, parentId: prevId, author: `author${i % 2}`, text: turn, risk: classify(turn, ctx) };
  if (typeof turn !== 'object' || turn === null) throw new InputError(`turn ${i + 1}: expected a string or an object`);
  const t = turn as Record<string, unknown>;
  if (typeof t.text !== 'string') throw new InputError(`turn ${i + 1}: needs a "text" string`);
  const time = typeof t.time === 'number' ? t.time : typeof t.time === 'string' ? Date.parse(t.time) : undefined;
  return {
    id: typeof t.id === 'string' ? t.id : `t${i}`,
    parentId: typeof t.parentId === 'string' ? t.parentId : undefined,
    author: typeof t.author === 'string' ? t.author : `author${i}`,
    text: t.text,
    time: Number.isFinite(time) ? time : undefined,
    likes: typeof t.likes === 'number' ? t.likes : undefined,
    risk: classify(t.text, ctx),
  };
}

/** Score a thread record. */
export function scoreThreadRecord(rec: InputRecord, ctx: RiskContext, now: number): Record<string, unknown> {
  const turns = rec.turns as unknown[];
  const comments: ThreadComment[] = [];
  turns.forEach((turn, i) => comments.push(toComment(turn, i, ctx, comments[i - 1]?.id)));
  const e = scoreThread(comments, now, { brands: ctx.brands, watchKeywords: ctx.watchKeywords });
  return { ...rec, escalation: { status: e.status, score: Number(e.score.toFixed(4)), derail: Number(e.derail.toFixed(4)), reasons: e.reasons } };
}
