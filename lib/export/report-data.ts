/**
 * Figures for the dashboard and the crisis report, from stored records: counts by severity,
 * platform and status, flagged volume over time, top terms and signals, escalated threads,
 * response times and the templates used. Pure.
 */
import type { FlaggedItem, ResponseEvent, ThreadRecord } from '@/lib/db/types';
import { CRISIS_SIGNALS } from '@/lib/risk/types';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const STOP = new Set('a an and are as at be but by for from has have i in is it its my not of on or our so that the their them they this to was we were what with you your i w z na nie to się sie że ze jak za do co czy jest już juz mnie mi ale tak o od po ten ta tego tej są sa bo dla by był była było tylko'.split(' '));

export interface ReportData {
  from: number;
  to: number;
  total: number;
  bySeverity: Record<string, number>;
  byPlatform: Record<string, number>;
  byStatus: Record<string, number>;
  /** Flagged items per bucket (hourly for up to 3 days, daily beyond). */
  volume: Array<{ start: number; count: number }>;
  bucketMs: number;
  topTerms: Array<[string, number]>;
  topSignals: Array<[string, number]>;
  escalatedThreads: ThreadRecord[];
  responseMs: { median: number | null; p90: number | null; answered: number };
  templatesUsed: Array<[string, number]>;
}

const quantile = (xs: number[], q: number) => (xs.length ? [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.ceil(q * xs.length) - 1)]! : null);
const count = <T>(xs: T[], key: (x: T) => string) => xs.reduce<Record<string, number>>((m, x) => ((m[key(x)] = (m[key(x)] ?? 0) + 1), m), {});
const top = (m: Map<string, number>, n: number) => [...m].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, n);

/** Build the report for items first seen in [from, to]. */
export function buildReport(items: FlaggedItem[], events: ResponseEvent[], threads: ThreadRecord[], opts: { from: number; to: number; topN?: number }): ReportData {
  const inRange = items.filter((i) => i.firstSeen >= opts.from && i.firstSeen <= opts.to);
  const bucketMs = opts.to - opts.from <= 3 * DAY ? HOUR : DAY;
  const buckets = Math.max(1, Math.ceil((opts.to - opts.from + 1) / bucketMs));
  const volume = Array.from({ length: Math.min(buckets, 400) }, (_, i) => ({ start: opts.from + i * bucketMs, count: 0 }));
  for (const it of inRange) {
    const b = volume[Math.floor((it.firstSeen - opts.from) / bucketMs)];
    if (b) b.count++;
  }
  const terms = new Map<string, number>();
  const signals = new Map<string, number>();
  for (const it of inRange) {
    const seen = new Set<string>();
    for (const r of it.reasons) if (r.term) seen.add(r.term.toLowerCase());
    for (const w of it.text.toLowerCase().match(/[\p{L}]{4,}/gu) ?? []) if (!STOP.has(w)) seen.add(w);
    for (const t of seen) terms.set(t, (terms.get(t) ?? 0) + 1);
    for (const s of CRISIS_SIGNALS) if (it.signals[s] >= 0.5) signals.set(s, (signals.get(s) ?? 0) + 1);
  }
  const keys = new Set(inRange.map((i) => i.key));
  const firstResponse = new Map<string, number>();
  const templates = new Map<string, number>();
  for (const e of events) {
    if (!keys.has(e.itemKey)) continue;
    const responds = e.type === 'replyInserted' || e.type === 'replySent' || e.type === 'replyCopied' || (e.type === 'statusChanged' && (e.to === 'replied' || e.to === 'resolved' || e.to === 'escalated'));
    if (responds && (firstResponse.get(e.itemKey) ?? Infinity) > e.at) firstResponse.set(e.itemKey, e.at);
    if (e.templateId && e.type === 'replyInserted') templates.set(e.templateId, (templates.get(e.templateId) ?? 0) + 1);
  }
  const waits = inRange.flatMap((i) => (firstResponse.has(i.key) ? [firstResponse.get(i.key)! - i.firstSeen] : []));
  return {
    from: opts.from,
    to: opts.to,
    total: inRange.length,
    bySeverity: count(inRange, (i) => i.severity),
    byPlatform: count(inRange, (i) => i.platform),
    byStatus: count(inRange, (i) => i.status),
    volume,
    bucketMs,
    topTerms: top(terms, opts.topN ?? 10),
    topSignals: top(signals, opts.topN ?? 10),
    escalatedThreads: threads.filter((t) => (t.status === 'escalating' || t.status === 'crisis') && t.updatedAt >= opts.from && t.firstSeen <= opts.to),
    responseMs: { median: quantile(waits, 0.5), p90: quantile(waits, 0.9), answered: waits.length },
    templatesUsed: top(templates, 20),
  };
}
