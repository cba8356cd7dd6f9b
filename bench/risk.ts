/**
 * `npm run bench:risk`: accuracy and speed of the risk engine against the libraries a user would
 * otherwise pick, in the same run, on every single-comment set in ../shared/data. Baselines get
 * their best threshold on each set (an upper bound for them); Stormwatch uses its shipped
 * decision (flagged at the default sensitivity). Writes bench/results/risk.json.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import vader from 'vader-sentiment';
import Sentiment from 'sentiment';
import { SentimentAnalyzer } from '@nlpjs/sentiment';
import { LangPl } from '@nlpjs/lang-pl';
import { Container } from '@nlpjs/core';
import { classify } from '../lib/risk/classify';
import { isFlagged } from '../lib/risk/types';
import { scanText } from '../lib/risk/scan';
import { PL_VULGAR } from '../lib/risk/lexicons/pl-vulgar';
import { hasData, readSet, type Row } from './lib/data';
import { bestThreshold, prf, rocAuc } from './lib/metrics';
import { table } from './lib/table';

const SETS: Array<{ set: string; split: 'val' | 'train'; lang: 'en' | 'pl'; note?: string }> = [
  { set: 'tweeteval-offensive', split: 'val', lang: 'en' },
  { set: 'tweeteval-hate', split: 'val', lang: 'en' },
  { set: 'tweeteval-sentiment', split: 'val', lang: 'en' },
  { set: 'poleval2019-cbd', split: 'val', lang: 'pl' },
  { set: 'davidson-hate-offensive', split: 'train', lang: 'en', note: 'training data of the model: not a fair test' },
];

const afinn = new Sentiment();
const EN_PROFANITY = ['fuck', 'fucking', 'shit', 'bitch', 'bitches', 'ass', 'asshole', 'cunt', 'dick', 'pussy', 'bastard', 'damn', 'crap', 'whore', 'slut', 'fag', 'faggot', 'nigga', 'nigger', 'retard', 'idiot', 'stupid', 'moron', 'hoe', 'hoes'];
const PROFANITY = new Set([...PL_VULGAR.split(' '), ...EN_PROFANITY]);

async function main(): Promise<void> {
  if (!hasData()) {
    console.log('bench:risk skipped: ../shared/data is not here (set STORMWATCH_DATA to the data folder).');
    return;
  }
  const container = new Container();
  container.use(LangPl);
  const nlpPl = new SentimentAnalyzer({ container });
  type System = { name: string; score(text: string): number | Promise<number>; decide?: (text: string) => boolean };
  const systems: System[] = [
    { name: 'Stormwatch', score: (t) => classify(t).risk, decide: (t) => isFlagged(classify(t)) },
    { name: 'vader-sentiment', score: (t) => -vader.SentimentIntensityAnalyzer.polarity_scores(t).compound },
    { name: 'sentiment (AFINN-165)', score: (t) => -afinn.analyze(t).comparative },
    { name: '@nlpjs/sentiment pl', score: async (t) => -((await nlpPl.process({ locale: 'pl', text: t })) as { sentiment: { score: number } }).sentiment.score },
    { name: 'profanity list', score: (t) => (scanText(t).tokens.some((w) => PROFANITY.has(w.text)) ? 1 : 0) },
  ];
  const results: Record<string, unknown>[] = [];
  const rows: Array<Array<string | number>> = [];
  for (const s of SETS) {
    const data = readSet<Row>(s.set, s.split);
    if (!data) continue;
    const gold = data.map((r) => r.binary);
    for (const sys of systems) {
      if (sys.name.includes('nlpjs') && s.lang !== 'pl') continue;
      const scores: number[] = [];
      for (const r of data) scores.push(await sys.score(r.text));
      const auc = rocAuc(scores, gold);
      const m = sys.decide ? prf(data.map((r) => sys.decide!(r.text)), gold) : (() => {
        const b = bestThreshold(scores, gold);
        return { ...prf(scores.map((x) => x >= b.threshold), gold), threshold: b.threshold };
      })();
      results.push({ set: s.set, split: s.split, system: sys.name, ...m, auc, note: s.note });
      rows.push([`${s.set} (${s.split})`, sys.name, m.precision, m.recall, m.f1, auc]);
    }
  }
  // Throughput: one thread, same texts for every system, after a warm-up pass. The systems take
  // turns (7 rounds of about 400 ms each) and each is timed in process CPU time, so load from
  // other processes on a shared machine does not favour whichever ran in a quiet moment; the
  // median round counts.
  const texts = [...(readSet<Row>('tweeteval-offensive', 'val') ?? []), ...(readSet<Row>('poleval2019-cbd', 'val') ?? [])].map((r) => r.text);
  const speed: Array<Array<string | number>> = [];
  const speeds: Record<string, number> = {};
  const timed = systems.filter((sys) => !sys.name.includes('nlpjs'));
  for (const sys of timed) for (const t of texts) await sys.score(t);
  const rounds: Record<string, number[]> = Object.fromEntries(timed.map((sys) => [sys.name, []]));
  for (let round = 0; round < 7; round++) {
    for (const sys of timed) {
      const c0 = process.cpuUsage();
      const t0 = performance.now();
      let n = 0;
      while (performance.now() - t0 < 400) for (const t of texts) {
        sys.score(t);
        n++;
      }
      const c = process.cpuUsage(c0);
      rounds[sys.name]!.push(n / ((c.user + c.system) / 1e6));
    }
  }
  for (const sys of timed) {
    const r = [...rounds[sys.name]!].sort((a, b) => a - b);
    speeds[sys.name] = r[Math.floor(r.length / 2)]!;
    speed.push([sys.name, Math.round(speeds[sys.name]!), `${Math.round(r[0]!)}–${Math.round(r[r.length - 1]!)}`]);
  }
  console.log('\nRisk engine accuracy ("negative or toxic" = binary 1); baselines at their best threshold per set\n');
  console.log(table(['set', 'system', 'precision', 'recall', 'F1', 'ROC AUC'], rows));
  console.log('\nThroughput, one thread, comments per CPU second (median of 7 interleaved rounds)\n');
  console.log(table(['system', 'comments/s', 'range'], speed));
  const sw = speeds.Stormwatch!;
  console.log(`\nStormwatch vs AFINN: ${(sw / speeds['sentiment (AFINN-165)']!).toFixed(2)}×, vs VADER: ${(sw / speeds['vader-sentiment']!).toFixed(1)}×`);
  mkdirSync(resolve(import.meta.dirname, 'results'), { recursive: true });
  writeFileSync(resolve(import.meta.dirname, 'results/risk.json'), `${JSON.stringify({ accuracy: results, throughput: speeds }, null, 2)}\n`);
}

main().catch((e: unknown) => {
  console.error(`bench:risk failed: ${e instanceof Error ? e.message : String(e)}`);
  process.exit(1);
});
