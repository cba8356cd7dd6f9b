/** Builders shared by tests: plain risk results and observed comments with chosen values. */
import { CRISIS_SIGNALS, TOXICITY_KINDS, type RiskResult, type Severity } from '@/lib/risk/types';
import type { ObservedComment } from '@/lib/messaging/protocol';
import type { ReplyTemplate } from '@/lib/library/types';

/** A record with every key at 0. */
export const zeros = <K extends string>(keys: readonly K[]) =>
  Object.fromEntries(keys.map((k) => [k, 0])) as Record<K, number>;

/** A risk result at `severity`, everything else neutral unless given. */
export function riskAt(severity: Severity, extra: Partial<RiskResult> = {}): RiskResult {
  const on = severity !== 'none';
  return {
    language: 'pl',
    risk: on ? 0.8 : 0.1,
    severity,
    negativity: on ? 0.7 : 0.05,
    toxicity: on ? 0.5 : 0.02,
    toxicityBy: zeros(TOXICITY_KINDS),
    signals: zeros(CRISIS_SIGNALS),
    reasons: [],
    uncertain: false,
    engine: 'test',
    ...extra,
  };
}

/** A comment as a content script reports it. */
export function observed(
  id: string,
  author: string,
  text: string,
  severity: Severity,
  extra: Partial<ObservedComment> = {},
): ObservedComment {
  return {
    platform: 'demo',
    id,
    author,
    text,
    depth: 0,
    threadId: id,
    textHash: `h-${text}`,
    risk: riskAt(severity),
    ...extra,
  };
}

/** An approved English user template `id` (title = id), with the fields given. */
export const template = (id: string, over: Partial<ReplyTemplate> = {}): ReplyTemplate => ({
  id,
  title: id,
  body: 'Thank you for writing.',
  language: 'en',
  tone: 'empathetic',
  categories: ['complaint'],
  tags: [],
  variables: [],
  status: 'approved',
  createdAt: 1,
  updatedAt: 2,
  usageCount: 0,
  origin: 'user',
  ...over,
});
