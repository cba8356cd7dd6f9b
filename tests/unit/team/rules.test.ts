import { describe, expect, test } from 'vitest';
import { deriveItem, eventsByItem, handledByOther, latestNote } from '@/lib/team/rules';
import type { TeamEvent } from '@/lib/team/types';

let n = 0;
/** A compact event: [at, agent, type, extra]. Ids follow the time so ties are explicit. */
function ev(at: number, agent: string, type: TeamEvent['type'], extra: Partial<TeamEvent> = {}): TeamEvent {
  n++;
  return {
    id: `${String(at).padStart(6, '0')}-${agent}-${n}`,
    at,
    agent,
    role: agent.startsWith('lead') ? 'lead' : 'agent',
    type,
    itemKey: 'x:1',
    ...extra,
  };
}

type Row = [
  name: string,
  events: TeamEvent[],
  expected: { status: string; owner?: string; collisions?: string[]; notes?: string[]; refused?: number },
];

const rows: Row[] = [
  ['no events: new, nobody owns it', [], { status: 'new' }],
  [
    'first claim wins',
    [ev(10, 'ann', 'claim'), ev(20, 'bob', 'claim')],
    { status: 'new', owner: 'ann', collisions: ['bob→ann'] },
  ],
  [
    'claim order follows time, not arrival',
    [ev(20, 'bob', 'claim'), ev(10, 'ann', 'claim')],
    { status: 'new', owner: 'ann', collisions: ['bob→ann'] },
  ],
  [
    'same agent claiming twice is no collision',
    [ev(10, 'ann', 'claim'), ev(20, 'ann', 'claim')],
    { status: 'new', owner: 'ann' },
  ],
  [
    'inserting a reply claims a free item',
    [ev(10, 'ann', 'replyInserted', { templateId: 't1' }), ev(20, 'bob', 'claim')],
    { status: 'new', owner: 'ann', collisions: ['bob→ann'] },
  ],
  [
    'inserting on an item someone else handles is a collision',
    [ev(10, 'ann', 'claim'), ev(20, 'bob', 'replyInserted')],
    { status: 'new', owner: 'ann', collisions: ['bob→ann'] },
  ],
  [
    'in progress on a free item claims it',
    [ev(10, 'ann', 'statusChanged', { to: 'inProgress' }), ev(20, 'bob', 'claim')],
    { status: 'inProgress', owner: 'ann', collisions: ['bob→ann'] },
  ],
  [
    'owner changes status',
    [ev(10, 'ann', 'claim'), ev(20, 'ann', 'statusChanged', { to: 'replied' })],
    { status: 'replied', owner: 'ann' },
  ],
  [
    'non-owner status change is refused',
    [ev(10, 'ann', 'claim'), ev(20, 'bob', 'statusChanged', { to: 'dismissed' })],
    { status: 'new', owner: 'ann', refused: 1 },
  ],
  [
    'a lead changes status of an owned item',
    [ev(10, 'ann', 'claim'), ev(20, 'lead-lu', 'statusChanged', { to: 'resolved' })],
    { status: 'resolved', owner: 'ann' },
  ],
  [
    'latest allowed change wins',
    [
      ev(10, 'ann', 'claim'),
      ev(30, 'ann', 'statusChanged', { to: 'resolved' }),
      ev(20, 'ann', 'statusChanged', { to: 'replied' }),
    ],
    { status: 'resolved', owner: 'ann' },
  ],
  ['unowned: anyone changes status', [ev(10, 'bob', 'statusChanged', { to: 'dismissed' })], { status: 'dismissed' }],
  [
    'escalated stays when the owner changes it',
    [
      ev(10, 'ann', 'claim'),
      ev(20, 'ann', 'statusChanged', { to: 'escalated' }),
      ev(30, 'ann', 'statusChanged', { to: 'resolved' }),
    ],
    { status: 'escalated', owner: 'ann', refused: 1 },
  ],
  [
    'escalated stays for an agent on a free item',
    [ev(10, 'lead-lu', 'statusChanged', { to: 'escalated' }), ev(30, 'bob', 'statusChanged', { to: 'dismissed' })],
    { status: 'escalated', refused: 1 },
  ],
  [
    'a lead takes an item out of escalated',
    [
      ev(10, 'ann', 'claim'),
      ev(20, 'ann', 'statusChanged', { to: 'escalated' }),
      ev(30, 'lead-lu', 'statusChanged', { to: 'resolved' }),
    ],
    { status: 'resolved', owner: 'ann' },
  ],
  [
    'notes are never overwritten',
    [
      ev(10, 'ann', 'noteChanged', { note: 'called them' }),
      ev(20, 'bob', 'noteChanged', { note: 'they called back' }),
      ev(15, 'ann', 'statusChanged', { to: 'inProgress', note: 'on it' }),
    ],
    { status: 'inProgress', owner: 'ann', notes: ['called them', 'on it', 'they called back'] },
  ],
  [
    'a refused status change keeps its note',
    [ev(10, 'ann', 'claim'), ev(20, 'bob', 'statusChanged', { to: 'dismissed', note: 'spam?' })],
    { status: 'new', owner: 'ann', notes: ['spam?'], refused: 1 },
  ],
  [
    'the owner releases, the next claim wins',
    [ev(10, 'ann', 'claim'), ev(20, 'ann', 'release'), ev(30, 'bob', 'claim')],
    { status: 'new', owner: 'bob' },
  ],
  [
    'an agent cannot release another agent',
    [ev(10, 'ann', 'claim'), ev(20, 'bob', 'release')],
    { status: 'new', owner: 'ann', refused: 1 },
  ],
  [
    'a lead assigns',
    [
      ev(10, 'ann', 'claim'),
      ev(20, 'lead-lu', 'assign', { assignee: 'bob' }),
      ev(30, 'bob', 'statusChanged', { to: 'replied' }),
    ],
    { status: 'replied', owner: 'bob' },
  ],
  [
    'an agent cannot assign',
    [ev(10, 'ann', 'claim'), ev(20, 'bob', 'assign', { assignee: 'bob' })],
    { status: 'new', owner: 'ann', refused: 1 },
  ],
  [
    'same time: the smaller id is first',
    [ev(10, 'bob', 'claim', { id: '10-b' }), ev(10, 'ann', 'claim', { id: '10-a' })],
    { status: 'new', owner: 'ann', collisions: ['bob→ann'] },
  ],
];

