import { useT } from '@/lib/i18n/react';
import { useEffect, useRef } from 'react';
import { useVirtualizer } from '@tanstack/react-virtual';
import type { FlaggedItem } from '@/lib/db/types';
import { isClosed, waitedMs } from '@/lib/db/clock';
import { SeverityBadge } from './SeverityBadge';
import { platformName, statusName } from '@/lib/i18n/names';

export interface QueueListProps {
  items: FlaggedItem[];
  selectedKey: string | null;
  now: number;
  onSelect(key: string): void;
}

/** Compact "waiting for" text: 45 s, 12 min, 3 h, 2 d. */
export function waitingFor(ms: number): string {
  const s = Math.max(0, Math.round(ms / 1000));
  if (s < 60) return `${s} s`;
  if (s < 3600) return `${Math.floor(s / 60)} min`;
  if (s < 86_400) return `${Math.floor(s / 3600)} h`;
  return `${Math.floor(s / 86_400)} d`;
}

/**
 * The item's clock as text: from when the comment was posted ("~" when the page gave only a
 * relative time such as "2 h ago"), stopped once the item is closed; null when unknown.
 */
export function clockText(it: FlaggedItem, now: number): string | null {
  const ms = waitedMs(it, now);
  if (ms === null) return null;
  return `${(it.publishedWithinMs ?? 0) > 60_000 ? '~' : ''}${waitingFor(ms)}`;
}

/** A DOM id for an item's row (keys hold ':' and arbitrary platform ids). */
const rowId = (key: string) => `q-${encodeURIComponent(key).replace(/%/g, '_')}`;

/** The queue of flagged items: a virtualised list, so 10,000 items scroll smoothly. */
export function QueueList({ items, selectedKey, now, onSelect }: QueueListProps) {
  const t = useT();
  const parent = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: items.length,
    getScrollElement: () => parent.current,
    estimateSize: () => 76,
    overscan: 8,
    initialRect: { width: 360, height: 640 },
  });
  const selectedIndex = selectedKey === null ? -1 : items.findIndex((i) => i.key === selectedKey);
  useEffect(() => {
    // j/k can move beyond the rendered rows: bring the selected one into view.
    if (selectedIndex >= 0) virtualizer.scrollToIndex(selectedIndex, { align: 'auto' });
  }, [selectedIndex, virtualizer]);
  return (
    <div
      ref={parent}
      className="queue-scroll"
      role="listbox"
      tabIndex={0}
      aria-activedescendant={selectedIndex >= 0 ? rowId(selectedKey!) : undefined}
      aria-label={t('queue_label')}
    >
      <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
        {virtualizer.getVirtualItems().map((row) => {
          const it = items[row.index]!;
          return (
            <div
              key={it.key}
              id={rowId(it.key)}
              role="option"
              aria-selected={it.key === selectedKey}
              data-key={it.key}
              className={`queue-item${it.key === selectedKey ? ' selected' : ''}${it.uncertain ? ' uncertain' : ''}`}
              style={{ position: 'absolute', top: 0, left: 0, right: 0, transform: `translateY(${row.start}px)` }}
              onClick={() => onSelect(it.key)}
            >
              <div className="queue-meta">
                <SeverityBadge severity={it.severity} />
                <bdi className="author">{it.author}</bdi>
                <span className="platform">{platformName(t, it.platform)}</span>
                <span className="status">{statusName(t, it.status)}</span>
                {it.uncertain ? <span className="lane">{t('uncertain')}</span> : null}
                {it.notAssessed === 'language' ? <span className="lane not-assessed">{t('not_assessed_language')}</span> : null}
                {clockText(it, now) === null ? null : (
                  <span className={`waiting${isClosed(it.status) ? ' stopped' : ''}`} title={isClosed(it.status) ? t('clock_stopped', { status: statusName(t, it.status) }) : t('waiting_title')}>
                    ⏱ {clockText(it, now)}
                  </span>
                )}
              </div>
              <div className="queue-text" dir="auto">
                {it.text}
              </div>
            </div>
          );
        })}
      </div>
    </div>
  );
}
