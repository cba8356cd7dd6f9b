/**
 * Bridge for the approved library, incidents and library proposals.
 * - Library (`<team>/library`): a lead's local edits go to the document when newer; for everyone the
 *   document's version replaces the local copy when the document's is newer, and for agents always
 *   (only leads write the library; the server refuses an agent's writes anyway).
 * - An agent's own drafts (templates the library does not have) and an agent's edits of library
 *   templates are proposed to the leads, who get them as drafts (`<id>@<agent>`) in their library.
 * - Deleting: a lead's deletion removes the template (or proposal) for everyone; an agent's is undone.
 * - Incidents: created anywhere, shared once; closing is kept (the earliest close wins).
 */
import { liveQuery, type Subscription } from 'dexie';
import type * as Y from 'yjs';
import type { StormwatchDB } from '@/lib/db/schema';
import type { Incident } from '@/lib/library/facts';
import type { ReplyTemplate } from '@/lib/library/types';
import { LOCAL, libraryMap, plain, workMaps, type Me } from './doc';

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** Merge two copies of an incident: the shared fields of the first, the earliest close of either. */
export function mergeIncident(a: Incident, b: Incident | undefined): Incident {
  if (!b) return a;
  const closed = [a.closedAt, b.closedAt].filter((x): x is number => x !== undefined);
  return closed.length ? { ...a, closedAt: Math.min(...closed) } : { ...a };
}

/** Which version of a template each side should keep. Pure. */
export function pickTemplate(
  local: ReplyTemplate | undefined,
  shared: ReplyTemplate | undefined,
  me: Me,
): 'push' | 'pull' | 'keep' {
  if (!shared) return local && me.role === 'lead' ? 'push' : 'keep';
  if (!local) return 'pull';
  if (same(local, shared)) return 'keep';
  if (me.role !== 'lead') return 'pull';
  return local.updatedAt > shared.updatedAt ? 'push' : local.updatedAt < shared.updatedAt ? 'pull' : 'keep';
}

/** What one pass over the templates does on each side. */
export interface TemplatePlan {
  /** Written into Dexie (the document's version, or a proposal for a lead). */
  pull: ReplyTemplate[];
  /** Written into the library document (a lead's newer version). */
  push: ReplyTemplate[];
  /** An agent's drafts and edits, proposed to the leads. */
  propose: ReplyTemplate[];
  /** Removed from the library and the proposals (a lead deleted them here). */
  deleteShared: Set<string>;
  /** Removed from Dexie (deleted from the library). */
  deleteLocal: Set<string>;
}

/**
 * Plan a pass over the templates from both sides and the ids each side had after the previous pass
 * (null: the first pass). Pure.
 */
export function planTemplates(
  locals: ReadonlyMap<string, ReplyTemplate>,
  shared: ReadonlyMap<string, ReplyTemplate>,
  /** Proposals by their key (`<templateId>@<agent>`). */
  proposals: ReadonlyMap<string, ReplyTemplate>,
  last: { local: ReadonlySet<string> | null; shared: ReadonlySet<string> | null },
  me: Me,
): TemplatePlan {
  // A lead's deletion leaves the library (and the proposals); a deletion from the library leaves every browser.
  // An agent's own deletion of a library template is undone by the pull below.
  const goneHere = last.local ? [...last.local].filter((id) => !locals.has(id)) : [];
  const goneThere = last.shared ? [...last.shared].filter((id) => !shared.has(id)) : [];
  const deleteShared = new Set(me.role === 'lead' ? goneHere.filter((id) => shared.has(id) || proposals.has(id)) : []);
  const deleteLocal = new Set(goneThere.filter((id) => locals.has(id)));
  const plan: TemplatePlan = { pull: [], push: [], propose: [], deleteShared, deleteLocal };
  for (const id of new Set([...locals.keys(), ...shared.keys()])) {
    if (deleteShared.has(id) || deleteLocal.has(id)) continue;
    planOne(plan, locals.get(id), shared.get(id), me);
  }
  if (me.role === 'lead')
    for (const p of proposals.values())
      if (!locals.has(p.id) && !shared.has(p.id) && !deleteShared.has(p.id))
        plan.pull.push(plain({ ...p, status: 'draft' as const }));
  return plan;
}

