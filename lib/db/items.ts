/**
 * Repository for flagged items, threads and the response log. Functions return promises and do
 * not catch: errors are handled at the edges (message handler, React event handler).
 */
import type { StormwatchDB } from './schema';
import type { FlaggedItem, ItemStatus, ResponseEvent, ThreadRecord } from './types';
import type { CommentsObserved, ObservedComment } from '@/lib/messaging/protocol';
import {
  CRISIS_SIGNALS,
  SEVERITY_RANK,
  type CrisisSignal,
  type Language,
  type Severity,
  type ToxicityKind,
} from '@/lib/risk/types';
import { fold } from '@/lib/risk/thread-features';
import type { PlatformId } from '@/lib/platforms/types';
import { isClosed, postedAt } from './clock';
import { changeStatusWhere, isOverdue, putInParts, SLA_MS } from './triage';
import { retiredAmong } from './retention';

export const itemKey = (platform: string, commentId: string): string => `${platform}:${commentId}`;

function toItem(
  c: ObservedComment,
  pageUrl: string,
  pageTitle: string | undefined,
  tabId: number | undefined,
  now: number,
): FlaggedItem {
  return {
    key: itemKey(c.platform, c.id),
    platform: c.platform,
    commentId: c.id,
    author: c.author,
    text: c.text,
    pageUrl,
    pageTitle,
    permalink: c.permalink,
    parentId: c.parentId,
    depth: c.depth,
    likes: c.likes,
    publishedAt: c.publishedAt,
    publishedWithinMs: c.publishedWithinMs,
    relativeTime: c.relativeTime,
    threadKey: itemKey(c.platform, c.threadId),
    ...c.risk,
    severityRank: SEVERITY_RANK[c.risk.severity],
    status: 'new',
    firstSeen: now,
    lastSeen: now,
    tabId,
    textHash: c.textHash,
  };
}

/**
 * Store what a page reported: new items are added as `new`; known items keep their status,
 * note and first-seen time and get the new scores when their text changed. One transaction.
 */
export async function saveObserved(
  db: StormwatchDB,
  payload: CommentsObserved,
  tabId: number | undefined,
  now: number,
): Promise<number> {
  return db.transaction('rw', db.items, db.threads, db.settings, async () => {
    const keys = payload.comments.map((c) => itemKey(c.platform, c.id));
    const existing = await db.items.bulkGet(keys);
    // A finished comment retention deleted is not new work when its page is read again.
    const retired = await retiredAmong(
      db,
      keys.filter((_, i) => !existing[i]),
    );
    const comments = payload.comments.filter((_, i) => !retired.has(keys[i]!));
    const kept = existing.filter((_, i) => !retired.has(keys[i]!));
    const rows = comments.map((c, i) => {
      const fresh = toItem(c, payload.pageUrl, payload.pageTitle, tabId, now);
      const old = kept[i];
      if (!old) return fresh;
      return {
        ...fresh,
        status: old.status,
        note: old.note,
        firstSeen: old.firstSeen,
        // "2 h ago" read again later is no more precise: keep the better of the two readings.
        ...(old.publishedAt &&
        (fresh.publishedAt === undefined || (old.publishedWithinMs ?? 0) <= (fresh.publishedWithinMs ?? 0))
          ? { publishedAt: old.publishedAt, publishedWithinMs: old.publishedWithinMs }
          : {}),
        closedAt: old.closedAt,
        respondedAt: old.respondedAt,
        templateId: old.templateId,
        agent: old.agent,
        assignee: old.assignee,
      } satisfies FlaggedItem;
    });
    // In parts, so open panels patch these items instead of reading the queue again.
    await putInParts(db, rows);
    const threadKeys = payload.threads.map((t) => itemKey(t.platform, t.threadId));
    const oldThreads = await db.threads.bulkGet(threadKeys);
    await db.threads.bulkPut(
      payload.threads.map((t, i): ThreadRecord => ({
        key: threadKeys[i]!,
        platform: t.platform,
        threadId: t.threadId,
        pageUrl: payload.pageUrl,
        permalink: t.permalink,
        status: t.status,
        score: t.score,
        derail: t.derail,
        reasons: t.reasons,
        commentCount: t.commentCount,
        riskyCount: t.riskyCount,
        firstSeen: oldThreads[i]?.firstSeen ?? now,
        updatedAt: now,
      })),
    );
    return rows.length;
  });
}

