import { describe, expect, test } from 'vitest';
import { mergeIncident, pickTemplate } from '@/lib/team/bridge-library';
import { rowFor, sharedOf } from '@/lib/team/bridge-items';
import { deriveItem } from '@/lib/team/rules';
import { serverOrigin } from '@/lib/team/config';
import { planJoin } from '@/lib/team/join';
import { parseDocName } from '@/lib/team/types';
import type { ReplyTemplate } from '@/lib/library/types';
import type { FlaggedItem } from '@/lib/db/types';
import { riskAt } from '../../helpers';

const t = (updatedAt: number, body = 'x'): ReplyTemplate => ({
  id: 'a',
  title: 'a',
  body,
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
});
const lead = { name: 'lu', role: 'lead' as const };
const agent = { name: 'ann', role: 'agent' as const };

describe('pickTemplate', () => {
  test.each([
    ['lead, only here', t(5), undefined, lead, 'push'],
    ['agent, only here', t(5), undefined, agent, 'keep'],
    ['only in the library', undefined, t(5), agent, 'pull'],
    ['same on both sides', t(5), t(5), lead, 'keep'],
    ['lead, newer here', t(9, 'new'), t(5), lead, 'push'],
    ['lead, newer in the library', t(5), t(9, 'new'), lead, 'pull'],
    ['lead, same time, different text', t(5, 'a'), t(5, 'b'), lead, 'keep'],
    ['agent, newer here: the library wins', t(9, 'mine'), t(5), agent, 'pull'],
  ] as const)('%s → %s', (_n, local, shared, me, out) => {
    expect(pickTemplate(local, shared, me)).toBe(out);
  });
});

test.each([
  [undefined, undefined, undefined],
  [5, undefined, 5],
  [undefined, 7, 7],
  [9, 7, 7],
])('mergeIncident: closed %s here and %s there → %s', (here, there, out) => {
  const inc = { id: 'i', name: 'x', startedAt: 1, platforms: [], pages: [], createdAt: 1 };
  expect(mergeIncident({ ...inc, closedAt: here }, { ...inc, closedAt: there }).closedAt).toBe(out);
});

test('an item shares its comment and scores, never its local fields; the rules give status, note and who replied', () => {
  const item = {
    ...riskAt('high'),
    key: 'demo:1',
    platform: 'demo',
    commentId: '1',
    author: 'jan',
    text: 'Oszuści',
    pageUrl: 'https://x',
    depth: 0,
    threadKey: 'demo:1',
    severityRank: 3,
    status: 'dismissed',
    note: 'local',
    firstSeen: 5,
    lastSeen: 9,
    tabId: 7,
    textHash: 'h',
  } as FlaggedItem;
  const shared = sharedOf(item);
  for (const k of ['status', 'note', 'tabId', 'lastSeen', 'respondedAt', 'agent', 'templateId'])
    expect(shared).not.toHaveProperty(k);
  expect(shared).toMatchObject({ key: 'demo:1', author: 'jan', text: 'Oszuści', severity: 'high', firstSeen: 5 });
  const state = deriveItem([
    { id: '1', type: 'claim', at: 10, agent: 'ann', role: 'agent', itemKey: 'demo:1' },
    {
      id: '2',
      type: 'statusChanged',
      at: 11,
      agent: 'ann',
      role: 'agent',
      itemKey: 'demo:1',
      to: 'replied',
      note: 'sent DM',
    },
  ]);
  expect(rowFor(shared, state, item)).toMatchObject({
    status: 'replied',
    note: 'sent DM',
    agent: 'ann',
    respondedAt: 11,
    tabId: 7,
    lastSeen: 9,
  });
  expect(rowFor(shared, deriveItem([]), undefined)).toMatchObject({ status: 'new', lastSeen: 5 });
});

describe('server address and documents', () => {
  test.each([
    ['wss://team.example.com', { wsUrl: 'wss://team.example.com', pattern: 'https://team.example.com/*' }],
    [
      'wss://team.example.com:8443/sync/',
      { wsUrl: 'wss://team.example.com:8443/sync', pattern: 'https://team.example.com/*' },
    ],
    ['ws://127.0.0.1:1234', { wsUrl: 'ws://127.0.0.1:1234', pattern: 'http://127.0.0.1/*' }],
    ['ws://localhost:1234', { wsUrl: 'ws://localhost:1234', pattern: 'http://localhost/*' }],
    ['ws://team.example.com', null],
    ['https://team.example.com', null],
    ['wss://u:p@team.example.com', null],
    ['team.example.com', null],
  ])('serverOrigin(%s)', (url, out) => {
    if (out === null) expect(() => serverOrigin(url)).toThrow();
    else expect(serverOrigin(url)).toMatchObject(out);
  });

  test('planJoin takes team, name and role from the token', () => {
    const token = `sw1.${Buffer.from(JSON.stringify({ team: 'acme', name: 'Ola', role: 'agent', iat: 1 })).toString('base64url')}.sig`;
    expect(planJoin('wss://t.example.com', token)).toMatchObject({
      config: { url: 'wss://t.example.com', team: 'acme', name: 'Ola', role: 'agent', token },
      pattern: 'https://t.example.com/*',
    });
    expect(planJoin('wss://t.example.com', 'x.y.z')).toEqual({ problem: 'bad_token' });
  });

  test.each([
    ['acme/work', { team: 'acme', doc: 'work' }],
    ['acme/library', { team: 'acme', doc: 'library' }],
    ['acme/other', null],
    ['../acme/work', null],
    ['Acme/work', null],
    ['acme/work/x', null],
  ])('parseDocName(%s)', (name, out) => {
    expect(parseDocName(name)).toEqual(out);
  });
});
