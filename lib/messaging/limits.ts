/**
 * Limits of the `scoreComments` message, shared by its sender (the scanner, the content-script
 * runtime) and its schema. No dependencies: the scanner stays free of extension and zod code.
 */

/** Most texts in one request; the scanner sends a larger slice in several. */
export const MAX_SCORE_BATCH = 500;

/**
 * A text longer than this is cut before it is sent to be scored. The engine reads the first
 * 5,000 characters (`MAX_SCORED_CHARS`) and looks only for "!!!" and Polish letters past them.
 */
export const MAX_SCORE_TEXT = 20_000;

/**
 * A flagged comment's text is stored whole up to this length (X Premium replies reach 25,000
 * characters); a longer one is cut and ends with `truncationMarker` (docs/RELIABILITY.md H1).
 */
export const MAX_COMMENT_TEXT = 50_000;

/**
 * Limits of one observed comment and of the `commentsObserved` envelope. The page clamps what it
 * sends to these (`clamp.ts`); the background checks each comment against them on its own, so one
 * comment out of range never costs the others (docs/RELIABILITY.md H1).
 */
export const OBSERVED_LIMITS = {
  id: 200,
  author: 300,
  publishedAt: 40,
  relativeTime: 60,
  permalink: 2_000,
  maxDepth: 100,
  reasons: 50,
  label: 200,
  engine: 40,
  textHash: 40,
  pageUrl: 4_000,
  pageTitle: 500,
  /** Comments, and thread summaries, in one message. */
  batch: 500,
} as const;

/**
 * What ends a cut comment text: visible in the queue, the exports and the evidence pack, with the
 * length the comment had on the page.
 */
export const truncationMarker = (fullLength: number): string => ` […✂ ${fullLength}]`;
