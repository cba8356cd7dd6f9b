/**
 * `npm run bench:export`: 100,000 flagged items to CSV and to JSON through the streaming export:
 * total time, longest task between yields (the panel stays responsive when it is short), peak
 * heap, output size. Writes bench/results/export.json.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { exportItems, type ExportFormat } from '../lib/export/stream';
import type { FlaggedItem } from '../lib/db/types';
import { CRISIS_SIGNALS, TOXICITY_KINDS } from '../lib/risk/types';
import { table } from './lib/table';

const N = 100_000;
const zeros = <K extends string>(keys: readonly K[]) =>
  Object.fromEntries(keys.map((k) => [k, 0])) as Record<K, number>;
const texts = [
  'Jesteście bandą idiotów, k*rwa',
  'Heard your database got hacked!!!',
  '=HYPERLINK("x")',
  'Żądam zwrotu pieniędzy, "oszuści"\nnowa linia',
  '😡 never again',
];
const items: FlaggedItem[] = Array.from({ length: N }, (_, i) => ({
  key: `youtube:c${i}`,
  platform: 'youtube',
  commentId: `c${i}`,
  author: `user_${i % 977}`,
  text: `${texts[i % texts.length]} #${i}`,
  pageUrl: 'https://www.youtube.com/watch?v=x',
  permalink: `https://www.youtube.com/watch?v=x&lc=c${i}`,
  depth: i % 2,
  threadKey: `youtube:t${i % 5000}`,
  language: i % 2 ? 'pl' : 'en',
  severity: 'high',
  severityRank: 3,
  risk: 0.81,
  negativity: 0.7,
  toxicity: 0.6,
  toxicityBy: zeros(TOXICITY_KINDS),
  signals: { ...zeros(CRISIS_SIGNALS), scamFraud: 0.8 },
  reasons: [
    {
      source: 'lexicon',
      target: 'insult',
      label: 'insult: "idiotów"',
      term: 'idiotów',
      span: { start: 17, end: 24 },
      weight: 0.8,
    },
  ],
  uncertain: false,
  engine: 'hlr-1',
  status: 'new',
  firstSeen: 1_764_000_000_000 + i,
  lastSeen: 1_764_000_000_000 + i,
  textHash: 'h',
}));

async function run(format: ExportFormat) {
  globalThis.gc?.();
  let peak = process.memoryUsage().heapUsed;
  const base = peak;
  let last = performance.now();
  let longest = 0;
  const t0 = performance.now();
  const parts = await exportItems(
    { total: N, page: async (o, l) => items.slice(o, o + l), thread: () => undefined },
    format,
    {
      chunk: 1_000,
      onProgress: () => {
        const t = performance.now();
        longest = Math.max(longest, t - last);
        last = t;
        peak = Math.max(peak, process.memoryUsage().heapUsed);
      },
    },
  );
  const ms = performance.now() - t0;
  const bytes = parts.reduce((s, p) => s + Buffer.byteLength(p), 0);
  return {
    format,
    ms,
    longestTaskMs: longest,
    peakHeapMB: (peak - base) / 1e6,
    sizeMB: bytes / 1e6,
    parts: parts.length,
  };
}

async function main() {
  const results = [await run('csv'), await run('json')];
  console.log(
    `\nExport of ${N.toLocaleString('en')} flagged items (streaming, 1,000 per chunk; target < 2 s, no task > 200 ms)\n`,
  );
  console.log(
    table(
      ['format', 'total (ms)', 'longest task (ms)', 'heap growth (MB)', 'size (MB)', 'parts'],
      results.map((r) => [
        r.format,
        Math.round(r.ms),
        Math.round(r.longestTaskMs),
        Number(r.peakHeapMB.toFixed(1)),
        Number(r.sizeMB.toFixed(1)),
        r.parts,
      ]),
    ),
  );
  mkdirSync(resolve(import.meta.dirname, 'results'), { recursive: true });
  writeFileSync(resolve(import.meta.dirname, 'results/export.json'), `${JSON.stringify(results, null, 2)}\n`);
}

void main();
