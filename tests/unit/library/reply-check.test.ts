import { describe, expect, test } from 'vitest';
import { checkReply } from '@/lib/library/reply-check';
import { DEFAULT_TEMPLATES } from '@/lib/library/default-templates';
import type { TemplateCategory } from '@/lib/library/types';

const codes = (text: string, categories: TemplateCategory[] = []) =>
  checkReply(text, { categories }).map((w) => w.code);

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
    [
      'a good complaint reply',
      'Przepraszamy za kłopot. Sprawdzamy zgłoszenie i wrócimy z odpowiedzią w ciągu 24 godzin.',
      ['complaint'],
    ],
    [
      'a good English leak reply',
      'We are sorry. We are investigating and will update you within 2 hours.',
      ['dataLeak'],
    ],
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

describe('on what the agent wrote', () => {
  test('a claim beyond the declared facts is flagged; the same text with the fact declared is not', () => {
    const text = 'Awaria została naprawiona, wszystko działa. Dziękujemy za cierpliwość, kolejne informacje jutro.';
    expect(checkReply(text, { facts: ['incident-confirmed'] }).map((w) => w.code)).toContain('claimBeyondFacts');
    expect(checkReply(text, { facts: ['incident-confirmed', 'fixed'] }).map((w) => w.code)).not.toContain(
      'claimBeyondFacts',
    );
    expect(checkReply('The cause has been fixed. We will update you tomorrow.', { facts: [] })[0]).toMatchObject({
      code: 'claimBeyondFacts',
      facts: expect.arrayContaining(['fixed']),
    });
    // Asking or supposing asserts nothing.
    expect(
      checkReply('If the outage is confirmed, we will tell you at once. Next update at 4 pm.', { facts: [] }).map(
        (w) => w.code,
      ),
    ).toEqual([]);
  });
  test('no apology warning for a rumour, a legal threat, a plain question or an unconfirmed leak', () => {
    const text = 'Sprawdzamy to i wrócimy z informacją jutro.';
    expect(codes(text, ['complaint'])).toContain('noApology');
    expect(checkReply(text, { categories: ['rumour', 'dataLeak'], rumour: true }).map((w) => w.code)).not.toContain(
      'noApology',
    );
    expect(
      checkReply(text, { categories: ['legalThreat', 'complaint'], legal: true }).map((w) => w.code),
    ).not.toContain('noApology');
    expect(codes(text, ['question', 'refundDelayDefect'])).not.toContain('noApology');
    expect(checkReply(text, { categories: ['dataLeak'], facts: [] }).map((w) => w.code)).not.toContain('noApology');
    expect(checkReply(text, { categories: ['dataLeak'], facts: ['incident-confirmed'] }).map((w) => w.code)).toContain(
      'noApology',
    );
  });
  test('an apology to a legal threat is flagged as a possible admission', () => {
    expect(
      checkReply('Przepraszamy za błąd. Dział prawny odpowie w ciągu 7 dni.', {
        categories: ['legalThreat'],
        legal: true,
      }).map((w) => w.code),
    ).toContain('admission');
  });
  test('a variable leaving a broken phrase is flagged', () => {
    expect(codes('W razie pytań jesteśmy pod adresem stronie pomocy.')).toContain('brokenPhrase');
    expect(codes('Kolejna informacja o jutro.')).toContain('brokenPhrase');
    expect(codes('Odpowiemy w ciągu w ciągu 24 godzin.')).toContain('brokenPhrase');
    expect(
      checkReply('Jesteśmy do dyspozycji pomoc.zefir.pl.', {
        slots: [{ name: 'contact', form: 'loc', value: 'pomoc.zefir.pl' }],
      }).map((w) => w.code),
    ).toContain('brokenPhrase');
    expect(
      checkReply('Jesteśmy do dyspozycji na pomoc.zefir.pl.', {
        slots: [{ name: 'contact', form: 'loc', value: 'na pomoc.zefir.pl' }],
      }).map((w) => w.code),
    ).not.toContain('brokenPhrase');
    expect(codes('Piszcie pod adresem pomoc@zefir.pl, odpowiemy w ciągu 24 godzin.')).toEqual([]);
  });
  test('default templates, filled with their defaults, leave no broken phrase and claim nothing beyond their claims', async () => {
    const { fillTemplate } = await import('@/lib/library/variables');
    for (const t of DEFAULT_TEMPLATES) {
      const c = checkReply(
        fillTemplate(t.body, { author: 'Ola', brand: 'Zefir', agent: 'Jan', ticket: '#12' }, t.variables),
        { facts: t.claims },
      ).map((w) => w.code);
      expect(
        c.filter((x) => x === 'brokenPhrase' || x === 'claimBeyondFacts'),
        t.id,
      ).toEqual([]);
    }
  });
});
