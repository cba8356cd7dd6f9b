import { useEffect, useRef, type KeyboardEvent, type MouseEvent, type ReactNode } from 'react';
import { useVirtualizer } from '@tanstack/react-virtual';
import type { FlaggedItem } from '@/lib/db/types';
import { isClosed, waitedMs } from '@/lib/db/clock';
import { isOverdue, rowCount, rowKeys, type QueueRow } from '@/lib/db/triage';
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
  /** The open item's detail, shown under its row. */
  detail?: ReactNode;
  /** The list shows its last rows and the queue has more to read (a window of it). */
  onMore?(): void;
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
const keysOf = (r: QueueRow): string[] => [...rowKeys(r)];
/** The virtual list's key of the detail (never an item key: those hold a ':'). */
const DETAIL = 'detail';
/** Rows before the end of a window at which the next page is read. */
const MORE_AHEAD = 20;
/** A row's height (style.css, .queue-item): details on up to two lines, two lines of text. */
const ROW_HEIGHT = 92;

/** One row: severity, author, platform, status, signal, assignee, lane, clock, group count; the text. */
function QueueRowView({
  r,
  now,
  chosen,
  ...rest
}: { r: QueueRow; now: number; chosen: boolean } & {
  id: string;
  selected: boolean;
  checkedAny: boolean;
  expanded: boolean;
  top: number;
  onClick(e: MouseEvent): void;
  onToggleGroup(key: string): void;
}) {
  const t = useT();
  const it = r.item;
  const signal = topSignal(it);
  const clock = clockText(it, now);
  return (
    <div
      id={rest.id}
      role="option"
      aria-selected={rest.checkedAny ? chosen : rest.selected}
      aria-expanded={r.group ? rest.expanded : undefined}
      data-key={it.key}
      className={`queue-item${rest.selected ? ' selected' : ''}${chosen && rest.checkedAny ? ' checked' : ''}${it.uncertain ? ' uncertain' : ''}${r.member ? ' member' : ''}`}
      style={{ position: 'absolute', top: 0, left: 0, right: 0, transform: `translateY(${rest.top}px)` }}
      onClick={rest.onClick}
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
        {it.notAssessed === 'language' ? <span className="lane not-assessed">{t('not_assessed_language')}</span> : null}
        {isOverdue(it, now) ? <span className="overdue">{t('overdue')}</span> : null}
        {clock === null ? null : (
          <span
            className={`waiting${isClosed(it.status) ? ' stopped' : ''}`}
            title={isClosed(it.status) ? t('clock_stopped', { status: statusName(t, it.status) }) : t('waiting_title')}
          >
            ⏱ {clock}
          </span>
        )}
        {r.group && !r.counting ? (
          <span
            className="group-count"
            title={t('group_title', { count: rowCount(r) })}
            onClick={(e) => {
              e.stopPropagation();
              rest.onToggleGroup(it.key);
            }}
          >
            ×{rowCount(r)}
          </span>
        ) : null}
      </div>
      <div className="queue-text" dir="auto">
        {it.text}
      </div>
    </div>
  );
}

/** Choosing rows: click, Ctrl/Cmd+click, Shift+click, and the keys of the list. */
function useChoosing({ rows, selectedKey, checked, onSelect, onCheck, onToggleGroup }: QueueListProps, index: number) {
  const anchor = useRef<string | null>(null);
  const rowExpanded = (i: number) => rows[i + 1]?.member === true;
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
  /** The row a key moves to (-1: none), after doing what the key does by itself. */
  const target = (e: KeyboardEvent, i: number): number | null => {
    const r = rows[i]!;
    if (e.key === 'ArrowDown') return index < 0 ? 0 : Math.min(rows.length - 1, i + 1);
    if (e.key === 'ArrowUp') return Math.max(0, i - 1);
    if (e.key === 'Home') return 0;
    if (e.key === 'End') return rows.length - 1;
    if (e.key === ' ') toggle(r);
    else if (e.key === 'Escape' && checked.size) onCheck([]);
    else if (r.group && ((e.key === 'ArrowRight' && !rowExpanded(i)) || (e.key === 'ArrowLeft' && rowExpanded(i))))
      onToggleGroup(r.item.key);
    else return null;
    return -1;
  };
  const keyDown = (e: KeyboardEvent) => {
    if (rows.length === 0 || e.target !== e.currentTarget) return;
    const i = Math.max(0, index);
    const next = target(e, i);
    if (next === null) return;
    e.preventDefault();
    e.stopPropagation();
    if (next < 0) return;
    if (e.shiftKey) {
      if (anchor.current === null) anchor.current = rows[i]!.item.key;
      const from = rows.findIndex((x) => x.item.key === anchor.current);
      onCheck(range(from < 0 ? i : from, next));
    } else anchor.current = rows[next]!.item.key;
    onSelect(rows[next]!.item.key);
  };
  return { click, keyDown, rowExpanded };
}

