import { describe, expect, test } from 'vitest';
import { MAX_TAGS, parseTags, templateClaims } from '@/lib/library/template-form';
import { NO_FILTER, filterTemplates, type LibraryFilter } from '@/lib/library/library-filter';
import {
  blankTemplate,
  duplicateTemplate,
  libraryFileName,
  newTemplateId,
} from '@/entrypoints/sidepanel/library-drafts';
import type { Fact } from '@/lib/library/facts';
import type { ReplyTemplate } from '@/lib/library/types';

const tpl = (id: string, over: Partial<ReplyTemplate> = {}): ReplyTemplate => ({
  id,
  title: id,
  body: 'Thank you for writing.',
  language: 'en',
  tone: 'empathetic',
  categories: ['complaint'],
  tags: [],
  variables: [],
  status: 'approved',
  createdAt: 1,
  updatedAt: 2,
  usageCount: 0,
  origin: 'user',
  ...over,
});

describe('parseTags', () => {
  test.each([
    ['', []],
    [' , ,', []],
    ['refund, delivery', ['refund', 'delivery']],
    ['  refund ,refund,  delivery  ', ['refund', 'delivery']],
    ['a,,b,', ['a', 'b']],
    ['Refund, refund', ['Refund', 'refund']],
  ])('%j → %j', (text, out) => {
    expect(parseTags(text)).toEqual(out);
  });

  test(`keeps at most ${MAX_TAGS} tags, the first ones`, () => {
    const many = Array.from({ length: MAX_TAGS + 5 }, (_, i) => `t${i}`);
    expect(parseTags(many.join(','))).toEqual(many.slice(0, MAX_TAGS));
  });
});

describe('templateClaims', () => {
  test.each([
    ['nothing ticked, nothing read', 'Thank you.', undefined, [], []],
    ['ticked only', 'Thank you.', ['compensation'], [], ['compensation']],
    [
      'read from the text (a fix implies the incident)',
      'It is now fixed.',
      [],
      ['incident-confirmed', 'fixed'],
      ['incident-confirmed', 'fixed'],
    ],
    [
      'ticked and read, in the order of the facts',
      'It is now fixed.',
      ['compensation', 'cause-known'],
      ['incident-confirmed', 'fixed'],
      ['incident-confirmed', 'cause-known', 'fixed', 'compensation'],
    ],
    ['a hedged sentence asserts nothing', 'We will tell you once it is fixed.', [], [], []],
  ] as Array<[string, string, Fact[] | undefined, Fact[], Fact[]]>)('%s', (_n, body, ticked, read, claims) => {
    expect(templateClaims({ body, claims: ticked })).toEqual({ read, claims });
  });
});

describe('filterTemplates', () => {
  const all = [
    tpl('a', { title: 'Delivery late', tags: ['courier'] }),
    tpl('b', { language: 'pl', status: 'draft', tone: 'formal', body: 'Dziękujemy' }),
    tpl('c', { categories: ['praise'], status: 'retired' }),
  ];
  test.each([
    ['no filter: all, in order', {}, ['a', 'b', 'c']],
    ['by language', { language: 'pl' }, ['b']],
    ['by status', { status: 'retired' }, ['c']],
    ['by tone', { tone: 'empathetic' }, ['a', 'c']],
    ['by category', { category: 'praise' }, ['c']],
    ['search in the title, case-insensitive', { q: 'DELIVERY' }, ['a']],
    ['search in the tags', { q: 'courier' }, ['a']],
    ['search in the body', { q: 'dziękujemy' }, ['b']],
    ['search in the categories', { q: 'praise' }, ['c']],
    ['a search of blanks is no search', { q: '   ' }, ['a', 'b', 'c']],
    ['filters combine', { language: 'en', tone: 'empathetic', status: 'approved' }, ['a']],
    ['nothing matches', { language: 'pl', category: 'praise' }, []],
  ] as Array<[string, Partial<LibraryFilter>, string[]]>)('%s', (_n, f, out) => {
    expect(filterTemplates(all, { ...NO_FILTER, ...f }).map((t) => t.id)).toEqual(out);
  });
});

describe('library drafts', () => {
  test.each([
    [0, 0.5, 'user-0-i'],
    [1_700_000_000_000, 0.25, `user-${(1_700_000_000_000).toString(36)}-9`],
  ])('id at %s with random %s is %s', (now, r, out) => {
    expect(newTemplateId(now, () => r)).toBe(out);
  });

  test('two ids in one millisecond differ by their random tail', () => {
    expect(newTemplateId(5, () => 0.1)).not.toBe(newTemplateId(5, () => 0.2));
  });

  test.each(['pl', 'en'] as const)('a blank template in %s is an empty user draft', (lang) => {
    expect(blankTemplate(lang, 10, () => 0.5)).toMatchObject({
      id: 'user-a-i',
      language: lang,
      title: '',
      body: '',
      status: 'draft',
      origin: 'user',
      usageCount: 0,
      createdAt: 10,
      updatedAt: 10,
    });
  });

  test.each([
    [
      'an approved default',
      { origin: 'default', approvedBy: 'Stormwatch', approvedAt: 5, usageCount: 7, lastUsedAt: 9 },
    ],
    ['a retired user template', { status: 'retired', usageCount: 1 }],
  ] as Array<[string, Partial<ReplyTemplate>]>)('a duplicate of %s is a fresh user draft with its text', (_n, over) => {
    const t = tpl('orig', { body: 'Hello {{author}}', tags: ['x'], ...over });
    const copy = duplicateTemplate(t, 'orig (copy)', 20, () => 0.5);
    expect(copy).toMatchObject({
      id: 'user-k-i',
      title: 'orig (copy)',
      body: 'Hello {{author}}',
      tags: ['x'],
      status: 'draft',
      origin: 'user',
      usageCount: 0,
    });
    expect(copy.approvedBy).toBeUndefined();
    expect(copy.approvedAt).toBeUndefined();
    expect(copy.lastUsedAt).toBeUndefined();
  });

  test.each([
    ['2026-12-07T23:59:59Z', 'stormwatch-library-2026-12-07.json'],
    ['2027-01-01T00:00:00Z', 'stormwatch-library-2027-01-01.json'],
  ])('export of %s is named %s', (iso, name) => {
    expect(libraryFileName(new Date(iso))).toBe(name);
  });
});
