import { pt } from '@/lib/i18n/panel';
import { useEffect, useRef } from 'react';
import { useVirtualizer } from '@tanstack/react-virtual';
import type { FlaggedItem } from '@/lib/db/types';
import { SeverityBadge } from './SeverityBadge';
import { STATUS_LABEL } from './labels';

export interface QueueListProps {
  items: FlaggedItem[];
  selectedKey: string | null;
  now: number;
  lang: 'pl' | 'en';
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

/** A DOM id for an item's row (keys hold ':' and arbitrary platform ids). */
const rowId = (key: string) => `q-${encodeURIComponent(key).replace(/%/g, '_')}`;

/** The queue of flagged items: a virtualised list, so 10,000 items scroll smoothly. */
export function QueueList({ items, selectedKey, now, lang, onSelect }: QueueListProps) {
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
      aria-label={lang === 'pl' ? 'Kolejka oznaczonych komentarzy' : 'Flagged comments queue'}
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
                <SeverityBadge severity={it.severity} lang={lang} />
                <bdi className="author">{it.author}</bdi>
                <span className="platform">{it.platform}</span>
                <span className="status">{STATUS_LABEL[it.status][lang]}</span>
                {it.uncertain ? <span className="lane">{lang === 'pl' ? 'niepewne' : 'uncertain'}</span> : null}
                {it.notAssessed === 'language' ? <span className="lane not-assessed">{pt(lang, 'not_assessed_language')}</span> : null}
                <span className="waiting" title={lang === 'pl' ? 'Czeka od' : 'Waiting for'}>
                  ⏱ {waitingFor(now - it.firstSeen)}
                </span>
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
