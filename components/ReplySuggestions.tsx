import type { Suggestion } from '@/lib/risk/suggest';
import type { ReplyTemplate } from '@/lib/library/types';
import { pt } from '@/lib/i18n/panel';
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
  lang: 'pl' | 'en';
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

/** Ranked reply suggestions with why, a filled preview, warnings, and Insert (approved only) or Copy. */
export function ReplySuggestions(props: ReplySuggestionsProps) {
  const { suggestions, fill, check, usedIds, variantOf, lang, ticket, showTicket = true, mode, busy, awaitingSent, onSent, onTicket, onMode, onInsert, onCopy, onUseVariant, advice = [], onEdit, engage = false, onEngage } = props;
  const pl = lang === 'pl';
  const doNotEngage = advice.includes('doNotEngage');
  return (
    <section className="replies" aria-label={pl ? 'Sugerowane odpowiedzi' : 'Suggested replies'}>
      {awaitingSent ? (
        <p className="sent">
          {pl ? 'Odpowiedź wstawiona. Po opublikowaniu jej na stronie:' : 'Reply inserted. Once you have posted it on the page:'}{' '}
          <button type="button" onClick={onSent}>
            {pl ? 'Oznacz jako wysłaną' : 'Mark as sent'}
          </button>
        </p>
      ) : null}
      {doNotEngage ? (
        <p className="do-not-engage" role="note">
          {pt(lang, 'do_not_engage_advice')}{' '}
          {!engage && onEngage ? (
            <button type="button" onClick={onEngage}>
              {pt(lang, 'reply_anyway')}
            </button>
          ) : null}
        </p>
      ) : null}
      {advice.includes('legalFormal') ? (
        <p className="legal-advice" role="note">
          {pt(lang, 'legal_advice')}
        </p>
      ) : null}
      <div className="reply-options">
        {showTicket ? (
          <label>
            {pt(lang, 'ticket')} <input value={ticket} onChange={(e) => onTicket(e.target.value)} size={10} />
          </label>
        ) : null}
        <select aria-label={pl ? 'Gdy pole ma już tekst' : 'When the field has a draft'} value={mode} onChange={(e) => onMode(e.target.value as 'append' | 'replace')}>
          <option value="append">{pl ? 'dopisz do szkicu' : 'append to the draft'}</option>
          <option value="replace">{pl ? 'zastąp szkic' : 'replace the draft'}</option>
        </select>
      </div>
      {doNotEngage && !engage && onEngage ? null : suggestions.length === 0 ? <p className="hint">{pl ? 'Brak zatwierdzonych szablonów dla tego komentarza.' : 'No approved template fits this comment.'}</p> : null}
      {(doNotEngage && !engage && onEngage ? [] : suggestions).map((s) => {
        const text = fill(s.template);
        return (
          <ReplyCard
            key={s.template.id}
            template={s.template}
            text={text}
            why={s.why}
            warnings={check(text, s.template)}
            repeatVariant={usedIds.includes(s.template.id) ? (variantOf(s.template) ?? null) : undefined}
            lang={lang}
            busy={busy}
            onInsert={() => onInsert(s.template.id, text, mode)}
            onCopy={() => onCopy(s.template.id, text)}
            onUseVariant={onUseVariant}
            onEdit={onEdit ? () => onEdit(s.template) : undefined}
          />
        );
      })}
    </section>
  );
}
