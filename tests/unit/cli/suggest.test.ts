import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { InputError } from '@/lib/cli/read-records';
import { createLineSuggester, toSuggestRecord } from '@/lib/cli/suggest-record';
import { DEFAULT_TEMPLATES } from '@/lib/library/default-templates';
import { exportLibrary } from '@/lib/library/import-export';

const root = resolve(import.meta.dirname, '../../..');
const tsx = join(root, 'node_modules/.bin/tsx');

describe('suggest records', () => {
  test('facts default to none; bad facts and stages are clear errors', () => {
    expect(toSuggestRecord({ id: 1, text: 'a' })).toEqual({ id: '1', text: 'a', facts: [], stage: undefined });
    expect(() => toSuggestRecord({ text: 'a', facts: ['leaked'] })).toThrow(InputError);
    expect(() => toSuggestRecord({ text: 'a', stage: 'later' })).toThrow(/stage/);
    expect(() => toSuggestRecord({ id: 'x' })).toThrow(/text/);
  });
  test('a line has the language, advice and the top three with their claims', () => {
    const line = createLineSuggester(DEFAULT_TEMPLATES);
    const out = line({ id: 'a', text: 'Ty ch*ju jebany, spierdalaj, złodzieje', facts: [] });
    expect(out).toMatchObject({ id: 'a', language: 'pl', advice: ['doNotEngage'] });
    expect(out.suggestions).toHaveLength(3);
    expect(Object.keys(out.suggestions[0]!).sort()).toEqual(['categories', 'claims', 'id', 'language', 'tone']);
    const fixed = line({
      id: 'b',
      text: 'Is the outage over? Does it work again?',
      facts: ['incident-confirmed', 'fixed'],
    });
    expect(fixed.suggestions.some((s) => s.claims.includes('fixed'))).toBe(true);
    expect(
      line({ id: 'c', text: 'Is the outage over? Does it work again?', facts: [] }).suggestions.every(
        (s) => s.claims.length === 0,
      ),
    ).toBe(true);
  });
});

describe('npm run suggest', () => {
  const dir = mkdtempSync(join(tmpdir(), 'suggest-'));
  test('reads JSON Lines, prints one line per comment, and ranks with an exported library when given', () => {
    const comments = join(dir, 'c.jsonl');
    writeFileSync(
      comments,
      '{"id":"1","text":"Kiedy będzie zwrot pieniędzy?"}\n\n{"id":"2","text":"Thanks, great job!","facts":["incident-confirmed"],"stage":"thanks"}\n',
    );
    const lines = execFileSync(tsx, ['scripts/suggest.ts', comments], { cwd: root, encoding: 'utf8' })
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { id: string; suggestions: Array<{ id: string }> });
    expect(lines.map((l) => l.id)).toEqual(['1', '2']);
    const lib = join(dir, 'lib.json');
    const only = DEFAULT_TEMPLATES.filter((t) => t.id === 'default-en-praise-friendly');
    writeFileSync(lib, exportLibrary(only, 0));
    const withLib = JSON.parse(
      execFileSync(tsx, ['scripts/suggest.ts', comments, '--library', lib], { cwd: root, encoding: 'utf8' })
        .trim()
        .split('\n')[1]!,
    ) as { suggestions: Array<{ id: string }> };
    expect(withLib.suggestions.map((s) => s.id)).toEqual(['default-en-praise-friendly']);
  });
  test('a bad line is an error naming the line, exit 1', () => {
    const bad = join(dir, 'bad.jsonl');
    writeFileSync(bad, '{"text":"ok"}\n{"text":"x","facts":["maybe"]}\n');
    const r = spawnSync(tsx, ['scripts/suggest.ts', bad], { cwd: root, encoding: 'utf8' });
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/line 2: "facts"/);
  });
});
