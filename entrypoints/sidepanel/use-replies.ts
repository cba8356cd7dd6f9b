import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo, useState } from 'react';
import { db } from '@/lib/db/db';
import { confirmSent, recordReply, templatesUsedInThread } from '@/lib/db/replies';
import type { FlaggedItem } from '@/lib/db/types';
import { createSuggester, type Suggestion } from '@/lib/risk/suggest';
import { fillTemplate } from '@/lib/library/variables';
import type { Settings } from '@/lib/settings';
import { sendToPage, type TabState } from '@/lib/messaging/tab-channel';


/** Suggestions for the selected item, their filled previews, and the insert/copy actions. */
export function useReplies(item: FlaggedItem | undefined, settings: Settings | null, tab: TabState | undefined, say: (m: string) => void, pl: boolean) {
  const templates = useLiveQuery(() => db.templates.toArray(), []);
  const used = useLiveQuery(() => (item ? templatesUsedInThread(db, item.threadKey) : []), [item?.threadKey, item?.templateId]);
  const [ticket, setTicket] = useState('');
  const [busy, setBusy] = useState(false);
  const [awaitingSent, setAwaitingSent] = useState<string | null>(null);
  const suggester = useMemo(() => createSuggester(templates ?? []), [templates]);
  const suggestions: Suggestion[] = useMemo(
    () => (item ? suggester.suggest({ text: item.text, risk: item, language: item.language, usedInThread: used ?? [] }, 3) : []),
    [item, suggester, used],
  );
  const previews = useMemo(() => {
    const out: Record<string, string> = {};
    for (const s of suggestions) {
      out[s.template.id] = fillTemplate(
        s.template.body,
        { author: item?.author.replace(/^@/, ''), brand: settings?.brands[0], platform: item?.platform, agent: settings?.agentName, ticket },
        s.template.variables,
      );
    }
    return out;
  }, [suggestions, item, settings, ticket]);

  const agent = settings?.agentName || undefined;
  const copy = async (templateId: string, text: string) => {
    if (!item) return;
    await navigator.clipboard.writeText(text).catch(() => undefined);
    await recordReply(db, item, templateId, 'copied', { agent, now: Date.now() });
    say(pl ? 'Skopiowano do schowka.' : 'Copied to the clipboard.');
  };
  const insert = async (templateId: string, text: string, mode: 'append' | 'replace') => {
    if (!item || !tab) return;
    const t = templates?.find((x) => x.id === templateId);
    if (t?.status !== 'approved') {
      say(pl ? 'Wstawiać można tylko zatwierdzone szablony.' : 'Only approved templates can be inserted.');
      return;
    }
    setBusy(true);
    try {
      const outcome = await sendToPage(tab, 'insertReply', { commentId: item.commentId, text, mode });
      if (outcome?.ok) {
        await recordReply(db, item, templateId, 'inserted', { agent, now: Date.now() });
        setAwaitingSent(item.key);
        say(pl ? 'Wstawiono. Stormwatch niczego nie wysyła – opublikuj odpowiedź na stronie.' : 'Inserted. Stormwatch never sends: post the reply on the page.');
      } else if (outcome && !outcome.ok && outcome.copied) {
        await recordReply(db, item, templateId, 'copied', { agent, now: Date.now() });
        say(`${outcome.message} ${pl ? 'Tekst jest w schowku.' : 'The text is in the clipboard.'}`);
      } else {
        await copy(templateId, text);
        say(pl ? 'Nie znaleziono pola odpowiedzi na stronie: tekst skopiowano do schowka.' : 'No reply field found on the page: the text was copied to the clipboard.');
      }
    } finally {
      setBusy(false);
    }
  };
  const sent = async () => {
    if (!item) return;
    await confirmSent(db, item.key, { agent, now: Date.now() });
    setAwaitingSent(null);
  };
  return { suggestions, previews, ticket, setTicket, busy, insert, copy, sent, awaitingSent: !!item && awaitingSent === item.key };
}
