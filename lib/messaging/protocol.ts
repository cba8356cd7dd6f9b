/**
 * The one message protocol between content scripts (and the demo page), the background and the
 * side panel. Payloads are validated on receipt by the background with the zod schemas in
 * `schemas.ts`; senders are checked against `sender-policy.ts`. This module carries no zod at
 * run time, so content scripts do not load (or build) the schemas.
 */
import { defineExtensionMessaging } from '@webext-core/messaging';
import type { CommentsObserved, GenericSite, PageStatus, SelectorPreview } from './schemas';
import type { RiskContext, RiskResult } from '@/lib/risk/types';
import { MAX_SCORE_TEXT } from './limits';
import type { SelectorHealth } from '@/lib/platforms/health';

export type {
  CommentsObserved,
  GenericSite,
  ObservedComment,
  PageStatus,
  SelectorPreview,
  ThreadSummary,
} from './schemas';

export type InsertOutcome =
  | { ok: true; method: string; field: string }
  | {
      ok: false;
      reason: 'commentGone' | 'noField' | 'replyInFrame' | 'rejected' | 'notApproved';
      copied: boolean;
      message: string;
    };

/**
 * Payloads that can be large travel as one JSON string: flagged comments, texts to score and
 * their scores. The browser converts a message object value by value on both sides; for about
 * 1 kB of scores and reasons per comment that conversion was the largest messaging cost of a busy
 * page, while a string is copied at once.
 */
export interface JsonWire {
  json: string;
}

function encodeWire(payload: unknown): JsonWire {
  return { json: JSON.stringify(payload) };
}

/** The payload inside a `{ json }` message, still to be validated; throws a plain message when it is not JSON. */
export function decodeWire(type: MessageType, wire: unknown): unknown {
  const json = (wire as Partial<JsonWire> | null)?.json;
  if (typeof json !== 'string') throw new Error(`${type}: expected { json: string }`);
  try {
    return JSON.parse(json) as unknown;
  } catch {
    throw new Error(`${type}: the payload is not valid JSON`);
  }
}

export const encodeObserved = (payload: CommentsObserved): JsonWire => encodeWire(payload);
export const decodeObserved = (wire: unknown): unknown => decodeWire('commentsObserved', wire);

/** Texts to score, each cut to MAX_SCORE_TEXT, with the settings that change their scores. */
export function encodeScoreRequest(req: { texts: readonly string[]; ctx: RiskContext }): JsonWire {
  const texts = req.texts.map((t) => (t.length > MAX_SCORE_TEXT ? t.slice(0, MAX_SCORE_TEXT) : t));
  return encodeWire({ texts, ctx: req.ctx });
}

/** Scores, in the order of the request's texts. */
export const encodeScored = (results: readonly RiskResult[]): JsonWire => encodeWire(results);

/** The scores of a request, in its order; throws a plain message when they are not that. */
export function decodeScored(wire: unknown, expected: number): RiskResult[] {
  const results = decodeWire('scoreComments', wire);
  if (!Array.isArray(results) || results.length !== expected)
    throw new Error(`scoreComments: expected ${expected} scores back`);
  return results as RiskResult[];
}

export interface ProtocolMap {
  /**
   * content → background: score comment texts. The engine and its word lists stay out of the
   * page: the page's main thread only reads comments and marks them. Nothing is stored.
   */
  scoreComments(data: JsonWire): JsonWire;
  /** content → background: flagged comments and thread statuses seen on the page. */
  commentsObserved(data: JsonWire): {
    stored: number;
    rejected: Array<{ kind: 'comment' | 'thread' | 'batch'; id?: string; reason: string }>;
    pending?: number;
  };
  /** content → background: scanning state of the page (health indicator, toolbar badge). */
  pageStatus(data: PageStatus): void;
  /** content → background: the user clicked a badge; open the side panel on that item. */
  openPanel(data: { itemKey: string }): void;
  /** panel → background: the last known state of a tab. */
  getTabStatus(data: { tabId: number }): PageStatus | null;
  /** panel → page: scroll to a comment and pulse its badge. */
  focusComment(data: { commentId: string; tabId?: number }): { found: boolean };
  /** panel → page: insert an approved reply into the comment's reply field. */
  insertReply(data: { commentId: string; text: string; mode: 'append' | 'replace'; tabId?: number }): InsertOutcome;
  /** panel → page: which of the reader's selectors match how many elements of the open page. */
  pageHealth(data: { tabId?: number }): SelectorHealth;
  /** panel → page: how many comments these selectors match on the open page. */
  previewSelectors(data: { site: GenericSite; tabId?: number }): SelectorPreview;
  /**
   * panel → background: start reading comments on a site without a built-in adapter, in this
   * tab now, and (`always`, after the user granted the site's permission) on every visit.
   */
  enableSite(data: { tabId: number; always: boolean }): { ok: true } | { ok: false; message: string };
}

export const messaging = defineExtensionMessaging<ProtocolMap>();
export const { sendMessage, onMessage } = messaging;
export type MessageType = keyof ProtocolMap;