/** One template's part of the plan. */
function planOne(plan: TemplatePlan, local: ReplyTemplate | undefined, shared: ReplyTemplate | undefined, me: Me) {
  const how = pickTemplate(local, shared, me);
  // An agent's own edit of a library template goes to the leads as a proposal, then the library's version comes back.
  if (how === 'pull' && local && me.role === 'agent' && local.updatedAt > shared!.updatedAt) plan.propose.push(local);
  if (how === 'pull') plan.pull.push(plain(shared!));
  else if (how === 'push') plan.push.push(plain(local!));
  else if (!shared && local && me.role === 'agent' && local.origin === 'user' && local.status === 'draft')
    plan.propose.push(local);
}

/** Carry out a plan: Dexie first, then the library and the proposals. */
async function applyTemplates(db: StormwatchDB, work: Y.Doc, library: Y.Doc, me: Me, plan: TemplatePlan) {
  const templates = libraryMap(library);
  const { proposals } = workMaps(work);
  const { pull, push, propose, deleteShared, deleteLocal } = plan;
  if (pull.length) await db.templates.bulkPut(pull);
  if (deleteLocal.size) await db.templates.bulkDelete([...deleteLocal]);
  if (push.length || deleteShared.size)
    library.transact(() => {
      push.forEach((t) => templates.set(t.id, t));
      deleteShared.forEach((id) => templates.delete(id));
    }, LOCAL);
  const fresh = propose.filter((t) => !same(proposals.get(`${t.id}@${me.name}`), { ...t, id: `${t.id}@${me.name}` }));
  if (fresh.length || deleteShared.size)
    work.transact(() => {
      fresh.forEach((t) => proposals.set(`${t.id}@${me.name}`, plain({ ...t, id: `${t.id}@${me.name}` })));
      deleteShared.forEach((id) => proposals.delete(id));
    }, LOCAL);
}

/** Incidents: each side gets the merged copy where it differs. */
async function syncIncidents(db: StormwatchDB, work: Y.Doc) {
  const { incidents } = workMaps(work);
  const locals = await db.incidents.toArray();
  const byId = new Map(locals.map((i) => [i.id, i]));
  const put: Incident[] = [];
  const share: Incident[] = [];
  for (const id of new Set([...byId.keys(), ...incidents.keys()])) {
    const local = byId.get(id);
    const shared = incidents.get(id);
    const merged = mergeIncident((shared ?? local)!, shared ? local : undefined);
    if (!same(local, merged)) put.push(plain(merged));
    if (!same(shared, merged)) share.push(plain(merged));
  }
  if (put.length) await db.incidents.bulkPut(put);
  if (share.length) work.transact(() => share.forEach((i) => incidents.set(i.id, i)), LOCAL);
}

export function bridgeLibrary(
  db: StormwatchDB,
  work: Y.Doc,
  library: Y.Doc,
  me: Me,
  onError: (e: unknown) => void,
): { stop(): void } {
  const templates = libraryMap(library);
  const { incidents, proposals } = workMaps(work);
  let chain: Promise<unknown> = Promise.resolve();
  const run = (f: () => Promise<unknown>) => {
    chain = chain.then(f).catch(onError);
  };

  // Ids on each side after the previous pass: what disappeared since was deleted.
  const last: { local: Set<string> | null; shared: Set<string> | null } = { local: null, shared: null };
  const syncTemplates = async () => {
    const byId = new Map((await db.templates.toArray()).map((t) => [t.id, t]));
    const plan = planTemplates(byId, new Map(templates.entries()), new Map(proposals.entries()), last, me);
    await applyTemplates(db, work, library, me, plan);
    last.local = new Set([...byId.keys(), ...plan.pull.map((t) => t.id)].filter((id) => !plan.deleteLocal.has(id)));
    last.shared = new Set(templates.keys());
  };

  const onTemplates = () => run(syncTemplates);
  const onIncidents = () => run(() => syncIncidents(db, work));
  templates.observe(onTemplates);
  proposals.observe(onTemplates);
  incidents.observe(onIncidents);
  const subs: Subscription[] = [
    liveQuery(() => db.templates.toArray()).subscribe({ next: onTemplates, error: onError }),
    liveQuery(() => db.incidents.toArray()).subscribe({ next: onIncidents, error: onError }),
  ];
  return {
    stop() {
      templates.unobserve(onTemplates);
      proposals.unobserve(onTemplates);
      incidents.unobserve(onIncidents);
      subs.forEach((s) => s.unsubscribe());
    },
  };
}
