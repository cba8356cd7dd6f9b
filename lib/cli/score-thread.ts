/**
 * Thread records for `npm run score`: `turns` is an array of strings in reply order (each replies
 * to the one before) or of comment objects `{id, parentId, author, text, time, likes}`. The record
 * comes back with `escalation: {status, score, derail, reasons}` added (status at the default
 * thresholds, no earlier status). Strings carry no author, so author-based reasons (pile-on,
 * back-and-forth) need the object form. A `parentId` that is not among the turns is allowed (a
 * reply to a comment outside the export).
 */
import { classify } from '@/lib/risk/classify';
import { scoreThread, type ThreadComment } from '@/lib/risk/escalation';
import { parseRelativeTime } from '@/lib/risk/relative-time';
import type { RiskContext, ThreadEscalation } from '@/lib/risk/types';
import { InputError, type InputRecord } from './read-records';

/** Most turns a record may have (the tracker copes with more; this guards against a wrong file). */
export const MAX_TURNS = 10_000;

export interface ThreadRecordEscalation {
  status: ThreadEscalation['status'];
  score: number;
  derail: number;
  reasons: ThreadEscalation['reasons'];
}

const round = (x: number) => Number(x.toFixed(4));
const idOf = (v: unknown) =>
  typeof v === 'string' && v !== '' ? v : typeof v === 'number' && Number.isFinite(v) ? String(v) : undefined;

function timeOf(v: unknown, where: string, now: number): number | undefined {
  if (v === undefined || v === null) return undefined;
  if (typeof v === 'number' && Number.isFinite(v)) return v;
  if (typeof v === 'string') {
    const abs = Date.parse(v);
    const t = Number.isFinite(abs) ? abs : parseRelativeTime(v, now);
    if (t !== undefined) return t;
  }
  throw new InputError(
    `${where}: "time" must be epoch milliseconds, a date or a relative time like "2 h ago", got ${JSON.stringify(v)}`,
  );
}

function toComment(turn: unknown, i: number, prevId: string | undefined, ctx: RiskContext, now: number): ThreadComment {
  const where = `turn ${i + 1}`;
  if (typeof turn === 'string')
    return { id: `t${i + 1}`, parentId: prevId, author: '', text: turn, risk: classify(turn, ctx) };
  if (typeof turn !== 'object' || turn === null || Array.isArray(turn))
    throw new InputError(`${where}: expected a string or an object with "text"`);
  const t = turn as Record<string, unknown>;
  if (typeof t.text !== 'string') throw new InputError(`${where}: needs a "text" string`);
  if (t.id !== undefined && idOf(t.id) === undefined)
    throw new InputError(`${where}: "id" must be a non-empty string or a number`);
  if (t.parentId !== undefined && t.parentId !== null && idOf(t.parentId) === undefined)
    throw new InputError(`${where}: "parentId" must be a string or a number`);
  if (t.author !== undefined && typeof t.author !== 'string')
    throw new InputError(`${where}: "author" must be a string`);
  if (t.likes !== undefined && !(typeof t.likes === 'number' && t.likes >= 0 && Number.isFinite(t.likes)))
    throw new InputError(`${where}: "likes" must be a number ≥ 0`);
  const id = idOf(t.id) ?? `t${i + 1}`;
  const parentId = idOf(t.parentId);
  if (parentId === id) throw new InputError(`${where}: a comment cannot reply to itself ("parentId" equals "id")`);
  return {
    id,
    parentId,
    author: typeof t.author === 'string' ? t.author : '',
    text: t.text,
    time: timeOf(t.time, where, now),
    likes: t.likes as number | undefined,
    risk: classify(t.text, ctx),
  };
}

/**
 * Score a thread record: validates `turns` (clear InputError messages naming the turn) and returns
 * the record with `escalation` added. `now` is when relative times were read (default: the clock).
 */
export function scoreThreadRecord<R extends InputRecord>(
  rec: R,
  ctx: RiskContext = {},
  now: number = Date.now(),
): R & { escalation: ThreadRecordEscalation } {
  const turns = rec.turns;
  if (!Array.isArray(turns) || turns.length === 0)
    throw new InputError('"turns" must be a non-empty array of strings or comment objects');
  if (turns.length > MAX_TURNS)
    throw new InputError(`"turns" has ${turns.length} items; at most ${MAX_TURNS} are scored in one record`);
  const comments: ThreadComment[] = [];
  const ids = new Set<string>();
  turns.forEach((turn, i) => {
    const c = toComment(turn, i, comments[i - 1]?.id, ctx, now);
    if (ids.has(c.id)) throw new InputError(`turn ${i + 1}: duplicate id "${c.id}"`);
    ids.add(c.id);
    comments.push(c);
  });
  const e = scoreThread(comments, now, { brands: ctx.brands, watchKeywords: ctx.watchKeywords });
  return {
    ...rec,
    escalation: { status: e.status, score: round(e.score), derail: round(e.derail), reasons: e.reasons },
  };
}
