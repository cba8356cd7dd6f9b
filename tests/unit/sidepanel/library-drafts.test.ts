import { describe, expect, test } from 'vitest';
import { template } from '../../helpers';
import {
  blankTemplate,
  duplicateTemplate,
  libraryFileName,
  newTemplateId,
} from '@/entrypoints/sidepanel/library-drafts';
import type { ReplyTemplate } from '@/lib/library/types';

describe('Library screen drafts', () => {
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
    const t = template('orig', { body: 'Hello {{author}}', tags: ['x'], ...over });
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
