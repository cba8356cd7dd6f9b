/**
 * `npm run scan`: read a saved page of a supported platform with the same adapter and risk
 * engine the extension uses, and produce one record per comment with its thread's escalation.
 */
import { pickStrategy } from '@/lib/platforms/generic';
import { platforms, adapterFor } from '@/lib/platforms/index';
import type { PlatformAdapter, PlatformId, RawComment } from '@/lib/platforms/types';
import { classify } from '@/lib/risk/classify';
import { scoreThread, type ThreadComment } from '@/lib/risk/escalation';
import { withPublished } from '@/lib/platforms/published';
import type { RiskContext } from '@/lib/risk/types';
import { InputError } from './read-records';
import { riskFields } from './score-record';

/** The platform whose adapter finds comments in this document (specific platforms first). */
export function detectPlatform(doc: Document): PlatformId | undefined {
  for (const p of platforms) {
    if (p.id === 'demo' || p.id === 'generic') continue;
    if (p.findRoots(doc).some((r) => p.findComments(r).length > 0)) return p.id;
  }
  // Any other site: the generic adapter's known comment systems and heuristics.
  return pickStrategy(doc) ? 'generic' : undefined;
}

function readAll(adapter: PlatformAdapter, doc: Document, url: string, now: number): RawComment[] {
  const seen = new Set<string>();
  const out: RawComment[] = [];
  for (const root of adapter.findRoots(doc)) {
    for (const el of adapter.findComments(root)) {
      const c = withPublished(adapter.readComment(el, url), now);
      if (c && !seen.has(c.id)) {
        seen.add(c.id);
        out.push(c);
      }
    }
  }
  return out;
}

/** Scan a parsed page; `url` is where it was saved from (for permalinks). */
export function scanDocument(
  doc: Document,
  opts: { platform?: PlatformId; url?: string; now?: number; ctx?: RiskContext } = {},
): Record<string, unknown>[] {
  const id = opts.platform ?? detectPlatform(doc);
  if (!id) {
    const pending = platforms.find((p) => p.commentsPending?.(doc));
    if (pending)
      throw new InputError(
        `${pending.label} comments are not loaded yet in this page: it holds a placeholder the site fills after load (save the page once the comments show)`,
      );
    throw new InputError('no supported comment section recognised in this page (try --platform)');
  }
  const adapter = adapterFor(id);
  if (!adapter) throw new InputError(`unknown platform "${id}"`);
  const url = opts.url ?? doc.location?.href ?? 'https://example.invalid/';
  const now = opts.now ?? Date.now();
  const comments = readAll(adapter, doc, url, now);
  if (comments.length === 0 && adapter.commentsPending?.(doc))
    throw new InputError(
      `${adapter.label} comments are not loaded yet in this page: it holds a placeholder the site fills after load (save the page once the comments show)`,
    );
  if (comments.length === 0) throw new InputError(`no ${adapter.label} comments found in this page`);
  const scored = comments.map((c) => ({ c, r: classify(c.text, opts.ctx) }));
  const byThread = new Map<string, ThreadComment[]>();
  for (const { c, r } of scored) {
    const time = c.publishedAt ? Date.parse(c.publishedAt) : undefined;
    const list = byThread.get(c.threadId) ?? [];
    list.push({
      id: c.id,
      parentId: c.parentId,
      author: c.author,
      text: c.text,
      time: Number.isFinite(time) ? time : undefined,
      likes: c.likes,
      risk: r,
    });
    byThread.set(c.threadId, list);
  }
  const threads = new Map([...byThread].map(([t, list]) => [t, scoreThread(list, now, opts.ctx)]));
  return scored.map(({ c, r }) => {
    const t = threads.get(c.threadId)!;
    return {
      ...c,
      ...riskFields(r),
      thread: { status: t.status, score: Number(t.score.toFixed(4)), reasons: t.reasons.map((x) => x.label) },
    };
  });
}
