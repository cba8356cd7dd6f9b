/**
 * `npm run bench:risk`: the risk engine's judgement against the libraries a user would otherwise
 * pick and against the engine before the learned negativity and signal heads, in the same run.
 * - Labelled sets in ../shared/data (validation splits: nothing here chooses a setting). Each set
 *   is read for its own task: sentiment sets by the negativity score ("negative" from 0.5, the
 *   cross-validated F1 boundary), offensive and hate sets by the toxicity score ("toxic" from
 *   "low"), and every set also by what is queued at the default sensitivity ("medium").
 *   Baselines get their best threshold on each set (an upper bound for them); flag-everything F1
 *   is the floor any useful decision must beat.
 * - False alarms: the share of comments queued at the default sensitivity on the ordinary threads
 *   of ../shared/pages and on the project's ordinary set (datasets/ordinary).
 * - Crisis signals and language on the held-out part of the project's signal set.
 * - Speed: `classify` in comments per CPU second, one thread.
 * Writes bench/results/risk.json.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { JSDOM } from 'jsdom';
import vader from 'vader-sentiment';
import Sentiment from 'sentiment';
import { SentimentAnalyzer } from '@nlpjs/sentiment';
import { LangPl } from '@nlpjs/lang-pl';
import { Container } from '@nlpjs/core';
import { classify } from '../lib/risk/classify';
import { isFlagged, SEVERITY_RANK, type RiskResult, type Severity } from '../lib/risk/types';
import { SEVERITY_THRESHOLDS } from '../lib/risk/classify';
import { tokenize } from '../lib/risk/tokenize';
import { PL_VULGAR } from '../lib/risk/generated/pl-vulgar';
import { scanDocument } from '../lib/cli/scan-page';
import { hasData, readSet, type Row } from './lib/data';
import { bestThreshold, prf, rocAuc } from './lib/metrics';
import { table } from './lib/table';
import { loadPreviousEngine, PREVIOUS_ENGINE } from './lib/previous-engine';
import { lookExamples, lookOutOfBlock } from '../scripts/train-risk';
import { LOOK_THRESHOLD, PROMOTE_THRESHOLD } from '../lib/risk/second-look';
import {
  readHateSet,
  readOrdinarySet,
  readOtherLanguages,
  readQueueSet,
  readShortLanguageSet,
  readSignalSet,
  SIGNAL_NAMES,
} from './lib/project-sets';

type Task = 'negativity' | 'toxicity';
const SETS: Array<{ set: string; split: 'val' | 'train'; lang: 'en' | 'pl'; task: Task; note?: string }> = [
  { set: 'clarin-emo-pl', split: 'val', lang: 'pl', task: 'negativity' },
  { set: 'xed-pl', split: 'val', lang: 'pl', task: 'negativity' },
  { set: 'political-tweets-sentiment-pl', split: 'val', lang: 'pl', task: 'negativity' },
  { set: 'twitter-sentiment-pl', split: 'val', lang: 'pl', task: 'negativity' },
  { set: 'hatespeech-pl', split: 'val', lang: 'pl', task: 'toxicity' },
  { set: 'poleval2019-cbd', split: 'val', lang: 'pl', task: 'toxicity' },
  { set: 'goemotions-en', split: 'val', lang: 'en', task: 'negativity' },
  { set: 'tweeteval-sentiment', split: 'val', lang: 'en', task: 'negativity' },
  { set: 'complaints-tweets-en', split: 'val', lang: 'en', task: 'negativity' },
  { set: 'airline-sentiment-en', split: 'val', lang: 'en', task: 'negativity' },
  { set: 'tweeteval-offensive', split: 'val', lang: 'en', task: 'toxicity' },
  { set: 'tweeteval-hate', split: 'val', lang: 'en', task: 'toxicity' },
  {
    set: 'davidson-hate-offensive',
    split: 'train',
    lang: 'en',
    task: 'toxicity',
    note: 'its training split: the toxicity head no longer trains on it',
  },
];

/** Ordinary threads among the saved real pages (nothing in them is a risk a team must act on). */
const ORDINARY_PAGES = [
  'old-reddit-thread-google_antigravity-1q95ifn-2026',
  'generic-hackernews-item-2023',
  'generic-wordpress-uebermedien-2023',
  'generic-drupal-cicero-2020',
];

