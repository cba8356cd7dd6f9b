import { zeros } from '../../helpers';
import { describe, expect, test } from 'vitest';
import Papa from 'papaparse';
import { BOM, columnCode, EVENT_COLUMNS, ITEM_COLUMNS, safeText } from '@/lib/export/csv';
import { buildEvidencePack } from '@/lib/export/evidence';
import { readRecords } from '@/lib/cli/read-records';
import { unzipSync, strFromU8 } from 'fflate';
import { exportEvents, exportItems, type ExportSource } from '@/lib/export/stream';
import { parseItemsExport } from '@/lib/export/json';
import type { FlaggedItem } from '@/lib/db/types';
import { CRISIS_SIGNALS, TOXICITY_KINDS } from '@/lib/risk/types';

function item(i: number, text: string, author = `user${i}`): FlaggedItem {
  return {
    key: `demo:${i}`,
    platform: 'demo',
    commentId: String(i),
    author,
    text,
    pageUrl: 'https://example.test/p',
    permalink: `https://example.test/p#${i}`,
    depth: 0,
    threadKey: `demo:${i}`,
    language: 'pl',
    severity: 'high',
    severityRank: 3,
    risk: 0.8,
    negativity: 0.7,
    toxicity: 0.6,
    toxicityBy: zeros(TOXICITY_KINDS),
    signals: { ...zeros(CRISIS_SIGNALS), scamFraud: 0.8 },
    reasons: [{ source: 'lexicon', target: 'scamFraud', label: 'scam accusation: "oszuści"', weight: 0.8 }],
    uncertain: false,
    engine: 't',
    status: 'new',
    firstSeen: 1_700_000_000_000 + i,
    lastSeen: 1_700_000_000_000 + i,
    textHash: 'h',
  };
}
const source = (items: FlaggedItem[]): ExportSource => ({
  total: items.length,
  page: async (o, l) => items.slice(o, o + l),
  thread: () => undefined,
});
const parse = (parts: string[]) => {
  const text = parts.join('');
  expect(text.startsWith(BOM)).toBe(true);
  return Papa.parse<string[]>(text.slice(1), { skipEmptyLines: true }).data;
};

describe('formula injection', () => {
  const payloads = ['=1+1', '+1', '-1+2', '@SUM(A1)', '\t=1', '\r=1', '=HYPERLINK("http://x","y")'];
  test.each(payloads)('%j is neutralised in text and author cells', async (p) => {
    const [header, row] = parse(await exportItems(source([item(1, p, p)]), 'csv'));
    expect(header).toEqual([...ITEM_COLUMNS]);
    const text = row![ITEM_COLUMNS.indexOf('text')]!;
    expect(text.startsWith("'")).toBe(true);
    expect(text.slice(1)).toBe(p);
    expect(row![ITEM_COLUMNS.indexOf('author')]!.startsWith("'")).toBe(true);
  });
  test('every text column follows the rule, enumerated ones too (a restored file could hold anything there: H3)', async () => {
    const hostile = {
      ...item(1, 'ok'),
      platform: '=cmd|calc',
      language: '+1',
      severity: '-2',
      status: '@SUM(A1)',
    } as unknown as FlaggedItem;
    const [, row] = parse(
      await exportItems({ ...source([hostile]), thread: () => ({ status: '=1' }) as never }, 'csv'),
    );
    for (const col of ['platform', 'language', 'severity', 'status', 'thread_status'] as const)
      expect(row![ITEM_COLUMNS.indexOf(col)]!.startsWith("'"), col).toBe(true);
    const events = Papa.parse<string[]>(
      exportEvents([{ itemKey: 'demo:1', type: '=evil', from: '+x', to: '-y', at: Number.NaN, agent: 'Ola' } as never])
        .join('')
        .slice(1),
      { skipEmptyLines: true },
    ).data;
    expect(events[1]).toEqual(['demo:1', "'=evil", "'+x", "'-y", '', 'Ola', '', '']);
  });
  test.each(['hello', 'Żądam zwrotu', '😡 oszuści', 'a=b', ' =1'])('%j stays as it is', (v) => {
    expect(safeText(v)).toBe(v);
  });
});

