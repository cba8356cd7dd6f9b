import type { ItemFilter } from '@/lib/db/items';
import { ITEM_STATUSES, type ItemStatus } from '@/lib/db/types';
import { STATUS_LABEL } from './labels';

export interface QueueFiltersProps {
  filter: ItemFilter;
  scope: 'tab' | 'all';
  lang: 'pl' | 'en';
  onChange(patch: Partial<ItemFilter>): void;
  onScope(scope: 'tab' | 'all'): void;
}

/** Queue filters: scope, search, platform, minimum severity, status, sort. */
export function QueueFilters({ filter, scope, lang, onChange, onScope }: QueueFiltersProps) {
  const pl = lang === 'pl';
  return (
    <div className="filters" role="search">
      <select aria-label={pl ? 'Zakres' : 'Scope'} value={scope} onChange={(e) => onScope(e.target.value as 'tab' | 'all')}>
        <option value="all">{pl ? 'Wszystkie karty' : 'All tabs'}</option>
        <option value="tab">{pl ? 'Ta karta' : 'This tab'}</option>
      </select>
      <input type="search" aria-label={pl ? 'Szukaj w treści i autorach' : 'Search text and authors'} placeholder={pl ? 'Szukaj…' : 'Search…'} value={filter.search ?? ''} onChange={(e) => onChange({ search: e.target.value || undefined })} />
      <select aria-label={pl ? 'Platforma' : 'Platform'} value={filter.platform ?? ''} onChange={(e) => onChange({ platform: (e.target.value || undefined) as ItemFilter['platform'] })}>
        <option value="">{pl ? 'Każda platforma' : 'Any platform'}</option>
        <option value="youtube">YouTube</option>
        <option value="reddit">Reddit</option>
        <option value="old-reddit">old.reddit</option>
        <option value="demo">Demo</option>
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
      <select aria-label={pl ? 'Kolejność' : 'Sort'} value={filter.sort ?? 'severity'} onChange={(e) => onChange({ sort: e.target.value as ItemFilter['sort'] })}>
        <option value="severity">{pl ? 'Najpoważniejsze' : 'Most severe'}</option>
        <option value="newest">{pl ? 'Najnowsze' : 'Newest'}</option>
        <option value="waiting">{pl ? 'Najdłużej czekające' : 'Waiting longest'}</option>
      </select>
    </div>
  );
}
