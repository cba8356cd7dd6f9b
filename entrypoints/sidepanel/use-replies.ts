import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback, useMemo, useState } from 'react';
import { useDb } from '@/components/DbContext';
import { confirmSent, recordReply, templatesUsedInThread } from '@/lib/db/replies';
import { closeIncident, createIncident, factHistory, incidentFor, setFact } from '@/lib/db/incidents';
import { listTemplates } from '@/lib/db/templates';
import type { FlaggedItem } from '@/lib/db/types';
import { claimsBeyond, createSuggester, situationOf, type Suggestion } from '@/lib/risk/suggest';
import { checkReply, type FilledSlot } from '@/lib/library/reply-check';
import { detectClaims } from '@/lib/library/claims';
import { FACTS, stageFromFacts, type Fact, type FactEvent, type Incident } from '@/lib/library/facts';
import { fillTemplate } from '@/lib/library/variables';
import type { CrisisStage, ReplyTemplate, VariableForm } from '@/lib/library/types';
import { sendToPage } from '@/lib/messaging/tab-channel';
import { useT } from '@/lib/i18n/react';
import { warningText } from '@/lib/i18n/names';
import { agentOf, messageOf, type PanelEnv } from './env';

/** A warning about a reply before it is inserted, with why (the playbook rule). */
export interface ReplyWarning {
  code: string;
  text: string;
}

const NO_FACTS: Fact[] = [];
const FORM_TOKEN = /\{\{\s*([A-Za-z_][A-Za-z0-9_]*):(nom|gen|dat|acc|ins|loc)\s*\}\}/g;

/**
 * Suggestions for the selected item under the facts of the incident that covers its page, filled
 * previews, the composer (the agent's own text, checked as typed), checks, and the
 * insert/copy/sent actions. An insert or copy does not re-rank the list under the cursor.
 */