const afinn = new Sentiment();
const EN_PROFANITY = [
  'fuck',
  'fucking',
  'shit',
  'bitch',
  'bitches',
  'ass',
  'asshole',
  'cunt',
  'dick',
  'pussy',
  'bastard',
  'damn',
  'crap',
  'whore',
  'slut',
  'fag',
  'faggot',
  'nigga',
  'nigger',
  'retard',
  'idiot',
  'stupid',
  'moron',
  'hoe',
  'hoes',
];
const PROFANITY = new Set([...PL_VULGAR.split(' '), ...EN_PROFANITY]);
const pct = (n: number, d: number) => `${n} of ${d} (${((100 * n) / Math.max(1, d)).toFixed(1)}%)`;

interface System {
  name: string;
  score(text: string): number | Promise<number>;
  decide?: (text: string) => boolean;
}

async function accuracy(
  previous: ((t: string) => RiskResult) | null,
): Promise<{ rows: Array<Array<string | number>>; results: Record<string, unknown>[] }> {
  const container = new Container();
  container.use(LangPl);
  const nlpPl = new SentimentAnalyzer({ container });
  const memo = new Map<string, RiskResult>();
  const sw = (t: string) => {
    let r = memo.get(t);
    if (!r) memo.set(t, (r = classify(t)));
    return r;
  };
  const rows: Array<Array<string | number>> = [];
  const results: Record<string, unknown>[] = [];
  for (const s of SETS) {
    const data = readSet<Row>(s.set, s.split);
    if (!data) continue;
    const gold = data.map((r) => r.binary);
    const task = (r: RiskResult) => (s.task === 'negativity' ? r.negativity : r.toxicity);
    const systems: System[] = [
      {
        name: `Stormwatch ${s.task}`,
        score: (t) => task(sw(t)),
        decide: (t) =>
          s.task === 'negativity' ? sw(t).negativity >= 0.5 : SEVERITY_RANK[severityOfTox(sw(t).toxicity)] >= 1,
      },
      { name: 'Stormwatch queued (default sensitivity)', score: (t) => sw(t).risk, decide: (t) => isFlagged(sw(t)) },
      ...(previous
        ? [
            {
              name: `previous engine (${PREVIOUS_ENGINE}), flagged`,
              score: (t: string) => previous(t).risk,
              decide: (t: string) => SEVERITY_RANK[previous(t).severity] >= 1,
            },
          ]
        : []),
      { name: 'vader-sentiment', score: (t) => -vader.SentimentIntensityAnalyzer.polarity_scores(t).compound },
      { name: 'sentiment (AFINN-165)', score: (t) => -afinn.analyze(t).comparative },
      ...(s.lang === 'pl'
        ? [
            {
              name: '@nlpjs/sentiment pl',
              score: async (t: string) =>
                -((await nlpPl.process({ locale: 'pl', text: t })) as { sentiment: { score: number } }).sentiment.score,
            },
          ]
        : []),
      { name: 'profanity list', score: (t) => (tokenize(t).tokens.some((w) => PROFANITY.has(w.text)) ? 1 : 0) },
    ];
    for (const sys of systems) {
      const scores: number[] = [];
      for (const r of data) scores.push(await sys.score(r.text));
      const auc = rocAuc(scores, gold);
      const best = sys.decide ? 0 : bestThreshold(scores, gold).threshold;
      const m = sys.decide
        ? prf(
            data.map((r) => sys.decide!(r.text)),
            gold,
          )
        : prf(
            scores.map((x) => x >= best),
            gold,
          );
      results.push({ set: s.set, split: s.split, task: s.task, system: sys.name, ...m, auc, note: s.note });
      rows.push([`${s.set} (${s.split})`, sys.name, m.precision, m.recall, m.f1, auc]);
    }
    const all = prf(
      gold.map(() => true),
      gold,
    );
    results.push({ set: s.set, split: s.split, task: s.task, system: 'flag everything', ...all, auc: 0.5 });
    rows.push([`${s.set} (${s.split})`, 'flag everything', all.precision, all.recall, all.f1, 0.5]);
  }
  return { rows, results };
}

const severityOfTox = (x: number): Severity =>
  x >= SEVERITY_THRESHOLDS.critical
    ? 'critical'
    : x >= SEVERITY_THRESHOLDS.high
      ? 'high'
      : x >= SEVERITY_THRESHOLDS.medium
        ? 'medium'
        : x >= SEVERITY_THRESHOLDS.low
          ? 'low'
          : 'none';

