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

/**
 * "False positive…" (the agent picks the phrase), "Ignore author" and "Not a crisis" — each asks
 * first and shows what else it dismisses ("this also dismisses 3 items, including a legal threat").
 */
export function FalsePositiveActions({ item, related, onFalsePositive, children }: FalsePositiveActionsProps) {
  const t = useT();
  const [open, setOpen] = useState<FalsePositiveKind | null>(null);
  const [phrase, setPhrase] = useState<string | null>(null);
  const phrases = phrasesOf(item);
  const close = () => {
    setOpen(null);
    setPhrase(null);
  };
  const confirm = (kind: FalsePositiveKind, value: string) => {
    close();
    onFalsePositive(kind, value);
  };
  const others = open === 'author' ? related.author : open === 'thread' ? related.thread : [];
  const serious = seriousSignals(others);
  return (
    <>
      <div className="actions">
        {phrases.length ? (
          <button
            type="button"
            aria-expanded={open === 'phrase'}
            onClick={() => setOpen(open === 'phrase' ? null : 'phrase')}
          >
            {t('fp_pick')}
          </button>
        ) : null}
        <button
          type="button"
          aria-expanded={open === 'author'}
          onClick={() => setOpen(open === 'author' ? null : 'author')}
        >
          {t('ignore_author')}
        </button>
        <button
          type="button"
          aria-expanded={open === 'thread'}
          onClick={() => setOpen(open === 'thread' ? null : 'thread')}
        >
          {t('fp_thread')}
        </button>
        {children}
      </div>
      {open === 'phrase' ? (
        <fieldset className="confirm" aria-label={t('fp_pick_legend')}>
          <legend>{t('fp_pick_legend')}</legend>
          {phrases.map((p) => (
            <label key={p}>
              <input type="radio" name={`fp-${item.key}`} checked={phrase === p} onChange={() => setPhrase(p)} />{' '}
              <bdi>{p}</bdi>
            </label>
          ))}
          <p className="hint">{t('fp_pick_hint')}</p>
          <button type="button" disabled={phrase === null} onClick={() => phrase !== null && confirm('phrase', phrase)}>
            {t('fp_confirm')}
          </button>{' '}
          <button type="button" onClick={close}>
            {t('cancel')}
          </button>
        </fieldset>
      ) : null}
      {open === 'author' || open === 'thread' ? (
        <section
          className="confirm"
          role="group"
          aria-label={t(open === 'author' ? 'confirm_author_title' : 'confirm_thread_title')}
        >
          <p>
            <strong>{t(open === 'author' ? 'confirm_author_title' : 'confirm_thread_title')}</strong>{' '}
            {others.length ? t('confirm_dismisses', { count: others.length }) : t('confirm_none')}
            {serious.length
              ? ` ${t('confirm_including', { what: serious.map((s) => signalName(t, s)).join(', ') })}`
              : ''}
            {open === 'author' ? ` ${t('confirm_author_later')}` : ''}
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
          <button type="button" onClick={() => confirm(open, open === 'author' ? item.author : item.threadKey)}>
            {t(open === 'author' ? 'confirm_yes_author' : 'confirm_yes_thread')}
          </button>{' '}
          <button type="button" onClick={close}>
            {t('cancel')}
          </button>
        </section>
      ) : null}
    </>
  );
}
