import { useEffect, useRef, useState, type ReactNode } from 'react';
import type { ItemFilter } from '@/lib/db/items';
import { ITEM_STATUSES, type ItemStatus } from '@/lib/db/types';
import { PLATFORM_INFO } from '@/lib/platforms/registry';
import { useT } from '@/lib/i18n/react';
import { platformName, signalName, statusName } from '@/lib/i18n/names';
import { CRISIS_SIGNALS, TOXICITY_KINDS } from '@/lib/risk/types';

export interface QueueFiltersProps {
  filter: ItemFilter;
  scope: 'tab' | 'all';
  onChange(patch: Partial<ItemFilter>): void;
  onScope(scope: 'tab' | 'all'): void;
  /** Names items are assigned to (for the assignee filter). */
  assignees?: readonly string[];
  /** The element's id (the toggle that shows the filters controls it). */
  id?: string;
  /** More controls at the end (the saved views). */
  children?: ReactNode;
}

// The assignee filter's "anyone or no one" (not a name: names are trimmed text).
const ANY_ASSIGNEE = '\t*';
const SIGNAL_FILTERS = [
  ...CRISIS_SIGNALS.filter((s) => s !== 'brandMention'),
  ...TOXICITY_KINDS,
  'brandMention' as const,
];

const DAY = 86_400_000;
/** yyyy-mm-dd of an epoch time, in local time (what a date input shows). */
const toDate = (ms: number | undefined) => {
  if (ms === undefined) return '';
  const d = new Date(ms);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
};
const fromDate = (s: string) => (s ? new Date(`${s}T00:00:00`).getTime() : undefined);

/** Search that waits for a pause in typing, so 10,000 items are not re-filtered per key. */
export function SearchBox({ value, onSearch }: { value: string; onSearch(v: string | undefined): void }) {
  const t = useT();
  const [text, setText] = useState(value);
  const [prev, setPrev] = useState(value);
  const first = useRef(true);
  // "Clear filters" elsewhere empties the search: follow it (React's derive-from-props pattern).
  if (value !== prev) {
    setPrev(value);
    if (value !== text.trim()) setText(value);
  }
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    const id = setTimeout(() => onSearch(text.trim() || undefined), 250);
    return () => clearTimeout(id);
    // onSearch is a new function each render; only the text matters.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [text]);
  return (
    <input
      type="search"
      aria-label={t('search_label')}
      placeholder={t('search_placeholder')}
      value={text}
      onChange={(e) => setText(e.target.value)}
    />
  );
}

type Change = (patch: Partial<ItemFilter>) => void;
/** A `<select>` of the filter: '' is "any" (undefined in the filter). */
function Choice<V extends string>({
  label,
  value,
  any,
  options,
  onChange,
}: {
  label: string;
  value: V | undefined;
  any: string;
  options: ReadonlyArray<readonly [V, string]>;
  onChange(v: V | undefined): void;
}) {
  return (
    <select aria-label={label} value={value ?? ''} onChange={(e) => onChange((e.target.value || undefined) as V)}>
      <option value="">{any}</option>
      {options.map(([v, text]) => (
        <option key={v} value={v}>
          {text}
        </option>
      ))}
    </select>
  );
}

/** Platform, severity, status, language and signal. */
function WhatFilters({ filter, onChange }: { filter: ItemFilter; onChange: Change }) {
  const t = useT();
  return (
    <>
      <Choice
        label={t('filter_platform')}
        value={filter.platform}
        any={t('any_platform')}
        options={PLATFORM_INFO.map((p) => [p.id, platformName(t, p.id)] as const)}
        onChange={(platform) => onChange({ platform })}
      />
      <Choice
        label={t('filter_severity')}
        value={filter.minSeverity}
        any={t('any_severity')}
        options={[
          ['medium', t('min_medium')],
          ['high', t('min_high')],
          ['critical', t('min_critical')],
        ]}
        onChange={(minSeverity) => onChange({ minSeverity })}
      />
      <Choice<ItemStatus>
        label={t('status_label')}
        value={filter.statuses?.[0]}
        any={t('any_status')}
        options={ITEM_STATUSES.map((s) => [s, statusName(t, s)] as const)}
        onChange={(s) => onChange({ statuses: s ? [s] : undefined })}
      />
      <Choice
        label={t('filter_language')}
        value={filter.language}
        any={t('any_language')}
        options={[
          ['pl', t('language_name_pl')],
          ['en', t('language_name_en')],
          ['other', t('lang_other')],
        ]}
        onChange={(language) => onChange({ language })}
      />
      <Choice
        label={t('filter_signal')}
        value={filter.signal}
        any={t('any_signal')}
        options={SIGNAL_FILTERS.map((s) => [s, signalName(t, s)] as const)}
        onChange={(signal) => onChange({ signal })}
      />
    </>
  );
}

