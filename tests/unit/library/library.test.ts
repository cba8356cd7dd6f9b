import { describe, expect, test } from 'vitest';
import { fillTemplate, listVariables, unfilledVariables, BUILT_IN_VARIABLES } from '@/lib/library/variables';
import { planDefaultInstall } from '@/lib/library/install-defaults';
import { DEFAULT_LIBRARY_VERSION, DEFAULT_TEMPLATES } from '@/lib/library/default-templates';
import { CRISIS_STAGES, TONES, type TemplateCategory } from '@/lib/library/types';
import { CRISIS_SIGNALS } from '@/lib/risk/types';

describe('fillTemplate', () => {
  test.each([
    [
      'built-ins',
      'Hi {{author}}, {{brand}} on {{platform}} – {{agent}} ({{ticket}})',
      { author: 'Ola', brand: 'Zefir', platform: 'YouTube', agent: 'Jan', ticket: '#12' },
      'Hi Ola, Zefir on YouTube – Jan (#12)',
    ],
    ['spaces inside braces', 'Hi {{ author }}', { author: 'Ola' }, 'Hi Ola'],
    ['unknown token stays literal', 'Hi {{nickname}}', { nickname: 'x' }, 'Hi {{nickname}}'],
    [
      'code-like token stays literal',
      "{{constructor.constructor('alert(1)')()}}",
      {},
      "{{constructor.constructor('alert(1)')()}}",
    ],
    ['prototype names are not variables', '{{__proto__}} {{toString}}', {}, '{{__proto__}} {{toString}}'],
    ['unfilled built-in stays for the checker', 'Ticket {{ticket}}', {}, 'Ticket {{ticket}}'],
    ['value with markup is inserted as text', 'Hi {{author}}', { author: '<b>x</b>' }, 'Hi <b>x</b>'],
  ])('%s', (_n, body, values, expected) => {
    expect(fillTemplate(body, values)).toBe(expected);
  });
  test('custom variables use their defaults unless given', () => {
    const custom = [{ name: 'eta', default: '24 h' }];
    expect(fillTemplate('within {{eta}}', {}, custom)).toBe('within 24 h');
    expect(fillTemplate('within {{eta}}', { eta: '2 h' }, custom)).toBe('within 2 h');
  });
  test('listing and unfilled detection', () => {
    expect(listVariables('{{a}} {{b}} {{a}}')).toEqual(['a', 'b']);
    expect(unfilledVariables('done')).toEqual([]);
  });
});

describe('planDefaultInstall', () => {
  const d = DEFAULT_TEMPLATES.slice(0, 3);
  test('first run adds every default', () => {
    expect(planDefaultInstall([], d, 5).add.map((t) => t.id)).toEqual(d.map((t) => t.id));
  });
  test('an update never overwrites an edited or retired default, and never brings back a deleted one', () => {
    const installed = planDefaultInstall([], d, 5).add.map((t) => ({ ...t, defaultVersion: 0 }));
    const edited = { ...installed[0]!, body: 'our own words', updatedAt: 99 };
    const retired = { ...installed[1]!, status: 'retired' as const };
    const plan = planDefaultInstall([edited, retired], d, 100, [installed[2]!.id]);
    expect(plan.add).toEqual([]);
    expect(plan.update).toEqual([]);
  });
  test('an untouched default from an older library version is refreshed, keeping its usage', () => {
    const old = { ...planDefaultInstall([], d, 5).add[0]!, defaultVersion: 0, usageCount: 7, body: 'old text' };
    const plan = planDefaultInstall([old], d.slice(0, 1), 100);
    expect(plan.update).toHaveLength(1);
    expect(plan.update[0]).toMatchObject({ body: d[0]!.body, usageCount: 7, defaultVersion: DEFAULT_LIBRARY_VERSION });
  });
});