export interface ItemFilter {
  platform?: PlatformId;
  minSeverity?: Severity;
  statuses?: readonly ItemStatus[];
  threadKey?: string;
  language?: Language;
  tabId?: number;
  from?: number;
  to?: number;
  /** Search in text and author, ignoring case and diacritics ("sadzie" finds "SĄDZIE"). */
  search?: string;
  /** Only items with this signal (score at least 0.5). */
  signal?: CrisisSignal | ToxicityKind;
  /** Only open items past their severity's response target, at `now`. */
  overdue?: boolean;
  /** Only items assigned to this name ('' for unassigned). */
  assignee?: string;
  /** The time `overdue` is judged at (the panel passes it rounded to the minute). */
  now?: number;
  uncertain?: boolean;
  author?: string;
  sort?: 'newest' | 'severity' | 'waiting' | 'signal' | 'overdue' | 'assignee' | 'language';
}

/** Flagged items matching the filter, sorted. Used through `useLiveQuery`. */
export async function listFlagged(db: StormwatchDB, filter: ItemFilter = {}): Promise<FlaggedItem[]> {
  const base = filter.threadKey
    ? db.items.where('threadKey').equals(filter.threadKey)
    : filter.author !== undefined
      ? db.items.where('author').equals(filter.author)
      : db.items.toCollection();
  return filterItems(await base.toArray(), filter);
}

const postedTimes = new WeakMap<FlaggedItem, number>();

/**
 * The items of `all` that match the filter, sorted. Pure: the panel keeps every item in memory and
 * re-filters there, so a filter change does not read 10,000 items from IndexedDB again.
 */
export function filterItems(all: readonly FlaggedItem[], filter: ItemFilter = {}): FlaggedItem[] {
  const minRank = filter.minSeverity ? SEVERITY_RANK[filter.minSeverity] : 0;
  const needle = filter.search?.trim() ? fold(filter.search.trim()) : undefined;
  const now = filter.now ?? Date.now();
  const signal = filter.signal;
  const strength = (it: FlaggedItem, s: CrisisSignal | ToxicityKind) =>
    s in it.signals ? it.signals[s as CrisisSignal] : (it.toxicityBy[s as ToxicityKind] ?? 0);
  const rows = all.filter(
    (it) =>
      (!filter.threadKey || it.threadKey === filter.threadKey) &&
      (filter.author === undefined || it.author === filter.author) &&
      (!filter.platform || it.platform === filter.platform) &&
      it.severityRank >= minRank &&
      (!filter.statuses || filter.statuses.length === 0 || filter.statuses.includes(it.status)) &&
      (!filter.language || it.language === filter.language) &&
      (filter.tabId === undefined || it.tabId === filter.tabId) &&
      (filter.from === undefined || it.firstSeen >= filter.from) &&
      (filter.to === undefined || it.firstSeen <= filter.to) &&
      (filter.uncertain === undefined || it.uncertain === filter.uncertain) &&
      (!signal || strength(it, signal) >= 0.5) &&
      (filter.assignee === undefined || (it.assignee ?? '') === filter.assignee) &&
      (!filter.overdue || isOverdue(it, now)) &&
      (!needle || fold(it.text).includes(needle) || fold(it.author).includes(needle)),
  );
  const sort = filter.sort ?? 'severity';
  // Sorted by when each comment was posted, computed once per stored item (items are kept in
  // memory between filter changes; a changed item is a new object).
  const at = (r: FlaggedItem) => {
    let t = postedTimes.get(r);
    if (t === undefined) postedTimes.set(r, (t = postedAt(r)));
    return t;
  };
  // 'signal': the chosen signal's strength, else the strongest crisis signal.
  const strongest =
    sort === 'signal'
      ? new Map(
          rows.map((r) => [
            r.key,
            signal
              ? strength(r, signal)
              : Math.max(0, ...CRISIS_SIGNALS.filter((s) => s !== 'brandMention').map((s) => r.signals[s])),
          ]),
        )
      : null;
  const topSignal = (r: FlaggedItem) => strongest!.get(r.key)!;
  // 'overdue': how far past its target each open item is (closed ones last).
  const late =
    sort === 'overdue'
      ? new Map(rows.map((r) => [r.key, isClosed(r.status) ? -Infinity : (now - at(r)) / SLA_MS[r.severity]]))
      : null;
  const lateness = (r: FlaggedItem) => late!.get(r.key)!;
  const LANG_ORDER = { pl: 0, en: 1, other: 2 } as const;
  rows.sort((a, b) =>
    sort === 'newest'
      ? at(b) - at(a)
      : sort === 'waiting'
        ? // Open items first, longest waiting first; closed ones no longer wait.
          Number(isClosed(a.status)) - Number(isClosed(b.status)) || at(a) - at(b)
        : sort === 'signal'
          ? topSignal(b) - topSignal(a) || b.severityRank - a.severityRank || at(b) - at(a)
          : sort === 'overdue'
            ? lateness(b) - lateness(a) || b.severityRank - a.severityRank
            : sort === 'assignee'
              ? // Unassigned first (they need someone), then by name.
                (a.assignee ?? '').localeCompare(b.assignee ?? '') || b.severityRank - a.severityRank || at(a) - at(b)
              : sort === 'language'
                ? LANG_ORDER[a.language] - LANG_ORDER[b.language] || b.severityRank - a.severityRank || at(b) - at(a)
                : // The queue's own order, as its index holds it (equal in all: by key).
                  b.severityRank - a.severityRank ||
                  b.risk - a.risk ||
                  at(b) - at(a) ||
                  (a.key < b.key ? -1 : a.key > b.key ? 1 : 0),
  );
  return rows;
}

