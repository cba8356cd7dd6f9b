/**
 * Streaming export: items are read and serialised in chunks into Blob parts, yielding to the
 * event loop between chunks, so 100,000 items never become one giant string and the panel never
 * blocks (docs/RELIABILITY.md G2). Progress is reported; an AbortSignal cancels.
 */
import type { FlaggedItem, ResponseEvent, ThreadRecord } from '@/lib/db/types';
import { BOM, csvLines, EVENT_COLUMNS, eventCells, ITEM_COLUMNS, itemCells } from './csv';
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
}

const tick = () => new Promise<void>((r) => setTimeout(r, 0));

/** Serialise flagged items as CSV or JSON, chunk by chunk; returns the Blob parts. */
export async function exportItems(
  source: ExportSource,
  format: ExportFormat,
  opts: ExportOptions = {},
): Promise<string[]> {
  const chunk = opts.chunk ?? 1_000;
  const parts: string[] = [format === 'csv' ? BOM + csvLines([], ITEM_COLUMNS) : jsonHead(opts.now ?? Date.now())];
  let first = true;
  for (let offset = 0; offset < source.total; offset += chunk) {
    if (opts.signal?.aborted) throw new DOMException('Export cancelled', 'AbortError');
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

/** The response log as CSV parts. */
export function exportEvents(events: ResponseEvent[]): string[] {
  return [BOM + csvLines(events.map(eventCells), EVENT_COLUMNS)];
}
