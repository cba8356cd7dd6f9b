/**
 * Figures for the dashboard and the crisis report, from stored records: counts by severity,
 * platform and status, flagged volume over time, top terms and signals, escalated threads,
 * response times and the templates used (by title). Volume follows clock hours and calendar days
 * of the reader's time zone, never rolling windows from the start of the period. Pure.
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
  /** The time zone the buckets follow (IANA name): days start at midnight there. */
  timeZone: string;
  total: number;
  bySeverity: Record<string, number>;
  byPlatform: Record<string, number>;
  byStatus: Record<string, number>;
  /** Flagged items per bucket: clock hours for up to 3 days, calendar days beyond (in `timeZone`). */
  volume: Array<{ start: number; count: number }>;
  bucketMs: number;
  topTerms: Array<[string, number]>;
  topSignals: Array<[string, number]>;
  escalatedThreads: ThreadRecord[];
  responseMs: { median: number | null; p90: number | null; answered: number };
  /** Templates inserted, most used first; `title` is missing for a template deleted since. */
  templatesUsed: Array<{ id: string; title?: string; count: number }>;
  /** Incidents that overlap the period, oldest first. */
  incidents: ReportIncident[];
}

export interface ReportOptions {
  from: number;
  to: number;
  topN?: number;
  incidents?: ReadonlyArray<{ incident: Incident; history: readonly FactEvent[] }>;
  /** Words never listed as top terms (the brand's own names: they are in every complaint). */
  excludeTerms?: readonly string[];
  /** Template titles by id, to name the templates used. */
  templateTitles?: ReadonlyMap<string, string>;
  /** IANA time zone of the calendar days; the runtime's own zone when missing. */
  timeZone?: string;
}

const quantile = (xs: number[], q: number) =>
  xs.length ? [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.ceil(q * xs.length) - 1)]! : null;
const count = <T>(xs: T[], key: (x: T) => string) =>
  xs.reduce<Record<string, number>>((m, x) => ((m[key(x)] = (m[key(x)] ?? 0) + 1), m), {});
const top = (m: Map<string, number>, n: number) =>
  [...m].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, n);

const wallClocks = new Map<string, Intl.DateTimeFormat>();
/** How far the wall clock of `timeZone` is ahead of UTC at `ms` (negative west of Greenwich). */
export function zoneOffset(ms: number, timeZone: string): number {
  let f = wallClocks.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    wallClocks.set(timeZone, f);
  }
  const p = Object.fromEntries(f.formatToParts(ms).map((x) => [x.type, Number(x.value)]));
  const wall = Date.UTC(p.year!, p.month! - 1, p.day!, p.hour!, p.minute!, p.second!);
  return wall - Math.floor(ms / 1000) * 1000;
}

/** When the clock hour (`unit` HOUR) or calendar day (`unit` DAY) holding `ms` began in `timeZone`. */
export function startOf(ms: number, unit: number, timeZone: string): number {
  const wall = Math.floor((ms + zoneOffset(ms, timeZone)) / unit) * unit;
  // The offset at the start can differ from the one at `ms` (a daylight-saving change that day).
  return wall - zoneOffset(wall - zoneOffset(ms, timeZone), timeZone);
}

/**
 * The period cut into clock hours or calendar days of `timeZone`, as bucket starts plus the end
 * of the last bucket (at most 400 buckets; a day is 23 to 25 hours around a clock change).
 */
function bucketBounds(from: number, to: number, unit: number, timeZone: string): number[] {
  const bounds = [startOf(from, unit, timeZone)];
  // Half a unit past the start is inside the next hour or day whatever the clock change.
  const next = (s: number) => startOf(s + unit + unit / 2, unit, timeZone);
  while (bounds[bounds.length - 1]! <= to && bounds.length <= 400) bounds.push(next(bounds[bounds.length - 1]!));
  return bounds;
}

/** Flagged items per hour or calendar day: the bucket of an item is the one its time falls in. */
function volumeOf(items: readonly FlaggedItem[], opts: ReportOptions, timeZone: string) {
  const bucketMs = opts.to - opts.from <= 3 * DAY ? HOUR : DAY;
  const bounds = bucketBounds(opts.from, opts.to, bucketMs, timeZone);
  const volume = bounds.slice(0, -1).map((start) => ({ start, count: 0 }));
  for (const it of items) {
    let lo = 0;
    let hi = bounds.length - 1;
    if (it.firstSeen < bounds[0]! || it.firstSeen >= bounds[hi]!) continue;
    while (hi - lo > 1) {
      const mid = (lo + hi) >> 1;
      if (it.firstSeen >= bounds[mid]!) lo = mid;
      else hi = mid;
    }
    volume[lo]!.count++;
  }
  return { volume, bucketMs };
}

/** Normalised forms of the brand's names: never listed as top terms. */
const excludedForms = (terms: readonly string[] = []) =>
  new Set(terms.flatMap((b) => b.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).map((w) => normalizeText(w)));

