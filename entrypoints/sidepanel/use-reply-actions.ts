import { useState } from 'react';
import { useDb } from '@/components/DbContext';
import { confirmSent, recordReply } from '@/lib/db/replies';
import { closeIncident, createIncident, setFact } from '@/lib/db/incidents';
import type { FlaggedItem } from '@/lib/db/types';
import type { Fact } from '@/lib/library/facts';
import type { ReplyTemplate } from '@/lib/library/types';
import { sendToPage } from '@/lib/messaging/tab-channel';
import { useT } from '@/lib/i18n/react';
import { agentOf, messageOf, type PanelEnv } from './env';

type Override = { claims: Fact[]; incidentId?: string };
type Allowed = { ok: true; override?: Override } | { ok: false };

export interface ReplyActionDeps {
  item: FlaggedItem | undefined;
  env: PanelEnv;
  /** The incident whose facts are in force for the item, if any. */
  incidentId: string | undefined;
  /** Facts the template or the text claims beyond the declared ones. */
  beyond(t: ReplyTemplate, text: string): Fact[];
  /** Open the composer on a reply that needs an override, so the agent sees what it claims. */
  openComposer(templateId: string, text: string): void;
  /** Keep the suggestion list's order (an insert or copy must not move it under the cursor). */
  pin(): void;
}

/**
 * The override a reply needs when it claims undeclared facts: refused (the composer opens on it so
 * the agent sees what it claims) unless the agent asked for it, and then only with an agent name.
 */
function useOverride({ env, incidentId, beyond, openComposer }: ReplyActionDeps) {
  const db = useDb();
  const tr = useT();
  const agent = agentOf(env);
  return async (templateId: string, text: string, override: boolean): Promise<Allowed> => {
    const t = await db.templates.get(templateId);
    const over = t ? beyond(t, text) : [];
    if (!over.length) return { ok: true };
    if (!override) {
      if (t) openComposer(templateId, text);
      env.say(tr('override_required'));
      return { ok: false };
    }
    if (!agent) {
      env.say(tr('override_needs_name'));
      return { ok: false };
    }
    return { ok: true, override: { claims: over, incidentId } };
  };
}

/**
 * Insert, copy and "sent" for a reply, with the override a reply claiming undeclared facts needs
 * (logged with the claims and the incident).
 */
export function useReplyActions(deps: ReplyActionDeps) {
  const { item, env, pin } = deps;
  const db = useDb();
  const tr = useT();
  const { tab, say, lang } = env;
  const agent = agentOf(env);
  const [busy, setBusy] = useState(false);
  const [awaitingSent, setAwaitingSent] = useState<string | null>(null);
  const overrideFor = useOverride(deps);
  const log = (templateId: string, how: 'inserted' | 'copied', override: Override | undefined) =>
    recordReply(db, item!, templateId, how, { agent, now: Date.now(), override });

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
    await log(templateId, 'copied', allowed.override).catch((e: unknown) => say(messageOf(e, lang)));
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
        await log(templateId, 'inserted', allowed.override);
        setAwaitingSent(item.key);
        say(tr('inserted'), 'success');
      } else if (outcome && !outcome.ok && outcome.copied) {
        await log(templateId, 'copied', allowed.override);
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

  return { agent, busy, insert, copy, sent, awaitingSent: !!item && awaitingSent === item.key };
}

/** Start an incident, declare or withdraw a fact of the one in force, close it. */
export function useIncidentActions(env: PanelEnv, incidentId: string | undefined) {
  const db = useDb();
  const tr = useT();
  const { say, lang } = env;
  const agent = agentOf(env);
  const fail = (e: unknown) => say(messageOf(e, lang));
  return {
    startIncident: async (init: { name: string; startedAt: number; platforms: string[]; pages: string[] }) => {
      try {
        await createIncident(db, init, { agent, now: Date.now() });
        say(tr('incident_created', { name: init.name }), 'success');
      } catch (e) {
        fail(e);
      }
    },
    changeFact: async (fact: Fact, declared: boolean) => {
      if (incidentId) await setFact(db, incidentId, fact, declared, { agent, now: Date.now() }).catch(fail);
    },
    endIncident: async () => {
      if (incidentId) await closeIncident(db, incidentId, Date.now()).catch(fail);
    },
  };
}