function falseAlarms(): { rows: Array<Array<string | number>>; results: Record<string, unknown>[] } {
  const rows: Array<Array<string | number>> = [];
  const results: Record<string, unknown>[] = [];
  const pages = resolve(import.meta.dirname, '../../shared/pages');
  for (const name of ORDINARY_PAGES) {
    const file = resolve(pages, `${name}.html`);
    if (!existsSync(file)) continue;
    let out: Record<string, unknown>[] = [];
    try {
      out = scanDocument(new JSDOM(readFileSync(file, 'utf8'), { url: 'https://example.invalid/' }).window.document);
    } catch (e) {
      rows.push([name, 'not read', e instanceof Error ? e.message : String(e), '', '']);
      continue;
    }
    const queued = out.filter((c) => c.flagged).length;
    const low = out.filter((c) => c.severity !== 'none').length;
    const other = out.filter((c) => c.language === 'other').length;
    results.push({ thread: name, comments: out.length, queued, lowOrAbove: low, notAssessedLanguage: other });
    rows.push([name, out.length, pct(queued, out.length), pct(low, out.length), other]);
  }
  const ordinary = readOrdinarySet();
  const res = ordinary.map((r) => classify(r.text));
  const queued = res.filter((r) => isFlagged(r)).length;
  const low = res.filter((r) => r.severity !== 'none').length;
  results.push({ thread: 'datasets/ordinary', comments: res.length, queued, lowOrAbove: low });
  rows.push([
    'datasets/ordinary (Polish and English)',
    res.length,
    pct(queued, res.length),
    pct(low, res.length),
    res.filter((r) => r.language === 'other').length,
  ]);
  const queueSet = readQueueSet();
  const judged = queueSet.map((r) => ({ look: r.look, r: classify(r.text) }));
  const quiet = judged.filter((x) => !x.look);
  const quietQueued = quiet.filter((x) => isFlagged(x.r)).length;
  const quietLow = quiet.filter((x) => x.r.severity !== 'none').length;
  const looked = judged.filter((x) => x.look);
  const lookedQueued = looked.filter((x) => isFlagged(x.r)).length;
  results.push({
    thread: 'datasets/queue',
    comments: quiet.length,
    queued: quietQueued,
    lowOrAbove: quietLow,
    needsLook: looked.length,
    needsLookQueued: lookedQueued,
  });
  rows.push([
    `datasets/queue, no look needed (${lookedQueued} of the ${looked.length} that need one queued)`,
    quiet.length,
    pct(quietQueued, quiet.length),
    pct(quietLow, quiet.length),
    quiet.filter((x) => x.r.language === 'other').length,
  ]);
  return { rows, results };
}

/** How often the language is read right: short comments by their language, and eleven other languages (any of them is "other"). */
function languages(): { rows: Array<Array<string | number>>; results: Record<string, unknown> } {
  const rows: Array<Array<string | number>> = [];
  const results: Record<string, unknown> = {};
  const short = readShortLanguageSet();
  for (const lang of ['pl', 'en', 'other']) {
    const part = short.filter((r) => r.lang === lang);
    const right = part.filter((r) => classify(r.text).language === lang).length;
    results[`short-${lang}`] = { comments: part.length, right };
    rows.push(['datasets/language/short', lang, part.length, pct(right, part.length)]);
  }
  const other = readOtherLanguages();
  const right = other.filter((r) => classify(r.text).language === 'other').length;
  results['other-languages'] = { comments: other.length, right };
  rows.push(['datasets/other-languages', 'eleven languages', other.length, pct(right, other.length)]);
  return { rows, results };
}