describe('CSV', () => {
  test.each([
    ['quotes and commas', 'He said "refund", then left, angry'],
    ['newlines', 'line one\nline two\r\nline three'],
    ['Polish letters', 'Zażółć gęślą jaźń — oszuści!'],
    ['emoji', '😡🤬 never again 👎'],
    ['RTL', '\u202Eabc\u202C שלום'],
    ['empty', ''],
  ])('%s round-trip through a CSV parser', async (_n, text) => {
    const rows = parse(await exportItems(source([item(1, text)]), 'csv'));
    expect(rows).toHaveLength(2);
    expect(rows[1]).toHaveLength(ITEM_COLUMNS.length);
    expect(rows[1]![ITEM_COLUMNS.indexOf('text')]).toBe(text);
    expect(rows[1]![ITEM_COLUMNS.indexOf('risk')]).toBe('0.8000');
    expect(rows[1]![ITEM_COLUMNS.indexOf('first_seen')]).toMatch(/^\d{4}-\d\d-\d\dT/);
  });
  test('an empty export is the header only', async () => {
    expect(parse(await exportItems(source([]), 'csv'))).toEqual([[...ITEM_COLUMNS]]);
  });
  test('the response log exports with its own columns', () => {
    const rows = Papa.parse<string[]>(
      exportEvents([{ itemKey: 'demo:1', type: 'statusChanged', from: 'new', to: 'replied', at: 0, agent: '=Ola' }])
        .join('')
        .slice(1),
      { skipEmptyLines: true },
    ).data;
    expect(rows[1]).toEqual(['demo:1', 'statusChanged', 'new', 'replied', '1970-01-01T00:00:00.000Z', "'=Ola", '', '']);
  });
});

describe('CSV headers', () => {
  test.each([
    ['en', ['Platform', 'Link', 'Author', 'Text'], ['Comment', 'Event', 'Status before', 'Status after', 'Time (UTC)']],
    [
      'pl',
      ['Platforma', 'Link', 'Autor', 'Treść'],
      ['Komentarz', 'Zdarzenie', 'Status przed', 'Status po', 'Czas (UTC)'],
    ],
    [undefined, ['platform', 'permalink', 'author', 'text'], ['item', 'type', 'from', 'to', 'at']],
  ] as const)('in %s: items and log headers', async (lang, itemStart, eventStart) => {
    const [header] = parse(await exportItems(source([item(1, 'x')]), 'csv', { lang }));
    expect(header).toHaveLength(ITEM_COLUMNS.length);
    expect(header!.slice(0, 4)).toEqual(itemStart);
    const [log] = Papa.parse<string[]>(exportEvents([], lang).join('').slice(1), { skipEmptyLines: true }).data;
    expect(log).toHaveLength(EVENT_COLUMNS.length);
    expect(log!.slice(0, 5)).toEqual(eventStart);
  });

  test.each(['en', 'pl', undefined] as const)(
    'headers in %s read back as column codes (an export scored again by the command line)',
    async (lang) => {
      const text = 'Oszuści, "zwrot"\nproszę';
      const csv = (await exportItems(source([item(1, text), item(2, 'drugi')]), 'csv', { lang })).join('');
      const [header] = parse([csv]);
      expect(header!.map(columnCode)).toEqual([...ITEM_COLUMNS]);
      const records = readRecords(csv);
      expect(records.map((r) => r.text)).toEqual([text, 'drugi']);
      expect(records[0]).toMatchObject({ author: 'user1', severity: 'high', risk: '0.8000' });
    },
  );

  test('every readable header is distinct in each language, and other headers are left as they are', () => {
    for (const lang of ['en', 'pl'] as const) {
      const [header] = Papa.parse<string[]>(exportEvents([], lang).join('').slice(1)).data;
      expect(new Set(header).size).toBe(header!.length);
    }
    expect(columnCode('  TREŚĆ ')).toBe('text');
    expect(columnCode('body')).toBe('body');
  });

  test('the evidence pack’s items.csv has readable headers in the chosen language', async () => {
    const zip = await buildEvidencePack([item(1, 'x')], { now: Date.UTC(2026, 11, 6), reportHtml: '', lang: 'pl' });
    const csv = strFromU8(unzipSync(zip)['items.csv']!);
    expect(Papa.parse<string[]>(csv.replace(/^\uFEFF/, '')).data[0]!.slice(0, 4)).toEqual([
      'Platforma',
      'Link',
      'Autor',
      'Treść',
    ]);
  });
});

