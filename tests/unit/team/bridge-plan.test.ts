import { describe, expect, test } from 'vitest';
import { WebSocketStatus } from '@hocuspocus/provider';
import { planTemplates } from '@/lib/team/bridge-library';
import { factRowOf, isLogged, logRowOf, teamEventOf } from '@/lib/team/bridge-rows';
import { stateOfStatus } from '@/lib/team/client';
import type { ReplyTemplate } from '@/lib/library/types';
import type { TeamEvent } from '@/lib/team/types';

const tpl = (id: string, updatedAt = 5, over: Partial<ReplyTemplate> = {}): ReplyTemplate => ({
  id,
  title: id,
  body: 'x',
  language: 'en',
  tone: 'formal',
  categories: [],
  tags: [],
  variables: [],
  status: 'approved',
  createdAt: 1,
  updatedAt,
  usageCount: 0,
  origin: 'user',
  ...over,
});
const lead = { name: 'lu', role: 'lead' as const };
const agent = { name: 'ann', role: 'agent' as const };
const byId = (...ts: ReplyTemplate[]) => new Map(ts.map((t) => [t.id, t]));
const ids = (ts: ReplyTemplate[]) => ts.map((t) => `${t.id}:${t.status}`).sort();

describe('planTemplates', () => {
  const draft = tpl('d', 5, { status: 'draft' });
  const proposal = tpl('a@ann', 7, { status: 'approved' });
  test.each([
    {
      name: 'lead, first pass, a template only here: pushed',
      locals: byId(tpl('a')),
      shared: byId(),
      proposals: byId(),
      last: { local: null, shared: null },
      me: lead,
      out: { pull: [], push: ['a:approved'], propose: [], deleteShared: [], deleteLocal: [] },
    },
    {
      name: "agent's own draft only here: proposed, not pushed",
      locals: byId(draft),
      shared: byId(),
      proposals: byId(),
      last: { local: null, shared: null },
      me: agent,
      out: { pull: [], push: [], propose: ['d:draft'], deleteShared: [], deleteLocal: [] },
    },
    {
      name: "agent's newer edit of a library template: proposed and the library's version pulled",
      locals: byId(tpl('a', 9)),
      shared: byId(tpl('a', 5)),
      proposals: byId(),
      last: { local: null, shared: null },
      me: agent,
      out: { pull: ['a:approved'], push: [], propose: ['a:approved'], deleteShared: [], deleteLocal: [] },
    },
    {
      name: 'lead deleted a library template here since the last pass: deleted for everyone',
      locals: byId(),
      shared: byId(tpl('a')),
      proposals: byId(),
      last: { local: new Set(['a']), shared: new Set(['a']) },
      me: lead,
      out: { pull: [], push: [], propose: [], deleteShared: ['a'], deleteLocal: [] },
    },
    {
      name: "agent's deletion of a library template is undone by a pull",
      locals: byId(),
      shared: byId(tpl('a')),
      proposals: byId(),
      last: { local: new Set(['a']), shared: new Set(['a']) },
      me: agent,
      out: { pull: ['a:approved'], push: [], propose: [], deleteShared: [], deleteLocal: [] },
    },
    {
      name: 'gone from the library since the last pass: deleted here, not pushed back',
      locals: byId(tpl('a')),
      shared: byId(),
      proposals: byId(),
      last: { local: new Set(['a']), shared: new Set(['a']) },
      me: lead,
      out: { pull: [], push: [], propose: [], deleteShared: [], deleteLocal: ['a'] },
    },
    {
      name: 'lead receives a proposal as a draft',
      locals: byId(),
      shared: byId(),
      proposals: byId(proposal),
      last: { local: null, shared: null },
      me: lead,
      out: { pull: ['a@ann:draft'], push: [], propose: [], deleteShared: [], deleteLocal: [] },
    },
    {
      name: 'an agent does not receive proposals',
      locals: byId(),
      shared: byId(),
      proposals: byId(proposal),
      last: { local: null, shared: null },
      me: agent,
      out: { pull: [], push: [], propose: [], deleteShared: [], deleteLocal: [] },
    },
    {
      name: 'lead deleted a proposal here: it leaves the proposals',
      locals: byId(),
      shared: byId(),
      proposals: byId(proposal),
      last: { local: new Set(['a@ann']), shared: new Set<string>() },
      me: lead,
      out: { pull: [], push: [], propose: [], deleteShared: ['a@ann'], deleteLocal: [] },
    },
  ])('$name', ({ locals, shared, proposals, last, me, out }) => {
    const plan = planTemplates(locals, shared, proposals, last, me);
    expect({
      pull: ids(plan.pull),
      push: ids(plan.push),
      propose: ids(plan.propose),
      deleteShared: [...plan.deleteShared].sort(),
      deleteLocal: [...plan.deleteLocal].sort(),
    }).toEqual(out);
  });
});

describe('log rows and team events', () => {
  const base = { id: 'e1', at: 10, agent: 'ann', role: 'agent' as const };
  test.each<[string, TeamEvent]>([
    ['a status change', { ...base, type: 'statusChanged', itemKey: 'demo:1', from: 'new', to: 'replied' }],
    ['a note', { ...base, type: 'noteChanged', itemKey: 'demo:1', note: 'called back' }],
    [
      'an insert with claims',
      { ...base, type: 'claimOverride', itemKey: 'demo:2', templateId: 't1', claims: ['fixed'], incidentId: 'i1' },
    ],
  ])('%s goes to a log row and back unchanged, with no undefined fields', (_n, e) => {
    expect(isLogged(e)).toBe(true);
    const row = logRowOf(e);
    expect(Object.values(row)).not.toContain(undefined);
    expect(row.teamEventId).toBe(e.id);
    expect(teamEventOf(row, { name: e.agent, role: e.role })).toEqual(e);
  });

  test.each<[string, TeamEvent]>([
    ['a declared fact', { ...base, type: 'fact', incidentId: 'i1', fact: 'incident-confirmed', action: 'declared' }],
    [
      'a withdrawn fact with a note',
      { ...base, type: 'fact', incidentId: 'i1', fact: 'compensation', action: 'withdrawn', note: 'too early' },
    ],
  ])('%s goes to a fact row and back unchanged', (_n, e) => {
    expect(isLogged(e)).toBe(true);
    const row = factRowOf(e);
    expect(Object.values(row)).not.toContain(undefined);
    expect(teamEventOf(row, { name: e.agent, role: e.role })).toEqual(e);
  });

  test.each([
    ['claim', false],
    ['release', false],
    ['assign', false],
    ['fact', true],
    ['replySent', true],
  ] as const)('%s is a log event: %s', (type, logged) => {
    expect(isLogged({ ...base, type })).toBe(logged);
  });

  test('a shared row is sent in this member’s name, not the stored one', () => {
    const row = { ...logRowOf({ ...base, type: 'noteChanged', itemKey: 'demo:1', note: 'x' }), agent: 'someone' };
    expect(teamEventOf(row, { name: 'lu', role: 'lead' })).toMatchObject({ agent: 'lu', role: 'lead' });
  });
});

test.each([
  [WebSocketStatus.Connected, 'connected'],
  [WebSocketStatus.Connecting, 'connecting'],
  [WebSocketStatus.Disconnected, 'offline'],
] as const)('socket status %s → %s', (status, state) => {
  expect(stateOfStatus(status)).toBe(state);
});
