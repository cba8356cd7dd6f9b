/**
 * Which of a reader's selectors match how many elements of a page: the health report shown by
 * `npm run scan -- page.html --health` and in the side panel, so a changed layout is diagnosed
 * from the page itself.
 */
import { splitSelectorList } from './dom';
import type { PlatformAdapter, PlatformId, SelectorChain } from './types';

export interface HealthRow {
  /** The selector's name in the adapter (or the generic strategy's field). */
  name: string;
  selector: string;
  /** Elements it matches in the whole page; -1 when this browser cannot parse it. */
  count: number;
}

export interface SelectorHealth {
  platform: PlatformId | undefined;
  /** The generic reader's strategy, when the page is read by it. */
  strategy?: string;
  /** Comments the reader gets from the page (once per id). */
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
export function healthRows(doc: Document, name: string, selectors: SelectorChain): HealthRow[] {
  const list =
    typeof selectors === 'string' ? splitSelectorList(selectors) : selectors.flatMap((s) => splitSelectorList(s));
  return list.map((selector) => ({ name, selector, count: count(doc, selector) }));
}

function readCount(adapter: PlatformAdapter, doc: Document): number {
  const ids = new Set<string>();
  const url = doc.location?.href ?? 'https://example.invalid/';
  for (const root of adapter.findRoots(doc))
    for (const el of adapter.findComments(root)) {
      const c = adapter.readComment(el, url);
      if (c) ids.add(c.id);
    }
  return ids.size;
}

/** The report for one adapter on one page (the selectors it is using now, for the generic reader). */
export function adapterHealth(doc: Document, adapter: PlatformAdapter): SelectorHealth {
  const active = adapter.activeSelectors?.(doc);
  const selectors = active ? active.selectors : adapter.selectors;
  return {
    platform: adapter.id,
    strategy: active?.name,
    comments: readCount(adapter, doc),
    pending: adapter.commentsPending?.(doc) === true,
    rows: Object.entries(selectors).flatMap(([name, sel]) => healthRows(doc, name, sel)),
  };
}
