/**
 * Pure rules of the Replies screen: which suggestions show (and when the list keeps its order),
 * the grammatical slots a template asks for, what a reply claims beyond the declared facts, and
 * the consistency variant offered instead of a template already used in the thread.
 */
import type { FilledSlot } from '@/lib/library/reply-check';
import { claimsBeyond, type Suggestion } from '@/lib/risk/suggest';
import { detectClaims } from '@/lib/library/claims';
import { FACTS, type Fact } from '@/lib/library/facts';
import type { ReplyTemplate, VariableForm } from '@/lib/library/types';

const FORM_TOKEN = /\{\{\s*([A-Za-z_][A-Za-z0-9_]*):(nom|gen|dat|acc|ins|loc)\s*\}\}/g;

/** How many suggestions the screen shows. */
export const SHOWN = 3;

/** The order kept after an insert or copy, for one comment under one set of facts and stage. */
export interface PinnedOrder {
  key: string;
  ids: string[];
}

/**
 * What keeps a pinned order: the comment, the declared facts and the stage (null without an item).
 * A change of any of them lets the list re-rank.
 */
export const freezeKeyOf = (itemKey: string | undefined, facts: readonly Fact[], stage: string | null) =>
  itemKey !== undefined ? `${itemKey}|${facts.join(',')}|${stage ?? ''}` : null;

/**
 * The suggestions to show: the pinned order while its key holds and every pinned template is still
 * ranked, else the top of the ranking.
 */
export function shownSuggestions(
  ranked: readonly Suggestion[],
  pinned: PinnedOrder | null,
  freezeKey: string | null,
): Suggestion[] {
  const byId = new Map(ranked.map((s) => [s.template.id, s]));
  return freezeKey && pinned?.key === freezeKey && pinned.ids.every((id) => byId.has(id))
    ? pinned.ids.map((id) => byId.get(id)!)
    : ranked.slice(0, SHOWN);
}

/**
 * Variables the body asks for in a grammatical form, with what goes in: the agent's value for that
 * form, else the agent's value for the variable, else the template's form, else its default.
 */
export function slotsOf(t: ReplyTemplate, custom: Readonly<Record<string, string>>): FilledSlot[] {
  return [...t.body.matchAll(FORM_TOKEN)].map((m) => {
    const [, name, form] = m as unknown as [string, string, VariableForm];
    const v = t.variables.find((x) => x.name === name);
    return {
      name,
      form,
      value: custom[`${name}:${form}`]?.trim() || custom[name]?.trim() || v?.forms?.[form] || v?.default || '',
    };
  });
}

/** Facts the template or the text claims beyond the declared ones, in the order of FACTS. */
export function claimsOver(t: ReplyTemplate, text: string, facts: readonly Fact[]): Fact[] {
  const out = new Set<Fact>([...claimsBeyond(t, facts), ...detectClaims(text).filter((f) => !facts.includes(f))]);
  return FACTS.filter((f) => out.has(f));
}

/**
 * Consistency guard: an approved template of the same language, tone and a shared category, not used
 * in this thread, claiming nothing undeclared.
 */
export function variantFor(
  t: ReplyTemplate,
  templates: readonly ReplyTemplate[],
  usedInThread: readonly string[],
  facts: readonly Fact[],
): ReplyTemplate | undefined {
  const usedIds = new Set(usedInThread);
  return templates.find(
    (x) =>
      x.status === 'approved' &&
      x.id !== t.id &&
      !usedIds.has(x.id) &&
      x.language === t.language &&
      x.tone === t.tone &&
      x.categories.some((c) => t.categories.includes(c)) &&
      claimsBeyond(x, facts).length === 0,
  );
}
