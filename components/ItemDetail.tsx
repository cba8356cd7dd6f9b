import { useState } from 'react';
import type { FlaggedItem, ItemStatus, ThreadRecord } from '@/lib/db/types';
import { ITEM_STATUSES } from '@/lib/db/types';
import { SeverityBadge } from './SeverityBadge';
import { STATUS_LABEL } from './labels';
import { waitingFor } from './QueueList';
import { pt } from '@/lib/i18n/panel';
import { TeamItemBadge } from './TeamItemBadge';

export interface ItemDetailProps {
  item: FlaggedItem;
  thread?: ThreadRecord;
  lang: 'pl' | 'en';
  onStatus(status: ItemStatus, note?: string): void;
  onFocus(): void;
  onFalsePositive(kind: 'phrase' | 'author' | 'thread', value: string): void;
  /** Show only this item's thread in the queue. */
  onThreadFilter?(): void;
  /** For the waiting time; omitted, it is not shown. */
  now?: number;
}

/** Text with reason spans underlined, as React text (never HTML). */
function Underlined({ item }: { item: FlaggedItem }) {
  const spans = item.reasons.flatMap((r) => (r.span && r.span.end <= item.text.length ? [r.span] : [])).sort((a, b) => a.start - b.start);
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
export function ItemDetail({ item, thread, lang, onStatus, onFocus, onFalsePositive, onThreadFilter, now }: ItemDetailProps) {
  const [note, setNote] = useState(item.note ?? '');
  const pl = lang === 'pl';
  const topTerm = item.reasons.find((r) => r.term)?.term;
  return (
    <section className="detail" aria-label={pl ? 'Szczegóły komentarza' : 'Comment details'}>
      <header>
        <SeverityBadge severity={item.severity} lang={lang} /> <bdi className="author">{item.author}</bdi> · {item.platform}
        {item.uncertain ? <span className="uncertain"> · {pl ? 'niepewne' : 'uncertain'}</span> : null}
        {item.notAssessed === 'language' ? (
          <span className="not-assessed" title={pt(lang, 'not_assessed_language_hint')}>
            {' '}
            · {pt(lang, 'not_assessed_language')}
          </span>
        ) : null}
        {now !== undefined && (item.status === 'new' || item.status === 'inProgress') ? <span className="waiting"> · {pt(lang, 'waiting', { time: waitingFor(now - item.firstSeen) })}</span> : null}
      </header>
      <TeamItemBadge itemKey={item.key} lang={lang} />
      <Underlined item={item} />
      <ul className="reasons" aria-label={pl ? 'Powody' : 'Reasons'}>
        {item.reasons.slice(0, 6).map((r, i) => (
          <li key={i}>
            <bdi>{r.label}</bdi>
          </li>
        ))}
      </ul>
      {thread && thread.status !== 'calm' ? (
        <p className={`thread thread-${thread.status}`}>
          ⚑ {pl ? 'Wątek' : 'Thread'}: {thread.status} — {thread.reasons.slice(0, 3).map((r) => r.label).join(' · ')}
        </p>
      ) : null}
      {thread && thread.status !== 'calm' && thread.reasons.length > 3 ? (
        <ul className="thread-reasons" aria-label={pl ? 'Powody eskalacji wątku' : 'Why the thread is escalating'}>
          {thread.reasons.slice(3).map((r, i) => (
            <li key={i}>{r.label}</li>
          ))}
        </ul>
      ) : null}
      <div className="actions" role="group" aria-label={pl ? 'Status' : 'Status'}>
        {ITEM_STATUSES.map((s) => (
          <button key={s} type="button" aria-pressed={item.status === s} onClick={() => onStatus(s, note !== (item.note ?? '') ? note : undefined)}>
            {STATUS_LABEL[s][lang]}
          </button>
        ))}
      </div>
      <label className="note">
        {pl ? 'Notatka' : 'Note'}
        <textarea value={note} onChange={(e) => setNote(e.target.value)} rows={2} />
      </label>
      <div className="actions">
        <button type="button" onClick={onFocus}>
          {pl ? 'Pokaż na stronie' : 'Show on page'}
        </button>
        {topTerm ? (
          <button type="button" onClick={() => onFalsePositive('phrase', topTerm)}>
            {pl ? `Fałszywy alarm: „${topTerm}”` : `False positive: "${topTerm}"`}
          </button>
        ) : null}
        <button type="button" onClick={() => onFalsePositive('author', item.author)}>
          {pl ? 'Ignoruj autora' : 'Ignore author'}
        </button>
        <button type="button" onClick={() => onFalsePositive('thread', item.threadKey)}>
          {pt(lang, 'fp_thread')}
        </button>
        {onThreadFilter ? (
          <button type="button" onClick={onThreadFilter}>
            {pt(lang, 'only_this_thread')}
          </button>
        ) : null}
      </div>
    </section>
  );
}
