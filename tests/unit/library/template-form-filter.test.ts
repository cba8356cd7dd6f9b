import { describe, expect, test } from 'vitest';
import { template } from '../../helpers';
import { MAX_TAGS, parseTags, templateClaims } from '@/lib/library/template-form';
import { NO_FILTER, filterTemplates, type LibraryFilter } from '@/lib/library/library-filter';
import type { Fact } from '@/lib/library/facts';

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
    template('a', { title: 'Delivery late', tags: ['courier'] }),
    template('b', { language: 'pl', status: 'draft', tone: 'formal', body: 'Dziękujemy' }),
    template('c', { categories: ['praise'], status: 'retired' }),
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
