import { describe, expect, test } from 'vitest';
import { panelEn, panelPl, pt } from '@/lib/i18n/panel';

describe('side panel strings', () => {
  test('Polish and English have the same keys, no empty string, and the same placeholders', () => {
    expect(Object.keys(panelPl).sort()).toEqual(Object.keys(panelEn).sort());
    const holes = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const k of Object.keys(panelEn) as Array<keyof typeof panelEn>) {
      expect(panelPl[k].trim(), k).not.toBe('');
      expect(holes(panelPl[k]), k).toEqual(holes(panelEn[k]));
    }
  });
  test('placeholders are filled as text; unknown ones stay visible', () => {
    expect(pt('pl', 'waiting', { time: '5 min' })).toBe('Czeka od 5 min');
    expect(pt('en', 'generic_bad_selector', { selector: '<b>' })).toBe('Not a valid CSS selector: <b>');
    expect(pt('en', 'waiting')).toBe('Waiting for {time}');
  });
});
