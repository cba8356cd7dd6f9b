import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { useDb } from '@/components/DbContext';
import { filterItems, type ItemFilter } from '@/lib/db/items';
import type { TabState } from '@/lib/messaging/tab-channel';
import { usePanelStore } from '@/lib/store';

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
 * Flagged items for a filter, live; undefined while loading. Every item is read once (and again
 * when the table changes); filters and sorting run in memory, so changing them is instant.
 */
export function useFlagged(query: ItemFilter) {
  const db = useDb();
  const all = useLiveQuery(() => db.items.toArray(), [db]);
  return useMemo(() => (all ? filterItems(all, query) : undefined), [all, query]);
}

/** The selected item, read by key so it stays open when a filter hides it. */
export function useSelectedItem() {
  const db = useDb();
  const selectedKey = usePanelStore((s) => s.selectedKey);
  return useLiveQuery(() => (selectedKey ? db.items.get(selectedKey) : undefined), [db, selectedKey]);
}
