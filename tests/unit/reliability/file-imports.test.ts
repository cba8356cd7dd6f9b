/**
 * docs/RELIABILITY.md H3, H10: everything that comes from a file (backup, library, settings) is
 * parsed row by row with the schemas of the records the product writes; each row that does not
 * parse is named; nothing is written unless every row parses; a file carries no approval.
 * Fuzzed with fast-check: arbitrary JSON and arbitrary damage to a valid file never crash the
 * parsers and never leave a partial write.
 */
import { beforeEach, describe, expect, test } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import fc from 'fast-check';
import { StormwatchDB } from '@/lib/db/schema';
import { BackupError, createBackup, inspectBackup, restoreBackup } from '@/lib/db/backup';
import { installDefaultTemplates } from '@/lib/db/templates';
import { changeStatus, saveObserved } from '@/lib/db/items';
import { applyImport, exportLibrary, ImportError, previewImport, readLibraryFile } from '@/lib/library/import-export';
import { readSettings, settingsProblems } from '@/lib/settings-schema';
import { DEFAULT_SETTINGS, withDefaults } from '@/lib/settings';
import { observed } from '../../helpers';

const file = (text: string) => ({ size: text.length, text: async () => text });

let source: StormwatchDB;
let target: StormwatchDB;
let valid: Record<string, unknown>;
beforeEach(async () => {
  fakeBrowser.reset();
  source = new StormwatchDB(`files-src-${Math.random()}`);
  target = new StormwatchDB(`files-dst-${Math.random()}`);
  await installDefaultTemplates(source, 1);
  await saveObserved(
    source,
    {
      pageUrl: 'https://www.youtube.com/watch?v=a',
      comments: [observed('c1', 'jan', 'Oszuści!', 'high', { platform: 'youtube', textHash: 'x' })],
      threads: [
        {
          platform: 'youtube',
          threadId: 'c1',
          status: 'heated',
          score: 0.4,
          derail: 0.2,
          reasons: [],
          commentCount: 2,
          riskyCount: 1,
        },
      ],
    },
    1,
    3,
  );
  await changeStatus(source, 'youtube:c1', 'replied', { agent: 'Ola', note: 'done', now: 4 });
  valid = JSON.parse(await createBackup(source, { ...DEFAULT_SETTINGS, brands: ['Zefir'] }, 5)) as Record<
    string,
    unknown
  >;
  // What the target holds before each restore: it must be there, unchanged, after a refused one.
  await installDefaultTemplates(target, 1);
});

async function snapshot(db: StormwatchDB) {
  return {
    templates: await db.templates.toArray(),
    items: await db.items.toArray(),
    threads: await db.threads.toArray(),
    events: await db.events.toArray(),
    state: await db.settings.toArray(),
  };
}

/** A copy of the valid backup with `patch` applied to it. */
const damaged = (
  patch: (
    b: Record<string, unknown> & {
      settings: Record<string, unknown>;
      templates: Array<Record<string, unknown>>;
      items: Array<Record<string, unknown>>;
      events: Array<Record<string, unknown>>;
    },
  ) => void,
) => {
  const b = structuredClone(valid) as Parameters<typeof patch>[0];
  patch(b);
  return JSON.stringify(b);
};

