import type { Suggestion } from '@/lib/risk/suggest';
import type { ReplyTemplate } from '@/lib/library/types';
import { useT } from '@/lib/i18n/react';
import { ReplyCard } from './ReplyCard';

export interface ReplySuggestionsProps {
  suggestions: Suggestion[];
  /** Fill a template's variables for this comment. */
  fill(t: ReplyTemplate): string;
  /** Checker warnings for a filled reply. */
  check(text: string, t?: ReplyTemplate): ReadonlyArray<{ code: string; text: string }>;
  /** Template ids already used in this thread. */
  usedIds: readonly string[];
  variantOf(t: ReplyTemplate): ReplyTemplate | undefined;
  ticket: string;
  /** Show the ticket input here (the Replies screen has its own variables form). */
  showTicket?: boolean;
  /** What Insert does when the reply field already holds text. */
  mode: 'append' | 'replace';
  busy: boolean;
  /** An inserted reply awaits the user's confirmation that it was posted. */
  awaitingSent: boolean;
  onSent(): void;
  onTicket(value: string): void;
  onMode(mode: 'append' | 'replace'): void;
  onInsert(templateId: string, text: string, mode: 'append' | 'replace'): void;
  onCopy(templateId: string, text: string): void;
  onUseVariant?(t: ReplyTemplate): void;
  /** Advice before any reply: do not engage (pure abuse), answer formally (legal threat). */
  advice?: readonly string[];
  onEdit?(t: ReplyTemplate): void;
  /** With "do not engage" advice the replies stay hidden until the agent asks for them. */
  engage?: boolean;
  onEngage?(): void;
}

/** The prompt after an insert, and the advice before any reply. */
function ReplyNotes(props: {
  awaitingSent: boolean;
  onSent(): void;
  advice: readonly string[];
  engage: boolean;
  onEngage?(): void;
}) {
  const { awaitingSent, onSent, advice, engage, onEngage } = props;
  const t = useT();
  return (
    <>
      {awaitingSent ? (
        <p className="sent">
          {t('reply_inserted_prompt')}{' '}
          <button type="button" onClick={onSent}>
            {t('mark_sent')}
          </button>
        </p>
      ) : null}
      {advice.includes('doNotEngage') ? (
        <p className="do-not-engage" role="note">
          {t('do_not_engage_advice')}{' '}
          {!engage && onEngage ? (
            <button type="button" onClick={onEngage}>
              {t('reply_anyway')}
            </button>
          ) : null}
        </p>
      ) : null}
      {advice.includes('legalFormal') ? (
        <p className="legal-advice" role="note">
          {t('legal_advice')}
        </p>
      ) : null}
    </>
  );
}

/** The ticket (where shown) and what Insert does with text already in the reply field. */
function ReplyOptions(props: Pick<ReplySuggestionsProps, 'ticket' | 'showTicket' | 'mode' | 'onTicket' | 'onMode'>) {
  const { ticket, showTicket = true, mode, onTicket, onMode } = props;
  const t = useT();
  return (
    <div className="reply-options">
      {showTicket ? (
        <label>
          {t('ticket')} <input value={ticket} onChange={(e) => onTicket(e.target.value)} size={10} />
        </label>
      ) : null}
      <select
        aria-label={t('draft_mode')}
        value={mode}
        onChange={(e) => onMode(e.target.value as 'append' | 'replace')}
      >
        <option value="append">{t('draft_append')}</option>
        <option value="replace">{t('draft_replace')}</option>
      </select>
    </div>
  );
}

/** One suggestion: filled for this comment, checked, with its variant when already used in the thread. */
function SuggestionCard({ s, props }: { s: Suggestion; props: ReplySuggestionsProps }) {
  const { fill, check, usedIds, variantOf, mode, busy, onInsert, onCopy, onUseVariant, onEdit } = props;
  const text = fill(s.template);
  return (
    <ReplyCard
      template={s.template}
      text={text}
      why={s.why}
      warnings={check(text, s.template)}
      repeatVariant={usedIds.includes(s.template.id) ? (variantOf(s.template) ?? null) : undefined}
      busy={busy}
      onInsert={() => onInsert(s.template.id, text, mode)}
      onCopy={() => onCopy(s.template.id, text)}
      onUseVariant={onUseVariant}
      onEdit={onEdit ? () => onEdit(s.template) : undefined}
    />
  );
}

/** Ranked reply suggestions with why, a filled preview, warnings, and Insert (approved only) or Copy. */
export function ReplySuggestions(props: ReplySuggestionsProps) {
  const { suggestions, advice = [], engage = false, onEngage } = props;
  const t = useT();
  // With "do not engage" advice the replies stay hidden until the agent asks for them.
  const held = advice.includes('doNotEngage') && !engage && !!onEngage;
  return (
    <section className="replies" aria-label={t('replies_label')}>
      <ReplyNotes
        awaitingSent={props.awaitingSent}
        onSent={props.onSent}
        advice={advice}
        engage={engage}
        onEngage={onEngage}
      />
      <ReplyOptions {...props} />
      {!held && suggestions.length === 0 ? <p className="hint">{t('no_suggestion')}</p> : null}
      {(held ? [] : suggestions).map((s) => (
        <SuggestionCard key={s.template.id} s={s} props={props} />
      ))}
    </section>
  );
}
