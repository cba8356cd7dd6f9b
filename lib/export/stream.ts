/**
 * Streaming export: items are read and serialised in chunks into Blob parts, yielding to the
 * event loop between chunks, so 100,000 items never become one giant string and the panel never
 * blocks (docs/RELIABILITY.md G2). Progress is reported; an AbortSignal cancels.
 */
import type { FlaggedItem, ResponseEvent, ThreadRecord } from '@/lib/db/types';
import type { UiLanguage } from '@/lib/i18n';
import { BOM, csvHeader, csvLines, EVENT_COLUMNS, eventCells, ITEM_COLUMNS, itemCells } from './csv';
import { jsonHead } from './json';

export type ExportFormat = 'csv' | 'json';

export interface ExportSource {
  total: number;
  /** Items [offset, offset + limit), in export order. */
  page(offset: number, limit: number): Promise<FlaggedItem[]>;
  thread(key: string): ThreadRecord | undefined;
  /** All response events, for the JSON export (and the separate log CSV). */
  events?(): Promise<ResponseEvent[]>;
  threads?(): ThreadRecord[];
}

export interface ExportOptions {
  chunk?: number;
  onProgress?(done: number, total: number): void;
  signal?: AbortSignal;
  now?: number;
  /** CSV headers readable in this language; the column codes without one. */
  lang?: UiLanguage;
}

const tick = () => new Promise<void>((r) => setTimeout(r, 0));

/** Serialise flagged items as CSV or JSON, chunk by chunk; returns the Blob parts. */
export async function exportItems(
  source: ExportSource,
  format: ExportFormat,
  opts: ExportOptions = {},
): Promise<string[]> {
  const chunk = opts.chunk ?? 1_000;
  const parts: string[] = [
    format === 'csv' ? BOM + csvLines([], csvHeader(ITEM_COLUMNS, opts.lang)) : jsonHead(opts.now ?? Date.now()),
  ];
  let first = true;
  for (let offset = 0; offset < source.total; offset += chunk) {
    // An AbortError (DOMException) unless the caller gave its own reason.
    opts.signal?.throwIfAborted();
    const items = await source.page(offset, chunk);
    if (format === 'csv') parts.push(csvLines(items.map((it) => itemCells(it, source.thread(it.threadKey)))));
    else {
      const body = items.map((it) => JSON.stringify(it)).join(',');
      if (body) parts.push(first ? body : `,${body}`);
      first = first && !body;
    }
    opts.onProgress?.(Math.min(source.total, offset + items.length), source.total);
    await tick();
  }
  if (format === 'json') {
    const threads = source.threads?.() ?? [];
    const events = (await source.events?.()) ?? [];
    parts.push(`],"threads":${JSON.stringify(threads)},"events":${JSON.stringify(events)}}`);
  }
  opts.onProgress?.(source.total, source.total);
  return parts;
}

/** The response log as CSV parts (headers readable in `lang`, the column codes without one). */
export function exportEvents(events: ResponseEvent[], lang?: UiLanguage): string[] {
  return [BOM + csvLines(events.map(eventCells), csvHeader(EVENT_COLUMNS, lang))];
}
