import { useEffect, useRef, type KeyboardEvent, type MouseEvent } from 'react';
import { useVirtualizer } from '@tanstack/react-virtual';
import type { FlaggedItem } from '@/lib/db/types';
import { isClosed, waitedMs } from '@/lib/db/clock';
import { isOverdue, type QueueRow } from '@/lib/db/triage';
import { CRISIS_SIGNALS, TOXICITY_KINDS, type CrisisSignal, type ToxicityKind } from '@/lib/risk/types';
import { useT } from '@/lib/i18n/react';
import { platformName, signalName, statusName } from '@/lib/i18n/names';
import { SeverityBadge } from './SeverityBadge';

export interface QueueListProps {
  rows: QueueRow[];
  /** The item open in the detail (the list's focus). */
  selectedKey: string | null;
  /** Items chosen for a bulk action. */
  checked: ReadonlySet<string>;
  now: number;
  onSelect(key: string): void;
  onCheck(keys: string[]): void;
  onToggleGroup(key: string): void;
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

const SIGNALS: Array<CrisisSignal | ToxicityKind> = [
  ...CRISIS_SIGNALS.filter((s) => s !== 'brandMention'),
  ...TOXICITY_KINDS,
];
/** The item's strongest signal (at least 0.5), for the row. */
export function topSignal(it: FlaggedItem): CrisisSignal | ToxicityKind | null {
  let best: CrisisSignal | ToxicityKind | null = null;
  let score = 0.5;
  for (const s of SIGNALS) {
    const v = s in it.signals ? it.signals[s as CrisisSignal] : it.toxicityBy[s as ToxicityKind];
    if (v >= score) [best, score] = [s, v + 1e-9];
  }
  return best;
}

/** A DOM id for an item's row (keys hold ':' and arbitrary platform ids). */
const rowId = (key: string) => `q-${encodeURIComponent(key).replace(/%/g, '_')}`;
/** The items a row stands for: a group's every item. */
const keysOf = (r: QueueRow) => (r.group ? r.group.map((i) => i.key) : [r.item.key]);

/**
 * The queue: a virtualised list (10,000 items scroll smoothly), near-identical comments as one
 * row with a count. Click opens an item; Ctrl/Cmd+click, Shift+click, Space and Shift+arrows choose
 * items for a bulk action; arrows move, Right/Left open and close a group, Escape clears the choice.
 */
export function QueueList({ rows, selectedKey, checked, now, onSelect, onCheck, onToggleGroup }: QueueListProps) {
  const t = useT();
  const parent = useRef<HTMLDivElement>(null);
  const anchor = useRef<string | null>(null);
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => parent.current,
    estimateSize: () => 76,
    overscan: 8,
    initialRect: { width: 360, height: 640 },
  });
  const index = selectedKey === null ? -1 : rows.findIndex((r) => r.item.key === selectedKey);
  useEffect(() => {
    // Keys can move beyond the rendered rows: bring the selected one into view.
    if (index >= 0) virtualizer.scrollToIndex(index, { align: 'auto' });
  }, [index, virtualizer]);

  const range = (from: number, to: number) => rows.slice(Math.min(from, to), Math.max(from, to) + 1).flatMap(keysOf);
  const toggle = (r: QueueRow) => {
    const keys = keysOf(r);
    const all = keys.every((k) => checked.has(k));
    const base = checked.size === 0 && selectedKey && !keys.includes(selectedKey) ? [selectedKey] : [...checked];
    onCheck(all ? base.filter((k) => !keys.includes(k)) : [...base, ...keys]);
  };
  const click = (e: MouseEvent, i: number) => {
    const r = rows[i]!;
    if (e.shiftKey) {
      const from = anchor.current === null ? i : rows.findIndex((x) => x.item.key === anchor.current);
      onCheck(range(from < 0 ? i : from, i));
    } else if (e.ctrlKey || e.metaKey) {
      toggle(r);
      anchor.current = r.item.key;
    } else {
      anchor.current = r.item.key;
      if (checked.size) onCheck([]);
    }
    onSelect(r.item.key);
  };
  const keyDown = (e: KeyboardEvent) => {
    if (rows.length === 0) return;
    const i = Math.max(0, index);
    const r = rows[i]!;
    let next = -1;
    if (e.key === 'ArrowDown') next = index < 0 ? 0 : Math.min(rows.length - 1, i + 1);
    else if (e.key === 'ArrowUp') next = Math.max(0, i - 1);
    else if (e.key === 'Home') next = 0;
    else if (e.key === 'End') next = rows.length - 1;
    else if (e.key === ' ') toggle(r);
    else if (e.key === 'Escape' && checked.size) onCheck([]);
    else if (
      (e.key === 'ArrowRight' && r.group && !rowExpanded(i)) ||
      (e.key === 'ArrowLeft' && r.group && rowExpanded(i))
    )
      onToggleGroup(r.item.key);
    else return;
    e.preventDefault();
    e.stopPropagation();
    if (next < 0) return;
    if (e.shiftKey) {
      if (anchor.current === null) anchor.current = r.item.key;
      const from = rows.findIndex((x) => x.item.key === anchor.current);
      onCheck(range(from < 0 ? i : from, next));
    } else anchor.current = rows[next]!.item.key;
    onSelect(rows[next]!.item.key);
  };
  const rowExpanded = (i: number) => rows[i + 1]?.member === true;

  return (
    <div
      ref={parent}
      className="queue-scroll"
      role="listbox"
      tabIndex={0}
      aria-multiselectable="true"
      aria-activedescendant={index >= 0 ? rowId(selectedKey!) : undefined}
      aria-label={t('queue_label')}
      onKeyDown={keyDown}
    >
      <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
        {virtualizer.getVirtualItems().map((v) => {
          const r = rows[v.index]!;
          const it = r.item;
          const chosen = keysOf(r).every((k) => checked.has(k));
          const signal = topSignal(it);
          const clock = clockText(it, now);
          const overdue = isOverdue(it, now);
          return (
            <div
              key={it.key}
              id={rowId(it.key)}
              role="option"
              aria-selected={checked.size ? chosen : it.key === selectedKey}
              aria-expanded={r.group ? rowExpanded(v.index) : undefined}
              data-key={it.key}
              className={`queue-item${it.key === selectedKey ? ' selected' : ''}${chosen && checked.size ? ' checked' : ''}${it.uncertain ? ' uncertain' : ''}${r.member ? ' member' : ''}`}
              style={{ position: 'absolute', top: 0, left: 0, right: 0, transform: `translateY(${v.start}px)` }}
              onClick={(e) => click(e, v.index)}
            >
              <div className="queue-meta">
                <SeverityBadge severity={it.severity} />
                <bdi className="author">{it.author}</bdi>
                <span className="platform">{platformName(t, it.platform)}</span>
                <span className="status">{statusName(t, it.status)}</span>
                {signal ? <span className="signal">{signalName(t, signal)}</span> : null}
                {it.assignee ? (
                  <span className="assignee">
                    → <bdi>{it.assignee}</bdi>
                  </span>
                ) : null}
                {it.uncertain ? <span className="lane">{t('uncertain')}</span> : null}
                {it.notAssessed === 'language' ? (
                  <span className="lane not-assessed">{t('not_assessed_language')}</span>
                ) : null}
                {overdue ? <span className="overdue">{t('overdue')}</span> : null}
                {clock === null ? null : (
                  <span
                    className={`waiting${isClosed(it.status) ? ' stopped' : ''}`}
                    title={
                      isClosed(it.status)
                        ? t('clock_stopped', { status: statusName(t, it.status) })
                        : t('waiting_title')
                    }
                  >
                    ⏱ {clock}
                  </span>
                )}
                {r.group ? (
                  <span
                    className="group-count"
                    title={t('group_title', { count: r.group.length })}
                    onClick={(e) => {
                      e.stopPropagation();
                      onToggleGroup(it.key);
                    }}
                  >
                    ×{r.group.length}
                  </span>
                ) : null}
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
