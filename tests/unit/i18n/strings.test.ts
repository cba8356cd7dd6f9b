import { describe, expect, test } from 'vitest';
import { en, pl, resolveLanguage } from '@/lib/i18n/strings';

describe('UI strings', () => {
  test('Polish and English have the same keys and no empty string', () => {
    expect(Object.keys(pl).sort()).toEqual(Object.keys(en).sort());
    for (const v of [...Object.values(en), ...Object.values(pl)]) expect(v.trim()).not.toBe('');
  });
  test.each([
    ['auto', 'pl-PL', 'pl'],
    ['auto', 'en-GB', 'en'],
    ['auto', undefined, 'en'],
    ['auto', 'de', 'en'],
    ['pl', 'en-US', 'pl'],
    ['en', 'pl', 'en'],
  ] as const)('%s with browser %s → %s', (pref, browserLang, expected) => {
    expect(resolveLanguage(pref, browserLang)).toBe(expected);
  });
});
