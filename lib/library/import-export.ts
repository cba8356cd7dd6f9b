/**
 * Sharing the reply library as a versioned JSON file (docs/RELIABILITY.md E2, E3): size checked before
 * reading, prototype keys dropped, a strict schema, capped counts and lengths, NFC-normalised
 * text, a preview of what would change, and an all-or-nothing result with conflicts decided by
 * the user (keep mine / take theirs). Each template is parsed on its own and each one that does
 * not parse is listed with its reason; nothing is imported while any does not (H3). Imported
 * templates arrive as drafts: a file carries no approval (H10).
 */
import { z } from '@/lib/zod';
import { CRISIS_STAGES, TEMPLATE_CATEGORIES, TONES, VARIABLE_FORMS, type ReplyTemplate } from './types';
import { FACTS } from './facts';
import { asDraft } from './approval';

export const LIBRARY_FORMAT = 'stormwatch-templates';
export const LIBRARY_SCHEMA_VERSION = 1;
export const MAX_FILE_BYTES = 5 * 1024 * 1024;
export const MAX_TEMPLATES = 5_000;

const str = (max: number) =>
  z
    .string()
    .max(max)
    .transform((s) => s.normalize('NFC'));

export const templateSchema = z
  .object({
    id: z.string().min(1).max(200),
    title: str(200),
    body: str(5_000),
    language: z.enum(['pl', 'en']),
    tone: z.enum(TONES),
    categories: z.array(z.enum(TEMPLATE_CATEGORIES)).max(20),
    stage: z.enum(CRISIS_STAGES).optional(),
    claims: z.array(z.enum(FACTS)).max(FACTS.length).optional(),
    tags: z.array(str(60)).max(30),
    variables: z
      .array(
        z
          .object({
            name: z.string().regex(/^[A-Za-z_][A-Za-z0-9_]{0,39}$/),
            default: str(500).optional(),
            forms: z.partialRecord(z.enum(VARIABLE_FORMS), str(500)).optional(),
          })
          .strict(),
      )
      .max(30),
    status: z.enum(['draft', 'approved', 'retired']),
    approvedBy: str(100).optional(),
    approvedAt: z.number().optional(),
    createdAt: z.number(),
    updatedAt: z.number(),
    usageCount: z.number().int().min(0),
    lastUsedAt: z.number().optional(),
    origin: z.enum(['default', 'user', 'import']),
    defaultVersion: z.number().int().optional(),
  })
  .strict();

const fileSchema = z
  .object({
    format: z.literal(LIBRARY_FORMAT),
    schemaVersion: z.literal(LIBRARY_SCHEMA_VERSION),
    exportedAt: z.string(),
    items: z.array(z.unknown()).max(MAX_TEMPLATES),
  })
  .strict();

/** The library as a file's text. */
export function exportLibrary(templates: readonly ReplyTemplate[], now: number): string {
  return JSON.stringify(
    {
      format: LIBRARY_FORMAT,
      schemaVersion: LIBRARY_SCHEMA_VERSION,
      exportedAt: new Date(now).toISOString(),
      items: templates,
    },
    null,
    1,
  );
}

export class ImportError extends Error {}

/** A template of the file that does not parse: its place, its id when readable, and why. */
export interface RowProblem {
  row: number;
  id?: string;
  reason: string;
}

/**
 * Read a library file: every template parsed on its own. Throws an ImportError only when the file
 * as a whole is not a library (too large, not JSON, another format or version); the size is
 * checked before the file is read.
 */
