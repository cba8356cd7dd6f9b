/**
 * Saved views of the queue: a name for a set of filters, a sort and a scope, picked again later.
 * Stored as one settings row (kept across panel openings and in backups); read defensively, so a
 * row from an older build or a file keeps only the views that still make sense.
 */
import type { StormwatchDB } from './schema';
import type { ItemFilter } from './items';

export const SAVED_VIEWS_KEY = 'queueViews';
/** Views kept at most (oldest dropped first) and the longest name. */
export const MAX_VIEWS = 50;
export const MAX_VIEW_NAME = 60;

export interface SavedView {
  name: string;
  filter: ItemFilter;
  scope: 'tab' | 'all';
}

/** The filter keys a view keeps (what the filters show; never the tab id or the clock). */
const FILTER_KEYS = [
  'platform',
  'minSeverity',
  'statuses',
  'threadKey',
  'language',
  'from',
  'to',
  'search',
  'signal',
  'overdue',
  'assignee',
  'uncertain',
  'sort',
] as const satisfies ReadonlyArray<keyof ItemFilter>;

/** The part of a filter a view keeps. Pure. */
export function viewFilter(filter: ItemFilter): ItemFilter {
  const out: Record<string, unknown> = {};
  for (const k of FILTER_KEYS) if (filter[k] !== undefined) out[k] = filter[k];
  return out as ItemFilter;
}

function parseView(v: unknown): SavedView | null {
  if (typeof v !== 'object' || v === null) return null;
  const { name, filter, scope } = v as Record<string, unknown>;
  if (typeof name !== 'string' || !name.trim() || typeof filter !== 'object' || filter === null) return null;
  return {
    name: name.trim().slice(0, MAX_VIEW_NAME),
    filter: viewFilter(filter as ItemFilter),
    scope: scope === 'tab' ? 'tab' : 'all',
  };
}

/** The saved views, in the order they were saved. */
export async function listViews(db: StormwatchDB): Promise<SavedView[]> {
  const value = (await db.settings.get(SAVED_VIEWS_KEY))?.value;
  return Array.isArray(value) ? value.map(parseView).filter((v): v is SavedView => v !== null) : [];
}

/** Save the current filters under a name (replacing a view of the same name). Returns the view. */
export async function saveView(
  db: StormwatchDB,
  name: string,
  filter: ItemFilter,
  scope: 'tab' | 'all',
): Promise<SavedView> {
  const view: SavedView = { name: name.trim().slice(0, MAX_VIEW_NAME), filter: viewFilter(filter), scope };
  if (!view.name) throw new Error('A saved view needs a name.');
  await db.transaction('rw', db.settings, async () => {
    const views = (await listViews(db)).filter((v) => v.name !== view.name);
    await db.settings.put({ key: SAVED_VIEWS_KEY, value: [...views, view].slice(-MAX_VIEWS) });
  });
  return view;
}

/** Delete a saved view by name. */
export async function deleteView(db: StormwatchDB, name: string): Promise<void> {
  await db.transaction('rw', db.settings, async () => {
    const views = await listViews(db);
    await db.settings.put({ key: SAVED_VIEWS_KEY, value: views.filter((v) => v.name !== name) });
  });
}
