import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState } from 'react';
import { db } from '@/lib/db/db';
import { listFlagged } from '@/lib/db/items';
import { usePanelStore } from '@/lib/store';
import { QueueList } from '@/components/QueueList';

function useNow(intervalMs = 30_000): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const id = setInterval(() => setNow(Date.now()), intervalMs);
    return () => clearInterval(id);
  }, [intervalMs]);
  return now;
}

/** The side panel. */
export function App() {
  const filter = usePanelStore((s) => s.filter);
  const selectedKey = usePanelStore((s) => s.selectedKey);
  const itemSelected = usePanelStore((s) => s.itemSelected);
  const items = useLiveQuery(() => listFlagged(db, filter), [filter]);
  const now = useNow();
  const lang = navigator.language.startsWith('pl') ? 'pl' : 'en';
  return (
    <main className="panel">
      <h1>Stormwatch</h1>
      {items === undefined ? (
        <p role="status">Loading…</p>
      ) : items.length === 0 ? (
        <p role="status">No flagged comments yet.</p>
      ) : (
        <QueueList items={items} selectedKey={selectedKey} now={now} lang={lang} onSelect={itemSelected} />
      )}
    </main>
  );
}
