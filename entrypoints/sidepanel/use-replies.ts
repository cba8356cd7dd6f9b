import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback, useMemo, useState } from 'react';
import { useDb } from '@/components/DbContext';
import { confirmSent, recordReply, templatesUsedInThread } from '@/lib/db/replies';
import { listTemplates } from '@/lib/db/templates';
import type { FlaggedItem } from '@/lib/db/types';
import { createSuggester, wantedCategories, type Suggestion } from '@/lib/risk/suggest';
import { checkReply } from '@/lib/library/reply-check';
import { fillTemplate } from '@/lib/library/variables';
import type { CrisisStage, ReplyTemplate } from '@/lib/library/types';
import { sendToPage } from '@/lib/messaging/tab-channel';
import { pt } from '@/lib/i18n/panel';
import { agentOf, messageOf, type PanelEnv } from './env';

/** A warning about a reply before it is inserted, with why (a reply rule, docs/ARCHITECTURE.md). */
export interface ReplyWarning {
  code: string;
  text: string;
}

/** Suggestions for the selected item, filled previews, checks, and the insert/copy/sent actions. */
export function useReplies(item: FlaggedItem | undefined, env: PanelEnv, stage: CrisisStage | null) {
  const db = useDb();
  const { settings, tab, say, lang } = env;
  const templates = useLiveQuery(() => listTemplates(db), [db]);
  const used = useLiveQuery(() => (item ? templatesUsedInThread(db, item.threadKey) : []), [db, item?.threadKey, item?.templateId]);
  const [ticket, setTicket] = useState('');
  const [custom, setCustom] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);
  const [mode, setMode] = useState<'append' | 'replace'>('append');
  const [awaitingSent, setAwaitingSent] = useState<string | null>(null);
  const suggester = useMemo(() => createSuggester(templates ?? []), [templates]);
  const suggestions: Suggestion[] = useMemo(
    () => (item ? suggester.suggest({ text: item.text, risk: item, language: item.language, stage: stage ?? undefined, usedInThread: used ?? [] }, 3) : []),
    [item, suggester, used, stage],
  );
  const agent = agentOf(env);

  const fill = useCallback(
    (t: ReplyTemplate) =>
      fillTemplate(t.body, { ...custom, author: item?.author.replace(/^@/, ''), brand: settings?.brands[0], platform: item?.platform, agent: settings?.agentName, ticket }, t.variables),
    [custom, item, settings, ticket],
  );

  /** Warnings for a filled reply (the reply rules' checks; the comment decides what it calls for). */
  const check = useCallback(
    (text: string): ReplyWarning[] =>
      checkReply(text, { categories: item ? wantedCategories(item.text, item) : [] }).map((w) => ({ code: w.code, text: lang === 'pl' ? w.pl : w.en })),
    [item, lang],
  );

  /** Consistency guard: an approved template of the same tone and category not used in this thread yet. */
  const variantOf = useCallback(
    (t: ReplyTemplate): ReplyTemplate | undefined => {
      const usedIds = new Set(used ?? []);
      return (templates ?? []).find((x) => x.status === 'approved' && x.id !== t.id && !usedIds.has(x.id) && x.language === t.language && x.tone === t.tone && x.categories.some((c) => t.categories.includes(c)));
    },
    [templates, used],
  );

  const copy = async (templateId: string, text: string) => {
    if (!item) return;
    try {
      await navigator.clipboard.writeText(text);
    } catch {
      say(pt(lang, 'copy_failed'));
      return;
    }
    await recordReply(db, item, templateId, 'copied', { agent, now: Date.now() }).catch((e: unknown) => say(messageOf(e, lang)));
    say(pt(lang, 'copied'));
  };

  const insert = async (templateId: string, text: string, mode: 'append' | 'replace') => {
    if (!item || !tab) return;
    // Checked here too, not only by the disabled button: a template can be edited meanwhile.
    const t = await db.templates.get(templateId);
    if (t?.status !== 'approved') return say(pt(lang, 'insert_only_approved'));
    setBusy(true);
    const pl = lang === 'pl';
    try {
      const outcome = await sendToPage(tab, 'insertReply', { commentId: item.commentId, text, mode });
      if (outcome?.ok) {
        await recordReply(db, item, templateId, 'inserted', { agent, now: Date.now() });
        setAwaitingSent(item.key);
        say(pl ? 'Wstawiono. Stormwatch niczego nie wysyła – opublikuj odpowiedź na stronie.' : 'Inserted. Stormwatch never sends: post the reply on the page.');
      } else if (outcome && !outcome.ok && outcome.copied) {
        await recordReply(db, item, templateId, 'copied', { agent, now: Date.now() });
        say(`${outcome.message} ${pl ? 'Tekst jest w schowku.' : 'The text is in the clipboard.'}`);
      } else if (outcome && !outcome.ok) {
        say(outcome.message);
      } else {
        await copy(templateId, text);
        say(pl ? 'Nie znaleziono pola odpowiedzi na stronie: tekst skopiowano do schowka.' : 'No reply field found on the page: the text was copied to the clipboard.');
      }
    } catch (e) {
      say(messageOf(e, lang));
    } finally {
      setBusy(false);
    }
  };

  const sent = async () => {
    if (!item) return;
    await confirmSent(db, item.key, { agent, now: Date.now() }).catch((e: unknown) => say(messageOf(e, lang)));
    setAwaitingSent(null);
  };

  return {
    templates,
    used: used ?? [],
    suggestions,
    fill,
    check,
    variantOf,
    ticket,
    setTicket,
    custom,
    setCustom,
    mode,
    setMode,
    busy,
    insert,
    copy,
    sent,
    awaitingSent: !!item && awaitingSent === item.key,
  };
}

export type RepliesModel = ReturnType<typeof useReplies>;