export async function readLibraryFile(file: {
  size: number;
  text(): Promise<string>;
}): Promise<{ templates: ReplyTemplate[]; problems: RowProblem[] }> {
  if (file.size > MAX_FILE_BYTES)
    throw new ImportError(`The file is too large (${(file.size / 1e6).toFixed(1)} MB; at most 5 MB).`);
  let raw: unknown;
  try {
    raw = JSON.parse(await file.text(), (k, v: unknown) =>
      k === '__proto__' || k === 'constructor' || k === 'prototype' ? undefined : v,
    );
  } catch {
    throw new ImportError('The file is not valid JSON.');
  }
  if (
    typeof raw === 'object' &&
    raw !== null &&
    (raw as { format?: unknown }).format === LIBRARY_FORMAT &&
    (raw as { schemaVersion?: unknown }).schemaVersion !== LIBRARY_SCHEMA_VERSION
  ) {
    throw new ImportError(
      `This library file is version ${String((raw as { schemaVersion?: unknown }).schemaVersion)}; this Stormwatch reads version ${LIBRARY_SCHEMA_VERSION}.`,
    );
  }
  const r = fileSchema.safeParse(raw);
  if (!r.success) {
    const issue = r.error.issues[0]!;
    throw new ImportError(`Not a valid Stormwatch reply library: ${issue.path.join('.') || 'file'}: ${issue.message}`);
  }
  const templates: ReplyTemplate[] = [];
  const problems: RowProblem[] = [];
  const ids = new Set<string>();
  r.data.items.forEach((row, i) => {
    const idValue = row && typeof row === 'object' ? (row as { id?: unknown }).id : undefined;
    const id = typeof idValue === 'string' ? idValue.slice(0, 200) : undefined;
    const t = templateSchema.safeParse(row);
    if (!t.success) {
      const issue = t.error.issues[0]!;
      problems.push({ row: i, id, reason: `${issue.path.join('.') || 'template'}: ${issue.message}` });
    } else if (ids.has(t.data.id)) {
      problems.push({ row: i, id, reason: 'two templates share this id' });
    } else {
      ids.add(t.data.id);
      templates.push(t.data as ReplyTemplate);
    }
  });
  return { templates, problems };
}

/** Read a library file and refuse it when any template does not parse. */
export async function parseLibraryFile(file: { size: number; text(): Promise<string> }): Promise<ReplyTemplate[]> {
  const { templates, problems } = await readLibraryFile(file);
  const p = problems[0];
  if (p)
    throw new ImportError(
      `Not a valid Stormwatch reply library: ${problems.length} templates do not parse (first: items.${p.row}${p.id ? ` "${p.id}"` : ''}: ${p.reason}).`,
    );
  return templates;
}

export interface ImportPreview {
  added: ReplyTemplate[];
  changed: Array<{ mine: ReplyTemplate; theirs: ReplyTemplate }>;
  unchanged: number;
  /** Templates of the file that do not parse: while there are any, nothing is imported. */
  problems: RowProblem[];
}

const same = (a: ReplyTemplate, b: ReplyTemplate) =>
  a.title === b.title &&
  a.body === b.body &&
  a.language === b.language &&
  a.tone === b.tone &&
  a.status === b.status &&
  JSON.stringify(a.categories) === JSON.stringify(b.categories);

/** What importing would add and change. */
export function previewImport(
  existing: readonly ReplyTemplate[],
  incoming: readonly ReplyTemplate[],
  problems: readonly RowProblem[] = [],
): ImportPreview {
  const byId = new Map(existing.map((t) => [t.id, t]));
  const out: ImportPreview = { added: [], changed: [], unchanged: 0, problems: [...problems] };
  for (const t of incoming) {
    const mine = byId.get(t.id);
    if (!mine) out.added.push(t);
    else if (same(mine, t)) out.unchanged++;
    else out.changed.push({ mine, theirs: t });
  }
  return out;
}

/**
 * The templates to write for a preview and the user's choices (default: keep mine); none while
 * the file has templates that do not parse. Each arrives as a draft, without the file's approver.
 */
export function applyImport(
  preview: ImportPreview,
  choices: Readonly<Record<string, 'mine' | 'theirs'>>,
  now: number,
): ReplyTemplate[] {
  if (preview.problems.length > 0) return [];
  // Imported text is the team's: later default-library updates never overwrite it.
  const fromFile = (t: ReplyTemplate): ReplyTemplate => ({ ...asDraft(t), origin: 'import', updatedAt: now });
  return [
    ...preview.added.map(fromFile),
    ...preview.changed.filter((c) => choices[c.mine.id] === 'theirs').map((c) => fromFile(c.theirs)),
  ];
}