describe('default library', () => {
  const cats: TemplateCategory[] = [
    ...CRISIS_SIGNALS.filter((s) => s !== 'brandMention'),
    'question',
    'praise',
    'update',
    'toxic',
  ] as TemplateCategory[];
  test('at least 40 approved templates with unique ids', () => {
    expect(DEFAULT_TEMPLATES.length).toBeGreaterThanOrEqual(40);
    expect(new Set(DEFAULT_TEMPLATES.map((t) => t.id)).size).toBe(DEFAULT_TEMPLATES.length);
    expect(DEFAULT_TEMPLATES.every((t) => t.status === 'approved' && t.approvedBy)).toBe(true);
  });
  test.each(cats.flatMap((c) => (['pl', 'en'] as const).map((l) => [c, l] as const)))(
    'category %s has a %s template',
    (cat, lang) => {
      expect(DEFAULT_TEMPLATES.some((t) => t.language === lang && t.categories.includes(cat))).toBe(true);
    },
  );
  test('every tone and every crisis stage is covered', () => {
    for (const tone of TONES)
      expect(
        DEFAULT_TEMPLATES.some((t) => t.tone === tone),
        tone,
      ).toBe(true);
    for (const stage of CRISIS_STAGES)
      expect(
        DEFAULT_TEMPLATES.some((t) => t.stage === stage),
        stage,
      ).toBe(true);
  });
  test('variables are built-ins or declared with a default', () => {
    for (const t of DEFAULT_TEMPLATES) {
      for (const v of listVariables(t.body)) {
        expect(
          (BUILT_IN_VARIABLES as readonly string[]).includes(v) || t.variables.some((x) => x.name === v),
          `${t.id}: ${v}`,
        ).toBe(true);
      }
    }
  });
  test('no template blames anyone', () => {
    const blame = /(nie nasza wina|to wina|winny jest|winni są|not our fault|blame|fault of)/i;
    for (const t of DEFAULT_TEMPLATES) expect(blame.test(t.body), t.id).toBe(false);
  });
  test('Polish templates never address the reader as "ty" in the singular', () => {
    const ty = /(?<!\p{L})(ty|ciebie|tobie|twój|twoja|twoje|piszesz|masz|możesz|jesteś)(?!\p{L})/iu;
    for (const t of DEFAULT_TEMPLATES.filter((x) => x.language === 'pl')) expect(ty.test(t.body), t.id).toBe(false);
  });
});

describe('variable forms', () => {
  test('a body can ask for a case; the default is a whole phrase; a typed value wins', async () => {
    const { fillTemplate } = await import('@/lib/library/variables');
    const vars = [{ name: 'contact', default: 'strona pomocy', forms: { loc: 'na stronie pomocy' } }];
    expect(fillTemplate('Jesteśmy do dyspozycji {{contact:loc}}. Kontakt: {{contact}}.', {}, vars)).toBe(
      'Jesteśmy do dyspozycji na stronie pomocy. Kontakt: strona pomocy.',
    );
    expect(fillTemplate('Jesteśmy {{contact:loc}}.', { contact: 'pod adresem pomoc@zefir.pl' }, vars)).toBe(
      'Jesteśmy pod adresem pomoc@zefir.pl.',
    );
    expect(fillTemplate('Jesteśmy {{contact:loc}}.', { 'contact:loc': 'na czacie' }, vars)).toBe('Jesteśmy na czacie.');
  });
  test('no Polish default reads "pod adresem stronie pomocy" or leaves a bare noun after a preposition', async () => {
    const { fillTemplate } = await import('@/lib/library/variables');
    const { DEFAULT_TEMPLATES } = await import('@/lib/library/default-templates');
    for (const t of DEFAULT_TEMPLATES.filter((x) => x.language === 'pl')) {
      const text = fillTemplate(t.body, {}, t.variables);
      expect(text, t.id).not.toMatch(/pod adresem stron|w ciągu w ciągu|do w ciągu|o dziś o/);
    }
  });
});
