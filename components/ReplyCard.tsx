import type { ReplyTemplate } from '@/lib/library/types';
import type { Why } from '@/lib/risk/suggest';
import type { Fact } from '@/lib/library/facts';
import { useT } from '@/lib/i18n/react';
import { factName, stageName, toneName, whyText } from '@/lib/i18n/names';
import { CheckerWarnings } from './CheckerWarnings';

export interface ReplyCardProps {
  template: ReplyTemplate;
  /** The reply with its variables filled. */
  text: string;
  /** Why the template was ranked here (suggestions only). */
  why?: Why[];
  /** Checker warnings for `text`. */
  warnings: ReadonlyArray<{ code: string; text: string }>;
  /** Set when the template was already used in this thread: a variant to offer, or null if none. */
  repeatVariant?: ReplyTemplate | null;
  busy: boolean;
  onInsert(): void;
  onCopy(): void;
  onUseVariant?(t: ReplyTemplate): void;
  /** Facts the template claims that the team has not declared (using it needs an override). */
  beyond?: readonly Fact[];
  /** Open the template in the composer. */
  onEdit?(): void;
}

/** One reply: title, why, filled preview, warnings, Insert (approved only) and Copy. */
export function ReplyCard({
  template: t,
  text,
  why,
  warnings,
  repeatVariant,
  busy,
  onInsert,
  onCopy,
  onUseVariant,
  beyond = [],
  onEdit,
}: ReplyCardProps) {
  const tr = useT();
  const approved = t.status === 'approved';
  return (
    <article className="suggestion" aria-label={t.title}>
      <h3>
        <bdi>{t.title}</bdi>{' '}
        <span className="tone">
          · {toneName(tr, t.tone)}
          {t.stage ? ` · ${stageName(tr, t.stage)}` : ''}
        </span>
      </h3>
      {why?.length ? <p className="why">{why.map((w) => whyText(tr, w)).join(' · ')}</p> : null}
      <p className="preview" dir="auto">
        {text}
      </p>
      {repeatVariant !== undefined ? (
        <p className="warning" role="note">
          {repeatVariant ? tr('repeat_warning', { title: t.title }) : tr('repeat_no_variant', { title: t.title })}{' '}
          {repeatVariant ? (
            <button type="button" onClick={() => onUseVariant?.(repeatVariant)}>
              {tr('use_variant', { title: repeatVariant.title })}
            </button>
          ) : null}
        </p>
      ) : null}
      <CheckerWarnings warnings={warnings} />
      {beyond.length ? (
        <p className="warning" role="note">
          {tr('claims_beyond', { facts: beyond.map((f) => factName(tr, f)).join(', ') })} {tr('override_required')}
        </p>
      ) : null}
      {!approved ? (
        <p className="hint">{tr(t.status === 'retired' ? 'retired_only_copy' : 'draft_only_copy')}</p>
      ) : null}
      <button type="button" disabled={!approved || busy} onClick={onInsert}>
        {tr('insert')}
      </button>{' '}
      <button type="button" onClick={onCopy}>
        {tr('copy')}
      </button>
      {onEdit ? (
        <>
          {' '}
          <button type="button" onClick={onEdit}>
            {tr('edit')}
          </button>
        </>
      ) : null}
    </article>
  );
}
