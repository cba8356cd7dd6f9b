/**
 * The settings as a schema, for settings that come from outside the form: a restored backup, and
 * whatever is in `storage.local` when the panel or a page starts (docs/RELIABILITY.md H3). It is
 * built from the form's own checks (`components/settings-validation.ts`) and the protocol's
 * generic-site schema, so a file cannot hold what the form would refuse.
 */
import { z } from '@/lib/zod';
import { genericSiteSchema } from '@/lib/messaging/schemas';
import { PLATFORM_IDS } from '@/lib/platforms/types';
import { builtInHost, invalidTerms, siteProblems } from '@/components/settings-validation';
import { DEFAULT_SETTINGS, type Settings } from './settings';

/** As many terms as the form keeps. */
export const MAX_TERMS = 200;
const terms = z
  .array(z.string().max(100))
  .max(MAX_TERMS)
  .refine((t) => invalidTerms(t).length === 0, {
    message: 'holds terms that are too short, too long or have control characters',
  });

const site = genericSiteSchema
  .strict()
  .refine((s) => !builtInHost(s.host), {
    message: 'a built-in platform’s site cannot have its own selectors',
    path: ['host'],
  })
  .refine((s) => siteProblems(s).length === 0, { message: 'an invalid host or selector', path: ['commentSelector'] });

/** One schema per field, so a broken field can be named (and, when reading, replaced by its default). */
export const SETTINGS_FIELDS = {
  enabled: z.boolean(),
  platforms: z.partialRecord(z.enum(PLATFORM_IDS), z.boolean()),
  brands: terms,
  watchKeywords: terms,
  agentName: z.string().max(100),
  sensitivity: z.enum(['low', 'medium', 'high']),
  ignoredPhrases: z.array(z.string().max(500)).max(5_000),
  ignoredAuthors: z.array(z.string().max(300)).max(5_000),
  ignoredThreads: z.array(z.string().max(500)).max(5_000),
  uiLanguage: z.enum(['auto', 'pl', 'en']),
  genericSites: z.array(site).max(100),
  retentionDays: z.number().int().min(0).max(36_500),
  retentionMaxItems: z.number().int().min(0).max(1_000_000),
} satisfies { [K in keyof Settings]: z.ZodType };

export const settingsSchema = z.object(SETTINGS_FIELDS).partial().strict();

export interface FieldProblem {
  field: string;
  reason: string;
}

/** Every problem of a settings object, one per field (missing fields are fine: they take defaults). */
export function settingsProblems(raw: unknown): FieldProblem[] {
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw))
    return [{ field: 'settings', reason: 'not an object' }];
  const out: FieldProblem[] = [];
  for (const [field, value] of Object.entries(raw)) {
    const schema = (SETTINGS_FIELDS as Record<string, z.ZodType>)[field];
    if (!schema) {
      out.push({ field, reason: 'not a Stormwatch setting' });
      continue;
    }
    const r = schema.safeParse(value);
    if (!r.success) {
      const issue = r.error.issues[0]!;
      out.push({ field: [field, ...issue.path.map(String)].join('.'), reason: issue.message });
    }
  }
  return out;
}

/**
 * Settings as stored, with every field that is missing or does not parse replaced by its default
 * (safe mode for reading): a broken field costs that field only, never the screen or the scanner.
 */
export function readSettings(raw: unknown): Settings {
  const out: Settings = { ...DEFAULT_SETTINGS, platforms: {} };
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) return out;
  for (const [field, schema] of Object.entries(SETTINGS_FIELDS)) {
    const value = (raw as Record<string, unknown>)[field];
    if (value === undefined) continue;
    const r = (schema as z.ZodType).safeParse(value);
    if (r.success) (out as unknown as Record<string, unknown>)[field] = r.data;
  }
  return out;
}