function signals(): { rows: Array<Array<string | number>>; results: Record<string, unknown> } {
  const rows: Array<Array<string | number>> = [];
  const data = readSignalSet('val');
  const res = data.map((r) => classify(r.text));
  const pred = res.flatMap((x) => SIGNAL_NAMES.map((s) => x.signals[s] > 0));
  const gold = data.flatMap((r) => SIGNAL_NAMES.map((s) => (r.signals.includes(s) ? 1 : 0)));
  const micro = prf(pred, gold);
  const per: Record<string, unknown> = {};
  for (const s of SIGNAL_NAMES) {
    const m = prf(
      res.map((x) => x.signals[s] > 0),
      data.map((r) => (r.signals.includes(s) ? 1 : 0)),
    );
    per[s] = m;
    rows.push([s, m.precision, m.recall, m.f1]);
  }
  rows.push(['micro average', micro.precision, micro.recall, micro.f1]);
  const confusers = data.filter((r) => r.confuser);
  const confusersWithSignal = data.filter(
    (r, i) => r.confuser && SIGNAL_NAMES.some((s) => res[i]!.signals[s] > 0),
  ).length;
  const language = data.filter((r, i) => res[i]!.language === r.lang).length;
  return {
    rows,
    results: {
      micro,
      per,
      confusers: confusers.length,
      confusersWithSignal,
      languageRight: language,
      comments: data.length,
    },
  };
}

/**
 * The second look on its own training sets, honestly: each block of 200 consecutive ids (a set
 * written in one sitting) scored by a head trained without it, at the shipped thresholds, both
 * ways: what it takes out of the queue and what it adds to it.
 */
function secondLook(): { rows: Array<Array<string | number>>; results: Array<Record<string, unknown>> } {
  const oob = lookOutOfBlock(lookExamples());
  const rows: Array<Array<string | number>> = [];
  const results: Array<Record<string, unknown>> = [];
  for (const [set, name] of [
    ['que', 'datasets/queue'],
    ['ord', 'datasets/ordinary'],
    ['sig', 'datasets/signals/train.jsonl'],
  ] as const) {
    const c = { quiet: 0, quietOut: 0, look: 0, lookOut: 0, quietLeft: 0, quietIn: 0, lookLeft: 0, lookIn: 0 };
    for (const [ex, p] of oob) {
      if (ex.set !== set) continue;
      if (ex.asked && ex.y) {
        c.look++;
        if (p < LOOK_THRESHOLD) c.lookOut++;
      } else if (ex.asked) {
        c.quiet++;
        if (p < LOOK_THRESHOLD) c.quietOut++;
      }
      if (ex.promotable && ex.y) {
        c.lookLeft++;
        if (p >= PROMOTE_THRESHOLD) c.lookIn++;
      } else if (ex.promotable) {
        c.quietLeft++;
        if (p >= PROMOTE_THRESHOLD) c.quietIn++;
      }
    }
    rows.push([
      name,
      `${c.quietOut} of ${c.quiet}`,
      `${c.lookOut} of ${c.look}`,
      `${c.lookIn} of ${c.lookLeft}`,
      `${c.quietIn} of ${c.quietLeft}`,
    ]);
    results.push({ set: name, ...c });
  }
  return { rows, results };
}

/**
 * Hate against groups (datasets/hate): what is queued, what is called an identity attack, and the
 * toxicity's ranking, on the part the lists were chosen on and on the held-out part.
 */
function hate(): { rows: Array<Array<string | number>>; results: Record<string, unknown>[] } {
  const rows: Array<Array<string | number>> = [];
  const results: Record<string, unknown>[] = [];
  for (const split of ['train', 'val'] as const) {
    const data = readHateSet(split);
    for (const lang of ['pl', 'en'] as const) {
      const part = data.filter((r) => r.lang === lang);
      const res = part.map((r) => classify(r.text));
      const gold = part.map((r) => r.hate);
      const queued = prf(
        res.map((r) => isFlagged(r)),
        gold,
      );
      const identity = prf(
        res.map((r) => r.toxicityBy.identityAttack > 0),
        gold,
      );
      const auc = rocAuc(
        res.map((r) => r.toxicity),
        gold,
      );
      const hateful = gold.filter(Boolean).length;
      results.push({ split, lang, comments: part.length, hateful, queued, identity, auc });
      rows.push([
        `${split === 'train' ? 'seen' : 'held out'} (${split})`,
        lang,
        part.length,
        hateful,
        queued.precision,
        queued.recall,
        queued.f1,
        identity.precision,
        identity.recall,
        identity.f1,
        auc,
      ]);
    }
  }
  return { rows, results };
}

