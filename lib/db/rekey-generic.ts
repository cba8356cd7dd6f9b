/**
 * Schema version 3's data change (docs/RELIABILITY.md H2): items and threads read on other sites
 * were keyed `generic:<element id>`, and `comment-505` is on every WordPress blog, so comments of
 * different sites overwrote each other. Each stored generic item and thread is re-keyed with the
 * host and path of the page it was seen on (`scopedGenericId`), together with its thread key,
 * parent id and the response log entries that point at it. Status, note and first-seen time are
 * fields of the record, so they move with it. A record already overwritten before this version
 * (another site's comment under the same key) cannot be told apart: it keeps the page it was
 * last seen on.
 */
import type { Transaction } from 'dexie';
import type { FlaggedItem, ThreadRecord } from './types';
import { scopedGenericId } from '@/lib/platforms/generic-key';

const PREFIX = 'generic:';
const bare = (key: string) => (key.startsWith(PREFIX) ? key.slice(PREFIX.length) : key);

export async function rekeyGenericItems(tx: Transaction): Promise<void> {
  const items = tx.table<FlaggedItem, string>('items');
  const events = tx.table<{ id?: number; itemKey: string }, number>('events');
  const threads = tx.table<ThreadRecord, string>('threads');

  for (const it of await items.where('platform').equals('generic').toArray()) {
    const id = scopedGenericId(it.commentId, it.pageUrl);
    if (id === it.commentId) continue;
    const key = `${PREFIX}${id}`;
    const moved: FlaggedItem = {
      ...it,
      key,
      commentId: id,
      threadKey: `${PREFIX}${scopedGenericId(bare(it.threadKey), it.pageUrl)}`,
    };
    if (it.parentId !== undefined) moved.parentId = scopedGenericId(it.parentId, it.pageUrl);
    await items.delete(it.key);
    await items.put(moved);
    await events.where('itemKey').equals(it.key).modify({ itemKey: key });
  }

  for (const t of await threads.where('platform').equals('generic').toArray()) {
    const threadId = scopedGenericId(t.threadId, t.pageUrl);
    if (threadId === t.threadId) continue;
    await threads.delete(t.key);
    await threads.put({ ...t, key: `${PREFIX}${threadId}`, threadId });
  }
}
