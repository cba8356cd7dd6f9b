import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, test, vi } from 'vitest';
import fc from 'fast-check';
import { applyImport, exportLibrary, ImportError, parseLibraryFile, previewImport } from '@/lib/library/import-export';
import { DEFAULT_TEMPLATES } from '@/lib/library/default-templates';

const file = (text: string) => ({ size: text.length, text: async () => text });
const lib = DEFAULT_TEMPLATES.slice(0, 4);

describe('library import', () => {
  test('export → import gives the same templates', async () => {
    expect(await parseLibraryFile(file(exportLibrary(lib, 0)))).toEqual(lib);
  });
  test('round trip holds for arbitrary titles and bodies', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ maxLength: 200 }), fc.string({ maxLength: 2000 }), async (title, body) => {
        const t = [{ ...lib[0]!, title: title.normalize('NFC'), body: body.normalize('NFC') }];
        expect(await parseLibraryFile(file(exportLibrary(t, 0)))).toEqual(t);
      }),
      { numRuns: 50 },
    );
  });
  test('a 200 MB file is refused without being read', async () => {
    const text = vi.fn(async () => '');
    await expect(parseLibraryFile({ size: 200e6, text })).rejects.toThrow(/too large/);
    expect(text).not.toHaveBeenCalled();
  });
  test.each([
    ['not JSON', '{oops', /not valid JSON/],
    [
      'another format',
      '{"format":"x","schemaVersion":1,"exportedAt":"","items":[]}',
      /Not a valid Stormwatch reply library/,
    ],
    ['a newer version', '{"format":"stormwatch-templates","schemaVersion":7,"exportedAt":"","items":[]}', /version 7/],
    ['wrong type', exportLibrary([{ ...lib[0]!, usageCount: -1 }], 0), /usageCount/],
    ['unknown field', exportLibrary([{ ...lib[0]!, script: 'x' } as never], 0), /Not a valid/],
    ['huge string', exportLibrary([{ ...lib[0]!, body: 'x'.repeat(6000) }], 0), /body/],
    [
      'bad variable name',
      exportLibrary([{ ...lib[0]!, variables: [{ name: 'constructor.constructor' }] }], 0),
      /variables/,
    ],
    ['duplicate ids', exportLibrary([lib[0]!, lib[0]!], 0), /share this id/],
  ])('%s is refused with a readable reason', async (_n, text, msg) => {
    const p = parseLibraryFile(file(text));
    await expect(p).rejects.toThrow(ImportError);
    await expect(parseLibraryFile(file(text))).rejects.toThrow(msg);
  });
  test('prototype keys do not pollute', async () => {
    await parseLibraryFile(
      file('{"format":"stormwatch-templates","schemaVersion":1,"exportedAt":"","items":[],"__proto__":{"polluted":1}}'),
    );
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
  test('arbitrary JSON never throws anything but an ImportError', async () => {
    await fc.assert(
      fc.asyncProperty(fc.json(), async (j) => {
        await parseLibraryFile(file(j)).catch((e: unknown) => expect(e).toBeInstanceOf(ImportError));
      }),
      { numRuns: 100 },
    );
  });
});

describe('shipped file versions (docs/RELIABILITY.md E2)', () => {
  test('a version 1 library file reads back field for field, and exports again to the same items', async () => {
    const text = readFileSync(
      resolve(import.meta.dirname, '../../fixtures/library/stormwatch-templates-v1.json'),
      'utf8',
    );
    const items = await parseLibraryFile(file(text));
    expect(items).toEqual([
      {
        id: 'team-outage-update',
        title: 'Awaria: aktualizacja dla {{author}}',
        body: 'Dzień dobry {{author}}, usługa działa już w {{region}}. Co się stało: awaria w centrum danych. Co robimy: przywracamy resztę sieci. Co dalej: kolejna informacja o {{godzina}}. — {{agent}}',
        language: 'pl',
        tone: 'informative',
        categories: ['refundDelayDefect', 'update'],
        stage: 'update',
        tags: ['awaria', 'sieć'],
        variables: [{ name: 'region', default: 'Warszawie' }, { name: 'godzina' }],
        status: 'approved',
        approvedBy: 'Ola',
        approvedAt: 1763630000000,
        createdAt: 1763620000000,
        updatedAt: 1763630000000,
        usageCount: 7,
        lastUsedAt: 1763631000000,
        origin: 'user',
      },
      {
        id: 'default-en-complaint-empathy',
        title: 'Complaint: we hear you and are checking',
        body: 'Hi {{author}}, we understand. We are checking and will reply by {{ticket}}.',
        language: 'en',
        tone: 'empathetic',
        categories: ['complaint'],
        tags: [],
        variables: [],
        status: 'retired',
        createdAt: 1763000000000,
        updatedAt: 1763500000000,
        usageCount: 0,
        origin: 'default',
        defaultVersion: 1,
      },
    ]);
    // Nothing switched on that the file did not say: the retired template stays retired, no approver appears.
    expect(items[1]).not.toHaveProperty('approvedBy');
    expect(JSON.parse(exportLibrary(items, Date.parse('2026-11-20T09:30:00.000Z'))).items).toEqual(
      JSON.parse(text).items,
    );
  });
});

describe('preview and conflicts', () => {
  test('added, changed and unchanged; conflicts follow the choice, keep mine by default', () => {
    const theirs = [{ ...lib[0]!, body: 'their text' }, lib[1]!, { ...lib[2]!, id: 'new-one' }];
    const p = previewImport(lib, theirs);
    expect(p.added.map((t) => t.id)).toEqual(['new-one']);
    expect(p.changed.map((c) => c.mine.id)).toEqual([lib[0]!.id]);
    expect(p.unchanged).toBe(1);
    expect(applyImport(p, {}, 9).map((t) => t.id)).toEqual(['new-one']);
    const taken = applyImport(p, { [lib[0]!.id]: 'theirs' }, 9);
    expect(taken.find((t) => t.id === lib[0]!.id)?.body).toBe('their text');
  });
});
