/**
 * Records stored in IndexedDB. Plain data only (structured-clone safe). Shared by the database
 * layer, the side panel, the export code and the tests.
 */
import type { PlatformId } from '@/lib/platforms/types';
import type { RiskResult, ThreadReason, ThreadStatus } from '@/lib/risk/types';

export const ITEM_STATUSES = ['new', 'inProgress', 'replied', 'escalated', 'resolved', 'dismissed'] as const;
export type ItemStatus = (typeof ITEM_STATUSES)[number];

/** A flagged comment: what the queue lists, with the risk result it was flagged with. Key: `${platform}:${commentId}`. */
export interface FlaggedItem extends RiskResult {
  key: string;
  platform: PlatformId;
  commentId: string;
  author: string;
  text: string;
  /** Page the comment was seen on. */
  pageUrl: string;
  pageTitle?: string;
  permalink?: string;
  parentId?: string;
  depth: number;
  likes?: number;
  /** When the comment was posted (ISO 8601), as the platform showed it; see `postedAt`. */
  publishedAt?: string;
  /** How uncertain `publishedAt` is (ms): 0 when the page gave the time. */
  publishedWithinMs?: number;
  relativeTime?: string;
  /** When the item was last replied to, resolved or dismissed (its clock stops); unset while open. */
  closedAt?: number;
  /** Who on the team handles it (a name; empty: nobody yet). */
  assignee?: string;
  /** `${platform}:${threadId}`. */
  threadKey: string;
  /** SEVERITY_RANK[severity], indexed for sorting. */
  severityRank: number;
  status: ItemStatus;
  note?: string;
  /** Epoch milliseconds. */
  firstSeen: number;
  lastSeen: number;
  respondedAt?: number;
  templateId?: string;
  agent?: string;
  /** Last tab the comment was seen in (for "this tab" filters); tab ids are not durable. */
  tabId?: number;
  /** Hash of the normalised text: a changed text is re-scored and updated. */
  textHash: string;
  /** True when the comment was no longer on the page at a later visit (kept as evidence). */
  goneFromPage?: boolean;
}

/** A thread (a top-level comment and its replies) with its escalation. Key: `${platform}:${threadId}`. */
export interface ThreadRecord {
  key: string;
  platform: PlatformId;
  threadId: string;
  pageUrl: string;
  permalink?: string;
  status: ThreadStatus;
  score: number;
  derail: number;
  reasons: ThreadReason[];
  commentCount: number;
  riskyCount: number;
  firstSeen: number;
  updatedAt: number;
}

export const EVENT_TYPES = [
  'statusChanged',
  'noteChanged',
  'replyInserted',
  'replyCopied',
  'replySent',
  'claimOverride',
] as const;
export type EventType = (typeof EVENT_TYPES)[number];

/** The response log: every status change and reply, with time and agent. */
export interface ResponseEvent {
  id?: number;
  itemKey: string;
  type: EventType;
  at: number;
  agent?: string;
  from?: ItemStatus;
  to?: ItemStatus;
  templateId?: string;
  note?: string;
  /** claimOverride: the facts the reply claimed that were not declared when the agent inserted it anyway. */
  claims?: string[];
  /** claimOverride: the incident whose facts were in force. */
  incidentId?: string;
}

/** Key-value rows for panel-side state (author tags, backup times, overrides). */
export interface SettingRow {
  key: string;
  value: unknown;
}
