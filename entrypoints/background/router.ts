/**
 * The background's message router: the single writer of flagged items. Every payload is
 * validated and every sender checked (docs/RELIABILITY.md A4, F4) before anything is written.
 */
import { browser } from 'wxt/browser';
import { onMessage, type MessageType } from '@/lib/messaging/protocol';
import { pageStatusSchema } from '@/lib/messaging/schemas';
import { isAllowed, senderKind, type SenderLike } from '@/lib/messaging/sender-policy';
import type { StormwatchDB } from '@/lib/db/schema';
import { getTabStatus, setTabStatus } from './tab-status';
import { openPanelFor } from './panel';
import { enableSite } from './sites';
import { spikeRefresher } from './spike-badge';
import { scoreComments } from './score';
import { handleObserved } from './observed';
import { createWriteQueue } from './write-queue';
import { retentionRunner } from './retention';

function check(type: MessageType, sender: SenderLike): void {
  const kind = senderKind(sender, browser.runtime.id, browser.runtime.getURL('/'));
  if (!isAllowed(type, kind)) throw new Error(`Message "${type}" is not allowed from a ${kind} sender`);
}

/** Register every background handler. Called synchronously from `main()` (A5). */
export function registerRouter(db: StormwatchDB): void {
  const checkSpike = spikeRefresher(db);
  const prune = retentionRunner(db);
  // Failed writes wait here and are retried (H7); a worker that restarts takes the queue back up.
  const queue = createWriteQueue(db, {
    now: () => Date.now(),
    setTimeout: (fn, ms) => setTimeout(fn, ms),
    onStored: () => checkSpike(),
  });
  void queue.flush().catch((e: unknown) => console.warn('[stormwatch] retry queue', e));
  prune();
  onMessage('scoreComments', ({ data, sender }) => {
    check('scoreComments', sender);
    return scoreComments(data);
  });

  onMessage('commentsObserved', async ({ data, sender }) => {
    check('commentsObserved', sender);
    // Checked row by row: one comment out of range does not cost the others (H1).
    const answer = await handleObserved(db, data, sender.tab?.id, Date.now(), queue);
    if (answer.stored > 0) {
      checkSpike();
      prune();
    }
    return answer;
  });

  onMessage('pageStatus', async ({ data, sender }) => {
    check('pageStatus', sender);
    const status = pageStatusSchema.parse(data);
    const tabId = sender.tab?.id ?? status.tabId;
    if (tabId !== undefined) await setTabStatus(tabId, status);
  });

  onMessage('openPanel', ({ data, sender }) => {
    check('openPanel', sender);
    // sidePanel.open must be the first call, synchronously, to keep the user gesture (A6).
    openPanelFor(sender.tab?.id, sender.tab?.windowId, String(data.itemKey).slice(0, 500));
  });

  onMessage('enableSite', async ({ data, sender }) => {
    check('enableSite', sender);
    return enableSite(Number(data.tabId), data.always === true);
  });

  onMessage('getTabStatus', async ({ data, sender }) => {
    check('getTabStatus', sender);
    return getTabStatus(Number(data.tabId));
  });
}
