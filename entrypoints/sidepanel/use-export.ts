import { useCallback, useRef, useState } from 'react';
import { useDb } from '@/components/DbContext';
import type { StormwatchDB } from '@/lib/db/schema';
import type { FlaggedItem } from '@/lib/db/types';
import { exportEvents, exportItems } from '@/lib/export/stream';
import { download } from '@/lib/export/download';
import { buildEvidencePack } from '@/lib/export/evidence';
import { buildReport } from '@/lib/export/report-data';
import { incidentsWithHistory } from '@/lib/db/incidents';
import { renderReportHtml } from '@/components/render-report';

export type ExportKind = 'csv' | 'json' | 'log' | 'evidence' | 'report';
export interface ExportOptions {
  pseudonymise?: boolean;
  days?: number;
}
type Progress = { done: number; total: number } | null;

/** What every export needs: the database, the listed items, the language and brand, the file date. */
interface ExportContext {
  db: StormwatchDB;
  items: readonly FlaggedItem[];
  lang: 'pl' | 'en';
  brand?: string;
  stamp: string;
}

/** The printable report opens in a tab of its own. */
function openReport({ lang, brand }: ExportContext, days = 7): void {
  const q = new URLSearchParams({ days: String(days), lang, ...(brand ? { brand } : {}) });
  window.open(`/report.html?${q}`, '_blank');
}

/** The evidence pack: the listed items, the log, threads and the report, as one ZIP. */
async function saveEvidence({ db, items, lang, brand, stamp }: ExportContext, pseudonymise?: boolean): Promise<void> {
  const now = Date.now();
  const [events, threads, incidents, templates] = await Promise.all([
    db.events.toArray(),
    db.threads.toArray(),
    incidentsWithHistory(db),
    db.templates.toArray(),
  ]);
  const from = Math.min(now, ...items.map((i) => i.firstSeen));
  const templateTitles = new Map(templates.map((t) => [t.id, t.title]));
  const report = buildReport([...items], events, threads, { from, to: now, incidents, templateTitles });
  const html = renderReportHtml(report, lang, brand);
  const zip = await buildEvidencePack([...items], { now, pseudonymise, reportHtml: html, lang, events, threads });
  download(document, [zip as BlobPart], `stormwatch-evidence-${stamp}.zip`, 'application/zip');
}

/** The response log as CSV. */
async function saveLog({ db, lang, stamp }: ExportContext): Promise<void> {
  const events = await db.events.orderBy('at').toArray();
  download(document, exportEvents(events, lang), `stormwatch-log-${stamp}.csv`, 'text/csv;charset=utf-8');
}

/** The listed items as CSV or JSON, in pages, with progress; `signal` cancels. */
async function saveItems(
  { db, items, lang, stamp }: ExportContext,
  kind: 'csv' | 'json',
  signal: AbortSignal,
  onProgress: (p: Progress) => void,
): Promise<void> {
  const threads = new Map((await db.threads.toArray()).map((t) => [t.key, t]));
  onProgress({ done: 0, total: items.length });
  const parts = await exportItems(
    {
      total: items.length,
      page: async (o, l) => items.slice(o, o + l),
      thread: (k) => threads.get(k),
      threads: () => [...threads.values()],
      events: () => db.events.toArray(),
    },
    kind,
    { signal, onProgress: (done, total) => onProgress({ done, total }), lang },
  );
  const type = kind === 'csv' ? 'text/csv;charset=utf-8' : 'application/json';
  download(document, parts, `stormwatch-flagged-${stamp}.${kind}`, type);
}

/** Export the listed items (CSV/JSON) or the response log, with progress and cancel. */
export function useExport(
  items: readonly FlaggedItem[] | (() => Promise<readonly FlaggedItem[]>) | undefined,
  onError: (message: string) => void,
  lang: 'pl' | 'en' = 'en',
  brand?: string,
) {
  const db = useDb();
  const [progress, setProgress] = useState<Progress>(null);
  const abort = useRef<AbortController | null>(null);
  const start = useCallback(
    (kind: ExportKind, opts?: ExportOptions) => {
      const run = async () => {
        const stamp = new Date().toISOString().slice(0, 10);
        const base = { db, lang, brand, stamp };
        if (kind === 'report') return openReport({ ...base, items: [] }, opts?.days);
        if (kind === 'log') return saveLog({ ...base, items: [] });
        // A window of the queue: its items are read now, all of them.
        const ctx: ExportContext = { ...base, items: typeof items === 'function' ? await items() : (items ?? []) };
        if (kind === 'evidence') return saveEvidence(ctx, opts?.pseudonymise);
        const ctrl = new AbortController();
        abort.current = ctrl;
        return saveItems(ctx, kind, ctrl.signal, setProgress);
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