function throughput(): { rate: number; range: string } {
  const texts = [
    ...(readSet<Row>('tweeteval-offensive', 'val') ?? []),
    ...(readSet<Row>('poleval2019-cbd', 'val') ?? []),
  ].map((r) => r.text);
  for (const t of texts) classify(t);
  const rounds: number[] = [];
  for (let round = 0; round < 5; round++) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    let n = 0;
    while (performance.now() - t0 < 500)
      for (const t of texts) {
        classify(t);
        n++;
      }
    const c = process.cpuUsage(c0);
    rounds.push(n / ((c.user + c.system) / 1e6));
  }
  rounds.sort((a, b) => a - b);
  return { rate: rounds[2]!, range: `${Math.round(rounds[0]!)}–${Math.round(rounds[4]!)}` };
}

async function main(): Promise<void> {
  if (!hasData()) {
    console.log('bench:risk skipped: ../shared/data is not here (set STORMWATCH_DATA to the data folder).');
    return;
  }
  // Timed first, in a fresh heap: after the accuracy runs the process holds tens of thousands of
  // results and parsed pages, and collecting them slowed classify by about 40%, which the
  // extension's background script, scoring a page's comments, never carries.
  const speed = throughput();
  const previous = await loadPreviousEngine();
  if (!previous)
    console.log(`(the previous engine, ${PREVIOUS_ENGINE}, could not be taken from git: its rows are left out)`);
  const acc = await accuracy(previous);
  console.log(
    '\nJudgement on the validation splits ("negative or toxic" = binary 1). Stormwatch decides at its shipped boundaries; baselines at their best threshold per set\n',
  );
  console.log(table(['set', 'system', 'precision', 'recall', 'F1', 'ROC AUC'], acc.rows));
  const fa = falseAlarms();
  console.log(
    '\nFalse alarms on ordinary threads: queued at the default sensitivity ("medium"), and "low" or above (shown only when asked for)\n',
  );
  console.log(table(['thread', 'comments', 'queued', 'low or above', 'not assessed (language)'], fa.rows));
  const look = secondLook();
  console.log(
    `\nThe second look, out of block (its training sets, datasets/, each block of 200 ids scored by a head trained without it): of the comments queued at "medium" on a signal that it is asked about, how many it takes out of the queue (under ${LOOK_THRESHOLD}); of the comments the first look left out, how many it queues (from ${PROMOTE_THRESHOLD})\n`,
  );
  console.log(
    table(
      [
        'set',
        'no look needed: taken out',
        'need a look: taken out',
        'need a look, left out: queued',
        'no look needed, left out: queued',
      ],
      look.rows,
    ),
  );
  const sig = signals();
  console.log(
    `\nCrisis signals on the held-out part of the signal set (datasets/signals/val.jsonl, ${sig.results.comments} comments): confusers with a signal ${sig.results.confusersWithSignal} of ${sig.results.confusers}; language right ${pct(sig.results.languageRight as number, sig.results.comments as number)}\n`,
  );
  console.log(table(['signal', 'precision', 'recall', 'F1'], sig.rows));
  const lang = languages();
  console.log(
    '\nLanguage (datasets/language/short.jsonl: comments of one to six words, the Polish ones without diacritics; datasets/other-languages: eleven languages)\n',
  );
  console.log(table(['set', 'written in', 'comments', 'read right'], lang.rows));
  const hateSet = hate();
  console.log(
    "\nHate against groups (datasets/hate; its train part was seen while choosing the group, slur and hate lists, its val part was not): queued at the default sensitivity, called an identity attack, and the toxicity score's ROC AUC\n",
  );
  console.log(
    table(
      [
        'part',
        'language',
        'comments',
        'hateful',
        'queued P',
        'queued R',
        'queued F1',
        'identity P',
        'identity R',
        'identity F1',
        'toxicity AUC',
      ],
      hateSet.rows,
    ),
  );
  console.log(
    `\nclassify: ${Math.round(speed.rate)} comments per CPU second (median of 5 rounds, ${speed.range}), one thread\n`,
  );
  mkdirSync(resolve(import.meta.dirname, 'results'), { recursive: true });
  writeFileSync(
    resolve(import.meta.dirname, 'results/risk.json'),
    `${JSON.stringify({ accuracy: acc.results, falseAlarms: fa.results, secondLook: look.results, signals: sig.results, languages: lang.results, hate: hateSet.results, throughput: speed }, null, 2)}\n`,
  );
}

main().catch((e: unknown) => {
  console.error(`bench:risk failed: ${e instanceof Error ? e.stack : String(e)}`);
  process.exit(1);
});
