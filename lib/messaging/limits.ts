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
