import { useCallback, useRef, useState } from 'react';
import { db } from '@/lib/db/db';
import type { FlaggedItem } from '@/lib/db/types';
import { exportEvents, exportItems } from '@/lib/export/stream';
import { download } from '@/lib/export/download';

/** Export the listed items (CSV/JSON) or the response log, with progress and cancel. */
export function useExport(items: FlaggedItem[] | undefined, onError: (message: string) => void) {
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const abort = useRef<AbortController | null>(null);
  const start = useCallback(
    (kind: 'csv' | 'json' | 'log') => {
      const stamp = new Date().toISOString().slice(0, 10);
      const run = async () => {
        if (kind === 'log') {
          download(document, exportEvents(await db.events.orderBy('at').toArray()), `stormwatch-log-${stamp}.csv`, 'text/csv;charset=utf-8');
          return;
        }
        const list = items ?? [];
        const threads = new Map((await db.threads.toArray()).map((t) => [t.key, t]));
        const ctrl = new AbortController();
        abort.current = ctrl;
        setProgress({ done: 0, total: list.length });
        const parts = await exportItems(
          { total: list.length, page: async (o, l) => list.slice(o, o + l), thread: (k) => threads.get(k), threads: () => [...threads.values()], events: () => db.events.toArray() },
          kind,
          { signal: ctrl.signal, onProgress: (done, total) => setProgress({ done, total }) },
        );
        download(document, parts, `stormwatch-flagged-${stamp}.${kind}`, kind === 'csv' ? 'text/csv;charset=utf-8' : 'application/json');
      };
      run()
        .catch((e: unknown) => {
          if (!(e instanceof DOMException && e.name === 'AbortError')) onError(e instanceof Error ? e.message : String(e));
        })
        .finally(() => {
          abort.current = null;
          setProgress(null);
        });
    },
    [items, onError],
  );
  return { progress, start, cancel: () => abort.current?.abort() };
}
