/**
 * Restoring a backup merges it with what the browser already has, so restoring a colleague's or an
 * older backup never loses work done since. Pure: rows in, rows to write out.
 * - Templates and threads: the newer version of each (by `updatedAt`; a tie keeps the current one);
 *   a default template this browser never touched gives way to the backup's copy.
 * - Items: every item of either side; for an item on both, the side with the later activity gives
 *   what the team decided: status, note, closing and reply facts, and the assignee (the other
 *   side's when the winner has none); first/last seen span both. Activity is the latest log entry;
 *   a side whose only activity is a sighting (a tab reporting the comment again bumps `lastSeen`)
 *   never outranks a side with a logged action, so a comment dismissed here is not reopened by a
 *   copy that was merely seen later (docs/RELIABILITY.md H11). With no log on either side, the
 *   later sighting wins.
 * - Response log and fact history: both, each entry once (entries are compared without their local id).
 * - Incidents: both; a close on either side stays (the earliest).
 * - Panel state rows: the current value wins, the backup adds what is missing.
 * - Settings: the current values (the backup's where a value was never changed from its default),
 *   with the lists (brands, keywords, false positives, sites) joined.
 */
import type { FlaggedItem, ResponseEvent, SettingRow, ThreadRecord } from './types';
import type { ReplyTemplate } from '@/lib/library/types';
import type { FactEvent, Incident } from '@/lib/library/facts';
import type { Settings } from '@/lib/settings';

export interface BackupRows {
  templates: ReplyTemplate[];
  items: FlaggedItem[];
  threads: ThreadRecord[];
  events: ResponseEvent[];
  state: SettingRow[];
  incidents: Incident[];
  factEvents: FactEvent[];
}

/** What to write: rows to put (by key) and log entries to add (without ids). */
export interface MergePlan {
  templates: ReplyTemplate[];
  items: FlaggedItem[];
  threads: ThreadRecord[];
  events: ResponseEvent[];
  state: SettingRow[];
  incidents: Incident[];
  factEvents: FactEvent[];
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
const withoutId = <T extends { id?: number }>(x: T): Omit<T, 'id'> => {
  const { id: _id, ...rest } = x;
  return rest;
};
/** Log entries compared by content; key order normalised so a file written elsewhere still matches. */
const signature = (x: object) =>
  JSON.stringify(
    Object.entries(withoutId(x as { id?: number }))
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => a.localeCompare(b)),
  );

function newer<T>(
  current: T[],
  file: T[],
  key: (x: T) => string,
  time: (x: T) => number,
  pristine: (x: T) => boolean = () => false,
): T[] {
  const cur = new Map(current.map((x) => [key(x), x]));
  return file.filter((f) => {
    const c = cur.get(key(f));
    return !c || ((time(f) > time(c) || pristine(c)) && !same(c, f));
  });
}

/** A default template as installed here, never edited (the same test the default installer uses). */
const untouchedDefault = (t: ReplyTemplate) =>
  t.origin === 'default' && t.updatedAt === t.createdAt && t.status === 'approved';

function lastActivity(events: ResponseEvent[]): Map<string, number> {
  const last = new Map<string, number>();
  for (const e of events) last.set(e.itemKey, Math.max(last.get(e.itemKey) ?? -Infinity, e.at));
  return last;
}

/** Merge a backup's rows into the current rows. */
export function planMerge(current: BackupRows, file: BackupRows): MergePlan {
  const seen = new Set(current.events.map(signature));
  const events = file.events
    .filter((e) => !seen.has(signature(e)) && (seen.add(signature(e)), true))
    .map((e) => withoutId(e) as ResponseEvent);
  const factSeen = new Set(current.factEvents.map(signature));
  const factEvents = file.factEvents
    .filter((e) => !factSeen.has(signature(e)) && (factSeen.add(signature(e)), true))
    .map((e) => withoutId(e) as FactEvent);

  const curItems = new Map(current.items.map((i) => [i.key, i]));
  const curLast = lastActivity(current.events);
  const fileLast = lastActivity(file.events);
  const items: FlaggedItem[] = [];
  for (const f of file.items) {
    const c = curItems.get(f.key);
    if (!c) {
      items.push(f);
      continue;
    }
    const fa = fileLast.get(f.key);
    const ca = curLast.get(c.key);
    // A logged action beats a bare sighting; two of a kind compare by time.
    const fileWins =
      fa !== undefined && ca !== undefined
        ? fa > ca
        : fa === undefined && ca === undefined
          ? f.lastSeen > c.lastSeen
          : fa !== undefined;
    const merged: FlaggedItem = {
      ...(fileWins
        ? {
            ...c,
            status: f.status,
            note: f.note,
            closedAt: f.closedAt,
            respondedAt: f.respondedAt,
            agent: f.agent,
            templateId: f.templateId,
            assignee: f.assignee ?? c.assignee,
          }
        : c),
      firstSeen: Math.min(c.firstSeen, f.firstSeen),
      lastSeen: Math.max(c.lastSeen, f.lastSeen),
    };
    if (!same(merged, c)) items.push(merged);
  }

  const curIncidents = new Map(current.incidents.map((i) => [i.id, i]));
  const incidents = file.incidents.flatMap((f) => {
    const c = curIncidents.get(f.id);
    if (!c) return [f];
    const closed = [c.closedAt, f.closedAt].filter((x): x is number => x !== undefined);
    const merged = closed.length ? { ...c, closedAt: Math.min(...closed) } : c;
    return same(merged, c) ? [] : [merged];
  });

  const stateKeys = new Set(current.state.map((s) => s.key));
  return {
    templates: newer(
      current.templates,
      file.templates,
      (t) => t.id,
      (t) => t.updatedAt,
      untouchedDefault,
    ),
    threads: newer(
      current.threads,
      file.threads,
      (t) => t.key,
      (t) => t.updatedAt,
    ),
    items,
    events,
    state: file.state.filter((s) => !stateKeys.has(s.key)),
    incidents,
    factEvents,
  };
}

const union = (a: string[], b: string[]) => [...new Set([...a, ...b])];

/**
 * Settings after a restore: the current ones, with the backup's list entries added, and the
 * backup's value where the current one is still the default. No current settings: the backup's.
 * (`defaults` is passed in: this module stays free of the extension's storage API.)
 */
export function mergeSettings(
  current: Settings | null | undefined,
  file: Settings | null,
  defaults: Settings,
): Settings | null {
  if (!current) return file;
  if (!file) return current;
  const hosts = new Set(current.genericSites.map((s) => s.host));
  const scalars: Partial<Settings> = {};
  for (const k of Object.keys(defaults) as Array<keyof Settings>) {
    if (file[k] !== undefined && same(current[k], defaults[k])) (scalars as Record<string, unknown>)[k] = file[k];
  }
  return {
    ...current,
    ...scalars,
    brands: union(current.brands, file.brands ?? []),
    watchKeywords: union(current.watchKeywords, file.watchKeywords ?? []),
    ignoredPhrases: union(current.ignoredPhrases, file.ignoredPhrases ?? []),
    ignoredAuthors: union(current.ignoredAuthors, file.ignoredAuthors ?? []),
    ignoredThreads: union(current.ignoredThreads, file.ignoredThreads ?? []),
    genericSites: [...current.genericSites, ...(file.genericSites ?? []).filter((s) => !hosts.has(s.host))],
  };
}
