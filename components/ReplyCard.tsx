import type { ReplyTemplate } from '@/lib/library/types';
import type { Why } from '@/lib/risk/suggest';
import type { Fact } from '@/lib/library/facts';
import { pt } from '@/lib/i18n/panel';
import { factLabel } from './IncidentFacts';
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
  lang: 'pl' | 'en';
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
export function ReplyCard({ template: t, text, why, warnings, repeatVariant, lang, busy, onInsert, onCopy, onUseVariant, beyond = [], onEdit }: ReplyCardProps) {
  const approved = t.status === 'approved';
  return (
    <article className="suggestion" aria-label={t.title}>
      <h3>
        <bdi>{t.title}</bdi> <span className="tone">· {t.tone}{t.stage ? ` · ${pt(lang, `stage_${t.stage}`)}` : ''}</span>
      </h3>
      {why?.length ? <p className="why">{why.map((w) => (lang === 'pl' ? w.pl : w.en)).join(' · ')}</p> : null}
      <p className="preview" dir="auto">
        {text}
      </p>
      {repeatVariant !== undefined ? (
        <p className="warning" role="note">
          {repeatVariant ? pt(lang, 'repeat_warning', { title: t.title }) : pt(lang, 'repeat_no_variant', { title: t.title })}{' '}
          {repeatVariant ? (
            <button type="button" onClick={() => onUseVariant?.(repeatVariant)}>
              {pt(lang, 'use_variant', { title: repeatVariant.title })}
            </button>
          ) : null}
        </p>
      ) : null}
      <CheckerWarnings warnings={warnings} lang={lang} />
      {beyond.length ? (
        <p className="warning" role="note">
          {pt(lang, 'claims_beyond', { facts: beyond.map((f) => factLabel(lang, f)).join(', ') })} {pt(lang, 'override_required')}
        </p>
      ) : null}
      {!approved ? <p className="hint">{pt(lang, t.status === 'retired' ? 'retired_only_copy' : 'draft_only_copy')}</p> : null}
      <button type="button" disabled={!approved || busy} onClick={onInsert}>
        {pt(lang, 'insert')}
      </button>{' '}
      <button type="button" onClick={onCopy}>
        {pt(lang, 'copy')}
      </button>
      {onEdit ? (
        <>
          {' '}
          <button type="button" onClick={onEdit}>
            {pt(lang, 'edit')}
          </button>
        </>
      ) : null}
    </article>
  );
}
