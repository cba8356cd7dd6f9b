/**
 * `npm run bench:escalation`: forecasting derailment on Conversations Gone Awry (Wikipedia talk
 * pages and r/ChangeMyView, validation splits): the turns end before the attack, so this is a
 * forecast. Stormwatch's "likely to derail" probability against chance, the thread's maximum
 * single-comment toxicity (our own engine) and AFINN/VADER thread averages, each baseline at its
 * best threshold. Also the cost of scoring a 2,000-comment thread and of adding one comment.
 * Writes bench/results/escalation.json.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import vader from 'vader-sentiment';
import Sentiment from 'sentiment';
import { classify } from '../lib/risk/classify';
import { scoreThread, ThreadTracker, type ThreadComment } from '../lib/risk/escalation';
import { DERAIL_THRESHOLD } from '../lib/risk/escalation';
import { hasData, readSet, type ThreadRow } from './lib/data';
import { bestThreshold, prf, rocAuc } from './lib/metrics';
import { table } from './lib/table';

const afinn = new Sentiment();
const NOW = Date.parse('2026-11-25T12:00:00Z');

// CGA-CMV ends every thread with "[UNK]", a placeholder for the removed comment: not content.
function toThread(turns: string[]): ThreadComment[] {
  return turns.filter((t) => t.trim() !== '[UNK]').map((text, i) => ({ id: `t${i}`, parentId: i ? `t${i - 1}` : undefined, author: `speaker${i % 2}`, text, risk: classify(text) }));
}

function accuracy(pred: boolean[], gold: number[]): number {
  return pred.filter((p, i) => (p ? 1 : 0) === gold[i]).length / gold.length;
}

function main(): void {
  if (!hasData()) {
    console.log('bench:escalation skipped: ../shared/data is not here (set STORMWATCH_DATA to the data folder).');
    return;
  }
  const rows: Array<Array<string | number>> = [];
  const results: Record<string, unknown>[] = [];
  for (const set of ['cga-wiki', 'cga-cmv']) {
    const data = readSet<ThreadRow>(set, 'val');
    if (!data) continue;
    const gold = data.map((r) => r.binary);
    const threads = data.map((r) => toThread(r.turns));
    const systems: Array<[string, number[], boolean[] | null]> = [];
    const derail = threads.map((t) => scoreThread(t, NOW).derail);
    systems.push(['Stormwatch derail', derail, derail.map((d) => d >= DERAIL_THRESHOLD)]);
    systems.push(['chance', data.map((_, i) => (i * 2654435761) % 1000 / 1000), null]);
    systems.push(['max single-comment toxicity', threads.map((t) => Math.max(...t.map((c) => c.risk.toxicity))), null]);
    systems.push(['AFINN thread average', data.map((r) => -r.turns.reduce((s, x) => s + (x === '[UNK]' ? 0 : afinn.analyze(x).comparative), 0) / r.turns.length), null]);
    systems.push(['VADER thread average', data.map((r) => -r.turns.reduce((s, x) => s + (x === '[UNK]' ? 0 : vader.SentimentIntensityAnalyzer.polarity_scores(x).compound), 0) / r.turns.length), null]);
    for (const [name, scores, shipped] of systems) {
      const pred = shipped ?? (() => {
        const b = bestThreshold(scores, gold);
        return scores.map((s) => s >= b.threshold);
      })();
      const m = { accuracy: accuracy(pred, gold), f1: prf(pred, gold).f1, auc: rocAuc(scores, gold) };
      results.push({ set, system: name, ...m });
      rows.push([set, name, m.accuracy, m.f1, m.auc]);
    }
  }
  // Speed: a 2,000-comment thread from scratch, and the cost of one more comment at several sizes.
  const texts = (readSet<ThreadRow>('cga-cmv', 'val') ?? []).flatMap((r) => r.turns);
  const pool: ThreadComment[] = texts.slice(0, 12_000).map((text, i) => ({ id: `c${i}`, parentId: i % 7 ? `c${i - 1}` : undefined, author: `a${i % 37}`, text, time: NOW - (12_000 - i) * 30_000, likes: i % 11, risk: classify(text) }));
  const runs: number[] = [];
  for (let k = 0; k < 15; k++) {
    const t0 = performance.now();
    scoreThread(pool.slice(0, 2_000), NOW);
    runs.push(performance.now() - t0);
  }
  runs.sort((a, b) => a - b);
  const perAdd: Array<Array<string | number>> = [];
  const addCost: Record<number, number> = {};
  for (const size of [100, 1_000, 2_000, 10_000]) {
    const tracker = new ThreadTracker();
    for (const c of pool.slice(0, size)) tracker.add(c);
    tracker.result(NOW);
    const extra = pool.slice(size, size + 500).map((c, i) => ({ ...c, id: `x${size}-${i}` }));
    const t0 = performance.now();
    for (const c of extra.length ? extra : pool.slice(0, 500).map((c, i) => ({ ...c, id: `y${i}` }))) {
      tracker.add(c);
      tracker.result(NOW);
    }
    addCost[size] = ((performance.now() - t0) / 500) * 1000;
    perAdd.push([size, addCost[size]!]);
  }
  console.log('\nDerailment forecasting on Conversations Gone Awry (validation); baselines at their best threshold\n');
  console.log(table(['set', 'system', 'accuracy', 'F1', 'ROC AUC'], rows));
  console.log(`\nScoring a 2,000-comment thread from scratch: median ${runs[7]!.toFixed(2)} ms (target < 20 ms)\n`);
  console.log(table(['thread size', 'add one comment + result (µs)'], perAdd));
  mkdirSync(resolve(import.meta.dirname, 'results'), { recursive: true });
  writeFileSync(resolve(import.meta.dirname, 'results/escalation.json'), `${JSON.stringify({ forecasting: results, fromScratch2000Ms: runs[7], addCostUs: addCost }, null, 2)}\n`);
}

main();
