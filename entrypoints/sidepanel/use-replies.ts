import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback, useMemo, useState } from 'react';
import { useDb } from '@/components/DbContext';
import { templatesUsedInThread } from '@/lib/db/replies';
import { factHistory, incidentFor } from '@/lib/db/incidents';
import { listTemplates } from '@/lib/db/templates';
import type { FlaggedItem } from '@/lib/db/types';
import { createSuggester, situationOf, type Suggestion } from '@/lib/risk/suggest';
import { checkReply } from '@/lib/library/reply-check';
import { stageFromFacts, type Fact, type FactEvent, type Incident } from '@/lib/library/facts';
import { fillTemplate } from '@/lib/library/variables';
import type { CrisisStage, ReplyTemplate } from '@/lib/library/types';
import type { Settings } from '@/lib/settings';
import { useT } from '@/lib/i18n/react';
import { warningText } from '@/lib/i18n/names';
import type { PanelEnv } from './env';
import { claimsOver, freezeKeyOf, shownSuggestions, slotsOf, variantFor, type PinnedOrder } from './reply-choice';
import { useIncidentActions, useReplyActions } from './use-reply-actions';

/** A warning about a reply before it is inserted, with why (the playbook rule). */
export interface ReplyWarning {
  code: string;
  text: string;
}

const NO_FACTS: Fact[] = [];
const NO_IDS: string[] = [];

interface IncidentInfo {
  incident: Incident | null;
  facts: Fact[];
  history: FactEvent[];
}

/** The incident that covers the item's page, its declared facts and their history. */
function useIncidentInfo(item: FlaggedItem | undefined): IncidentInfo | undefined {
  const db = useDb();
  return useLiveQuery(async (): Promise<IncidentInfo> => {
    if (!item) return { incident: null, facts: [], history: [] };
    const found = await incidentFor(db, item.platform, item.pageUrl);
    if (!found) return { incident: null, facts: [], history: [] };
    return { ...found, history: await factHistory(db, found.incident.id) };
  }, [db, item?.platform, item?.pageUrl]);
}

/**
 * The ranked suggestions for the item. After this panel inserts or copies a reply the list keeps its
 * order (the use count and the thread's used templates change, but the list must not move under the
 * cursor) until the comment, the facts or the stage change: `pin()` keeps the order shown now.
 */
function useSuggestions(
  item: FlaggedItem | undefined,
  templates: ReplyTemplate[] | undefined,
  used: string[] | undefined,
  stage: CrisisStage | null,
  facts: Fact[],
) {
  const suggester = useMemo(() => createSuggester(templates ?? []), [templates]);
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
  const freezeKey = freezeKeyOf(item?.key, facts, stage);
  const [pinned, setPinned] = useState<PinnedOrder | null>(null);
  const suggestions = shownSuggestions(ranked, pinned, freezeKey);
  const pin = () => {
    if (freezeKey) setPinned({ key: freezeKey, ids: suggestions.map((s) => s.template.id) });
  };
  return { suggestions, pin };
}

interface TextInputs {
  item: FlaggedItem | undefined;
  settings: Settings | null;
  custom: Record<string, string>;
  ticket: string;
  facts: Fact[];
  templates: ReplyTemplate[] | undefined;
  used: string[] | undefined;
}

/** Filling a template for the item, checking a reply, what it claims and its consistency variant. */
function useReplyText({ item, settings, custom, ticket, facts, templates, used }: TextInputs) {
  const tr = useT();
  const situation = useMemo(() => (item ? situationOf(item.text, item, facts) : null), [item, facts]);
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
  /** Warnings for what the agent is about to post (the comment's situation and the declared facts decide what it calls for). */
  const check = useCallback(
    (text: string, t?: ReplyTemplate): ReplyWarning[] =>
      checkReply(text, {
        categories: situation?.categories ?? [],
        facts,
        legal: situation?.legal,
        rumour: situation?.rumour,
        slots: t ? slotsOf(t, custom) : [],
      }).map((w) => ({ code: w.code, text: warningText(tr, w) })),
    [situation, facts, tr, custom],
  );
  const beyond = useCallback((t: ReplyTemplate, text: string) => claimsOver(t, text, facts), [facts]);
  const variantOf = useCallback(
    (t: ReplyTemplate) => variantFor(t, templates ?? [], used ?? NO_IDS, facts),
    [templates, used, facts],
  );
  return { situation, fill, check, beyond, variantOf };
}

/** The composer: the agent's own text for a template, checked as typed. */
function useComposer(templates: ReplyTemplate[] | undefined, fill: (t: ReplyTemplate) => string) {
  const [composing, setComposing] = useState<{ templateId: string; text: string } | null>(null);
  const template = composing ? templates?.find((t) => t.id === composing.templateId) : undefined;
  return {
    composing: composing && template ? { template, text: composing.text } : null,
    compose: (t: ReplyTemplate) => setComposing({ templateId: t.id, text: fill(t) }),
    open: (templateId: string, text: string) => setComposing({ templateId, text }),
    setComposeText: (text: string) => setComposing((c) => (c ? { ...c, text } : c)),
    closeComposer: () => setComposing(null),
  };
}

/**
 * Suggestions for the selected item under the facts of the incident that covers its page, filled
 * previews, the composer (the agent's own text, checked as typed), checks, and the
 * insert/copy/sent actions. An insert or copy does not re-rank the list under the cursor.
 */
export function useReplies(item: FlaggedItem | undefined, env: PanelEnv, stage: CrisisStage | null) {
  const db = useDb();
  const templates = useLiveQuery(() => listTemplates(db), [db]);
  const used = useLiveQuery(
    () => (item ? templatesUsedInThread(db, item.threadKey) : []),
    [db, item?.threadKey, item?.templateId],
  );
  const incidentInfo = useIncidentInfo(item);
  const facts = incidentInfo?.facts ?? NO_FACTS;
  const incidentId = incidentInfo?.incident?.id;
  const [ticket, setTicket] = useState('');
  const [custom, setCustom] = useState<Record<string, string>>({});
  const [mode, setMode] = useState<'append' | 'replace'>('append');
  const [engageFor, setEngageFor] = useState<string | null>(null);
  const { suggestions, pin } = useSuggestions(item, templates, used, stage, facts);
  const text = useReplyText({ item, settings: env.settings, custom, ticket, facts, templates, used });
  const { open: openComposer, ...composer } = useComposer(templates, text.fill);
  const actions = useReplyActions({ item, env, incidentId, beyond: text.beyond, openComposer, pin });
  const incidentActions = useIncidentActions(env, incidentId);

  return {
    templates,
    used: used ?? [],
    suggestions,
    incident: incidentInfo?.incident ?? null,
    facts,
    factHistory: incidentInfo?.history ?? [],
    derivedStage: stageFromFacts(facts),
    ...incidentActions,
    ...text,
    /** The agent asked to see replies despite "do not engage" advice (for this comment). */
    engage: !!item && engageFor === item.key,
    setEngage: () => setEngageFor(item?.key ?? null),
    ...composer,
    ticket,
    setTicket,
    custom,
    setCustom,
    mode,
    setMode,
    ...actions,
  };
}

export type RepliesModel = ReturnType<typeof useReplies>;
