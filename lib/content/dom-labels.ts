/**
 * Every tag, class and data- attribute Stormwatch writes into host pages, in one place so tests
 * and the scanner agree (and so our own nodes can be recognised and ignored by the observer).
 */
export const HOST_TAG = 'stormwatch-badge';
export const BANNER_TAG = 'stormwatch-thread-banner';
/** Marks every element Stormwatch inserted into the page. */
export const HOST_ATTR = 'data-stormwatch-host';
/** Set on a flagged comment element at once: its severity (the queue, tests and the benchmark read it). */
export const FLAG_ATTR = 'data-stormwatch-severity';
/**
 * Set on a flagged comment element when it comes near the viewport, with its badge: its severity,
 * which the page rule outlines. No rule keys on FLAG_ATTR, so marking a comment far off-screen
 * changes nothing the page must restyle or repaint.
 */
export const OUTLINE_ATTR = 'data-stormwatch-outline';
/** Set on <html>: a marker that a scanner instance is running (idempotent initialisation). */
export const RUNNING_ATTR = 'data-stormwatch-running';
/** Debug counters on <html>, read by end-to-end tests and the benchmark. */
export const COUNTER_ATTRS = {
  observers: 'data-stormwatch-observers',
  scanned: 'data-stormwatch-scanned',
  classified: 'data-stormwatch-classified',
  flagged: 'data-stormwatch-flagged',
} as const;
/** Class of the pulse animation when the panel focuses a comment. */
export const PULSE_ATTR = 'data-stormwatch-pulse';
