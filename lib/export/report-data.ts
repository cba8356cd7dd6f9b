/**
 * Figures for the dashboard and the crisis report, from stored records: counts by severity,
 * platform and status, flagged volume over time, top terms and signals, escalated threads,
 * response times and the templates used. Pure.
 */
import type { FlaggedItem, ResponseEvent, ThreadRecord } from '@/lib/db/types';
import { CRISIS_SIGNALS } from '@/lib/risk/types';
import { normalizeText } from '@/lib/risk/tokenize';
import { factsInForce, type Fact, type FactEvent, type Incident } from '@/lib/library/facts';
import { postedAt } from '@/lib/db/clock';

/** An incident of the period with its facts at the end and every declaration and withdrawal (who, when). */
export interface ReportIncident {
  id: string;
  name: string;
  startedAt: number;
  closedAt?: number;
  platforms: string[];
  pages: string[];
  facts: Fact[];
  history: FactEvent[];
}

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
// Words too common to say anything (compared without diacritics, 4 letters or more: shorter words are never counted).
const STOP = new Set(
  (
    'about also been before could does from have here into just like more much only other over some than that their them then there they this those very want were what when where which while will with would your yours ' +
    'albo alez mnie jego nasz nasze bardzo bedzie byla bylo byly ciebie czyli dlaczego gdzie jakby jakis jako jednak jest jestem jestescie jeszcze juz kiedy ktora ktore ktory mamy moje moze mozna nawet nich niech nigdy oraz przez przy sobie swoje tego teraz tutaj tylko wami wasz wasza wasze wszystko zeby znowu'
  ).split(' '),
);

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
  /** Incidents that overlap the period, oldest first. */
  incidents: ReportIncident[];
}

const quantile = (xs: number[], q: number) =>
  xs.length ? [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.ceil(q * xs.length) - 1)]! : null;
const count = <T>(xs: T[], key: (x: T) => string) =>
  xs.reduce<Record<string, number>>((m, x) => ((m[key(x)] = (m[key(x)] ?? 0) + 1), m), {});
const top = (m: Map<string, number>, n: number) =>
  [...m].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, n);

/** Build the report for items first seen in [from, to]. */
export function buildReport(
  items: FlaggedItem[],
  events: ResponseEvent[],
  threads: ThreadRecord[],
  opts: {
    from: number;
    to: number;
    topN?: number;
    incidents?: ReadonlyArray<{ incident: Incident; history: readonly FactEvent[] }>;
    /** Words never listed as top terms (the brand's own names: they are in every complaint). */
    excludeTerms?: readonly string[];
  },
): ReportData {
  const inRange = items.filter((i) => i.firstSeen >= opts.from && i.firstSeen <= opts.to);
  const bucketMs = opts.to - opts.from <= 3 * DAY ? HOUR : DAY;
  const buckets = Math.max(1, Math.ceil((opts.to - opts.from + 1) / bucketMs));
  const volume = Array.from({ length: Math.min(buckets, 400) }, (_, i) => ({
    start: opts.from + i * bucketMs,
    count: 0,
  }));
  for (const it of inRange) {
    const b = volume[Math.floor((it.firstSeen - opts.from) / bucketMs)];
    if (b) b.count++;
  }
  // Counted once per item in the form the risk engine compares (no diacritics: "bandą" and
  // "banda" are one word), shown in the spelling used most.
  const excluded = new Set(
    (opts.excludeTerms ?? [])
      .flatMap((b) => b.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [])
      .map((w) => normalizeText(w)),
  );
  const terms = new Map<string, number>();
  const spellings = new Map<string, Map<string, number>>();
  const signals = new Map<string, number>();
  for (const it of inRange) {
    const seen = new Map<string, string>();
    for (const r of it.reasons) if (r.term) seen.set(normalizeText(r.term.toLowerCase()), r.term.toLowerCase());
    for (const w of it.text.toLowerCase().match(/[\p{L}]{4,}/gu) ?? []) {
      const k = normalizeText(w);
      if (!STOP.has(k) && !seen.has(k)) seen.set(k, w);
    }
    for (const [k, w] of seen) {
      // "Zefira", "Zefirze": a brand's inflected forms start with it.
      if (excluded.has(k) || [...excluded].some((b) => b.length >= 4 && k.startsWith(b))) continue;
      terms.set(k, (terms.get(k) ?? 0) + 1);
      const forms = spellings.get(k) ?? new Map<string, number>();
      forms.set(w, (forms.get(w) ?? 0) + 1);
      spellings.set(k, forms);
    }
    for (const s of CRISIS_SIGNALS) if (it.signals[s] >= 0.5) signals.set(s, (signals.get(s) ?? 0) + 1);
  }
  const keys = new Set(inRange.map((i) => i.key));
  const firstResponse = new Map<string, number>();
  const templates = new Map<string, number>();
  for (const e of events) {
    if (!keys.has(e.itemKey)) continue;
    const responds =
      e.type === 'replyInserted' ||
      e.type === 'replySent' ||
      e.type === 'replyCopied' ||
      (e.type === 'statusChanged' && (e.to === 'replied' || e.to === 'resolved' || e.to === 'escalated'));
    if (responds && (firstResponse.get(e.itemKey) ?? Infinity) > e.at) firstResponse.set(e.itemKey, e.at);
    if (e.templateId && e.type === 'replyInserted') templates.set(e.templateId, (templates.get(e.templateId) ?? 0) + 1);
  }
  // From when the comment was posted, not when Stormwatch happened to read it.
  const waits = inRange.flatMap((i) =>
    firstResponse.has(i.key) ? [Math.max(0, firstResponse.get(i.key)! - postedAt(i))] : [],
  );
  return {
    from: opts.from,
    to: opts.to,
    total: inRange.length,
    bySeverity: count(inRange, (i) => i.severity),
    byPlatform: count(inRange, (i) => i.platform),
    byStatus: count(inRange, (i) => i.status),
    volume,
    bucketMs,
    topTerms: top(terms, opts.topN ?? 10).map(([k, n]): [string, number] => [top(spellings.get(k)!, 1)[0]![0], n]),
    topSignals: top(signals, opts.topN ?? 10),
    escalatedThreads: threads.filter(
      (t) => (t.status === 'escalating' || t.status === 'crisis') && t.updatedAt >= opts.from && t.firstSeen <= opts.to,
    ),
    responseMs: { median: quantile(waits, 0.5), p90: quantile(waits, 0.9), answered: waits.length },
    templatesUsed: top(templates, 20),
    incidents: (opts.incidents ?? [])
      .filter(({ incident: i }) => i.startedAt <= opts.to && (i.closedAt ?? Infinity) >= opts.from)
      .sort((a, b) => a.incident.startedAt - b.incident.startedAt)
      .map(({ incident: i, history }) => {
        const sorted = [...history].sort((a, b) => a.at - b.at || (a.id ?? 0) - (b.id ?? 0));
        return {
          id: i.id,
          name: i.name,
          startedAt: i.startedAt,
          closedAt: i.closedAt,
          platforms: i.platforms,
          pages: i.pages,
          facts: factsInForce(sorted),
          history: sorted,
        };
      }),
  };
}