/** Assignee, overdue and the uncertain lane. */
function WhoFilters({
  filter,
  onChange,
  assignees,
}: {
  filter: ItemFilter;
  onChange: Change;
  assignees: readonly string[];
}) {
  const t = useT();
  return (
    <>
      <select
        aria-label={t('filter_assignee')}
        value={filter.assignee === undefined ? ANY_ASSIGNEE : filter.assignee}
        onChange={(e) => onChange({ assignee: e.target.value === ANY_ASSIGNEE ? undefined : e.target.value })}
      >
        <option value={ANY_ASSIGNEE}>{t('any_assignee')}</option>
        <option value="">{t('unassigned')}</option>
        {assignees.map((a) => (
          <option key={a} value={a}>
            {a}
          </option>
        ))}
      </select>
      <label>
        <input
          type="checkbox"
          checked={filter.overdue === true}
          onChange={(e) => onChange({ overdue: e.target.checked || undefined })}
        />{' '}
        {t('filter_overdue')}
      </label>
      <select
        aria-label={t('filter_lane')}
        value={filter.uncertain === undefined ? '' : String(filter.uncertain)}
        onChange={(e) => onChange({ uncertain: e.target.value === '' ? undefined : e.target.value === 'true' })}
      >
        <option value="">{t('lane_all')}</option>
        <option value="false">{t('lane_sure')}</option>
        <option value="true">{t('lane_uncertain')}</option>
      </select>
    </>
  );
}

/** From and to dates (whole days, local time). */
function DateFilters({ filter, onChange }: { filter: ItemFilter; onChange: Change }) {
  const t = useT();
  return (
    <>
      <label>
        {t('filter_from')}{' '}
        <input type="date" value={toDate(filter.from)} onChange={(e) => onChange({ from: fromDate(e.target.value) })} />
      </label>
      <label>
        {t('filter_to')}{' '}
        <input
          type="date"
          value={toDate(filter.to === undefined ? undefined : filter.to - DAY + 1)}
          onChange={(e) => onChange({ to: e.target.value ? fromDate(e.target.value)! + DAY - 1 : undefined })}
        />
      </label>
    </>
  );
}

const SORTS = ['severity', 'newest', 'waiting', 'signal', 'overdue', 'assignee', 'language'] as const;

/** The queue's order. */
export function SortSelect({ value, onChange }: { value: ItemFilter['sort']; onChange: Change }) {
  const t = useT();
  return (
    <select
      aria-label={t('filter_sort')}
      value={value ?? 'severity'}
      onChange={(e) => onChange({ sort: e.target.value as ItemFilter['sort'] })}
    >
      {SORTS.map((s) => (
        <option key={s} value={s}>
          {t(`sort_${s}`)}
        </option>
      ))}
    </select>
  );
}

/** How many filters narrow the queue (the sort and the search box, shown on the line, do not count). */
export function activeFilterCount(filter: ItemFilter, scope: 'tab' | 'all'): number {
  return (
    Object.entries(filter).filter(([k, v]) => k !== 'sort' && k !== 'search' && v !== undefined).length +
    (scope === 'tab' ? 1 : 0)
  );
}

/** Queue filters: scope, platform, severity, status, language, signal, assignee, lane, dates, thread, sort. */
export function QueueFilters({ filter, scope, onChange, onScope, assignees = [], id, children }: QueueFiltersProps) {
  const t = useT();
  return (
    <div className="filters" role="group" aria-label={t('filters_label')} id={id}>
      <select aria-label={t('filter_scope')} value={scope} onChange={(e) => onScope(e.target.value as 'tab' | 'all')}>
        <option value="all">{t('scope_all')}</option>
        <option value="tab">{t('scope_tab')}</option>
      </select>
      <WhatFilters filter={filter} onChange={onChange} />
      <WhoFilters filter={filter} onChange={onChange} assignees={assignees} />
      <DateFilters filter={filter} onChange={onChange} />
      <SortSelect value={filter.sort} onChange={onChange} />
      {filter.threadKey ? (
        <span className="chip">
          <bdi>{t('filter_thread', { thread: filter.threadKey })}</bdi>{' '}
          <button type="button" onClick={() => onChange({ threadKey: undefined })}>
            {t('filter_thread_clear')}
          </button>
        </span>
      ) : null}
      {children}
    </div>
  );
}
