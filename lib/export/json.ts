/**
 * The versioned JSON export of flagged items, threads and the response log, and its reader
 * (the same version round-trips). Format documented in lib/export/FORMAT.md.
 */
import { z } from '@/lib/zod';
import type { FlaggedItem, ResponseEvent, ThreadRecord } from '@/lib/db/types';

export const ITEMS_FORMAT = 'stormwatch-items';
export const ITEMS_SCHEMA_VERSION = 1;

const record = z.record(z.string(), z.unknown());
const envelope = z
  .object({
    format: z.literal(ITEMS_FORMAT),
    schemaVersion: z.literal(ITEMS_SCHEMA_VERSION),
    exportedAt: z.string(),
    items: z.array(record.and(z.object({ key: z.string(), text: z.string(), platform: z.string() }))),
    threads: z.array(record).optional(),
    events: z.array(record).optional(),
  })
  .strict();

export interface ItemsExport {
  format: typeof ITEMS_FORMAT;
  schemaVersion: typeof ITEMS_SCHEMA_VERSION;
  exportedAt: string;
  items: FlaggedItem[];
  threads?: ThreadRecord[];
  events?: ResponseEvent[];
}

/** The opening of the JSON document, up to the items array. */
export function jsonHead(exportedAt: number): string {
  return `{"format":"${ITEMS_FORMAT}","schemaVersion":${ITEMS_SCHEMA_VERSION},"exportedAt":"${new Date(exportedAt).toISOString()}","items":[`;
}

/** Parse an export of this version; throws an Error with a readable message otherwise. */
export function parseItemsExport(text: string): ItemsExport {
  let raw: unknown;
  try {
    raw = JSON.parse(text, (k, v) => (k === '__proto__' || k === 'constructor' || k === 'prototype' ? undefined : v));
  } catch {
    throw new Error('This file is not valid JSON.');
  }
  const r = envelope.safeParse(raw);
  if (!r.success) {
    const issue = r.error.issues[0]!;
    throw new Error(
      `Not a Stormwatch items export (version ${ITEMS_SCHEMA_VERSION}): ${issue.path.join('.') || 'file'}: ${issue.message}`,
    );
  }
  return r.data as unknown as ItemsExport;
}
