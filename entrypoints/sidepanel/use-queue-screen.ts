import { useCallback, useEffect, useMemo } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { useShallow } from 'zustand/react/shallow';
import { useDb } from '@/components/DbContext';
import type { ItemStatus } from '@/lib/db/types';
import { groupRows } from '@/lib/db/triage';
import { queueCache } from '@/lib/db/queue-cache';
import { deleteView, listViews, saveView, type SavedView } from '@/lib/db/saved-views';
import { usePanelStore } from '@/lib/store';
import { useT } from '@/lib/i18n/react';
import { messageOf, type PanelEnv } from './env';
import { useQueueKeys, useStatusKeys } from './hooks';
import { useItemActions } from './use-item-actions';
import { useQueueFilter, useQueueView } from './use-queue';

/** The queue's items as rows (groups, expanded members), the names assigned, and the view. */
function useQueueRows(env: PanelEnv) {
  const db = useDb();
  const expanded = usePanelStore((s) => s.expanded);
  const view = useQueueView(useQueueFilter(env.tab, env.now));
  const items = view?.items;
  const groups = view?.groups;
  const rows = useMemo(
    () => (items ? groupRows(items, new Set(expanded), groups) : undefined),
    [items, expanded, groups],
  );
  // An open group lists its items: while one is open, every item is held (a window holds a few).
  const open = !!rows?.some((r) => (r.group || r.all) && expanded.includes(r.item.key));
  useEffect(() => (open ? queueCache(db).demandAll() : undefined), [db, open]);
  // Every name assigned, from the index (a window does not hold every item).
  const named = useLiveQuery(() => db.items.orderBy('assignee').uniqueKeys(), [db]);
  const assignees = useMemo(
    () =>
      [
        ...new Set([...((named ?? []) as string[]), ...(items ?? []).flatMap((i) => (i.assignee ? [i.assignee] : []))]),
      ].sort(),
    [named, items],
  );
  return { view, items, rows, assignees };
}

/** Selecting and opening items (the page scrolls to them), status keys and the list's keys. */
function useQueueSelection(env: PanelEnv, model: ReturnType<typeof useQueueRows>) {
  const { items, rows } = model;
  const { selectedKey, itemSelected, checked } = usePanelStore(
    useShallow((s) => ({ selectedKey: s.selectedKey, itemSelected: s.itemSelected, checked: s.checked })),
  );
  const actions = useItemActions(env);
  const byKey = useCallback((key: string) => items?.find((i) => i.key === key), [items]);
  /** What a bulk action or a status key acts on: the chosen items, else the open one. */
  const applyStatus = useCallback(
    (status: ItemStatus) => {
      const keys = checked.length ? checked : selectedKey ? [selectedKey] : [];
      if (keys.length) void actions.bulkStatus(keys, status);
    },
    [checked, selectedKey, actions],
  );
  useStatusKeys(applyStatus);
  const open = useCallback(
    (key: string) => {
      const it = byKey(key);
      if (it) void actions.focus(it);
    },
    [byKey, actions],
  );
  /** Selecting an item also scrolls the page to it (quietly: it may be in another tab). */
  const select = useCallback(
    (key: string) => {
      itemSelected(key);
      const it = byKey(key);
      if (it) void actions.focus(it, true);
    },
    [byKey, itemSelected, actions],
  );
  const keys = useMemo(() => rows?.map((r) => r.item.key), [rows]);
  useQueueKeys(keys, selectedKey, select, open);
  return { applyStatus, select, actions };
}

/** Saved views: listed live from the database; picking one replaces the filters and the scope. */
export function useSavedViews(say: PanelEnv['say']) {
  const db = useDb();
  const t = useT();
  const views = useLiveQuery(() => listViews(db), [db]);
  const { filter, scope, filterCleared, filterChanged, scopeChanged } = usePanelStore(
    useShallow((s) => ({
      filter: s.filter,
      scope: s.scope,
      filterCleared: s.filterCleared,
      filterChanged: s.filterChanged,
      scopeChanged: s.scopeChanged,
    })),
  );
  const pick = (v: SavedView) => {
    filterCleared();
    filterChanged(v.filter);
    scopeChanged(v.scope);
  };
  const save = (name: string) =>
    void saveView(db, name, filter, scope).then(
      (v) => say(t('views_saved', { name: v.name }), 'success'),
      (e: unknown) => say(messageOf(e, t.lang)),
    );
  const remove = (name: string) =>
    void deleteView(db, name).then(
      () => say(t('views_deleted', { name }), 'success'),
      (e: unknown) => say(messageOf(e, t.lang)),
    );
  return { views: views ?? [], pick, save, remove };
}

/** Everything the Queue screen shows and does, from the store, the database and the page. */
export function useQueueScreen(env: PanelEnv) {
  const model = useQueueRows(env);
  const selection = useQueueSelection(env, model);
  return { ...model, ...selection };
}
