/** Recording replies: the response event, the template's use, and the item's progress. */
import type { StormwatchDB } from './schema';
import type { FlaggedItem } from './types';

/** A reply was inserted into the page (or copied): log it, count the template, move the item on. */
export async function recordReply(
  db: StormwatchDB,
  item: FlaggedItem,
  templateId: string,
  how: 'inserted' | 'copied',
  opts: { agent?: string; now: number; override?: { claims: string[]; incidentId?: string } },
): Promise<void> {
  await db.transaction('rw', db.items, db.events, db.templates, async () => {
    // A reply claiming facts that were not declared is used only on an explicit override: logged with the agent's name.
    if (opts.override)
      await db.events.add({
        itemKey: item.key,
        type: 'claimOverride',
        at: opts.now,
        agent: opts.agent,
        templateId,
        claims: opts.override.claims,
        incidentId: opts.override.incidentId,
        note: `claims not declared: ${opts.override.claims.join(', ')}`,
      });
    await db.events.add({
      itemKey: item.key,
      type: how === 'inserted' ? 'replyInserted' : 'replyCopied',
      at: opts.now,
      agent: opts.agent,
      templateId,
    });
    await db.templates
      .where('id')
      .equals(templateId)
      .modify((t) => {
        t.usageCount += 1;
        t.lastUsedAt = opts.now;
      });
    const current = await db.items.get(item.key);
    if (!current) return;
    const patch: Partial<FlaggedItem> = { templateId, agent: opts.agent };
    if (current.status === 'new') {
      patch.status = 'inProgress';
      await db.events.add({
        itemKey: item.key,
        type: 'statusChanged',
        at: opts.now,
        agent: opts.agent,
        from: 'new',
        to: 'inProgress',
      });
    }
    await db.items.update(item.key, patch);
  });
}

/**
 * Template ids already inserted or copied for items of this thread (consistency guard): from the
 * response log, so a later reply with another template does not hide the earlier one.
 */
export async function templatesUsedInThread(db: StormwatchDB, threadKey: string): Promise<string[]> {
  const items = await db.items.where('threadKey').equals(threadKey).toArray();
  if (items.length === 0) return [];
  const events = await db.events
    .where('itemKey')
    .anyOf(items.map((i) => i.key))
    .toArray();
  const ids = [
    ...events.flatMap((e) =>
      e.templateId && (e.type === 'replyInserted' || e.type === 'replyCopied') ? [e.templateId] : [],
    ),
    ...items.flatMap((i) => (i.templateId ? [i.templateId] : [])),
  ];
  return [...new Set(ids)];
}

/** The user confirms the inserted reply was posted: the item becomes "replied" (logged). */
export async function confirmSent(db: StormwatchDB, key: string, opts: { agent?: string; now: number }): Promise<void> {
  await db.transaction('rw', db.items, db.events, async () => {
    const item = await db.items.get(key);
    if (!item) throw new Error(`No flagged item ${key}`);
    await db.events.add({
      itemKey: key,
      type: 'replySent',
      at: opts.now,
      agent: opts.agent,
      templateId: item.templateId,
    });
    if (item.status !== 'replied') {
      await db.events.add({
        itemKey: key,
        type: 'statusChanged',
        at: opts.now,
        agent: opts.agent,
        from: item.status,
        to: 'replied',
      });
      await db.items.update(key, {
        status: 'replied',
        respondedAt: item.respondedAt ?? opts.now,
        agent: item.agent ?? opts.agent,
      });
    }
  });
}
