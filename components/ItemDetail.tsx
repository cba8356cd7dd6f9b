import type { ReactNode } from 'react';
import type { FlaggedItem, ItemStatus, ThreadRecord } from '@/lib/db/types';
import { ITEM_STATUSES } from '@/lib/db/types';
import { SeverityBadge } from './SeverityBadge';
import { platformName, reasonText, statusName, threadReasonText, threadStatusName } from '@/lib/i18n/names';
import { clockText } from './QueueList';
import { isClosed } from '@/lib/db/clock';
import { useT } from '@/lib/i18n/react';
import { FalsePositiveActions, type FalsePositiveActionsProps, type FalsePositiveKind } from './FalsePositiveActions';
import { TeamItemBadge } from './TeamItemBadge';

const NO_RELATED: FalsePositiveActionsProps['related'] = { author: [], thread: [] };

export interface ItemDetailProps {
  item: FlaggedItem;
  thread?: ThreadRecord;
  onStatus(status: ItemStatus): void;
  onFocus(): void;
  onFalsePositive(kind: FalsePositiveKind, value: string): void;
  /** The other open items that ignoring the author or dismissing the thread would dismiss. */
  related?: FalsePositiveActionsProps['related'];
  /** Show only this item's thread in the queue. */
  onThreadFilter?(): void;
  /** For the waiting time; omitted, it is not shown. */
  now?: number;
  /** The notes (history and the note being typed), shown under the status buttons. */
  children?: ReactNode;
}

/** Text with reason spans underlined, as React text (never HTML). */
function Underlined({ item }: { item: FlaggedItem }) {
  const spans = item.reasons
    .flatMap((r) => (r.span && r.span.end <= item.text.length ? [r.span] : []))
    .sort((a, b) => a.start - b.start);
  const parts: Array<string | { u: string }> = [];
  let at = 0;
  for (const s of spans) {
    if (s.start < at) continue;
    parts.push(item.text.slice(at, s.start), { u: item.text.slice(s.start, s.end) });
    at = s.end;
  }
  parts.push(item.text.slice(at));
  return (
    <p className="detail-text" dir="auto">
      {parts.map((p, i) => (typeof p === 'string' ? p : <u key={i}>{p.u}</u>))}
    </p>
  );
}

/** The selected flagged item: text with its reasons, thread status, status actions, note. */
export function ItemDetail({
  item,
  thread,
  onStatus,
  onFocus,
  onFalsePositive,
  onThreadFilter,
  now,
  related,
  children,
}: ItemDetailProps) {
  const t = useT();
  return (
    <section className="detail" aria-label={t('detail_label')}>
      <header>
        <SeverityBadge severity={item.severity} /> <bdi className="author">{item.author}</bdi> ·{' '}
        {platformName(t, item.platform)}
        {item.uncertain ? <span className="uncertain"> · {t('uncertain')}</span> : null}
        {item.notAssessed === 'language' ? (
          <span className="not-assessed" title={t('not_assessed_language_hint')}>
            {' '}
            · {t('not_assessed_language')}
          </span>
        ) : null}
        {now !== undefined && !isClosed(item.status) && clockText(item, now) !== null ? (
          <span className="waiting"> · {t('waiting', { time: clockText(item, now)! })}</span>
        ) : null}
      </header>
      <TeamItemBadge itemKey={item.key} />
      <Underlined item={item} />
      <ul className="reasons" aria-label={t('reasons')}>
        {item.reasons.slice(0, 6).map((r, i) => (
          <li key={i}>
            <bdi>{reasonText(t, r)}</bdi>
          </li>
        ))}
      </ul>
      {thread && thread.status !== 'calm' ? (
        <p className={`thread thread-${thread.status}`}>
          ⚑ {t('thread')}:{' '}
          {t('thread_line', {
            status: threadStatusName(t, thread.status),
            reasons: thread.reasons
              .slice(0, 3)
              .map((r) => threadReasonText(t, r))
              .join(' · '),
          })}
        </p>
      ) : null}
      {thread && thread.status !== 'calm' && thread.reasons.length > 3 ? (
        <ul className="thread-reasons" aria-label={t('thread_reasons_label')}>
          {thread.reasons.slice(3).map((r, i) => (
            <li key={i}>{threadReasonText(t, r)}</li>
          ))}
        </ul>
      ) : null}
      <div className="actions" role="group" aria-label={t('status_label')}>
        {ITEM_STATUSES.map((s) => (
          <button key={s} type="button" aria-pressed={item.status === s} onClick={() => onStatus(s)}>
            {statusName(t, s)}
          </button>
        ))}
      </div>
      {children}
      <FalsePositiveActions item={item} related={related ?? NO_RELATED} onFalsePositive={onFalsePositive}>
        <button type="button" onClick={onFocus}>
          {t('show_on_page')}
        </button>
        {onThreadFilter ? (
          <button type="button" onClick={onThreadFilter}>
            {t('only_this_thread')}
          </button>
        ) : null}
      </FalsePositiveActions>
    </section>
  );
}
