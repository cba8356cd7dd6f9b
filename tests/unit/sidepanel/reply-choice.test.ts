import { describe, expect, test } from 'vitest';
import { template } from '../../helpers';
import {
  SHOWN,
  claimsOver,
  freezeKeyOf,
  shownSuggestions,
  slotsOf,
  variantFor,
} from '@/entrypoints/sidepanel/reply-choice';
import type { Fact } from '@/lib/library/facts';
import type { ReplyTemplate } from '@/lib/library/types';
import type { Suggestion } from '@/lib/risk/suggest';

const ranked = (...ids: string[]): Suggestion[] =>
  ids.map((id, i) => ({ template: template(id), score: 10 - i, why: [] }));
const ids = (s: Suggestion[]) => s.map((x) => x.template.id);

describe('shownSuggestions', () => {
  const key = freezeKeyOf('yt:1', ['fixed'], 'update');
  test.each([
    { name: 'nothing pinned: the top of the ranking', rank: ['a', 'b', 'c', 'd'], pinned: null, out: ['a', 'b', 'c'] },
    {
      name: 'pinned under the same key: the pinned order, even when the ranking moved',
      rank: ['d', 'a', 'b', 'c'],
      pinned: { key: key!, ids: ['a', 'b', 'c'] },
      out: ['a', 'b', 'c'],
    },
    {
      name: 'pinned under another key (facts or stage changed): re-ranked',
      rank: ['d', 'a', 'b', 'c'],
      pinned: { key: freezeKeyOf('yt:1', [], 'update')!, ids: ['a', 'b', 'c'] },
      out: ['d', 'a', 'b'],
    },
    {
      name: 'a pinned template no longer ranked (deleted or retired): re-ranked',
      rank: ['d', 'a', 'c'],
      pinned: { key: key!, ids: ['a', 'b', 'c'] },
      out: ['d', 'a', 'c'],
    },
    { name: 'fewer than three ranked: all of them', rank: ['a'], pinned: null, out: ['a'] },
  ])('$name', ({ rank, pinned, out }) => {
    expect(ids(shownSuggestions(ranked(...rank), pinned, key))).toEqual(out);
  });

  test('without an item nothing is pinned', () => {
    expect(freezeKeyOf(undefined, [], null)).toBeNull();
    expect(ids(shownSuggestions(ranked('a', 'b', 'c', 'd'), { key: '', ids: ['d'] }, null))).toHaveLength(SHOWN);
  });

  test.each([
    ['yt:1', [] as Fact[], null, 'yt:1||'],
    ['yt:1', ['incident-confirmed', 'fixed'] as Fact[], 'resolution', 'yt:1|incident-confirmed,fixed|resolution'],
  ] as const)('freeze key of %s with %j at %s is %s', (item, facts, stage, out) => {
    expect(freezeKeyOf(item, facts, stage)).toBe(out);
  });
});

describe('slotsOf', () => {
  const body = 'Sprawdź {{ page:loc }} i napisz do {{team:gen}}. {{author}}';
  const t = template('p', {
    body,
    variables: [
      { name: 'page', default: 'strona pomocy', forms: { loc: 'na naszej stronie pomocy' } },
      { name: 'team' },
    ],
  });
  test.each([
    [
      'no values: the form, else the default, else empty',
      {},
      [
        ['page', 'loc', 'na naszej stronie pomocy'],
        ['team', 'gen', ''],
      ],
    ],
    [
      "the agent's value for the variable",
      { page: ' w aplikacji ', team: 'zespołu' },
      [
        ['page', 'loc', 'w aplikacji'],
        ['team', 'gen', 'zespołu'],
      ],
    ],
    [
      "the agent's value for the form wins over the variable's",
      { page: 'strona', 'page:loc': 'na stronie', team: '  ' },
      [
        ['page', 'loc', 'na stronie'],
        ['team', 'gen', ''],
      ],
    ],
  ])('%s', (_n, custom: Record<string, string>, out) => {
    expect(slotsOf(t, custom).map((s) => [s.name, s.form, s.value])).toEqual(out);
  });

  test('a body without forms asks for no slot', () => {
    expect(slotsOf(template('x', { body: 'Hello {{author}}' }), {})).toEqual([]);
  });
});

describe('claimsOver', () => {
  test.each([
    ['a plain thanks claims nothing', 'Thank you.', [], 'Thank you.', [], []],
    [
      'the text claims a fix not declared (a fix implies the incident)',
      'Thank you.',
      [],
      'The issue is now fixed.',
      [],
      ['incident-confirmed', 'fixed'],
    ],
    [
      'declared facts are no claim beyond',
      'Thank you.',
      [],
      'The issue is now fixed.',
      ['incident-confirmed', 'fixed'],
      [],
    ],
    ['the template ticks a claim', 'Thank you.', ['compensation'], 'Thank you.', [], ['compensation']],
    [
      'template and text together, in the order of the facts',
      'Thank you.',
      ['compensation'],
      'The issue is now fixed.',
      ['incident-confirmed'],
      ['fixed', 'compensation'],
    ],
    ['a question claims nothing', 'Thank you.', [], 'Is it fixed?', [], []],
  ] as Array<[string, string, Fact[], string, Fact[], Fact[]]>)('%s', (_n, body, claims, text, facts, out) => {
    expect(claimsOver(template('t', { body, claims }), text, facts)).toEqual(out);
  });
});

describe('variantFor', () => {
  const used = template('used');
  test.each([
    ['an approved template of the same tone and category', [template('v')], [], [], 'v'],
    ['not the template itself', [used], [], [], undefined],
    ['not a draft', [template('v', { status: 'draft' })], [], [], undefined],
    ['not one already used in the thread', [template('v')], ['v'], [], undefined],
    ['not another language', [template('v', { language: 'pl' })], [], [], undefined],
    ['not another tone', [template('v', { tone: 'formal' })], [], [], undefined],
    ['not without a shared category', [template('v', { categories: ['praise'] })], [], [], undefined],
    ['not one claiming an undeclared fact', [template('v', { claims: ['fixed'] })], [], [], undefined],
    ['one claiming a declared fact', [template('v', { claims: ['fixed'] })], [], ['fixed'], 'v'],
    ['the first that fits', [template('x', { tone: 'formal' }), template('v1'), template('v2')], [], [], 'v1'],
  ] as Array<[string, ReplyTemplate[], string[], Fact[], string | undefined]>)(
    '%s',
    (_n, templates, usedIds, facts, out) => {
      expect(variantFor(used, [used, ...templates], ['used', ...usedIds], facts)?.id).toBe(out);
    },
  );
});
