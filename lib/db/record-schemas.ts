/**
 * Schemas of every stored record, for what comes from a file (backup restore: docs/RELIABILITY.md
 * H3). Built from the schemas the background checks pages' reports with
 * (`lib/messaging/schemas.ts`) and the library file's template schema, so a restored row meets
 * the same limits as one the product wrote itself. Strict: a field the product never writes is
 * refused rather than carried along.
 */
import { z } from '@/lib/zod';
import { observedCommentSchema, threadSummarySchema } from '@/lib/messaging/schemas';
import { MAX_COMMENT_TEXT, OBSERVED_LIMITS as L } from '@/lib/messaging/limits';
import { FACTS } from '@/lib/library/facts';
import { templateSchema } from '@/lib/library/import-export';
import { PLATFORM_IDS } from '@/lib/platforms/types';
import { AUTHOR_TAGS } from './authors';
import { EVENT_TYPES, ITEM_STATUSES } from './types';
import { MAX_VIEW_NAME, MAX_VIEWS, SAVED_VIEWS_KEY } from './saved-views';
import { SPIKE_ACK_KEY } from './spike-ack';

const time = z.number().finite();
const key = z.string().min(1).max(500);
const name = z.string().max(100);
const c = observedCommentSchema.shape;

export const flaggedItemSchema = c.risk
  .extend({
    key,
    platform: c.platform,
    commentId: c.id,
    author: c.author,
    text: z.string().max(MAX_COMMENT_TEXT),
    pageUrl: z.string().max(L.pageUrl),
    pageTitle: z.string().max(L.pageTitle).optional(),
    permalink: c.permalink,
    parentId: c.parentId,
    depth: c.depth,
    likes: c.likes,
    publishedAt: c.publishedAt,
    publishedWithinMs: z
      .number()
      .int()
      .min(0)
      .max(400 * 86_400_000)
      .optional(),
    relativeTime: c.relativeTime,
    threadKey: key,
    severityRank: z.number().int().min(0).max(10),
    status: z.enum(ITEM_STATUSES),
    note: z.string().max(10_000).optional(),
    firstSeen: time,
    lastSeen: time,
    respondedAt: time.optional(),
    closedAt: time.optional(),
    assignee: name.optional(),
    templateId: z.string().max(200).optional(),
    agent: name.optional(),
    tabId: z.number().int().optional(),
    textHash: c.textHash,
    goneFromPage: z.boolean().optional(),
  })
  .strict()
  // The key is made from the platform and the comment id: a file cannot file one comment under another's key.
  .refine((it) => it.key === `${it.platform}:${it.commentId}`, {
    message: 'key does not match platform and comment id',
    path: ['key'],
  });

export const threadRecordSchema = threadSummarySchema
  .extend({ key, pageUrl: z.string().max(L.pageUrl), firstSeen: time, updatedAt: time })
  .strict()
  .refine((t) => t.key === `${t.platform}:${t.threadId}`, {
    message: 'key does not match platform and thread id',
    path: ['key'],
  });

export const responseEventSchema = z
  .object({
    id: z.number().int().min(1).optional(),
    itemKey: key,
    type: z.enum(EVENT_TYPES),
    at: time,
    agent: name.optional(),
    from: z.enum(ITEM_STATUSES).optional(),
    to: z.enum(ITEM_STATUSES).optional(),
    templateId: z.string().max(200).optional(),
    note: z.string().max(10_000).optional(),
    claims: z.array(z.string().max(100)).max(20).optional(),
    incidentId: z.string().max(200).optional(),
  })
  .strict();

export const incidentSchema = z
  .object({
    id: z.string().min(1).max(200),
    name: z.string().max(200),
    startedAt: time,
    platforms: z.array(z.enum(PLATFORM_IDS)).max(20),
    pages: z.array(z.string().max(L.pageUrl)).max(200),
    createdAt: time,
    createdBy: name.optional(),
    closedAt: time.optional(),
  })
  .strict();

export const factEventSchema = z
  .object({
    id: z.number().int().min(1).optional(),
    incidentId: z.string().min(1).max(200),
    fact: z.enum(FACTS),
    action: z.enum(['declared', 'withdrawn']),
    at: time,
    agent: name.optional(),
    note: z.string().max(2_000).optional(),
  })
  .strict();

const fixedStateRowSchema = z.discriminatedUnion('key', [
  z.object({ key: z.literal('libraryChangedAt'), value: time }).strict(),
  z.object({ key: z.literal('lastBackupAt'), value: time }).strict(),
  z.object({ key: z.literal('deletedDefaultTemplates'), value: z.array(z.string().max(200)).max(1_000) }).strict(),
  z
    .object({
      key: z.literal('authorTags'),
      value: z.record(z.string().max(600), z.array(z.enum(AUTHOR_TAGS)).max(AUTHOR_TAGS.length)),
    })
    .strict(),
  // Saved views of the queue (saved-views.ts reads each view defensively again).
  z
    .object({
      key: z.literal(SAVED_VIEWS_KEY),
      value: z
        .array(
          z
            .object({
              name: z.string().min(1).max(MAX_VIEW_NAME),
              filter: z.record(z.string().max(40), z.unknown()),
              scope: z.enum(['tab', 'all']),
            })
            .strict(),
        )
        .max(MAX_VIEWS),
    })
    .strict(),
  // The crisis alert acknowledged (spike-ack.ts).
  z
    .object({
      key: z.literal(SPIKE_ACK_KEY),
      value: z
        .object({ incidentId: z.string().max(200).nullable(), at: time, agent: z.string().max(200).optional() })
        .strict(),
    })
    .strict(),
]);

/** A note typed on an item and not yet added to its history (notes.ts). */
const noteDraftRowSchema = z
  .object({
    key: z
      .string()
      .regex(/^noteDraft:/)
      .max(2_200),
    value: z.string().max(10_000),
  })
  .strict();

/** Panel-side state rows (the settings table), by key: only the keys the product writes. */
export const stateRowSchema = z.union([fixedStateRowSchema, noteDraftRowSchema]);

export { templateSchema };