describe('a backup with a valid outer shape and bad rows or settings is refused, row by row, and nothing is written (H3)', () => {
  test.each([
    ['ignoredAuthors as a string', (b) => (b.settings.ignoredAuthors = 'troll'), 'settings', 'ignoredAuthors'],
    [
      '10,001 watch keywords',
      (b) => (b.settings.watchKeywords = Array.from({ length: 10_001 }, (_, i) => `word${i}`)),
      'settings',
      'watchKeywords',
    ],
    ['sensitivity "none"', (b) => (b.settings.sensitivity = 'none'), 'settings', 'sensitivity'],
    [
      'selectors for reddit.com',
      (b) => (b.settings.genericSites = [{ host: 'reddit.com', commentSelector: '*' }]),
      'settings',
      'genericSites.0.host',
    ],
    ['uiLanguage "xx"', (b) => (b.settings.uiLanguage = 'xx'), 'settings', 'uiLanguage'],
    ['a template body 42', (b) => (b.templates[0]!.body = 42), 'templates', undefined],
    ['an item platform that is a formula', (b) => (b.items[0]!.platform = '=cmd|calc'), 'items', 'youtube:c1'],
    ['an item severity that is a formula', (b) => (b.items[0]!.severity = '+1'), 'items', 'youtube:c1'],
    ['an item status that is not one', (b) => (b.items[0]!.status = '@SUM(A1)'), 'items', 'youtube:c1'],
    ['an item filed under another comment’s key', (b) => (b.items[0]!.key = 'youtube:other'), 'items', 'youtube:other'],
    ['a log entry type that is a formula', (b) => (b.events[0]!.type = '=1'), 'events', undefined],
  ] as Array<[string, Parameters<typeof damaged>[0], string, string | undefined]>)(
    '%s',
    async (_n, patch, table, key) => {
      const text = damaged(patch);
      const plan = await inspectBackup(file(text));
      expect(plan.problems).toHaveLength(1);
      expect(plan.problems[0]).toMatchObject({ table, ...(key ? { key } : {}) });
      const before = await snapshot(target);
      await expect(restoreBackup(target, file(text))).rejects.toThrow(/nothing was restored/);
      expect(await snapshot(target)).toEqual(before);
    },
  );

  test('every problem is listed, not only the first', async () => {
    const plan = await inspectBackup(
      file(
        damaged((b) => {
          b.settings.sensitivity = 'none';
          b.templates[0]!.body = 42;
          b.templates[1]!.status = 'published';
          b.items[0]!.depth = -1;
        }),
      ),
    );
    expect(plan.problems.map((p) => p.table).sort()).toEqual(['items', 'settings', 'templates', 'templates']);
  });

  test('a valid backup restores (unsigned: its templates as drafts)', async () => {
    await restoreBackup(target, file(JSON.stringify(valid)));
    expect(await target.items.get('youtube:c1')).toMatchObject({ status: 'replied', note: 'done' });
    expect((await target.templates.toArray()).every((t) => t.status !== 'approved')).toBe(true);
  });
});

describe('settings read from storage: a broken field costs that field only (safe mode)', () => {
  const broken = {
    ignoredAuthors: 'troll',
    watchKeywords: 'x',
    sensitivity: 'none',
    uiLanguage: 'xx',
    genericSites: [{ host: 'reddit.com', commentSelector: '*' }, 'junk'],
    platforms: { reddit: 'no' },
    enabled: 'yes',
    brands: ['Zefir'],
  };
  test('withDefaults (pages and panel) keeps every field of its type', () => {
    const s = withDefaults(broken as never);
    expect(s).toMatchObject({
      ignoredAuthors: [],
      watchKeywords: [],
      sensitivity: 'medium',
      uiLanguage: 'auto',
      platforms: {},
      enabled: true,
      brands: ['Zefir'],
    });
    expect(s.genericSites).toEqual([{ host: 'reddit.com', commentSelector: '*' }]);
    expect(() => s.ignoredAuthors.map((a) => a.toLowerCase())).not.toThrow();
  });
  test('readSettings also checks limits and the form’s rules', () => {
    expect(readSettings(broken)).toMatchObject({ ...DEFAULT_SETTINGS, brands: ['Zefir'], genericSites: [] });
    expect(settingsProblems(broken).map((p) => p.field.split('.')[0])).toEqual([
      'ignoredAuthors',
      'watchKeywords',
      'sensitivity',
      'uiLanguage',
      'genericSites',
      'platforms',
      'enabled',
    ]);
    expect(settingsProblems({ ...DEFAULT_SETTINGS, brands: ['Zefir'] })).toEqual([]);
  });
});

