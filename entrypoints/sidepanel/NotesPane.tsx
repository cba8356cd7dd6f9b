import { useLiveQuery } from 'dexie-react-hooks';
import { useDb } from '@/components/DbContext';
import { NoteEditor } from '@/components/NoteEditor';
import { addNote, getNoteDraft, noteHistory, saveNoteDraft } from '@/lib/db/notes';
import { agentOf, messageOf, type PanelEnv } from './env';

/** An item's notes from the database: its history, and its draft, saved as it is typed. */
export function NotesPane({ itemKey, env }: { itemKey: string; env: PanelEnv }) {
  const db = useDb();
  const history = useLiveQuery(() => noteHistory(db, itemKey), [db, itemKey]);
  // Read once when the item opens: the editor owns the text from then on.
  const draft = useLiveQuery(() => getNoteDraft(db, itemKey), [db, itemKey]);
  const fail = (e: unknown) => env.say(messageOf(e, env.lang));
  if (draft === undefined) return null;
  return (
    <NoteEditor
      draft={draft}
      history={history ?? []}
      onDraft={(text) => void saveNoteDraft(db, itemKey, text).catch(fail)}
      onAdd={(text) => void addNote(db, itemKey, text, { agent: agentOf(env), now: Date.now() }).catch(fail)}
    />
  );
}
