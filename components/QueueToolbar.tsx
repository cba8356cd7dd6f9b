import type { ReactNode } from 'react';
import { useT } from '@/lib/i18n/react';
import { SearchBox } from './QueueFilters';

export interface QueueToolbarProps {
  search: string;
  onSearch(search: string | undefined): void;
  /** Filters narrowing the queue (shown on the toggle). */
  active: number;
  filtersOpen: boolean;
  onToggleFilters(): void;
  /** The id of the filters the toggle shows and hides. */
  filtersId: string;
  /** The export menu, at the end of the line. */
  children?: ReactNode;
}

/** The queue's one line: search, the filters' toggle with how many are set, the export menu. */
export function QueueToolbar({
  search,
  onSearch,
  active,
  filtersOpen,
  onToggleFilters,
  filtersId,
  children,
}: QueueToolbarProps) {
  const t = useT();
  return (
    <div className="queue-toolbar" role="search">
      <SearchBox value={search} onSearch={onSearch} />
      <button
        type="button"
        className={active ? 'filters-toggle active' : 'filters-toggle'}
        aria-expanded={filtersOpen}
        aria-controls={filtersId}
        onClick={onToggleFilters}
      >
        {active ? t('filters_toggle_count', { count: active }) : t('filters_toggle')}
      </button>
      {children}
    </div>
  );
}