describe('library import (H3, H10)', () => {
  test('each bad template is named; nothing is imported while any is bad; good ones arrive as drafts', async () => {
    const lib = await source.templates.toArray();
    const text = JSON.parse(exportLibrary(lib.slice(0, 3), 0)) as { items: Array<Record<string, unknown>> };
    text.items[1]!.body = 42;
    const read = await readLibraryFile(file(JSON.stringify(text)));
    expect(read.problems).toEqual([{ row: 1, id: lib[1]!.id, reason: expect.stringMatching(/^body:/) as string }]);
    const preview = previewImport([], read.templates, read.problems);
    expect(applyImport(preview, {}, 1)).toEqual([]);
    const clean = await readLibraryFile(
      file(
        exportLibrary(
          lib.slice(0, 3).map((t) => ({ ...t, status: 'approved', approvedBy: 'Mallory', approvedAt: 1 })),
          0,
        ),
      ),
    );
    const rows = applyImport(previewImport([], clean.templates, clean.problems), {}, 2);
    expect(rows).toHaveLength(3);
    expect(rows.map((t) => [t.status, t.approvedBy, t.origin])).toEqual(Array(3).fill(['draft', undefined, 'import']));
  });
});

describe('fuzzed with fast-check: never a crash, never a partial write', () => {
  test('arbitrary JSON as a backup or a library file: only a file-level error or a plan', async () => {
    await fc.assert(
      fc.asyncProperty(fc.jsonValue(), async (value) => {
        const text = JSON.stringify(value) ?? 'null';
        await inspectBackup(file(text)).catch((e: unknown) => expect(e).toBeInstanceOf(BackupError));
        await readLibraryFile(file(text)).catch((e: unknown) => expect(e).toBeInstanceOf(ImportError));
      }),
      { numRuns: 300 },
    );
  });

  test('arbitrary JSON in place of any field of any row of a valid backup: all merged in or nothing changed', async () => {
    const tables = ['templates', 'items', 'threads', 'events', 'state'] as const;
    const before = await snapshot(target);
    let refused = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...tables),
        fc.nat(),
        fc.nat(),
        fc.jsonValue(),
        async (table, rowPick, fieldPick, value) => {
          const rows = valid[table] as Array<Record<string, unknown>>;
          if (rows.length === 0) return;
          const b = structuredClone(valid) as Record<string, Array<Record<string, unknown>>>;
          const row = b[table]![rowPick % rows.length]!;
          const fields = Object.keys(row);
          row[fields[fieldPick % fields.length]!] = value as unknown as never;
          const db = new StormwatchDB(`fuzz-${Math.random()}`);
          await installDefaultTemplates(db, 1);
          const mine = await snapshot(db);
          const result = await restoreBackup(db, file(JSON.stringify(b))).then(
            () => 'restored' as const,
            (e: unknown) => {
              expect(e).toBeInstanceOf(BackupError);
              return 'refused' as const;
            },
          );
          const after = await snapshot(db);
          if (result === 'refused') {
            refused++;
            expect(after).toEqual(mine);
          } else {
            // A restore merges (docs/RELIABILITY.md F2): every row of the file is there, and
            // nothing that was there before is lost.
            const keys = (rows: Array<Record<string, unknown>>, field: string) => rows.map((r) => String(r[field]));
            const union = (a: string[], c: string[]) => new Set([...a, ...c]).size;
            expect(after.items).toHaveLength(union(keys(mine.items as never, 'key'), keys(b.items ?? [], 'key')));
            expect(after.templates).toHaveLength(
              union(keys(mine.templates as never, 'id'), keys(b.templates ?? [], 'id')),
            );
            expect(after.events).toHaveLength(mine.events.length + (b.events ?? []).length);
            for (const t of b.templates ?? []) expect(after.templates.some((x) => x.id === t.id)).toBe(true);
          }
          await db.delete();
        },
      ),
      { numRuns: 120 },
    );
    expect(refused).toBeGreaterThan(0);
    expect(await snapshot(target)).toEqual(before);
  });
});
