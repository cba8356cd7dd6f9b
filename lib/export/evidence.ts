/**
 * The evidence pack for legal: the selected items with permalink, time, author, text, labels and
 * reasons, a SHA-256 hash of each item's canonical record, optionally pseudonymised authors, as a
 * zip of items.json, items.csv, report.html and manifest.json. Built from stored records, so
 * comments deleted from the platform since stay in the pack.
 */
import { strToU8, zipSync } from 'fflate';
import type { FlaggedItem, ResponseEvent, ThreadRecord } from '@/lib/db/types';
import type { UiLanguage } from '@/lib/i18n';
import { BOM, csvHeader, csvLines, ITEM_COLUMNS, itemCells } from './csv';

/** JSON with object keys sorted, so the same record always hashes the same. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value && typeof value === 'object') {
    return `{${Object.keys(value)
      .sort()
      .filter((k) => (value as Record<string, unknown>)[k] !== undefined)
      .map((k) => `${JSON.stringify(k)}:${canonicalJson((value as Record<string, unknown>)[k])}`)
      .join(',')}}`;
  }
  return JSON.stringify(value);
}

/** SHA-256 of a string, hex. */
export async function sha256(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', strToU8(text));
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

export interface EvidenceOptions {
  now: number;
  pseudonymise?: boolean;
  /** Static HTML of the crisis report for the same items. */
  reportHtml: string;
  events?: ResponseEvent[];
  threads?: ThreadRecord[];
  generator?: string;
  /** items.csv headers readable in this language; the column codes without one. */
  lang?: UiLanguage;
}

/** Build the evidence pack as zip bytes. */
export async function buildEvidencePack(items: FlaggedItem[], opts: EvidenceOptions): Promise<Uint8Array> {
  const aliases = new Map<string, string>();
  const alias = (author: string) => {
    if (!opts.pseudonymise) return author;
    if (!aliases.has(author)) aliases.set(author, `Author ${aliases.size + 1}`);
    return aliases.get(author)!;
  };
  const records = items.map((it) => ({ ...it, author: alias(it.author) }));
  const hashes: Array<{ key: string; sha256: string }> = [];
  for (const r of records) hashes.push({ key: r.key, sha256: await sha256(canonicalJson(r)) });
  const threads = new Map((opts.threads ?? []).map((t) => [t.key, t]));
  const files = {
    'items.json': strToU8(
      JSON.stringify(
        {
          format: 'stormwatch-evidence',
          schemaVersion: 1,
          items: records,
          events: (opts.events ?? []).filter((e) => items.some((i) => i.key === e.itemKey)),
        },
        null,
        1,
      ),
    ),
    'items.csv': strToU8(
      BOM +
        csvLines(
          records.map((r) => itemCells(r, threads.get(r.threadKey))),
          csvHeader(ITEM_COLUMNS, opts.lang),
        ),
    ),
    'report.html': strToU8(opts.reportHtml),
    'manifest.json': strToU8(
      JSON.stringify(
        {
          format: 'stormwatch-evidence',
          schemaVersion: 1,
          createdAt: new Date(opts.now).toISOString(),
          generator: opts.generator ?? 'Stormwatch',
          itemCount: records.length,
          pseudonymised: !!opts.pseudonymise,
          hashAlgorithm: 'SHA-256 of the canonical JSON (sorted keys) of each record in items.json',
          hashes,
        },
        null,
        1,
      ),
    ),
  };
  // Zip dates start in 1980.
  return zipSync(files, { level: 6, mtime: new Date(Math.max(opts.now, Date.UTC(1980, 0, 2))) });
}
