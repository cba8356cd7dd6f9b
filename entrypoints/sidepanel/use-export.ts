import { useCallback, useRef, useState } from 'react';
import { useDb } from '@/components/DbContext';
import type { FlaggedItem } from '@/lib/db/types';
import { exportEvents, exportItems } from '@/lib/export/stream';
import { download } from '@/lib/export/download';
import { buildEvidencePack } from '@/lib/export/evidence';
import { buildReport } from '@/lib/export/report-data';
import { incidentsWithHistory } from '@/lib/db/incidents';
import { renderReportHtml } from '@/components/render-report';

/** Export the listed items (CSV/JSON) or the response log, with progress and cancel. */
export function useExport(
  items: FlaggedItem[] | undefined,
  onError: (message: string) => void,
  lang: 'pl' | 'en' = 'en',
  brand?: string,
) {
  const db = useDb();
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const abort = useRef<AbortController | null>(null);
  const start = useCallback(
    (kind: 'csv' | 'json' | 'log' | 'evidence' | 'report', opts?: { pseudonymise?: boolean; days?: number }) => {
      const stamp = new Date().toISOString().slice(0, 10);
      const run = async () => {
        if (kind === 'report') {
          const q = new URLSearchParams({ days: String(opts?.days ?? 7), lang, ...(brand ? { brand } : {}) });
          window.open(`/report.html?${q}`, '_blank');
          return;
        }
        if (kind === 'evidence') {
          const list = items ?? [];
          const now = Date.now();
          const [events, threads, incidents, templates] = await Promise.all([
            db.events.toArray(),
            db.threads.toArray(),
            incidentsWithHistory(db),
            db.templates.toArray(),
          ]);
          const from = Math.min(now, ...list.map((i) => i.firstSeen));
          const templateTitles = new Map(templates.map((t) => [t.id, t.title]));
          const report = buildReport(list, events, threads, { from, to: now, incidents, templateTitles });
          const html = renderReportHtml(report, lang, brand);
          const zip = await buildEvidencePack(list, {
            now,
            pseudonymise: opts?.pseudonymise,
            reportHtml: html,
            lang,
            events,
            threads,
          });
          download(document, [zip as BlobPart], `stormwatch-evidence-${stamp}.zip`, 'application/zip');
          return;
        }
        if (kind === 'log') {
          download(
            document,
            exportEvents(await db.events.orderBy('at').toArray(), lang),
            `stormwatch-log-${stamp}.csv`,
            'text/csv;charset=utf-8',
          );
          return;
        }
        const list = items ?? [];
        const threads = new Map((await db.threads.toArray()).map((t) => [t.key, t]));
        const ctrl = new AbortController();
        abort.current = ctrl;
        setProgress({ done: 0, total: list.length });
        const parts = await exportItems(
          {
            total: list.length,
            page: async (o, l) => list.slice(o, o + l),
            thread: (k) => threads.get(k),
            threads: () => [...threads.values()],
            events: () => db.events.toArray(),
          },
          kind,
          { signal: ctrl.signal, onProgress: (done, total) => setProgress({ done, total }), lang },
        );
        download(
          document,
          parts,
          `stormwatch-flagged-${stamp}.${kind}`,
          kind === 'csv' ? 'text/csv;charset=utf-8' : 'application/json',
        );
      };
      run()
        .catch((e: unknown) => {
          if (!(e instanceof DOMException && e.name === 'AbortError'))
            onError(e instanceof Error ? e.message : String(e));
        })
        .finally(() => {
          abort.current = null;
          setProgress(null);
        });
    },
    [db, items, onError, lang, brand],
  );
  return { progress, start, cancel: () => abort.current?.abort() };
}
