/**
 * Sharing the reply library as a versioned JSON file (docs/RELIABILITY.md E2, E3): size checked before
 * reading, prototype keys dropped, a strict schema, capped counts and lengths, NFC-normalised
 * text, a preview of what would change, and an all-or-nothing result with conflicts decided by
 * the user (keep mine / take theirs).
 */
import { z } from '@/lib/zod';
import { CRISIS_STAGES, TONES, VARIABLE_FORMS, type ReplyTemplate } from './types';
import { FACTS } from './facts';

export const LIBRARY_FORMAT = 'stormwatch-templates';
export const LIBRARY_SCHEMA_VERSION = 1;
export const MAX_FILE_BYTES = 5 * 1024 * 1024;
export const MAX_TEMPLATES = 5_000;

const CATEGORIES = ['complaint', 'refundDelayDefect', 'scamFraud', 'dataLeak', 'employeeMisconduct', 'legalThreat', 'boycott', 'healthSafety', 'rumour', 'question', 'praise', 'update', 'toxic'] as const;
const str = (max: number) => z.string().max(max).transform((s) => s.normalize('NFC'));

const templateSchema = z
  .object({
    id: z.string().min(1).max(200),
    title: str(200),
    body: str(5_000),
    language: z.enum(['pl', 'en']),
    tone: z.enum(TONES),
    categories: z.array(z.enum(CATEGORIES)).max(20),
    stage: z.enum(CRISIS_STAGES).optional(),
    claims: z.array(z.enum(FACTS)).max(FACTS.length).optional(),
    tags: z.array(str(60)).max(30),
    variables: z.array(z.object({ name: z.string().regex(/^[A-Za-z_][A-Za-z0-9_]{0,39}$/), default: str(500).optional(), forms: z.partialRecord(z.enum(VARIABLE_FORMS), str(500)).optional() }).strict()).max(30),
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
    items: z.array(templateSchema).max(MAX_TEMPLATES),
  })
  .strict();

/** The library as a file's text. */
export function exportLibrary(templates: readonly ReplyTemplate[], now: number): string {
  return JSON.stringify({ format: LIBRARY_FORMAT, schemaVersion: LIBRARY_SCHEMA_VERSION, exportedAt: new Date(now).toISOString(), items: templates }, null, 1);
}

export class ImportError extends Error {}

/** Read and validate a library file. The size is checked before the file is read. */
export async function parseLibraryFile(file: { size: number; text(): Promise<string> }): Promise<ReplyTemplate[]> {
  if (file.size > MAX_FILE_BYTES) throw new ImportError(`The file is too large (${(file.size / 1e6).toFixed(1)} MB; at most 5 MB).`);
  let raw: unknown;
  try {
    raw = JSON.parse(await file.text(), (k, v) => (k === '__proto__' || k === 'constructor' || k === 'prototype' ? undefined : v));
  } catch {
    throw new ImportError('The file is not valid JSON.');
  }
  if (typeof raw === 'object' && raw !== null && (raw as { format?: unknown }).format === LIBRARY_FORMAT && (raw as { schemaVersion?: unknown }).schemaVersion !== LIBRARY_SCHEMA_VERSION) {
    throw new ImportError(`This library file is version ${String((raw as { schemaVersion?: unknown }).schemaVersion)}; this Stormwatch reads version ${LIBRARY_SCHEMA_VERSION}.`);
  }
  const r = fileSchema.safeParse(raw);
  if (!r.success) {
    const issue = r.error.issues[0]!;
    throw new ImportError(`Not a valid Stormwatch reply library: ${issue.path.join('.') || 'file'}: ${issue.message}`);
  }
  const ids = new Set<string>();
  for (const t of r.data.items) {
    if (ids.has(t.id)) throw new ImportError(`Two templates share the id "${t.id}".`);
    ids.add(t.id);
  }
  return r.data.items as ReplyTemplate[];
}

export interface ImportPreview {
  added: ReplyTemplate[];
  changed: Array<{ mine: ReplyTemplate; theirs: ReplyTemplate }>;
  unchanged: number;
}

const same = (a: ReplyTemplate, b: ReplyTemplate) => a.title === b.title && a.body === b.body && a.language === b.language && a.tone === b.tone && a.status === b.status && JSON.stringify(a.categories) === JSON.stringify(b.categories);

/** What importing would add and change. */
export function previewImport(existing: readonly ReplyTemplate[], incoming: readonly ReplyTemplate[]): ImportPreview {
  const byId = new Map(existing.map((t) => [t.id, t]));
  const out: ImportPreview = { added: [], changed: [], unchanged: 0 };
  for (const t of incoming) {
    const mine = byId.get(t.id);
    if (!mine) out.added.push(t);
    else if (same(mine, t)) out.unchanged++;
    else out.changed.push({ mine, theirs: t });
  }
  return out;
}

/** The templates to write for a preview and the user's choices (default: keep mine). */
export function applyImport(preview: ImportPreview, choices: Readonly<Record<string, 'mine' | 'theirs'>>, now: number): ReplyTemplate[] {
  // Imported text is the team's: later default-library updates never overwrite it.
  const fromFile = (t: ReplyTemplate): ReplyTemplate => ({ ...t, origin: 'import', updatedAt: now });
  return [...preview.added.map(fromFile), ...preview.changed.filter((c) => choices[c.mine.id] === 'theirs').map((c) => fromFile(c.theirs))];
}
