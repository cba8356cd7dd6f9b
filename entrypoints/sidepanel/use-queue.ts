import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback, useEffect, useMemo, useSyncExternalStore } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { useDb } from '@/components/DbContext';
import { filterItems, type ItemFilter } from '@/lib/db/items';
import type { FlaggedItem } from '@/lib/db/types';
import type { TabState } from '@/lib/messaging/tab-channel';
import { usePanelStore } from '@/lib/store';
import { queueCache, type QueueSnapshot } from '@/lib/db/queue-cache';

/**
 * The queue's filter with the tab scope applied. "This tab" with no known tab id matches nothing
 * (-1) rather than silently showing every tab.
 */
export function useQueueFilter(tab: TabState | undefined, now?: number): ItemFilter {
  const { filter, scope } = usePanelStore(useShallow((s) => ({ filter: s.filter, scope: s.scope })));
  const tabId = tab && tab.kind !== 'unsupported' ? tab.tabId : tab?.tabId;
  // "Overdue" is judged at the minute: the list is not re-read at every tick of the clock.
  const minute = filter.overdue && now !== undefined ? Math.floor(now / 60_000) * 60_000 : undefined;
  return useMemo(
    () => ({ ...filter, tabId: scope === 'tab' ? (tabId ?? -1) : undefined, now: minute }),
    [filter, scope, tabId, minute],
  );
}

/**
 * The queue as the cache holds it, live (see `QueueCache`: a window of the queue's order, or every
 * item when `all`); undefined while the first read is under way.
 */
export function useQueueItems(all: boolean): QueueSnapshot | undefined {
  const db = useDb();
  const cache = queueCache(db);
  const subscribe = useCallback((fn: () => void) => cache.subscribe(fn), [cache]);
  useEffect(() => (all ? cache.demandAll() : undefined), [cache, all]);
  return useSyncExternalStore(subscribe, () => cache.snapshot);
}

/** Does the filter list every item in the queue's own order (a window of it is enough)? */
export function isWholeQueue(query: ItemFilter): boolean {
  return Object.entries(query).every(([k, v]) =>
    k === 'sort' ? v === undefined || v === 'severity' : v === undefined,
  );
}

/**
 * The queue as the Queue screen shows it: the cache's snapshot (`QueueSnapshot`), filtered and
 * sorted. `reading` is also true while a filter runs over a window; `window` only for the whole
 * queue in its own order.
 */
export type QueueView = Omit<QueueSnapshot, 'items'> & { items: FlaggedItem[] };

/**
 * Flagged items for a filter, live; undefined before the first read. The whole queue in its own
 * order is read a window at a time (`showMore` extends it); any other filter or order reads every
 * item once and filters and sorts in memory. `all` asks for every item whatever the filter.
 */
export function useQueueView(query: ItemFilter, all = false): (QueueView & { showMore(n: number): void }) | undefined {
  const db = useDb();
  const whole = isWholeQueue(query);
  const snap = useQueueItems(all || !whole);
  const showMore = useCallback((n: number) => queueCache(db).showWindow(n), [db]);
  return useMemo(
    () =>
      snap
        ? {
            // A window is in the queue's order already; a filter over a window (until every item
            // is read) shows the window's matches.
            items: whole && snap.window ? [...snap.items] : filterItems(snap.items, query),
            complete: snap.complete,
            reading: snap.reading || (!whole && snap.window),
            window: whole && snap.window,
            more: snap.more,
            total: snap.total,
            groups: whole ? snap.groups : undefined,
            error: snap.error,
            showMore,
          }
        : undefined,
    [snap, query, whole, showMore],
  );
}

/** Every flagged item for a filter, live; undefined until all are read (counts are whole). */
export function useFlagged(query: ItemFilter): FlaggedItem[] | undefined {
  const view = useQueueView(query, true);
  return view?.complete ? view.items : undefined;
}

/** The selected item, read by key so it stays open when a filter hides it. */
export function useSelectedItem() {
  const db = useDb();
  const selectedKey = usePanelStore((s) => s.selectedKey);
  return useLiveQuery(() => (selectedKey ? db.items.get(selectedKey) : undefined), [db, selectedKey]);
}