describe('streaming', () => {
  test('20,000 items in chunks: right row count, progress to 100%, never one part per file', async () => {
    const items = Array.from({ length: 20_000 }, (_, i) => item(i, `comment ${i}, "quoted"\nnext line`));
    const progress: number[] = [];
    const parts = await exportItems(source(items), 'csv', { chunk: 1_000, onProgress: (d) => progress.push(d) });
    expect(parts.length).toBeGreaterThan(20);
    expect(parse(parts)).toHaveLength(20_001);
    expect(progress.at(-1)).toBe(20_000);
  });
  test('100,000 items (docs/RELIABILITY.md G2): CSV and JSON come in parts of bounded size with the right row count, read page by page', async () => {
    const items = Array.from({ length: 100_000 }, (_, i) => item(i, `Oszuści ${i}, "zwrot"\nproszę`));
    let largestPage = 0;
    const paged: ExportSource = {
      total: items.length,
      page: async (o, l) => {
        largestPage = Math.max(largestPage, l);
        return items.slice(o, o + l);
      },
      thread: () => undefined,
    };
    for (const format of ['csv', 'json'] as const) {
      const parts = await exportItems(paged, format);
      // No part holds more than a chunk's worth of rows: never one string for the whole file.
      const biggest = Math.max(...parts.map((p) => p.length));
      expect(biggest).toBeLessThan(2_000_000);
      expect(parts.length).toBeGreaterThanOrEqual(100);
      if (format === 'csv') expect(parse(parts)).toHaveLength(100_001);
      else expect(parseItemsExport(parts.join('')).items).toHaveLength(100_000);
    }
    expect(largestPage).toBeLessThanOrEqual(1_000);
  }, 60_000);
  test('cancel stops the export', async () => {
    const ctrl = new AbortController();
    const items = Array.from({ length: 5_000 }, (_, i) => item(i, 'x'));
    const run = exportItems(source(items), 'csv', {
      chunk: 500,
      signal: ctrl.signal,
      onProgress: (d) => d >= 1_000 && ctrl.abort(),
    });
    await expect(run).rejects.toMatchObject({ name: 'AbortError' });
  });
});

describe('JSON', () => {
  test('export then import of the same version is equal', async () => {
    const items = [item(1, 'a "quoted" =1+1'), item(2, 'Zażółć 😡\nnowa linia')];
    const parsed = parseItemsExport((await exportItems(source(items), 'json', { now: 0 })).join(''));
    expect(parsed.items).toEqual(items);
    expect(parsed.exportedAt).toBe('1970-01-01T00:00:00.000Z');
  });
  test.each([
    ['not JSON', '{oops', /not valid JSON/],
    [
      'wrong format',
      '{"format":"other","schemaVersion":1,"exportedAt":"x","items":[]}',
      /Not a Stormwatch items export/,
    ],
    ['wrong version', '{"format":"stormwatch-items","schemaVersion":9,"exportedAt":"x","items":[]}', /version 1/],
  ])('%s is refused with a readable message', (_n, text, msg) => {
    expect(() => parseItemsExport(text)).toThrow(msg);
  });
  test('prototype keys do not pollute', () => {
    parseItemsExport(
      '{"format":"stormwatch-items","schemaVersion":1,"exportedAt":"x","items":[],"__proto__":{"polluted":1}}',
    );
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
