/**
 * Notes on an item as a history: each note is a response-log event with its author and time
 * (nothing is overwritten). What the agent is still typing is a draft, saved as they type, in the
 * settings table (so typing does not re-read the queue), until it is added to the history.
 */
import type { StormwatchDB } from './schema';
import type { ResponseEvent } from './types';

const draftKey = (itemKey: string) => `noteDraft:${itemKey}`;

export interface NoteEntry {
  id?: number;
  text: string;
  agent?: string;
  at: number;
  /** The status change the note came with, if any. */
  to?: ResponseEvent['to'];
}

/** The unsent note typed on an item ('' when none). */
export async function getNoteDraft(db: StormwatchDB, itemKey: string): Promise<string> {
  const row = await db.settings.get(draftKey(itemKey));
  return typeof row?.value === 'string' ? row.value : '';
}

/** Keep what is typed (an empty text removes the draft). */
export async function saveNoteDraft(db: StormwatchDB, itemKey: string, text: string): Promise<void> {
  if (text.trim()) await db.settings.put({ key: draftKey(itemKey), value: text.slice(0, 10_000) });
  else await db.settings.delete(draftKey(itemKey));
}

/** Add a note to the item's history (the latest note is also the item's `note`, as exported); the draft is cleared. */
export async function addNote(
  db: StormwatchDB,
  itemKey: string,
  text: string,
  opts: { agent?: string; now: number },
): Promise<void> {
  const note = text.trim().slice(0, 10_000);
  if (!note) return;
  await db.transaction('rw', db.items, db.events, db.settings, async () => {
    if (!(await db.items.get(itemKey))) throw new Error(`No flagged item ${itemKey}`);
    await db.items.update(itemKey, { note });
    await db.events.add({ itemKey, type: 'noteChanged', at: opts.now, agent: opts.agent, note });
    await db.settings.delete(draftKey(itemKey));
  });
}

/** Every note of an item, newest first: notes added, and notes given with a status change. */
export async function noteHistory(db: StormwatchDB, itemKey: string): Promise<NoteEntry[]> {
  const events = await db.events.where('itemKey').equals(itemKey).toArray();
  return events
    .filter((e) => e.note && (e.type === 'noteChanged' || e.type === 'statusChanged'))
    .map((e) => ({
      id: e.id,
      text: e.note!,
      agent: e.agent,
      at: e.at,
      to: e.type === 'statusChanged' ? e.to : undefined,
    }))
    .sort((a, b) => b.at - a.at || (b.id ?? 0) - (a.id ?? 0));
}
