import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { useDb } from '@/components/DbContext';
import { QueueList } from '@/components/QueueList';
import { activeFilterCount, QueueFilters } from '@/components/QueueFilters';
import { QueueToolbar } from '@/components/QueueToolbar';
import { ExportMenu } from '@/components/ExportMenu';
import { SavedViews } from '@/components/SavedViews';
import { ItemDetail } from '@/components/ItemDetail';
import { AuthorMemory } from '@/components/AuthorMemory';
import { BulkBar } from '@/components/BulkBar';
import { isOpenForDismissal, listFlagged } from '@/lib/db/items';
import { authorKey, getAuthorTags } from '@/lib/db/authors';
import type { FlaggedItem } from '@/lib/db/types';
import { usePanelStore } from '@/lib/store';
import { useT } from '@/lib/i18n/react';
import { useItemActions } from './use-item-actions';
import { useReplies } from './use-replies';
import { useExport } from './use-export';
import { useSelectedItem } from './use-queue';
import { useQueueScreen, useSavedViews } from './use-queue-screen';
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

/** The line above the list (search, filters' toggle, exports) and the filters when shown. */
function QueueControls({
  env,
  items,
  assignees,
}: {
  env: PanelEnv;
  /** The listed items, once all are read (what the exports write). */
  items: FlaggedItem[] | undefined;
  assignees: string[];
}) {
  // Shown or folded as the agent left them in the last panel (kept with the filters, lib/store).
  const { filter, scope, filterChanged, scopeChanged, open, filtersToggled } = usePanelStore(
    useShallow((s) => ({
      filter: s.filter,
      scope: s.scope,
      filterChanged: s.filterChanged,
      scopeChanged: s.scopeChanged,
      open: s.filtersOpen,
      filtersToggled: s.filtersToggled,
    })),
  );
  const exporter = useExport(items, env.say, env.lang, env.settings?.brands[0]);
  const views = useSavedViews(env.say);
  return (
    <>
      <QueueToolbar
        search={filter.search ?? ''}
        onSearch={(search) => filterChanged({ search })}
        active={activeFilterCount(filter, scope)}
        filtersOpen={open}
        onToggleFilters={() => filtersToggled()}
        filtersId={FILTERS_ID}
      >
        <ExportMenu
          count={items?.length ?? 0}
          progress={exporter.progress}
          onExport={exporter.start}
          onCancel={exporter.cancel}
        />
      </QueueToolbar>
      <div id={FILTERS_ID} hidden={!open}>
        {open ? (
          <QueueFilters
            filter={filter}
            scope={scope}
            onChange={filterChanged}
            onScope={scopeChanged}
            assignees={assignees}
          >
            <SavedViews views={views.views} onPick={views.pick} onSave={views.save} onDelete={views.remove} />
          </QueueFilters>
        ) : null}
      </div>
    </>
  );
}
const FILTERS_ID = 'queue-filters';

/** "No flagged comments (match these filters)", with a way out of the filters. */
function EmptyQueue() {
  const t = useT();
  const { filter, scope, filterCleared, scopeChanged } = usePanelStore(
    useShallow((s) => ({
      filter: s.filter,
      scope: s.scope,
      filterCleared: s.filterCleared,
      scopeChanged: s.scopeChanged,
    })),
  );
  const filtered = Object.entries(filter).some(([k, v]) => k !== 'sort' && v !== undefined) || scope === 'tab';
  return (
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
  );
}

/**
 * The Queue screen: one line of controls (search, filters, exports), the bulk bar, and the
 * virtualised list with the open item's detail in its flow.
 */
export function QueueScreen({ env }: { env: PanelEnv }) {
  const t = useT();
  const q = useQueueScreen(env);
  const selected = useSelectedItem();
  const { selectedKey, checked, itemsChecked, groupToggled } = usePanelStore(
    useShallow((s) => ({
      selectedKey: s.selectedKey,
      checked: s.checked,
      itemsChecked: s.itemsChecked,
      groupToggled: s.groupToggled,
    })),
  );
  const checkedSet = useMemo(() => new Set(checked), [checked]);
  const pane = selected ? <SelectedPane item={selected} env={env} /> : null;
  const inList = !!selected && !!q.rows?.some((r) => r.item.key === selected.key);
  return (
    <>
      <QueueControls env={env} items={q.view?.complete ? q.items : undefined} assignees={q.assignees} />
      <BulkBar
        count={checked.length}
        assignees={q.assignees}
        onStatus={q.applyStatus}
        onAssign={(name) => void q.actions.assign(checked, name)}
        onClear={() => itemsChecked([])}
      />
      {q.view?.error ? (
        <p role="alert" className="message">
          {t('queue_read_failed', { error: q.view.error })}
        </p>
      ) : null}
      {q.view && !q.view.complete ? (
        <p role="status" className="hint queue-progress">
          {t('queue_loading_rest', { count: q.view.items.length })}
        </p>
      ) : null}
      {/* An open item the filters hide stays open, above the list. */}
      {inList ? null : pane}
      {q.items === undefined ? (
        <p role="status">{t('loading')}</p>
      ) : q.items.length === 0 ? (
        q.view?.complete ? (
          <EmptyQueue />
        ) : null
      ) : (
        <QueueList
          rows={q.rows ?? []}
          selectedKey={selectedKey}
          checked={checkedSet}
          now={env.now}
          onSelect={q.select}
          onCheck={itemsChecked}
          onToggleGroup={groupToggled}
          detail={inList ? pane : undefined}
        />
      )}
    </>
  );
}