/** Change an item's status; the change is recorded in the response log. */
export async function changeStatus(
  db: StormwatchDB,
  key: string,
  to: ItemStatus,
  opts: { agent?: string; note?: string; now: number },
): Promise<void> {
  await db.transaction('rw', db.items, db.events, async () => {
    const item = await db.items.get(key);
    if (!item) throw new Error(`No flagged item ${key}`);
    if (item.status === to && opts.note === undefined) return;
    const patch: Partial<FlaggedItem> = { status: to };
    if (opts.note !== undefined) patch.note = opts.note;
    // The clock stops when the item is closed and runs again if it is reopened.
    if (isClosed(to) && !isClosed(item.status)) patch.closedAt = opts.now;
    if (!isClosed(to)) patch.closedAt = undefined;
    if ((to === 'replied' || to === 'resolved' || to === 'escalated') && item.respondedAt === undefined) {
      patch.respondedAt = opts.now;
      patch.agent = opts.agent;
    }
    await db.items.update(key, patch);
    const event: ResponseEvent = {
      itemKey: key,
      type: 'statusChanged',
      at: opts.now,
      agent: opts.agent,
      from: item.status,
      to,
    };
    if (opts.note !== undefined) event.note = opts.note;
    await db.events.add(event);
  });
}

/** Save an item's note (recorded in the log). */
export async function changeNote(
  db: StormwatchDB,
  key: string,
  note: string,
  opts: { agent?: string; now: number },
): Promise<void> {
  await db.transaction('rw', db.items, db.events, async () => {
    await db.items.update(key, { note });
    await db.events.add({ itemKey: key, type: 'noteChanged', at: opts.now, agent: opts.agent, note });
  });
}

/** The response log of one item, oldest first. */
export function eventsFor(db: StormwatchDB, key: string): Promise<ResponseEvent[]> {
  return db.events.where('itemKey').equals(key).sortBy('at');
}

/** Open (new or in progress): what ignoring an author or dismissing a thread dismisses. */
export const isOpenForDismissal = (it: Pick<FlaggedItem, 'status'>): boolean =>
  it.status === 'new' || it.status === 'inProgress';

/**
 * "Ignore author": dismiss every open item of the author on that platform (each change logged),
 * as the confirmation showed. Returns how many were dismissed.
 */
export async function dismissAuthor(
  db: StormwatchDB,
  platform: PlatformId,
  author: string,
  opts: { agent?: string; note?: string; now: number },
): Promise<number> {
  return dismissOpen(
    db,
    async () => (await db.items.where('author').equals(author).primaryKeys()) as string[],
    (it) => it.platform === platform,
    opts,
  );
}

/** Dismiss the open items among `keys` (read in the same transaction) that `also` accepts, each change logged. */
function dismissOpen(
  db: StormwatchDB,
  keys: () => Promise<readonly string[]>,
  also: (it: FlaggedItem) => boolean,
  opts: { agent?: string; note?: string; now: number },
): Promise<number> {
  return changeStatusWhere(db, keys, 'dismissed', opts, (it) => isOpenForDismissal(it) && also(it));
}

/**
 * "Not a crisis": dismiss every open item of a thread (each change logged). Items already
 * answered or closed keep their status. Returns how many were dismissed.
 */
export async function dismissThread(
  db: StormwatchDB,
  threadKey: string,
  opts: { agent?: string; note?: string; now: number },
): Promise<number> {
  return dismissOpen(
    db,
    async () => (await db.items.where('threadKey').equals(threadKey).primaryKeys()) as string[],
    () => true,
    opts,
  );
}