describe('deriveItem', () => {
  test.each(rows)('%s', (_name, events, expected) => {
    const s = deriveItem(events);
    expect(s.status).toBe(expected.status);
    expect(s.owner).toBe(expected.owner);
    expect(s.collisions.map((c) => `${c.agent}→${c.owner}`)).toEqual(expected.collisions ?? []);
    expect(s.notes.map((x) => x.note)).toEqual(expected.notes ?? []);
    expect(s.refused).toHaveLength(expected.refused ?? 0);
  });

  test.each(rows)('any arrival order and duplicates give the same state: %s', (_name, events) => {
    const expected = deriveItem(events);
    const shuffled = [...events, ...events].reverse();
    expect(deriveItem(shuffled)).toEqual(expected);
  });

  test('responded time and author come from the first reply-like status', () => {
    const s = deriveItem([
      ev(10, 'ann', 'claim'),
      ev(20, 'ann', 'statusChanged', { to: 'replied' }),
      ev(30, 'lead-lu', 'statusChanged', { to: 'resolved' }),
    ]);
    expect([s.respondedAt, s.respondedBy]).toEqual([20, 'ann']);
  });
});

describe('helpers', () => {
  test.each([
    [{ owner: 'ann' }, 'bob', 'ann'],
    [{ owner: 'ann' }, 'ann', null],
    [{}, 'bob', null],
  ] as const)('handledByOther(%o, %s) = %s', (state, me, out) => {
    expect(handledByOther(state, me)).toBe(out);
  });

  test('latestNote is the last note by time', () => {
    expect(
      latestNote(
        deriveItem([ev(20, 'b', 'noteChanged', { note: 'second' }), ev(10, 'a', 'noteChanged', { note: 'first' })]),
      ),
    ).toBe('second');
  });

  test('eventsByItem groups by item and leaves out item-less events', () => {
    const a = ev(1, 'a', 'claim', { itemKey: 'p:1' });
    const b = ev(2, 'a', 'claim', { itemKey: 'p:2' });
    const f = ev(3, 'a', 'fact', { itemKey: undefined, incidentId: 'i', fact: 'fixed', action: 'declared' });
    const by = eventsByItem([a, b, f]);
    expect([...by.keys()]).toEqual(['p:1', 'p:2']);
  });
});
