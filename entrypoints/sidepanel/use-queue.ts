import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback, useMemo, useSyncExternalStore } from 'react';
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
 * Every item of the queue, live (see `QueueCache`: most severe first, then kept fresh by key);
 * undefined while loading.
 */
export function useQueueItems(): QueueSnapshot | undefined {
  const db = useDb();
  const cache = queueCache(db);
  const subscribe = useCallback((fn: () => void) => cache.subscribe(fn), [cache]);
  return useSyncExternalStore(subscribe, () => cache.snapshot);
}

/** The queue as the Queue screen shows it: filtered and sorted, with how far the reading got. */
export interface QueueView {
  items: FlaggedItem[];
  /** False while less severe items are still being read (the first screen is already final). */
  complete: boolean;
  error?: string;
}

/**
 * Flagged items for a filter, live, as soon as the most severe are read; undefined before. Items
 * are read once and patched as they change; filters and sorting run in memory.
 */
export function useQueueView(query: ItemFilter): QueueView | undefined {
  const snap = useQueueItems();
  return useMemo(
    () => (snap ? { items: filterItems(snap.items, query), complete: snap.complete, error: snap.error } : undefined),
    [snap, query],
  );
}

/** Every flagged item for a filter, live; undefined until all are read (counts are whole). */
export function useFlagged(query: ItemFilter): FlaggedItem[] | undefined {
  const view = useQueueView(query);
  return view?.complete ? view.items : undefined;
}

/** The selected item, read by key so it stays open when a filter hides it. */
export function useSelectedItem() {
  const db = useDb();
  const selectedKey = usePanelStore((s) => s.selectedKey);
  return useLiveQuery(() => (selectedKey ? db.items.get(selectedKey) : undefined), [db, selectedKey]);
}
