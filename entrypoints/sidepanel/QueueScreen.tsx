import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback, useMemo } from 'react';
import { useDb } from '@/components/DbContext';
import { QueueList } from '@/components/QueueList';
import { QueueFilters } from '@/components/QueueFilters';
import { ItemDetail } from '@/components/ItemDetail';
import { AuthorMemory } from '@/components/AuthorMemory';
import { ExportBar } from '@/components/ExportBar';
import { isOpenForDismissal, listFlagged } from '@/lib/db/items';
import { authorKey, getAuthorTags } from '@/lib/db/authors';
import type { FlaggedItem, ItemStatus } from '@/lib/db/types';
import { usePanelStore } from '@/lib/store';
import { useT } from '@/lib/i18n/react';
import { useQueueKeys, useStatusKeys } from './hooks';
import { BulkBar } from '@/components/BulkBar';
import { groupRows } from '@/lib/db/triage';
import { useItemActions } from './use-item-actions';
import { useReplies } from './use-replies';
import { useExport } from './use-export';
import { useFlagged, useQueueFilter, useSelectedItem } from './use-queue';
import { SuggestionsPane } from './SuggestionsPane';
import { NotesPane } from './NotesPane';
import type { PanelEnv } from './env';

/** The selected item: details, author memory and reply suggestions. */
function SelectedPane({ item, env }: { item: FlaggedItem; env: PanelEnv }) {
  const db = useDb();
  const itemSelected = usePanelStore((s) => s.itemSelected);
  const filterChanged = usePanelStore((s) => s.filterChanged);
  const stage = usePanelStore((s) => s.stage);
  const actions = useItemActions(env);
  const replies = useReplies(item, env, stage);
  const thread = useLiveQuery(() => db.threads.get(item.threadKey), [db, item.threadKey]);
  const authorItems = useLiveQuery(
    () => listFlagged(db, { author: item.author, platform: item.platform, sort: 'newest' }),
    [db, item.author, item.platform],
  );
  const tags = useLiveQuery(() => getAuthorTags(db), [db]);
  const threadItems = useLiveQuery(() => listFlagged(db, { threadKey: item.threadKey }), [db, item.threadKey]);
  const others = (list: FlaggedItem[] | undefined) =>
    (list ?? []).filter((i) => i.key !== item.key && isOpenForDismissal(i));
  return (
    <div className="selected-pane">
      <ItemDetail
        key={item.key}
        item={item}
        thread={thread}
        now={env.now}
        onStatus={(status) => void actions.setStatus(item, status)}
        onFocus={() => void actions.focus(item)}
        onFalsePositive={(kind, value) => void actions.falsePositive(item, kind, value)}
        onThreadFilter={() => filterChanged({ threadKey: item.threadKey })}
        related={{ author: others(authorItems), thread: others(threadItems) }}
      >
        <NotesPane key={item.key} itemKey={item.key} env={env} />
      </ItemDetail>
      <AuthorMemory
        author={item.author}
        items={authorItems ?? []}
        tags={tags?.[authorKey(item.platform, item.author)] ?? []}
        selectedKey={item.key}
        onToggleTag={(t) => void actions.toggleTag(item, t)}
        onSelect={itemSelected}
      />
      <SuggestionsPane replies={replies} item={item} now={env.now} />
    </div>
  );
}

/** The Queue screen: filters, export, the virtualised list and the selected item. */
export function QueueScreen({ env }: { env: PanelEnv }) {
  const t = useT();
  const query = useQueueFilter(env.tab, env.now);
  const items = useFlagged(query);
  const selected = useSelectedItem();
  const selectedKey = usePanelStore((s) => s.selectedKey);
  const itemSelected = usePanelStore((s) => s.itemSelected);
  const filter = usePanelStore((s) => s.filter);
  const scope = usePanelStore((s) => s.scope);
  const filterChanged = usePanelStore((s) => s.filterChanged);
  const filterCleared = usePanelStore((s) => s.filterCleared);
  const scopeChanged = usePanelStore((s) => s.scopeChanged);
  const checked = usePanelStore((s) => s.checked);
  const itemsChecked = usePanelStore((s) => s.itemsChecked);
  const expanded = usePanelStore((s) => s.expanded);
  const groupToggled = usePanelStore((s) => s.groupToggled);
  const actions = useItemActions(env);
  const rows = useMemo(() => (items ? groupRows(items, new Set(expanded)) : undefined), [items, expanded]);
  const checkedSet = useMemo(() => new Set(checked), [checked]);
  const assignees = useMemo(
    () => [...new Set((items ?? []).flatMap((i) => (i.assignee ? [i.assignee] : [])))].sort(),
    [items],
  );
  /** What a bulk action or a status key acts on: the chosen items, else the open one. */
  const targets = useCallback(
    () => (checked.length ? checked : selectedKey ? [selectedKey] : []),
    [checked, selectedKey],
  );
  const applyStatus = useCallback(
    (status: ItemStatus) => {
      const keys = targets();
      if (keys.length) void actions.bulkStatus(keys, status);
    },
    [targets, actions],
  );
  useStatusKeys(applyStatus);
  const exporter = useExport(items, env.say, env.lang, env.settings?.brands[0]);
  const keys = useMemo(() => rows?.map((r) => r.item.key), [rows]);
  const open = useCallback(
    (key: string) => {
      const it = items?.find((i) => i.key === key);
      if (it) void actions.focus(it);
    },
    [items, actions],
  );
  /** Selecting an item also scrolls the page to it (quietly: it may be in another tab). */
  const select = useCallback(
    (key: string) => {
      itemSelected(key);
      const it = items?.find((i) => i.key === key);
      if (it) void actions.focus(it, true);
    },
    [items, itemSelected, actions],
  );
  useQueueKeys(keys, selectedKey, select, open);
  const filtered = Object.entries(filter).some(([k, v]) => k !== 'sort' && v !== undefined) || scope === 'tab';
  return (
    <>
      <QueueFilters
        filter={filter}
        scope={scope}
        onChange={filterChanged}
        onScope={scopeChanged}
        assignees={assignees}
      />
      <ExportBar
        count={items?.length ?? 0}
        progress={exporter.progress}
        onExport={exporter.start}
        onCancel={exporter.cancel}
      />
      <BulkBar
        count={checked.length}
        assignees={assignees}
        onStatus={applyStatus}
        onAssign={(name) => void actions.assign(checked, name)}
        onClear={() => itemsChecked([])}
      />
      {items === undefined ? (
        <p role="status">{t('loading')}</p>
      ) : items.length === 0 ? (
        <p role="status">
          {t(filtered ? 'queue_empty_filtered' : 'queue_empty')}{' '}
          {filtered ? (
            <button
              type="button"
              onClick={() => {
                filterCleared();
                scopeChanged('all');
              }}
            >
              {t('clear_filters')}
            </button>
          ) : null}
        </p>
      ) : (
        <QueueList
          rows={rows ?? []}
          selectedKey={selectedKey}
          checked={checkedSet}
          now={env.now}
          onSelect={select}
          onCheck={itemsChecked}
          onToggleGroup={groupToggled}
        />
      )}
      {selected ? <SelectedPane item={selected} env={env} /> : null}
    </>
  );
}
