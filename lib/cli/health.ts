/**
 * `npm run scan -- page.html --health`: which of the reader's selectors match how many elements
 * of a page, so a changed layout is diagnosed from one saved page.
 */
import { pickStrategy } from '@/lib/platforms/generic';
import { adapterFor, platforms } from '@/lib/platforms/index';
import { splitSelectorList } from '@/lib/platforms/dom';
import type { PlatformAdapter, PlatformId } from '@/lib/platforms/types';
import { detectPlatform } from './scan-page';

export interface HealthRow {
  /** The selector's name in the adapter (or the generic strategy's field). */
  name: string;
  selector: string;
  /** Elements it matches in the whole page; -1 when this browser cannot parse it. */
  count: number;
}

export interface HealthReport {
  platform: PlatformId | undefined;
  /** The generic reader's strategy, when the page is read by it. */
  strategy?: string;
  /** Comments the reader gets from the page (as the scanner reads them, once per id). */
  comments: number;
  /** True when the page holds a placeholder for comments still to load. */
  pending: boolean;
  rows: HealthRow[];
}

function count(doc: Document, selector: string): number {
  try {
    return doc.querySelectorAll(selector).length;
  } catch {
    return -1;
  }
}

/** Every alternative of a selector list or chain, each with its own count. */
function rowsFor(doc: Document, name: string, selectors: string | readonly string[]): HealthRow[] {
  const list = typeof selectors === 'string' ? splitSelectorList(selectors) : selectors.flatMap((s) => splitSelectorList(s));
  return list.map((selector) => ({ name, selector, count: count(doc, selector) }));
}

function readCount(adapter: PlatformAdapter, doc: Document): number {
  const ids = new Set<string>();
  for (const root of adapter.findRoots(doc))
    for (const el of adapter.findComments(root)) {
      const c = adapter.readComment(el, doc.location?.href ?? 'https://example.invalid/');
      if (c) ids.add(c.id);
    }
  return ids.size;
}

/**
 * The report for one page: the adapter given or detected; when none is recognised, the comment
 * and root selectors of every adapter (all 0, or the one that almost matched).
 */
export function healthReport(doc: Document, platform?: PlatformId): HealthReport {
  const id = platform ?? detectPlatform(doc);
  const pending = platforms.some((p) => p.commentsPending?.(doc) === true);
  if (!id) {
    const rows = platforms
      .filter((p) => p.id !== 'demo' && p.id !== 'generic')
      .flatMap((p) => {
        const names = [p.health?.root ?? 'root', p.health?.comment ?? 'comment', 'pendingTree'];
        return names.filter((n) => p.selectors[n] !== undefined).flatMap((n) => rowsFor(doc, `${p.id}.${n}`, p.selectors[n]!));
      });
    return { platform: undefined, comments: 0, pending, rows };
  }
  const adapter = adapterFor(id)!;
  if (id === 'generic') {
    const s = pickStrategy(doc);
    const fields = ['root', 'comment', 'title', 'text', 'author', 'time', 'permalink', 'indent', 'repliesAfter', 'likes', 'replyButton', 'loadMore'] as const;
    const rows = s ? fields.flatMap((f) => (typeof s[f] === 'string' ? rowsFor(doc, f, s[f]) : [])) : [];
    return { platform: id, strategy: s?.name, comments: readCount(adapter, doc), pending, rows };
  }
  const rows = Object.entries(adapter.selectors).flatMap(([name, sel]) => rowsFor(doc, name, sel));
  return { platform: id, comments: readCount(adapter, doc), pending, rows };
}

/** The report as text: a summary line, then one line per selector with its count. */
export function formatHealth(r: HealthReport): string {
  const head = r.platform
    ? `platform: ${r.platform}${r.strategy ? ` (strategy ${r.strategy})` : ''}; comments read: ${r.comments}${r.pending ? '; more comments not loaded yet (placeholder)' : ''}`
    : `no comment section recognised${r.pending ? '; comments not loaded yet (placeholder in the page)' : ''}; root and comment selectors of each platform:`;
  const width = Math.max(4, ...r.rows.map((x) => x.name.length));
  const lines = r.rows.map((x) => `${String(x.count < 0 ? 'invalid' : x.count).padStart(7)}  ${x.name.padEnd(width)}  ${x.selector}`);
  return [head, ...lines].join('\n');
}
