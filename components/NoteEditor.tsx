import { useEffect, useRef, useState } from 'react';
import type { NoteEntry } from '@/lib/db/notes';
import { useT } from '@/lib/i18n/react';
import { statusName } from '@/lib/i18n/names';

export interface NoteEditorProps {
  /** The draft stored for this item when the editor opened. */
  draft: string;
  history: readonly NoteEntry[];
  /** Keep the draft (called a moment after typing stops, and at once when the editor closes). */
  onDraft(text: string): void;
  onAdd(text: string): void;
  /** ms of quiet typing before the draft is kept. */
  delay?: number;
}

/**
 * A note being typed (kept as you type: leaving the item loses nothing) and the item's notes so far,
 * each with its author and time. Ctrl+Enter adds the note.
 */
export function NoteEditor({ draft, history, onDraft, onAdd, delay = 400 }: NoteEditorProps) {
  const t = useT();
  const [text, setText] = useState(draft);
  const [edited, setEdited] = useState(false);
  const [prevDraft, setPrevDraft] = useState(draft);
  // The stored draft can arrive after the editor opened (a save from the moment before is still
  // being written): take it, unless the agent has typed since.
  if (draft !== prevDraft) {
    setPrevDraft(draft);
    if (!edited) setText(draft);
  }
  const pending = useRef<string | null>(null);
  const save = useRef(onDraft);
  useEffect(() => {
    save.current = onDraft;
  }, [onDraft]);
  useEffect(() => {
    if (pending.current === null) return;
    const id = setTimeout(() => {
      if (pending.current !== null) save.current(pending.current);
      pending.current = null;
    }, delay);
    return () => clearTimeout(id);
  }, [text, delay]);
  // Leaving the item (another one selected, another screen) keeps what was typed.
  useEffect(
    () => () => {
      if (pending.current !== null) save.current(pending.current);
    },
    [],
  );
  const add = () => {
    if (!text.trim()) return;
    pending.current = null;
    onAdd(text);
    setText('');
    setEdited(false);
  };
  return (
    <section className="notes" aria-label={t('notes')}>
      <label className="note">
        {t('note')}
        <textarea
          value={text}
          rows={2}
          onChange={(e) => {
            pending.current = e.target.value;
            setEdited(true);
            setText(e.target.value);
          }}
          onKeyDown={(e) => {
            if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
              e.preventDefault();
              add();
            }
          }}
        />
      </label>
      <button type="button" disabled={!text.trim()} onClick={add}>
        {t('note_add')}
      </button>{' '}
      {text.trim() ? <span className="hint">{t('note_draft_kept')}</span> : null}
      {history.length ? (
        <ol className="note-history" aria-label={t('note_history')}>
          {history.map((n, i) => (
            <li key={n.id ?? i}>
              <span className="meta">
                {t('note_by', { agent: n.agent ?? t('someone'), time: new Date(n.at).toLocaleString(t.lang) })}
                {n.to ? ` · ${statusName(t, n.to)}` : ''}
              </span>{' '}
              <bdi dir="auto">{n.text}</bdi>
            </li>
          ))}
        </ol>
      ) : null}
    </section>
  );
}
