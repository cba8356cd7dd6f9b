/**
 * `npm run scan -- page.html --health`: which of the reader's selectors match how many elements
 * of a saved page (lib/platforms/health.ts), as text.
 */
import { adapterFor, platforms } from '@/lib/platforms/index';
import { adapterHealth, healthRows, type SelectorHealth } from '@/lib/platforms/health';
import type { PlatformId } from '@/lib/platforms/types';
import { detectPlatform } from './scan-page';

export type { HealthRow, SelectorHealth as HealthReport } from '@/lib/platforms/health';

/**
 * The report for one page: the adapter given or detected; when none is recognised, the root,
 * comment and placeholder selectors of every platform.
 */
export function healthReport(doc: Document, platform?: PlatformId): SelectorHealth {
  const id = platform ?? detectPlatform(doc);
  const adapter = id ? adapterFor(id) : undefined;
  if (adapter) return adapterHealth(doc, adapter);
  const pending = platforms.some((p) => p.commentsPending?.(doc) === true);
  const rows = platforms
    .filter((p) => p.id !== 'demo' && p.id !== 'generic')
    .flatMap((p) => {
      const names = [p.health?.root ?? 'root', p.health?.comment ?? 'comment', 'pendingTree'];
      return names
        .filter((n) => p.selectors[n] !== undefined)
        .flatMap((n) => healthRows(doc, `${p.id}.${n}`, p.selectors[n]!));
    });
  return { platform: undefined, comments: 0, pending, rows };
}

/** The report as text: a summary line, then one line per selector with its count. */
export function formatHealth(r: SelectorHealth): string {
  const head = r.platform
    ? `platform: ${r.platform}${r.strategy ? ` (strategy ${r.strategy})` : ''}; comments read: ${r.comments}${r.pending ? '; more comments not loaded yet (placeholder)' : ''}`
    : `no comment section recognised${r.pending ? '; comments not loaded yet (placeholder in the page)' : ''}; root and comment selectors of each platform:`;
  const width = Math.max(4, ...r.rows.map((x) => x.name.length));
  const lines = r.rows.map(
    (x) => `${String(x.count < 0 ? 'invalid' : x.count).padStart(7)}  ${x.name.padEnd(width)}  ${x.selector}`,
  );
  return [head, ...lines].join('\n');
}
