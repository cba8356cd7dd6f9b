import { useState } from 'react';
import type { Suggestion } from '@/lib/risk/suggest';

export interface ReplySuggestionsProps {
  suggestions: Suggestion[];
  /** The filled text of each suggestion, by template id. */
  previews: Record<string, string>;
  lang: 'pl' | 'en';
  ticket: string;
  busy: boolean;
  /** An inserted reply awaits the user's confirmation that it was posted. */
  awaitingSent: boolean;
  onSent(): void;
  onTicket(value: string): void;
  onInsert(templateId: string, text: string, mode: 'append' | 'replace'): void;
  onCopy(templateId: string, text: string): void;
}

/** Ranked reply suggestions with why, a filled preview, and Insert (approved only) or Copy. */
export function ReplySuggestions({ suggestions, previews, lang, ticket, busy, awaitingSent, onSent, onTicket, onInsert, onCopy }: ReplySuggestionsProps) {
  const [mode, setMode] = useState<'append' | 'replace'>('append');
  const pl = lang === 'pl';
  if (suggestions.length === 0) return <p className="hint">{pl ? 'Brak zatwierdzonych szablonów dla tego komentarza.' : 'No approved template fits this comment.'}</p>;
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
      <div className="reply-options">
        <label>
          {pl ? 'Numer zgłoszenia' : 'Ticket number'} <input value={ticket} onChange={(e) => onTicket(e.target.value)} size={10} />
        </label>
        <label>
          <select aria-label={pl ? 'Gdy pole ma już tekst' : 'When the field has a draft'} value={mode} onChange={(e) => setMode(e.target.value as 'append' | 'replace')}>
            <option value="append">{pl ? 'dopisz do szkicu' : 'append to the draft'}</option>
            <option value="replace">{pl ? 'zastąp szkic' : 'replace the draft'}</option>
          </select>
        </label>
      </div>
      {suggestions.map((s) => {
        const text = previews[s.template.id] ?? s.template.body;
        const approved = s.template.status === 'approved';
        return (
          <article key={s.template.id} className="suggestion" aria-label={s.template.title}>
            <h3>
              {s.template.title} <span className="tone">· {s.template.tone}</span>
            </h3>
            <p className="why">{s.why.map((w) => (pl ? w.pl : w.en)).join(' · ')}</p>
            <p className="preview" dir="auto">
              {text}
            </p>
            <button type="button" disabled={!approved || busy} onClick={() => onInsert(s.template.id, text, mode)}>
              {pl ? 'Wstaw do odpowiedzi' : 'Insert'}
            </button>{' '}
            <button type="button" onClick={() => onCopy(s.template.id, text)}>
              {pl ? 'Kopiuj' : 'Copy'}
            </button>
          </article>
        );
      })}
    </section>
  );
}
