/**
 * CSV rows of flagged items and of the response log. RFC 4180 quoting through papaparse (every
 * field quoted, CRLF rows); text cells that a spreadsheet would run as a formula (starting with
 * = + - @, tab or carriage return) get a leading apostrophe (docs/RELIABILITY.md E1, CWE-1236). The rule
 * applies to every text column, enumerated ones (platform, severity, status, event type) included:
 * a restored or imported file could put anything there (H3). Only our own numbers and ISO dates,
 * formatted here, are written as they are. The file starts with a UTF-8 BOM so
 * Excel opens Polish letters correctly. The panel writes readable headers in the user's language
 * (`csvHeader`); without a language the headers are the column codes, and `columnCode` reads
 * either back (the command line's CSV reader uses it, so an exported file can be scored again).
 */
import Papa from 'papaparse';
import type { FlaggedItem, ResponseEvent, ThreadRecord } from '@/lib/db/types';
import { DICTIONARIES, translate, type UiLanguage } from '@/lib/i18n';

export const BOM = '\uFEFF';
export const ITEM_COLUMNS = [
  'platform',
  'permalink',
  'author',
  'text',
  'language',
  'severity',
  'risk',
  'negativity',
  'toxicity',
  'signals',
  'reasons',
  'thread_status',
  'status',
  'first_seen',
  'last_seen',
  'responded_at',
  'template',
  'agent',
  'note',
] as const;
export const EVENT_COLUMNS = ['item', 'type', 'from', 'to', 'at', 'agent', 'template', 'note'] as const;

export type ColumnCode = (typeof ITEM_COLUMNS)[number] | (typeof EVENT_COLUMNS)[number];

/** The header row: readable names in `lang`, or the column codes without a language. */
export function csvHeader(columns: readonly ColumnCode[], lang?: UiLanguage): string[] {
  return columns.map((c) => (lang ? translate(lang, `csv_${c}`) : c));
}

const CODES = new Map<string, ColumnCode>(
  [...ITEM_COLUMNS, ...EVENT_COLUMNS].flatMap((c) => [
    [c, c] as const,
    ...Object.values(DICTIONARIES).map((d) => [d[`csv_${c}`].toLowerCase(), c] as const),
  ]),
);

/** The column code of a header written by `csvHeader` in any language; other headers unchanged. */
export function columnCode(header: string): string {
  return CODES.get(header.trim().toLowerCase()) ?? header;
}

const RISKY_START = /^[=+\-@\t\r]/;

/** Neutralise a text cell that spreadsheets would evaluate. */
export function safeText(value: string | undefined): string {
  const v = value ?? '';
  return RISKY_START.test(v) ? `'${v}` : v;
}

const iso = (t: number | undefined) =>
  typeof t === 'number' && Number.isFinite(t) && Math.abs(t) <= 8.64e15 ? new Date(t).toISOString() : '';
const num = (x: number) => (typeof x === 'number' ? x.toFixed(4) : '');

/** One CSV row (as cells) for a flagged item. */
export function itemCells(it: FlaggedItem, thread?: ThreadRecord): string[] {
  const signals = Object.entries(it.signals)
    .filter(([, v]) => v > 0)
    .map(([k]) => k)
    .join('; ');
  return [
    safeText(it.platform),
    safeText(it.permalink ?? it.pageUrl),
    safeText(it.author),
    safeText(it.text),
    safeText(it.language),
    safeText(it.severity),
    num(it.risk),
    num(it.negativity),
    num(it.toxicity),
    safeText(signals),
    safeText(it.reasons.map((r) => r.label).join('; ')),
    safeText(thread?.status),
    safeText(it.status),
    iso(it.firstSeen),
    iso(it.lastSeen),
    iso(it.respondedAt),
    safeText(it.templateId),
    safeText(it.agent),
    safeText(it.note),
  ];
}

/** One CSV row (as cells) for a response-log event. */
export function eventCells(e: ResponseEvent): string[] {
  return [
    safeText(e.itemKey),
    safeText(e.type),
    safeText(e.from),
    safeText(e.to),
    iso(e.at),
    safeText(e.agent),
    safeText(e.templateId),
    safeText(e.note),
  ];
}

/** Serialise rows (header first when `header` is given) as RFC 4180 CSV with CRLF line ends. */
export function csvLines(rows: string[][], header?: readonly string[]): string {
  const data = header ? [[...header], ...rows] : rows;
  return data.length ? `${Papa.unparse(data, { quotes: true, newline: '\r\n' })}\r\n` : '';
}