/**
 * The queue: a virtualised list (50,000 items scroll smoothly), near-identical comments as one
 * row with a count, and the open item's detail in the list's flow, right under its row (one
 * scroll for both). Click opens an item; Ctrl/Cmd+click, Shift+click, Space and Shift+arrows choose
 * items for a bulk action; arrows move, Right/Left open and close a group, Escape clears the choice.
 */
export function QueueList(props: QueueListProps) {
  const { rows, selectedKey, checked, now, detail, onToggleGroup, onMore } = props;
  const t = useT();
  const parent = useRef<HTMLDivElement>(null);
  const index = selectedKey === null ? -1 : rows.findIndex((r) => r.item.key === selectedKey);
  // The detail is one more entry of the virtual list, right after the open item's row.
  const at = detail && index >= 0 ? index + 1 : -1;
  const rowOf = (v: number) => (at >= 0 && v > at ? v - 1 : v);
  const virtualizer = useVirtualizer({
    count: rows.length + (at >= 0 ? 1 : 0),
    getScrollElement: () => parent.current,
    estimateSize: (v) => (v === at ? 480 : ROW_HEIGHT),
    getItemKey: (v) => (v === at ? DETAIL : rows[rowOf(v)]!.item.key),
    overscan: 8,
    initialRect: { width: 360, height: 640 },
  });
  const { click, keyDown, rowExpanded } = useChoosing(props, index);
  // A window of the queue reads on when its last rows come into view.
  const count = virtualizer.options.count;
  const lastShown = virtualizer.getVirtualItems().at(-1)?.index ?? -1;
  useEffect(() => {
    if (onMore && lastShown >= count - MORE_AHEAD) onMore();
  }, [onMore, lastShown, count]);
  useEffect(() => {
    // Keys can move beyond the rendered rows: bring the selected one into view.
    if (index >= 0) virtualizer.scrollToIndex(index, { align: 'auto' });
  }, [index, virtualizer]);

  return (
    <div ref={parent} className="queue-scroll">
      <div className="queue-content" style={{ height: virtualizer.getTotalSize() }}>
        <div
          className="queue-options"
          role="listbox"
          tabIndex={0}
          aria-multiselectable="true"
          aria-activedescendant={index >= 0 ? rowId(selectedKey!) : undefined}
          aria-label={t('queue_label')}
          onKeyDown={keyDown}
        >
          {virtualizer.getVirtualItems().map((v) => {
            if (v.index === at) return null;
            const i = rowOf(v.index);
            const r = rows[i]!;
            return (
              <QueueRowView
                key={r.item.key}
                id={rowId(r.item.key)}
                r={r}
                now={now}
                chosen={keysOf(r).every((k) => checked.has(k))}
                selected={r.item.key === selectedKey}
                checkedAny={checked.size > 0}
                expanded={rowExpanded(i)}
                top={v.start}
                onClick={(e) => click(e, i)}
                onToggleGroup={onToggleGroup}
              />
            );
          })}
        </div>
        {virtualizer
          .getVirtualItems()
          .filter((v) => v.index === at)
          .map((v) => (
            <div
              key={DETAIL}
              ref={virtualizer.measureElement}
              data-index={v.index}
              className="queue-detail"
              style={{ transform: `translateY(${v.start}px)` }}
            >
              {detail}
            </div>
          ))}
      </div>
    </div>
  );
}
