import { useState, type ReactNode } from 'react';
import type { FlaggedItem } from '@/lib/db/types';
import type { CrisisSignal, ToxicityKind } from '@/lib/risk/types';
import { useT } from '@/lib/i18n/react';
import { signalName } from '@/lib/i18n/names';
import { SeverityBadge } from './SeverityBadge';

export type FalsePositiveKind = 'phrase' | 'author' | 'thread';

export interface FalsePositiveActionsProps {
  item: FlaggedItem;
  /** The other open items each choice would dismiss (shown before the agent confirms). */
  related: { author: readonly FlaggedItem[]; thread: readonly FlaggedItem[] };
  onFalsePositive(kind: FalsePositiveKind, value: string): void;
  /** Extra actions shown with these (e.g. "Only this thread"). */
  children?: ReactNode;
}

// What makes a dismissal worth a second look, most serious first.
const SERIOUS: Array<CrisisSignal | ToxicityKind> = [
  'legalThreat',
  'threat',
  'healthSafety',
  'dataLeak',
  'scamFraud',
  'employeeMisconduct',
  'identityAttack',
];
const has = (i: FlaggedItem, s: CrisisSignal | ToxicityKind) =>
  (s in i.signals ? i.signals[s as CrisisSignal] : i.toxicityBy[s as ToxicityKind]) >= 0.5;

/** The most serious signals among items, in order (to say "including a legal threat"). */
export function seriousSignals(items: readonly FlaggedItem[]): Array<CrisisSignal | ToxicityKind> {
  return SERIOUS.filter((s) => items.some((i) => has(i, s)));
}

/** The item's reason phrases, each once (as written in the comment). */
const phrasesOf = (item: FlaggedItem) => [
  ...new Map(item.reasons.flatMap((r) => (r.term ? [[r.term.toLowerCase(), r.term] as const] : []))).values(),
];

/** "Which phrase is the false positive?": the agent picks one of the item's phrases, then confirms. */
function PhrasePicker(props: {
  item: FlaggedItem;
  phrases: string[];
  onConfirm(phrase: string): void;
  onCancel(): void;
}) {
  const t = useT();
  const [phrase, setPhrase] = useState<string | null>(null);
  return (
    <fieldset className="confirm" aria-label={t('fp_pick_legend')}>
      <legend>{t('fp_pick_legend')}</legend>
      {props.phrases.map((p) => (
        <label key={p}>
          <input type="radio" name={`fp-${props.item.key}`} checked={phrase === p} onChange={() => setPhrase(p)} />{' '}
          <bdi>{p}</bdi>
        </label>
      ))}
      <p className="hint">{t('fp_pick_hint')}</p>
      <button type="button" disabled={phrase === null} onClick={() => phrase !== null && props.onConfirm(phrase)}>
        {t('fp_confirm')}
      </button>{' '}
      <button type="button" onClick={props.onCancel}>
        {t('cancel')}
      </button>
    </fieldset>
  );
}

/** Ignoring an author or a thread: what else it dismisses (the serious ones named), then confirm. */
function ConfirmDismiss(props: {
  kind: 'author' | 'thread';
  others: readonly FlaggedItem[];
  onConfirm(): void;
  onCancel(): void;
}) {
  const t = useT();
  const { kind, others } = props;
  const serious = seriousSignals(others);
  const title = t(kind === 'author' ? 'confirm_author_title' : 'confirm_thread_title');
  return (
    <section className="confirm" role="group" aria-label={title}>
      <p>
        <strong>{title}</strong> {others.length ? t('confirm_dismisses', { count: others.length }) : t('confirm_none')}
        {serious.length ? ` ${t('confirm_including', { what: serious.map((s) => signalName(t, s)).join(', ') })}` : ''}
        {kind === 'author' ? ` ${t('confirm_author_later')}` : ''}
      </p>
      {others.length ? (
        <ul className="confirm-items">
          {others.slice(0, 5).map((i) => (
            <li key={i.key} className={seriousSignals([i]).length ? 'serious' : undefined}>
              <SeverityBadge severity={i.severity} />{' '}
              <bdi dir="auto">{i.text.length > 90 ? `${i.text.slice(0, 90)}…` : i.text}</bdi>
            </li>
          ))}
        </ul>
      ) : null}
      <button type="button" onClick={props.onConfirm}>
        {t(kind === 'author' ? 'confirm_yes_author' : 'confirm_yes_thread')}
      </button>{' '}
      <button type="button" onClick={props.onCancel}>
        {t('cancel')}
      </button>
    </section>
  );
}

/**
 * "False positive…" (the agent picks the phrase), "Ignore author" and "Not a crisis" — each asks
 * first and shows what else it dismisses ("this also dismisses 3 items, including a legal threat").
 */
export function FalsePositiveActions({ item, related, onFalsePositive, children }: FalsePositiveActionsProps) {
  const t = useT();
  const [open, setOpen] = useState<FalsePositiveKind | null>(null);
  const phrases = phrasesOf(item);
  const close = () => setOpen(null);
  const confirm = (kind: FalsePositiveKind, value: string) => {
    close();
    onFalsePositive(kind, value);
  };
  const toggle = (kind: FalsePositiveKind) => ({
    'aria-expanded': open === kind,
    onClick: () => setOpen(open === kind ? null : kind),
  });
  return (
    <>
      <div className="actions">
        {phrases.length ? (
          <button type="button" {...toggle('phrase')}>
            {t('fp_pick')}
          </button>
        ) : null}
        <button type="button" {...toggle('author')}>
          {t('ignore_author')}
        </button>
        <button type="button" {...toggle('thread')}>
          {t('fp_thread')}
        </button>
        {children}
      </div>
      {open === 'phrase' ? (
        <PhrasePicker item={item} phrases={phrases} onConfirm={(p) => confirm('phrase', p)} onCancel={close} />
      ) : null}
      {open === 'author' || open === 'thread' ? (
        <ConfirmDismiss
          kind={open}
          others={open === 'author' ? related.author : related.thread}
          onConfirm={() => confirm(open, open === 'author' ? item.author : item.threadKey)}
          onCancel={close}
        />
      ) : null}
    </>
  );
}
