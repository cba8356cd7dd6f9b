import { describe, expect, test } from 'vitest';
import { checkReply } from '@/lib/library/reply-check';
import { DEFAULT_TEMPLATES } from '@/lib/library/default-templates';
import type { TemplateCategory } from '@/lib/library/types';

const codes = (text: string, categories: TemplateCategory[] = []) => checkReply(text, { categories }).map((w) => w.code);

describe('warns', () => {
  test.each([
    ['blame, Polish', 'To nie nasza wina, opóźnienie to wina kuriera.', [], 'blame'],
    ['blame, English', "It's not our fault, the courier lost it.", [], 'blame'],
    ['defensive', 'Jak już mówiliśmy, mylicie się.', [], 'defensive'],
    ['defensive, English', 'Actually, you are wrong about this.', [], 'defensive'],
    ['no apology for a leak', 'Sprawdzamy to i wrócimy z informacją jutro.', ['dataLeak'], 'noApology'],
    ['no next step for a refund', 'Przepraszamy za kłopot.', ['refundDelayDefect'], 'noNextStep'],
    ['mixed address', 'Czy Pan może sprawdzić, bo ty masz numer zamówienia?', [], 'mixedAddress'],
    ['unfilled variable', 'Dzień dobry {{author}}, sprawa {{ticket}}.', [], 'unfilled'],
    ['shouting', 'PRZEPRASZAMY ZA KŁOPOT, WRÓCIMY JUTRO', [], 'shouting'],
    ['too long', 'Przepraszamy. '.repeat(200), [], 'tooLong'],
  ] as Array<[string, string, TemplateCategory[], string]>)('%s', (_n, text, cats, code) => {
    expect(codes(text, cats)).toContain(code);
  });
});

describe('does not warn', () => {
  test.each([
    ['a good complaint reply', 'Przepraszamy za kłopot. Sprawdzamy zgłoszenie i wrócimy z odpowiedzią w ciągu 24 godzin.', ['complaint']],
    ['a good English leak reply', 'We are sorry. We are investigating and will update you within 2 hours.', ['dataLeak']],
    ['praise needs no apology', 'Dziękujemy, bardzo nam miło!', ['praise']],
    ['plural address is not mixing', 'Dziękujemy Wam wszystkim, Państwa cierpliwość bardzo pomogła.', []],
  ] as Array<[string, string, TemplateCategory[]]>)('%s', (_n, text, cats) => {
    expect(codes(text, cats)).toEqual([]);
  });
  test('no default template shifts blame, sounds defensive, mixes address or shouts', () => {
    for (const t of DEFAULT_TEMPLATES) {
      const c = codes(t.body, t.categories).filter((x) => x !== 'unfilled' && x !== 'noApology' && x !== 'noNextStep');
      expect(c, t.id).toEqual([]);
    }
  });
});
