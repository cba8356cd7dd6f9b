import { describe, expect, test } from 'vitest';
import { en } from '@/lib/i18n/en';
import { pl } from '@/lib/i18n/pl';
import { resolveLanguage, translate, translator } from '@/lib/i18n';
import {
  platformName,
  reasonText,
  signalOrCode,
  statusName,
  threadReasonText,
  warningText,
  whyText,
} from '@/lib/i18n/names';
import { classify } from '@/lib/risk/classify';
import { PLATFORM_INFO } from '@/lib/platforms/registry';
import { ITEM_STATUSES } from '@/lib/db/types';
import type { ThreadReason } from '@/lib/risk/types';

const holes = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
const EN = translator('en');
const PL = translator('pl');

describe('the dictionaries', () => {
  test('Polish and English have the same keys, no empty string, and the same placeholders', () => {
    expect(Object.keys(pl).sort()).toEqual(Object.keys(en).sort());
    for (const k of Object.keys(en) as Array<keyof typeof en>) {
      expect(pl[k].trim(), k).not.toBe('');
      expect(en[k].trim(), k).not.toBe('');
      expect(holes(pl[k]), k).toEqual(holes(en[k]));
    }
  });
  test('placeholders are filled as text; unknown ones stay visible', () => {
    expect(translate('pl', 'waiting', { time: '5 min' })).toBe('Czeka od 5 min');
    expect(translate('en', 'generic_bad_selector', { selector: '<b>' })).toBe('Not a valid CSS selector: <b>');
    expect(translate('en', 'waiting')).toBe('Waiting for {time}');
    expect(translate('en', 'waiting', { constructor: 'x' })).toBe('Waiting for {time}');
  });
  test('one translator per language, which says its language', () => {
    expect(translator('pl')).toBe(PL);
    expect(PL.lang).toBe('pl');
    expect(PL('tab_queue')).toBe('Kolejka');
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
  test('every status and registered platform has a name in both languages', () => {
    for (const s of ITEM_STATUSES) expect(statusName(PL, s)).not.toBe(statusName(EN, s));
    for (const p of PLATFORM_INFO) expect(platformName(EN, p.id)).not.toMatch(/^platform_/);
    expect(platformName(PL, 'generic')).toBe('Inne strony');
    expect(platformName(EN, 'someday')).toBe('someday');
    expect(signalOrCode(PL, 'scamFraud')).toBe('zarzut oszustwa');
    expect(signalOrCode(PL, 'unknownCode')).toBe('unknownCode');
  });
});

describe('reasons in words', () => {
  test.each([
    [
      { target: 'dataLeak', term: 'wyciek', label: 'data leak: "wyciek"' },
      'data leak: “wyciek”',
      'wyciek danych: „wyciek”',
    ],
    [{ target: 'insult', term: 'idiota', label: 'insult: "idiota"' }, 'insult: “idiota”', 'obelga: „idiota”'],
    [{ target: 'negativity', code: 'caps', label: 'ALL CAPS' }, 'ALL CAPS', 'WIELKIE LITERY'],
    // Stored before reasons had codes: the English label of a feature still maps to its wording.
    [{ target: 'negativity', label: 'angry or mocking emoji' }, 'angry or mocking emoji', 'gniewne lub kpiące emoji'],
    [
      { target: 'negativity', code: 'negativeTone', term: 'fatalna', label: 'negative tone: "fatalna"' },
      'negative tone: “fatalna”',
      'negatywny ton: „fatalna”',
    ],
    [
      { target: 'negativity', code: 'readsLikeReport', term: 'rachunek', label: 'reads like a report: "rachunek"' },
      'reads like a report: “rachunek”',
      'brzmi jak zgłoszenie: „rachunek”',
    ],
    [
      { target: 'negativity', code: 'readsLikeReport', label: 'reads like a report' },
      'reads like a report',
      'brzmi jak zgłoszenie',
    ],
    [
      {
        target: 'refundDelayDefect',
        code: 'readsLikeReport',
        term: 'pękł',
        label: 'reads like a report (refund / delay / defect): "pękł"',
      },
      'reads like a report (refund / delay / defect): “pękł”',
      'brzmi jak zgłoszenie (zwrot / opóźnienie / wada): „pękł”',
    ],
  ] as const)('%o', (reason, english, polish) => {
    expect(reasonText(EN, reason)).toBe(english);
    expect(reasonText(PL, reason)).toBe(polish);
  });
  test('the engine gives every reason a wording the dictionary has', () => {
    const r = classify('OSZUŚCI!!! Wyciekły nasze dane, idioci, pozew w sądzie 😡', { brands: ['Zefir'] });
    expect(r.reasons.length).toBeGreaterThan(1);
    for (const reason of r.reasons) {
      const text = reasonText(PL, reason);
      expect(text, reason.label).not.toMatch(/^(reason|signal)_|undefined/);
      expect(text).not.toBe(reason.label);
    }
  });
  test.each<[ThreadReason, string, string]>([
    [
      {
        kind: 'riskyShare',
        label: '1 of 1 comments risky (100%)',
        weight: 1,
        msg: { code: 'riskyShare', vars: { risky: 1, total: 1, pct: '100%' } },
      },
      '1 of 1 comments risky (100%)',
      'ryzykowne komentarze: 1 z 1 (100%)',
    ],
    [
      {
        kind: 'rumourSpread',
        label: 'scamFraud repeated by 4 authors',
        weight: 1,
        msg: { code: 'rumourSpread', vars: { signal: 'scamFraud', authors: 4 } },
      },
      'scam accusation repeated by 4 authors',
      'zarzut oszustwa — powtarza to autorów: 4',
    ],
    [
      {
        kind: 'acceleration',
        label: '',
        weight: 1,
        msg: { code: 'accelerationWindowNone', vars: { count: 6, window: 'hour' } },
      },
      'replies in the last hour: 6 (none before)',
      'odpowiedzi w ostatniej godzinie: 6 (wcześniej żadnej)',
    ],
    [
      { kind: 'reach', label: '900 likes on risky comments', weight: 1 },
      '900 likes on risky comments',
      '900 likes on risky comments',
    ],
  ])('thread reason %#', (reason, english, polish) => {
    expect(threadReasonText(EN, reason)).toBe(english);
    expect(threadReasonText(PL, reason)).toBe(polish);
  });
  test('why a template was suggested, and checker warnings', () => {
    expect(whyText(PL, { code: 'category', vars: { category: 'refundDelayDefect' } })).toBe(
      'pasuje: zwrot / opóźnienie / wada',
    );
    expect(whyText(EN, { code: 'language', vars: { language: 'pl' } })).toBe('in Polish');
    expect(whyText(EN, { code: 'tone', vars: { tone: 'firm' } })).toBe('tone: firm');
    expect(warningText(PL, { code: 'claimBeyondFacts', facts: ['fixed'] })).toContain('Naprawione');
    expect(warningText(EN, { code: 'unfilled', items: ['{{ticket}}'] })).toBe('Unfilled: {{ticket}}');
  });
});
