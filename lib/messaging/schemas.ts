/**
 * Schemas of the protocol's payloads (see `protocol.ts`), checked by the background on receipt.
 * Only the background and extension pages import this module at run time.
 */
import { z } from '@/lib/zod';
import {
  CRISIS_SIGNALS,
  REASON_CODES,
  SEVERITIES,
  THREAD_REASON_CODES,
  THREAD_REASON_VARS,
  THREAD_STATUSES,
  TOXICITY_KINDS,
} from '@/lib/risk/types';
import { PLATFORM_IDS } from '@/lib/platforms/types';
import { MAX_COMMENT_TEXT, MAX_SCORE_BATCH, MAX_SCORE_TEXT, OBSERVED_LIMITS as L } from './limits';

const score = z.number().min(0).max(1);
const text = (max: number) => z.string().max(max);

export const reasonSchema = z.object({
  source: z.enum(['lexicon', 'model', 'feature', 'keyword', 'override']),
  target: z.enum(['negativity', ...TOXICITY_KINDS, ...CRISIS_SIGNALS]),
  label: text(L.label),
  code: z.enum(REASON_CODES).optional(),
  term: text(L.label).optional(),
  span: z.object({ start: z.number().int().min(0), end: z.number().int().min(0) }).optional(),
  weight: z.number().min(0).max(1),
});

export const observedCommentSchema = z.object({
  platform: z.enum(PLATFORM_IDS),
  id: text(L.id).min(1),
  author: text(L.author),
  text: text(MAX_COMMENT_TEXT),
  publishedAt: text(L.publishedAt).optional(),
  publishedWithinMs: z
    .number()
    .int()
    .min(0)
    .max(400 * 86_400_000)
    .optional(),
  relativeTime: text(L.relativeTime).optional(),
  permalink: text(L.permalink).optional(),
  parentId: text(L.id).optional(),
  depth: z.number().int().min(0).max(L.maxDepth),
  likes: z.number().int().min(0).optional(),
  threadId: text(L.id).min(1),
  deleted: z.boolean().optional(),
  risk: z.object({
    language: z.enum(['pl', 'en', 'other']),
    risk: score,
    severity: z.enum(SEVERITIES),
    negativity: score,
    toxicity: score,
    toxicityBy: z.record(z.enum(TOXICITY_KINDS), score),
    signals: z.record(z.enum(CRISIS_SIGNALS), score),
    reasons: z.array(reasonSchema).max(L.reasons),
    uncertain: z.boolean(),
    engine: text(L.engine),
    notAssessed: z.literal('language').optional(),
  }),
  textHash: text(L.textHash),
});
export type ObservedComment = z.infer<typeof observedCommentSchema>;

/** What the page asks the background to score (`scoreComments`), within the limits its sender keeps. */
export const scoreRequestSchema = z.object({
  texts: z.array(text(MAX_SCORE_TEXT)).max(MAX_SCORE_BATCH),
  ctx: z.object({
    platform: text(40).optional(),
    // The settings put no limit on these lists; these only keep out absurd payloads.
    brands: z.array(text(1_000)).max(10_000).optional(),
    watchKeywords: z.array(text(1_000)).max(10_000).optional(),
    ignoredPhrases: z.array(text(1_000)).max(10_000).optional(),
  }),
});

export const threadSummarySchema = z.object({
  platform: z.enum(PLATFORM_IDS),
  threadId: text(200).min(1),
  permalink: text(2_000).optional(),
  status: z.enum(THREAD_STATUSES),
  score,
  derail: score,
  reasons: z
    .array(
      z.object({
        kind: text(40),
        label: text(300),
        msg: z
          .object({
            code: z.enum(THREAD_REASON_CODES),
            vars: z.partialRecord(z.enum(THREAD_REASON_VARS), z.union([text(300), z.number()])),
          })
          .optional(),
        weight: z.number().min(0).max(1),
        commentIds: z.array(text(200)).max(50).optional(),
      }),
    )
    .max(20),
  commentCount: z.number().int().min(0),
  riskyCount: z.number().int().min(0),
});
export type ThreadSummary = z.infer<typeof threadSummarySchema>;

export const commentsObservedSchema = z.object({
  pageUrl: text(L.pageUrl),
  pageTitle: text(L.pageTitle).optional(),
  /** Flagged comments only: calm comments are scored (`scoreComments`) and never stored. */
  comments: z.array(observedCommentSchema).max(L.batch),
  threads: z.array(threadSummarySchema).max(L.batch),
});
export type CommentsObserved = z.infer<typeof commentsObservedSchema>;

export const PAGE_STATES = [
  'scanning',
  'noComments',
  'commentsLoading',
  'notCommentPage',
  'disabled',
  'needsReload',
] as const;
export const pageStatusSchema = z.object({
  platform: z.enum(PLATFORM_IDS),
  pageUrl: text(4_000),
  state: z.enum(PAGE_STATES),
  /** Which selector failed, when state is noComments. */
  missing: text(200).optional(),
  scanned: z.number().int().min(0),
  flagged: z.number().int().min(0),
  /** Set by extension pages (the demo) that cannot rely on sender.tab. */
  tabId: z.number().int().optional(),
});
export type PageStatus = z.infer<typeof pageStatusSchema>;

export const genericSiteSchema = z.object({
  host: text(253),
  commentSelector: text(500),
  textSelector: text(500).optional(),
  authorSelector: text(500).optional(),
  replyFieldSelector: text(500).optional(),
});

export type GenericSite = z.infer<typeof genericSiteSchema>;

export interface SelectorPreview {
  /** Elements the comment selector matches on the page. */
  comments: number;
  /** Of those, how many have readable text. */
  withText: number;
  /** The first comment's text, shortened. */
  sample?: string;
  /** The comment selector is over the budget and is not used (docs/RELIABILITY.md H4). */
  refused?: 'invalid' | 'root' | 'container' | 'share';
  /** More matches than are read per pass (SELECTOR_BUDGET.maxMatches). */
  capped?: boolean;
  /** Reading stopped at the preview's time budget, after `read` comments. */
  timedOut?: boolean;
  read?: number;
}
