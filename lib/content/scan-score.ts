/**
 * The scanner's scoring requests: the texts a slice read go to be scored (`deps.score`, the
 * background in the extension) in batches of MAX_SCORE_BATCH; a text already on its way is not
 * sent twice; a failed batch is retried, then waits for the worker to come back
 * (docs/RELIABILITY.md H9).
 */
import type { RawComment } from '@/lib/platforms/types';
import type { RiskContext, RiskResult } from '@/lib/risk/types';
import { MAX_SCORE_BATCH } from '@/lib/messaging/limits';
import { later, type ScanState } from './scan-state';

/** Pauses before a failed batch is sent again (the background may be starting up). */
export const RETRY_MS = [250, 1_000, 4_000] as const;
/**
 * After those, a batch waits: it is sent again as soon as another batch is scored (the worker is
 * back) and otherwise every RESCORE_MS while the scanner runs (docs/RELIABILITY.md H9).
 */
export const RESCORE_MS = 15_000;

/** A comment as read, and the element it was read from. */
export interface ReadComment {
  raw: RawComment;
  el: Element;
}

export interface ScoreRequests {
  /** A comment read with a new text: sent with the slice's others, unless that text is on its way already. */
  request(raw: RawComment, el: Element): void;
  /** Sends what the slice read, in batches. */
  sendRead(): void;
  /** A score arrived: this text is no longer awaited (unless the comment changed since). */
  settle(raw: RawComment): void;
  /** A score is awaited for this comment. */
  awaited(id: string): boolean;
  /** Batches sent and not answered yet. */
  outstanding(): number;
  clear(): void;
}

export interface ScoreHooks {
  /** A comment's score arrived. */
  scored(c: ReadComment, result: RiskResult): void;
  /** A batch was answered (scored, or set aside to wait for the worker). */
  answered(): void;
}

export function createScoreRequests(s: ScanState, hooks: ScoreHooks): ScoreRequests {
  const { deps, adapter } = s;
  const ctx: RiskContext = {
    platform: adapter.id,
    brands: deps.settings.brands,
    watchKeywords: deps.settings.watchKeywords,
    ignoredPhrases: deps.settings.ignoredPhrases,
  };
  /** Comments read in this slice, to be scored; and the text of each comment whose score is awaited. */
  const toScore: ReadComment[] = [];
  const scoring = new Map<string, string>();
  const retry = createRetry(s, (batch, attempt) => send(batch, attempt), scoring);
  let batchesOut = 0;

  function send(batch: ReadComment[], attempt = 0): void {
    batchesOut++;
    deps
      .score(
        batch.map((b) => b.raw.text),
        ctx,
      )
      .then(
        (results) => {
          batchesOut--;
          if (s.stopped) return;
          for (let i = 0; i < batch.length; i++) hooks.scored(batch[i]!, results[i]!);
          // The worker answers again: what waited goes now.
          retry.resendWaiting();
          hooks.answered();
        },
        (err: unknown) => {
          batchesOut--;
          if (s.stopped) return;
          if (retry.failed(batch, attempt, err)) hooks.answered();
        },
      );
  }

  return {
    request(raw, el) {
      // Marked when its score comes back; a text already on its way is not sent twice.
      if (scoring.get(raw.id) === raw.text) return;
      scoring.set(raw.id, raw.text);
      toScore.push({ raw, el });
    },
    sendRead() {
      while (toScore.length > 0) send(toScore.splice(0, MAX_SCORE_BATCH));
    },
    settle(raw) {
      if (scoring.get(raw.id) === raw.text) scoring.delete(raw.id);
    },
    awaited: (id) => scoring.has(id),
    outstanding: () => batchesOut,
    clear() {
      scoring.clear();
      retry.clear();
      toScore.length = 0;
    },
  };
}

/** Retries of failed batches: quick ones first, then the batch waits for the worker (H9). */
function createRetry(
  s: ScanState,
  send: (batch: ReadComment[], attempt: number) => void,
  scoring: Map<string, string>,
) {
  // Batches whose retries ran out, waiting for the worker to come back.
  const waitingBatches: ReadComment[][] = [];
  let rescoreDue = false;
  const resendWaiting = () => {
    if (waitingBatches.length === 0) return;
    for (const batch of waitingBatches.splice(0)) {
      // Only what is still awaited: a comment edited or scored since is not sent again.
      const current = batch.filter(({ raw }) => scoring.get(raw.id) === raw.text);
      if (current.length > 0) send(current, RETRY_MS.length + 1);
    }
  };
  return {
    resendWaiting,
    /** A batch failed: tried again after a pause, or set aside (then true: the batch is answered for now). */
    failed(batch: ReadComment[], attempt: number, err: unknown): boolean {
      const pause = RETRY_MS[attempt];
      if (pause !== undefined) {
        later(s, () => send(batch, attempt + 1), pause);
        return false;
      }
      // The quick retries ran out (told once per batch): the batch waits for the worker.
      if (attempt === RETRY_MS.length) s.deps.scoreFailed?.(err);
      waitingBatches.push(batch);
      if (!rescoreDue) {
        rescoreDue = true;
        later(
          s,
          () => {
            rescoreDue = false;
            resendWaiting();
          },
          RESCORE_MS,
        );
      }
      return true;
    },
    clear() {
      waitingBatches.length = 0;
    },
  };
}
