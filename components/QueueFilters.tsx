import { useEffect, useRef, useState } from 'react';
import type { ItemFilter } from '@/lib/db/items';
import { ITEM_STATUSES, type ItemStatus } from '@/lib/db/types';
import { PLATFORM_INFO } from '@/lib/platforms/registry';
import { pt } from '@/lib/i18n/panel';
import { STATUS_LABEL } from './labels';

export interface QueueFiltersProps {
  filter: ItemFilter;
  scope: 'tab' | 'all';
  lang: 'pl' | 'en';
  onChange(patch: Partial<ItemFilter>): void;
  onScope(scope: 'tab' | 'all'): void;
}

const DAY = 86_400_000;
/** yyyy-mm-dd of an epoch time, in local time (what a date input shows). */
const toDate = (ms: number | undefined) => {
  if (ms === undefined) return '';
  const d = new Date(ms);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
};
const fromDate = (s: string) => (s ? new Date(`${s}T00:00:00`).getTime() : undefined);

/** Search that waits for a pause in typing, so 10,000 items are not re-filtered per key. */
function SearchBox({ value, lang, onSearch }: { value: string; lang: 'pl' | 'en'; onSearch(v: string | undefined): void }) {
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
  const pl = lang === 'pl';
  return <input type="search" aria-label={pl ? 'Szukaj w treści i autorach' : 'Search text and authors'} placeholder={pl ? 'Szukaj…' : 'Search…'} value={text} onChange={(e) => setText(e.target.value)} />;
}

/** Queue filters: scope, search, platform, severity, status, language, lane, dates, thread, sort. */
export function QueueFilters({ filter, scope, lang, onChange, onScope }: QueueFiltersProps) {
  const pl = lang === 'pl';
  return (
    <div className="filters" role="search">
      <select aria-label={pl ? 'Zakres' : 'Scope'} value={scope} onChange={(e) => onScope(e.target.value as 'tab' | 'all')}>
        <option value="all">{pl ? 'Wszystkie karty' : 'All tabs'}</option>
        <option value="tab">{pl ? 'Ta karta' : 'This tab'}</option>
      </select>
      <SearchBox value={filter.search ?? ''} lang={lang} onSearch={(search) => onChange({ search })} />
      <select aria-label={pl ? 'Platforma' : 'Platform'} value={filter.platform ?? ''} onChange={(e) => onChange({ platform: (e.target.value || undefined) as ItemFilter['platform'] })}>
        <option value="">{pl ? 'Każda platforma' : 'Any platform'}</option>
        {PLATFORM_INFO.map((p) => (
          <option key={p.id} value={p.id}>
            {p.settings ? (pl ? p.settings.pl : p.settings.en) : p.label}
          </option>
        ))}
      </select>
      <select aria-label={pl ? 'Minimalny poziom' : 'Minimum severity'} value={filter.minSeverity ?? ''} onChange={(e) => onChange({ minSeverity: (e.target.value || undefined) as ItemFilter['minSeverity'] })}>
        <option value="">{pl ? 'Każdy poziom' : 'Any severity'}</option>
        <option value="medium">≥ {pl ? 'średni' : 'medium'}</option>
        <option value="high">≥ {pl ? 'wysoki' : 'high'}</option>
        <option value="critical">{pl ? 'krytyczny' : 'critical'}</option>
      </select>
      <select aria-label="Status" value={filter.statuses?.[0] ?? ''} onChange={(e) => onChange({ statuses: e.target.value ? [e.target.value as ItemStatus] : undefined })}>
        <option value="">{pl ? 'Każdy status' : 'Any status'}</option>
        {ITEM_STATUSES.map((s) => (
          <option key={s} value={s}>
            {STATUS_LABEL[s][lang]}
          </option>
        ))}
      </select>
      <select aria-label={pt(lang, 'filter_language')} value={filter.language ?? ''} onChange={(e) => onChange({ language: (e.target.value || undefined) as ItemFilter['language'] })}>
        <option value="">{pt(lang, 'any_language')}</option>
        <option value="pl">Polski</option>
        <option value="en">English</option>
        <option value="other">{pt(lang, 'lang_other')}</option>
      </select>
      <select aria-label={pt(lang, 'filter_lane')} value={filter.uncertain === undefined ? '' : String(filter.uncertain)} onChange={(e) => onChange({ uncertain: e.target.value === '' ? undefined : e.target.value === 'true' })}>
        <option value="">{pt(lang, 'lane_all')}</option>
        <option value="false">{pt(lang, 'lane_sure')}</option>
        <option value="true">{pt(lang, 'lane_uncertain')}</option>
      </select>
      <label>
        {pt(lang, 'filter_from')} <input type="date" value={toDate(filter.from)} onChange={(e) => onChange({ from: fromDate(e.target.value) })} />
      </label>
      <label>
        {pt(lang, 'filter_to')} <input type="date" value={toDate(filter.to === undefined ? undefined : filter.to - DAY + 1)} onChange={(e) => onChange({ to: e.target.value ? fromDate(e.target.value)! + DAY - 1 : undefined })} />
      </label>
      <select aria-label={pl ? 'Kolejność' : 'Sort'} value={filter.sort ?? 'severity'} onChange={(e) => onChange({ sort: e.target.value as ItemFilter['sort'] })}>
        <option value="severity">{pl ? 'Najpoważniejsze' : 'Most severe'}</option>
        <option value="newest">{pl ? 'Najnowsze' : 'Newest'}</option>
        <option value="waiting">{pl ? 'Najdłużej czekające' : 'Waiting longest'}</option>
      </select>
      {filter.threadKey ? (
        <span className="chip">
          <bdi>{pt(lang, 'filter_thread', { thread: filter.threadKey })}</bdi>{' '}
          <button type="button" onClick={() => onChange({ threadKey: undefined })}>
            {pt(lang, 'filter_thread_clear')}
          </button>
        </span>
      ) : null}
    </div>
  );
}
