import { useCallback } from 'react';
import { useDb } from '@/components/DbContext';
import { changeStatus, dismissAuthor, dismissThread, isOpenForDismissal } from '@/lib/db/items';
import { assignMany, changeStatusMany } from '@/lib/db/triage';
import { toggleAuthorTag, type AuthorTag } from '@/lib/db/authors';
import type { FlaggedItem, ItemStatus } from '@/lib/db/types';
import { settingsItem, withDefaults } from '@/lib/settings';
import { sendToPage } from '@/lib/messaging/tab-channel';
import { useT } from '@/lib/i18n/react';
import { agentOf, messageOf, type PanelEnv } from './env';

/** What the user can do with a flagged item: status, false positive, author tags, show on page. */
export function useItemActions(env: PanelEnv) {
  const db = useDb();
  const { say, lang, tab } = env;
  const t = useT();
  const agent = agentOf(env);

  const setStatus = useCallback(
    (item: FlaggedItem, status: ItemStatus, note?: string) =>
      changeStatus(db, item.key, status, { agent, note, now: Date.now() }).catch((e: unknown) =>
        say(messageOf(e, lang)),
      ),
    [db, agent, say, lang],
  );

  /** Explain and correct: a local override applied at once (content scripts watch the settings). */
  const falsePositive = useCallback(
    async (item: FlaggedItem, kind: 'phrase' | 'author' | 'thread', value: string) => {
      try {
        const now = Date.now();
        if (kind === 'thread') await dismissThread(db, value, { agent, note: 'false positive: thread', now });
        // The author's other open items too, as the confirmation listed them.
        if (kind === 'author')
          await dismissAuthor(db, item.platform, value, { agent, note: 'false positive: author', now });
        // A durable override the content scripts apply at once, for later comments of the thread too.
        // Read the stored value, not the rendered one: another panel may have changed it meanwhile.
        const s = withDefaults(await settingsItem.getValue());
        const field = kind === 'phrase' ? 'ignoredPhrases' : kind === 'author' ? 'ignoredAuthors' : 'ignoredThreads';
        await settingsItem.setValue({ ...s, [field]: [...new Set([...s[field], value])] });
        // dismissThread already logged the open items of the thread, this one included.
        const alreadyDismissed = kind !== 'phrase' && isOpenForDismissal(item);
        if (!alreadyDismissed)
          await changeStatus(db, item.key, 'dismissed', { agent, note: `false positive: ${kind} "${value}"`, now });
        say(t('fp_done'), 'success');
      } catch (e) {
        say(messageOf(e, lang));
      }
    },
    [db, agent, say, lang, t],
  );

  const toggleTag = useCallback(
    (item: FlaggedItem, tag: AuthorTag) =>
      toggleAuthorTag(db, item.platform, item.author, tag).catch((e: unknown) => say(messageOf(e, lang))),
    [db, say, lang],
  );

  /** Scroll to the comment and pulse its badge; a typed failure, never a rejection (docs/RELIABILITY.md A3). */
  const focus = useCallback(
    async (item: FlaggedItem, quiet = false) => {
      const r = tab ? await sendToPage(tab, 'focusComment', { commentId: item.commentId }) : null;
      // Selecting follows along quietly; only an explicit "show" reports a comment that is elsewhere.
      if (!r?.found && !quiet) say(t('not_on_page'));
    },
    [tab, say, t],
  );

  /** A status for many items at once (one transaction). */
  const bulkStatus = useCallback(
    (keys: readonly string[], status: ItemStatus) =>
      changeStatusMany(db, keys, status, { agent, now: Date.now() }).then(
        (n) => say(t('bulk_done', { count: n }), 'success'),
        (e: unknown) => say(messageOf(e, lang)),
      ),
    [db, agent, say, lang, t],
  );

  const assign = useCallback(
    (keys: readonly string[], name: string) =>
      assignMany(db, keys, name).then(
        (n) => say(t('bulk_done', { count: n }), 'success'),
        (e: unknown) => say(messageOf(e, lang)),
      ),
    [db, say, lang, t],
  );

  return { setStatus, falsePositive, toggleTag, focus, bulkStatus, assign };
}