export function useReplies(item: FlaggedItem | undefined, env: PanelEnv, stage: CrisisStage | null) {
  const db = useDb();
  const { settings, tab, say, lang } = env;
  const tr = useT();
  const templates = useLiveQuery(() => listTemplates(db), [db]);
  const used = useLiveQuery(
    () => (item ? templatesUsedInThread(db, item.threadKey) : []),
    [db, item?.threadKey, item?.templateId],
  );
  const incidentInfo = useLiveQuery(async (): Promise<{
    incident: Incident | null;
    facts: Fact[];
    history: FactEvent[];
  }> => {
    if (!item) return { incident: null, facts: [], history: [] };
    const found = await incidentFor(db, item.platform, item.pageUrl);
    if (!found) return { incident: null, facts: [], history: [] };
    return { ...found, history: await factHistory(db, found.incident.id) };
  }, [db, item?.platform, item?.pageUrl]);
  const facts = incidentInfo?.facts ?? NO_FACTS;
  const [ticket, setTicket] = useState('');
  const [custom, setCustom] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);
  const [mode, setMode] = useState<'append' | 'replace'>('append');
  const [awaitingSent, setAwaitingSent] = useState<string | null>(null);
  const [engageFor, setEngageFor] = useState<string | null>(null);
  const [composing, setComposing] = useState<{ templateId: string; text: string } | null>(null);
  const suggester = useMemo(() => createSuggester(templates ?? []), [templates]);
  const situation = useMemo(() => (item ? situationOf(item.text, item, facts) : null), [item, facts]);
  const ranked: Suggestion[] = useMemo(
    () =>
      item
        ? suggester.suggest(
            {
              text: item.text,
              risk: item,
              language: item.language,
              stage: stage ?? undefined,
              facts,
              usedInThread: used ?? [],
            },
            Infinity,
          )
        : [],
    [item, suggester, used, stage, facts],
  );
  // After this panel inserts or copies a reply the list keeps its order (the use count and the
  // thread's used templates change, but the list must not move under the cursor) until the
  // comment, the facts or the stage change.
  const freezeKey = item ? `${item.key}|${facts.join(',')}|${stage ?? ''}` : null;
  const [pinned, setPinned] = useState<{ key: string; ids: string[] } | null>(null);
  const byId = new Map(ranked.map((s) => [s.template.id, s]));
  const live = ranked.slice(0, 3);
  const suggestions: Suggestion[] =
    freezeKey && pinned?.key === freezeKey && pinned.ids.every((id) => byId.has(id))
      ? pinned.ids.map((id) => byId.get(id)!)
      : live;
  const pin = () => {
    if (freezeKey) setPinned({ key: freezeKey, ids: suggestions.map((s) => s.template.id) });
  };
  const agent = agentOf(env);

  const fill = useCallback(
    (t: ReplyTemplate) =>
      fillTemplate(
        t.body,
        {
          ...custom,
          author: item?.author.replace(/^@/, ''),
          brand: settings?.brands[0],
          platform: item?.platform,
          agent: settings?.agentName,
          ticket,
        },
        t.variables,
      ),
    [custom, item, settings, ticket],
  );

  /** Variables the body asks for in a grammatical form, with what went in. */
  const slotsOf = useCallback(
    (t: ReplyTemplate): FilledSlot[] =>
      [...t.body.matchAll(FORM_TOKEN)].map((m) => {
        const [, name, form] = m as unknown as [string, string, VariableForm];
        const v = t.variables.find((x) => x.name === name);
        return {
          name,
          form,
          value: custom[`${name}:${form}`]?.trim() || custom[name]?.trim() || v?.forms?.[form] || v?.default || '',
        };
      }),
    [custom],
  );

  /** Warnings for what the agent is about to post (the comment's situation and the declared facts decide what it calls for). */
  const check = useCallback(
    (text: string, t?: ReplyTemplate): ReplyWarning[] =>
      checkReply(text, {
        categories: situation?.categories ?? [],
        facts,
        legal: situation?.legal,
        rumour: situation?.rumour,
        slots: t ? slotsOf(t) : [],
      }).map((w) => ({ code: w.code, text: warningText(tr, w) })),
    [situation, facts, tr, slotsOf],
  );

  /** Facts the template or the text claims beyond the declared ones. */
  const beyond = useCallback(
    (t: ReplyTemplate, text: string): Fact[] => {
      const out = new Set<Fact>([...claimsBeyond(t, facts), ...detectClaims(text).filter((f) => !facts.includes(f))]);
      return FACTS.filter((f) => out.has(f));
    },
    [facts],
  );

  /** Consistency guard: an approved template of the same tone and category, not used in this thread, claiming nothing undeclared. */
  const variantOf = useCallback(
    (t: ReplyTemplate): ReplyTemplate | undefined => {
      const usedIds = new Set(used ?? []);
      return (templates ?? []).find(
        (x) =>
          x.status === 'approved' &&
          x.id !== t.id &&
          !usedIds.has(x.id) &&
          x.language === t.language &&
          x.tone === t.tone &&
          x.categories.some((c) => t.categories.includes(c)) &&
          claimsBeyond(x, facts).length === 0,
      );
    },
    [templates, used, facts],
  );

  const compose = (t: ReplyTemplate) => setComposing({ templateId: t.id, text: fill(t) });
  const composingTemplate = composing ? templates?.find((t) => t.id === composing.templateId) : undefined;

  /** The override a reply needs, or a message when it may not be used. */
  const overrideFor = async (
    templateId: string,
    text: string,
    override: boolean,
  ): Promise<{ ok: true; override?: { claims: Fact[]; incidentId?: string } } | { ok: false }> => {
    const t = await db.templates.get(templateId);
    const over = t ? beyond(t, text) : [];
    if (!over.length) return { ok: true };
    if (!override) {
      if (t) setComposing({ templateId, text });
      say(tr('override_required'));
      return { ok: false };
    }
    if (!agent) {
      say(tr('override_needs_name'));
      return { ok: false };
    }
    return { ok: true, override: { claims: over, incidentId: incidentInfo?.incident?.id } };
  };

  const copy = async (templateId: string, text: string, override = false) => {
    if (!item) return;
    const allowed = await overrideFor(templateId, text, override);
    if (!allowed.ok) return;
    pin();
    try {
      await navigator.clipboard.writeText(text);
    } catch {
      say(tr('copy_failed'));
      return;
    }
    await recordReply(db, item, templateId, 'copied', { agent, now: Date.now(), override: allowed.override }).catch(
      (e: unknown) => say(messageOf(e, lang)),
    );
    say(tr('copied'), 'success');
  };

  const insert = async (templateId: string, text: string, mode: 'append' | 'replace', override = false) => {
    if (!item || !tab) return;
    // Checked here too, not only by the disabled button: a template can be edited meanwhile.
    const t = await db.templates.get(templateId);
    if (t?.status !== 'approved') return say(tr('insert_only_approved'));
    const allowed = await overrideFor(templateId, text, override);
    if (!allowed.ok) return;
    pin();
    setBusy(true);
    try {
      const outcome = await sendToPage(tab, 'insertReply', { commentId: item.commentId, text, mode });
      if (outcome?.ok) {
        await recordReply(db, item, templateId, 'inserted', { agent, now: Date.now(), override: allowed.override });
        setAwaitingSent(item.key);
        say(tr('inserted'), 'success');
      } else if (outcome && !outcome.ok && outcome.copied) {
        await recordReply(db, item, templateId, 'copied', { agent, now: Date.now(), override: allowed.override });
        say(tr('insert_copied', { reason: tr(`insert_${outcome.reason}`) }), 'warning');
      } else if (outcome && !outcome.ok) {
        say(tr(`insert_${outcome.reason}`));
      } else {
        await copy(templateId, text, override);
        say(tr('insert_no_field'), 'warning');
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

  const startIncident = async (init: { name: string; startedAt: number; platforms: string[]; pages: string[] }) => {
    try {
      await createIncident(db, init, { agent, now: Date.now() });
      say(tr('incident_created', { name: init.name }), 'success');
    } catch (e) {
      say(messageOf(e, lang));
    }
  };
  const changeFact = async (fact: Fact, declared: boolean) => {
    const id = incidentInfo?.incident?.id;
    if (id)
      await setFact(db, id, fact, declared, { agent, now: Date.now() }).catch((e: unknown) => say(messageOf(e, lang)));
  };
  const endIncident = async () => {
    const id = incidentInfo?.incident?.id;
    if (id) await closeIncident(db, id, Date.now()).catch((e: unknown) => say(messageOf(e, lang)));
  };

  return {
    templates,
    used: used ?? [],
    suggestions,
    situation,
    incident: incidentInfo?.incident ?? null,
    facts,
    factHistory: incidentInfo?.history ?? [],
    derivedStage: stageFromFacts(facts),
    startIncident,
    changeFact,
    endIncident,
    fill,
    check,
    beyond,
    variantOf,
    /** The agent asked to see replies despite "do not engage" advice (for this comment). */
    engage: !!item && engageFor === item.key,
    setEngage: () => setEngageFor(item?.key ?? null),
    composing: composing && composingTemplate ? { template: composingTemplate, text: composing.text } : null,
    compose,
    setComposeText: (text: string) => setComposing((c) => (c ? { ...c, text } : c)),
    closeComposer: () => setComposing(null),
    agent,
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
