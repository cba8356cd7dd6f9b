/**
 * Reading comment records for the command line: JSON Lines (`{"text": ...}` per line) or CSV
 * with a `text` column. Errors name the line; they are user errors, never stack traces.
 */
import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { columnCode } from '@/lib/export/csv';

export class InputError extends Error {}

/** The whole input: the named file, or standard input without one. */
export function readInput(file: string | undefined): string {
  try {
    return readFileSync(file ?? 0, 'utf8');
  } catch {
    throw new InputError(`cannot read ${file ?? 'standard input'}`);
  }
}

export type InputRecord = Record<string, unknown> & { text?: unknown; turns?: unknown };

/** Guess the format from the content: JSON Lines when the first non-empty line starts with `{`. */
export function detectFormat(input: string): 'jsonl' | 'csv' {
  const first = input.split('\n').find((l) => l.trim() !== '') ?? '';
  return first.trimStart().startsWith('{') ? 'jsonl' : 'csv';
}

/** Parse records; throws InputError with the line number on malformed input. */
export function readRecords(input: string, format = detectFormat(input)): InputRecord[] {
  if (format === 'jsonl') {
    const out: InputRecord[] = [];
    input.split('\n').forEach((line, i) => {
      if (!line.trim()) return;
      let value: unknown;
      try {
        value = JSON.parse(line);
      } catch {
        throw new InputError(`line ${i + 1}: not valid JSON`);
      }
      if (typeof value !== 'object' || value === null || Array.isArray(value))
        throw new InputError(`line ${i + 1}: expected a JSON object`);
      const rec = value as InputRecord;
      if (typeof rec.text !== 'string' && !Array.isArray(rec.turns))
        throw new InputError(`line ${i + 1}: needs a "text" string (or "turns" for a thread)`);
      out.push(rec);
    });
    return out;
  }
  const parsed = Papa.parse<Record<string, string>>(input.replace(/^\uFEFF/, ''), {
    header: true,
    skipEmptyLines: true,
    // Stormwatch's own export has readable headers ("Text", "Treść"): read them as column codes.
    transformHeader: columnCode,
  });
  if (!parsed.meta.fields?.includes('text')) throw new InputError('CSV input needs a "text" column');
  // A one-column file has no delimiter to detect: not an error.
  const bad = parsed.errors.find(
    (e) => e.type !== 'Delimiter' && (e.type !== 'FieldMismatch' || e.code === 'TooManyFields'),
  );
  if (bad) throw new InputError(`line ${(bad.row ?? 0) + 2}: ${bad.message}`);
  return parsed.data;
}
