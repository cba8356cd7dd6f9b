import { describe, expect, test } from 'vitest';
import { dictionaryProblems, sourceProblems } from '@/scripts/lib/i18n-check';

const why = (src: string) => sourceProblems('x.tsx', src).map((p) => p.why);

describe('check:i18n flags', () => {
  test.each([
    ['text in JSX', 'export const A = () => <p>Reload this tab</p>;'],
    ['text in JSX', 'export const A = () => <button>Zapisz</button>;'],
    ['literal aria-label', 'export const A = () => <input aria-label="Search text" />;'],
    ['literal title', "export const A = () => <span title={'Waiting for'} />;"],
    ['literal placeholder', 'export const A = () => <input placeholder="Search…" />;'],
    ['a language chosen inline', "const pl = true; export const s = pl ? 'fraza' : 'phrase';"],
    ['a language chosen inline', "export const s = (lang: string) => (lang === 'pl' ? 'Zapisz' : 'Save');"],
    ['an { en, pl } pair', "export const L = { en: 'New', pl: 'Nowe' };"],
    ['a sentence in a string literal', "say('Inserted. Stormwatch never sends.');"],
    ['a sentence in a string literal', "say('Nie znaleziono pola');"],
    ['a sentence in a string literal', 'say(`Imported ${n} templates.`);'],
    ['a sentence in a string literal', 'setTitle({ title: `Stormwatch: possible crisis, ${n} flagged` });'],
    ['a sentence in a string literal', "return { ok: false, message: 'This browser cannot start Stormwatch here.' };"],
  ])('%s: %s', (reason, src) => {
    expect(why(src)).toContain(reason);
  });
});

describe('check:i18n does not flag', () => {
  test.each([
    "export const A = () => <p>{t('queue_empty')}</p>;",
    'export const A = () => <div className="queue-item selected" role="listbox" aria-label={t(\'queue_label\')} />;',
    'export const A = () => <p>CSV ({count}) · p90 · Stormwatch</p>;',
    'export const A = () => <nav aria-label="Stormwatch" />;',
    "const lang = q.get('lang') === 'pl' ? 'pl' : 'en';",
    "console.warn('[stormwatch] Something happened here');",
    "throw new Error('Programmer error: no root');",
    "download(document, [text], `stormwatch-log-${stamp}.csv`, 'text/csv;charset=utf-8');",
    'const css = `body{font:14px system-ui}`;',
    "import { Thing } from 'Some Module Name';",
  ])('%s', (src) => {
    expect(why(src)).toEqual([]);
  });
});

describe('check:i18n on the dictionaries', () => {
  test('a key missing in either language, an empty string or a placeholder mismatch', () => {
    const problems = dictionaryProblems({ a: 'A {n}', b: 'B', c: 'C' }, { a: 'A', b: ' ', d: 'D' }).map(
      (p) => `${p.text}: ${p.why}`,
    );
    expect(problems).toEqual(
      expect.arrayContaining([
        'c: key missing in Polish',
        'd: key missing in English',
        'b: empty string',
        'a: placeholders differ: {n} / {}',
      ]),
    );
    expect(dictionaryProblems({ a: 'A {n}' }, { a: 'Ą {n}' })).toEqual([]);
  });
});
