/**
 * Scoring for the pages (`scoreComments`). The risk engine, with its model and word lists, runs
 * here rather than in the content script: the page's main thread then only reads comments and
 * marks them (the scanner benchmark's added script time per comment), and the content script the
 * page compiles on load is a fraction of the size. Nothing is stored: flagged comments come back
 * in `commentsObserved`, as before.
 */
import { classify } from '@/lib/risk/classify';
import { decodeWire, encodeScored, type JsonWire } from '@/lib/messaging/protocol';
import { scoreRequestSchema } from '@/lib/messaging/schemas';

/** Score a validated request; a malformed one throws a plain message (the sender sees it). */
export function scoreComments(wire: unknown): JsonWire {
  const { texts, ctx } = scoreRequestSchema.parse(decodeWire('scoreComments', wire));
  return encodeScored(texts.map((t) => classify(t, ctx)));
}