/** The words of one item, each once, keyed by the form the risk engine compares. */
function wordsOf(it: FlaggedItem): Map<string, string> {
  const seen = new Map<string, string>();
  for (const r of it.reasons) if (r.term) seen.set(normalizeText(r.term.toLowerCase()), r.term.toLowerCase());
  for (const w of it.text.toLowerCase().match(/[\p{L}]{4,}/gu) ?? []) {
    const k = normalizeText(w);
    if (!STOP.has(k) && !seen.has(k)) seen.set(k, w);
  }
  return seen;
}

/**
 * Top terms, counted once per item in the form the risk engine compares (no diacritics: "bandą"
 * and "banda" are one word), shown in the spelling used most.
 */
function topTermsOf(items: readonly FlaggedItem[], excludeTerms: readonly string[] | undefined, n: number) {
  const excluded = excludedForms(excludeTerms);
  const terms = new Map<string, number>();
  const spellings = new Map<string, Map<string, number>>();
  for (const it of items) {
    for (const [k, w] of wordsOf(it)) {
      // "Zefira", "Zefirze": a brand's inflected forms start with it.
      if (excluded.has(k) || [...excluded].some((b) => b.length >= 4 && k.startsWith(b))) continue;
      terms.set(k, (terms.get(k) ?? 0) + 1);
      const forms = spellings.get(k) ?? new Map<string, number>();
      forms.set(w, (forms.get(w) ?? 0) + 1);
      spellings.set(k, forms);
    }
  }
  return top(terms, n).map(([k, c]): [string, number] => [top(spellings.get(k)!, 1)[0]![0], c]);
}

function topSignalsOf(items: readonly FlaggedItem[], n: number) {
  const signals = new Map<string, number>();
  for (const it of items)
    for (const s of CRISIS_SIGNALS) if (it.signals[s] >= 0.5) signals.set(s, (signals.get(s) ?? 0) + 1);
  return top(signals, n);
}

const responds = (e: ResponseEvent) =>
  e.type === 'replyInserted' ||
  e.type === 'replySent' ||
  e.type === 'replyCopied' ||
  (e.type === 'statusChanged' && (e.to === 'replied' || e.to === 'resolved' || e.to === 'escalated'));

/** Time to first response of the items (from when each was posted) and the templates inserted. */
function responsesOf(
  items: readonly FlaggedItem[],
  events: readonly ResponseEvent[],
  titles?: ReadonlyMap<string, string>,
) {
  const keys = new Set(items.map((i) => i.key));
  const firstResponse = new Map<string, number>();
  const templates = new Map<string, number>();
  for (const e of events) {
    if (!keys.has(e.itemKey)) continue;
    if (responds(e) && (firstResponse.get(e.itemKey) ?? Infinity) > e.at) firstResponse.set(e.itemKey, e.at);
    if (e.templateId && e.type === 'replyInserted') templates.set(e.templateId, (templates.get(e.templateId) ?? 0) + 1);
  }
  // From when the comment was posted, not when Stormwatch happened to read it.
  const waits = items.flatMap((i) =>
    firstResponse.has(i.key) ? [Math.max(0, firstResponse.get(i.key)! - postedAt(i))] : [],
  );
  return {
    responseMs: { median: quantile(waits, 0.5), p90: quantile(waits, 0.9), answered: waits.length },
    templatesUsed: top(templates, 20).map(([id, c]) => ({ id, title: titles?.get(id), count: c })),
  };
}

function incidentsOf(opts: ReportOptions): ReportIncident[] {
  return (opts.incidents ?? [])
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
    });
}

/** Build the report for items first seen in [from, to]. */
export function buildReport(
  items: FlaggedItem[],
  events: ResponseEvent[],
  threads: ThreadRecord[],
  opts: ReportOptions,
): ReportData {
  const timeZone = opts.timeZone ?? Intl.DateTimeFormat().resolvedOptions().timeZone;
  const inRange = items.filter((i) => i.firstSeen >= opts.from && i.firstSeen <= opts.to);
  return {
    from: opts.from,
    to: opts.to,
    timeZone,
    total: inRange.length,
    bySeverity: count(inRange, (i) => i.severity),
    byPlatform: count(inRange, (i) => i.platform),
    byStatus: count(inRange, (i) => i.status),
    ...volumeOf(inRange, opts, timeZone),
    topTerms: topTermsOf(inRange, opts.excludeTerms, opts.topN ?? 10),
    topSignals: topSignalsOf(inRange, opts.topN ?? 10),
    escalatedThreads: threads.filter(
      (t) => (t.status === 'escalating' || t.status === 'crisis') && t.updatedAt >= opts.from && t.firstSeen <= opts.to,
    ),
    ...responsesOf(inRange, events, opts.templateTitles),
    incidents: incidentsOf(opts),
  };
}
