import { useEffect, useRef, useState } from 'react';
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
function SearchBox({ value, onSearch }: { value: string; onSearch(v: string | undefined): void }) {
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

/** Queue filters: scope, search, platform, severity, status, language, lane, dates, thread, sort. */
export function QueueFilters({ filter, scope, onChange, onScope, assignees = [] }: QueueFiltersProps) {
  const t = useT();
  return (
    <div className="filters" role="search">
      <select aria-label={t('filter_scope')} value={scope} onChange={(e) => onScope(e.target.value as 'tab' | 'all')}>
        <option value="all">{t('scope_all')}</option>
        <option value="tab">{t('scope_tab')}</option>
      </select>
      <SearchBox value={filter.search ?? ''} onSearch={(search) => onChange({ search })} />
      <select
        aria-label={t('filter_platform')}
        value={filter.platform ?? ''}
        onChange={(e) => onChange({ platform: (e.target.value || undefined) as ItemFilter['platform'] })}
      >
        <option value="">{t('any_platform')}</option>
        {PLATFORM_INFO.map((p) => (
          <option key={p.id} value={p.id}>
            {platformName(t, p.id)}
          </option>
        ))}
      </select>
      <select
        aria-label={t('filter_severity')}
        value={filter.minSeverity ?? ''}
        onChange={(e) => onChange({ minSeverity: (e.target.value || undefined) as ItemFilter['minSeverity'] })}
      >
        <option value="">{t('any_severity')}</option>
        <option value="medium">{t('min_medium')}</option>
        <option value="high">{t('min_high')}</option>
        <option value="critical">{t('min_critical')}</option>
      </select>
      <select
        aria-label={t('status_label')}
        value={filter.statuses?.[0] ?? ''}
        onChange={(e) => onChange({ statuses: e.target.value ? [e.target.value as ItemStatus] : undefined })}
      >
        <option value="">{t('any_status')}</option>
        {ITEM_STATUSES.map((s) => (
          <option key={s} value={s}>
            {statusName(t, s)}
          </option>
        ))}
      </select>
      <select
        aria-label={t('filter_language')}
        value={filter.language ?? ''}
        onChange={(e) => onChange({ language: (e.target.value || undefined) as ItemFilter['language'] })}
      >
        <option value="">{t('any_language')}</option>
        <option value="pl">{t('language_name_pl')}</option>
        <option value="en">{t('language_name_en')}</option>
        <option value="other">{t('lang_other')}</option>
      </select>
      <select
        aria-label={t('filter_signal')}
        value={filter.signal ?? ''}
        onChange={(e) => onChange({ signal: (e.target.value || undefined) as ItemFilter['signal'] })}
      >
        <option value="">{t('any_signal')}</option>
        {SIGNAL_FILTERS.map((s) => (
          <option key={s} value={s}>
            {signalName(t, s)}
          </option>
        ))}
      </select>
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
      <select
        aria-label={t('filter_sort')}
        value={filter.sort ?? 'severity'}
        onChange={(e) => onChange({ sort: e.target.value as ItemFilter['sort'] })}
      >
        <option value="severity">{t('sort_severity')}</option>
        <option value="newest">{t('sort_newest')}</option>
        <option value="waiting">{t('sort_waiting')}</option>
        <option value="signal">{t('sort_signal')}</option>
        <option value="overdue">{t('sort_overdue')}</option>
        <option value="assignee">{t('sort_assignee')}</option>
        <option value="language">{t('sort_language')}</option>
      </select>
      {filter.threadKey ? (
        <span className="chip">
          <bdi>{t('filter_thread', { thread: filter.threadKey })}</bdi>{' '}
          <button type="button" onClick={() => onChange({ threadKey: undefined })}>
            {t('filter_thread_clear')}
          </button>
        </span>
      ) : null}
    </div>
  );
}
