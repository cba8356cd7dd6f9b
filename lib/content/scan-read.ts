/**
 * The scanner's reading: which nodes to read (the comment roots, then only what the page adds or
 * changes, from a MutationObserver per root), and reading a comment from its element.
 */
import { withPublished } from '@/lib/platforms/published';
import type { PlatformAdapter, RawComment } from '@/lib/platforms/types';
import { clampId } from '@/lib/messaging/clamp';
import { drop, later, ours, setFlagged, type ScanState } from './scan-state';
import type { ScoreRequests } from './scan-score';
import { markComment } from './scan-mark';

/** Queues the nodes the page added or changed; `changed` is called when there is something to read. */
export function mutationHandler(s: ScanState, changed: () => void): (records: MutationRecord[]) => void {
  return (records) => {
    for (const r of records) {
      if (ours(r.target)) continue;
      // Only our own badges or banners came or went: nothing of the page changed.
      if (r.type === 'childList' && !queueChildren(s, r)) continue;
      // A change inside a comment we know (edited text, or a recycled node filled with other
      // content) re-reads that comment.
      let el: Element | null = r.target.nodeType === 1 ? (r.target as Element) : r.target.parentElement;
      while (el && !s.seen.has(el)) el = el.parentElement;
      if (el) s.queue.push(el);
    }
    if (s.queue.length > 0 || s.pruneDue) changed();
  };
}

/**
 * Queues the page's added elements and the comment of each badge the page removed (it is read
 * again and gets its badge back). Whether anything of the page came or went.
 */
function queueChildren(s: ScanState, r: MutationRecord): boolean {
  let foreign = false;
  const added = r.addedNodes;
  for (let i = 0; i < added.length; i++) {
    const n = added[i]!;
    if (ours(n)) continue;
    foreign = true;
    if (n.nodeType === 1) s.queue.push(n);
  }
  const removed = r.removedNodes;
  for (let i = 0; i < removed.length; i++) {
    const n = removed[i]!;
    if (!ours(n)) {
      foreign = true;
      if (n.nodeType === 1) s.pruneDue = true;
    } else if (!s.dropped.has(n)) {
      const owner = s.owners.get(n);
      if (owner?.isConnected) s.queue.push(owner);
    }
  }
  return foreign;
}

/**
 * Observes the comment roots the adapter finds (and lets go of those that left the page). While
 * there is none, a throttled watcher on the body looks again: comment sections often appear late
 * (lazy panels, SPA swaps). `onRoots` is called after each such look.
 */
export function createRootFinder(
  s: ScanState,
  onMutations: (records: MutationRecord[]) => void,
  schedule: () => void,
  onRoots: () => void,
) {
  let rootWatcher: MutationObserver | null = null;
  const observe = (root: Element) => {
    if (s.observed.has(root)) return;
    const mo = new MutationObserver(onMutations);
    mo.observe(root, { childList: true, subtree: true, characterData: true });
    s.observed.set(root, mo);
    s.queue.push(root);
    schedule();
  };
  const findRoots = () => {
    for (const [root, mo] of s.observed) {
      if (!root.isConnected) {
        mo.disconnect();
        s.observed.delete(root);
      }
    }
    for (const root of s.adapter.findRoots(s.doc)) observe(root);
    if (s.observed.size > 0) {
      rootWatcher?.disconnect();
      rootWatcher = null;
    } else if (!rootWatcher && s.doc.body) rootWatcher = watchForRoot(s, findRoots, onRoots);
  };
  return {
    findRoots,
    disconnect: () => rootWatcher?.disconnect(),
  };
}

function watchForRoot(s: ScanState, findRoots: () => void, onRoots: () => void): MutationObserver {
  let pending = false;
  const watcher = new MutationObserver(() => {
    if (pending) return;
    pending = true;
    later(
      s,
      () => {
        pending = false;
        findRoots();
        // A placeholder replaced by an empty section: "not loaded yet" is over.
        onRoots();
      },
      200,
    );
  });
  watcher.observe(s.doc.body, { childList: true, subtree: true });
  return watcher;
}

/** Reads one comment element: a new or changed text goes to be scored, a known one is marked again. */
export function readComment(s: ScanState, requests: ScoreRequests, el: Element, url: string): void {
  const { adapter, entries, seen } = s;
  const raw = scoped(adapter, withPublished(adapter.readComment(el, url), s.deps.now()), url);
  s.counts.scanned++;
  if (!raw) return;
  const prev = seen.get(el);
  const known = prev && prev.id === raw.id && prev.text === raw.text ? entries.get(raw.id) : undefined;
  // Unchanged, and its badge (if any) still in the page: nothing to do.
  if (known && (!known.badge || known.badge.alive())) return;
  if (prev && prev.id !== raw.id) {
    // A recycled node now shows another comment: the old badge must not stay on it.
    const old = entries.get(prev.id);
    drop(s, old?.badge);
    if (old) {
      old.badge = undefined;
      setFlagged(s, old, false);
    }
  }
  seen.set(el, { id: raw.id, text: raw.text });
  const entry = entries.get(raw.id);
  if (!entry || entry.raw.text !== raw.text) {
    requests.request(raw, el);
    return;
  }
  entry.el = new WeakRef(el);
  markComment(s, entry, el, raw);
}

/**
 * The comment with the ids it is stored under: scoped by the adapter (`scopeId`, H2) and within
 * the background's length limit (H1), so the panel finds it here by the id it has in the queue.
 */
export function scoped(adapter: PlatformAdapter, raw: RawComment | null, url: string): RawComment | null {
  if (!raw) return raw;
  const scope = adapter.scopeId;
  const key = (id: string) => clampId(scope ? scope(id, url) : id);
  const id = key(raw.id);
  const threadId = key(raw.threadId);
  const parentId = raw.parentId === undefined ? undefined : key(raw.parentId);
  if (id === raw.id && threadId === raw.threadId && parentId === raw.parentId) return raw;
  return { ...raw, id, threadId, ...(parentId === undefined ? {} : { parentId }) };
}
