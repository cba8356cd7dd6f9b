/**
 * Marking: a comment whose score arrived is kept, counted in its thread, and badged when it is
 * flagged (or loses its badge when it no longer is); flagged comments are gathered for the next
 * report.
 */
import type { RawComment } from '@/lib/platforms/types';
import { hashId } from '@/lib/platforms/dom';
import { isFlagged, type RiskResult } from '@/lib/risk/types';
import { clampObserved } from '@/lib/messaging/clamp';
import { createBadge } from './highlight';
import { drop, setFlagged, type Entry, type ScanState } from './scan-state';

/** A comment's score arrived: keep it, update its thread and mark the comment if it still shows that text. */
export function acceptScore(s: ScanState, raw: RawComment, el: Element, result: RiskResult): void {
  const shown = s.seen.get(el);
  // The element changed since it was read (edited, or recycled for another comment): its
  // new content has been sent to be scored in turn.
  if (!shown || shown.id !== raw.id || shown.text !== raw.text) return;
  const entry = s.entries.get(raw.id);
  s.counts.classified++;
  const fresh: Entry = { raw, result, el: new WeakRef(el), badge: entry?.badge, flagged: entry?.flagged };
  if (entry) s.threads.update(raw, result);
  else s.threads.add(raw, result, s.deps.now());
  s.entries.set(raw.id, fresh);
  markComment(s, fresh, el, raw);
}

export function markComment(s: ScanState, entry: Entry, el: Element, raw: RawComment): void {
  const { deps, ignores } = s;
  const flag =
    isFlagged(entry.result, deps.settings.sensitivity) && !ignores.author(raw.author) && !ignores.thread(raw.threadId);
  if (!flag) {
    setFlagged(s, entry, false);
    drop(s, entry.badge);
    entry.badge = undefined;
    return;
  }
  // A comment the page removed before its score came back is reported, not badged.
  if (el.isConnected && (!entry.badge || !entry.badge.alive())) entry.badge = badgeFor(s, el, raw);
  entry.badge?.update(entry.result, raw.text);
  setFlagged(s, entry, true);
  // Within the background's limits: a long text is cut with a marker, never refused (H1).
  s.changedComments.push(clampObserved({ ...raw, risk: entry.result, textHash: hashId(raw.text) }));
}

function badgeFor(s: ScanState, el: Element, raw: RawComment) {
  const { doc, adapter, deps } = s;
  const key = `${raw.platform}:${raw.id}`;
  return createBadge(
    doc,
    () => adapter.badgeAnchor?.(el) ?? el,
    el as HTMLElement,
    deps.lang,
    () => deps.openPanel(key),
    {
      whenNear: deps.whenNear,
      onBuilt: (host) => s.owners.set(host, el),
    },
  );
}
