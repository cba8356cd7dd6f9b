/**
 * `npm run bench:scanner`: 5,000 comments appended in 50 bursts to an old.reddit page in Chromium,
 * once with Stormwatch and once without, in the same run. Reports long tasks, added main-thread
 * script time per comment, JS heap growth, and time from insertion to the risky mark (the outline;
 * the badge itself is built when its comment comes near the viewport). Then 100,000 comments on
 * one page with the side panel open (`bench/scanner-flood.ts`).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';
import { chromiumPath, launchWithExtension } from '../scripts/lib/chromium';
import { benchPageHtml } from './scanner-page';
import { floodBench, printFlood } from './scanner-flood';

const BURSTS = 50;
const PER_BURST = 100;
const URL = 'https://old.reddit.com/r/bench/comments/bench/scanner_benchmark/';

interface RunResult {
  scriptMs: number;
  taskMs: number;
  /** Style recalculation and layout (the page's rendering work our badges add to). */
  layoutMs: number;
  heapGrowthMB: number;
  /** Long tasks while comments streamed in (the scanning itself). */
  longTasks: number;
  /** Durations of the long tasks (> 50 ms) while scanning, ms. */
  scanLongTasks: number[];
  longestTaskMs: number;
  /** Long tasks before streaming started (page load, content-script start-up). */
  loadLongTasks: number[];
  /** Comments marked risky (severity attribute), and badges built: only those near the viewport get one (and an outline). */
  marked: number;
  badgesBuilt: number;
  markMedianMs: number | null;
  markP95Ms: number | null;
  /** Insertion to badge, for the comments whose badge was built (those near the viewport), median. */
  badgeMedianMs: number | null;
}

const quantile = (xs: number[], q: number) => {
  if (xs.length === 0) return null;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))]!;
};

/** The benchmark page, loaded and left idle for 1.5 s (start-up done) before comments stream in. */
async function openBenchPage(context: BrowserContext) {
  const html = benchPageHtml({ bursts: BURSTS, perBurst: PER_BURST, intervalMs: 120 });
  await context.route(URL, (route) =>
    route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html }),
  );
  const page = await context.newPage();
  await page.goto(URL);
  await page.waitForTimeout(1500);
  return { page, cdp: await context.newCDPSession(page) };
}

async function run(context: BrowserContext): Promise<RunResult> {
  const { page, cdp } = await openBenchPage(context);
  await cdp.send('Performance.enable');
  await cdp.send('HeapProfiler.collectGarbage');
  const metrics = async () =>
    Object.fromEntries(
      ((await cdp.send('Performance.getMetrics')).metrics as Array<{ name: string; value: number }>).map((m) => [
        m.name,
        m.value,
      ]),
    );
  const before = await metrics();
  const startedAt = await page.evaluate(() => performance.now());
  await page.evaluate(() => (window as unknown as { __start(): Promise<void> }).__start());
  await page.waitForTimeout(2500);
  await cdp.send('HeapProfiler.collectGarbage');
  const after = await metrics();
  const data = await page.evaluate(() => {
    const w = window as unknown as {
      __inserted: Record<string, number>;
      __marked: Record<string, number>;
      __badged: Record<string, number>;
      __long: Array<[number, number]>;
    };
    return {
      inserted: w.__inserted,
      marked: w.__marked,
      badged: w.__badged,
      long: w.__long,
      built: document.querySelectorAll('stormwatch-badge').length,
    };
  });
  const latencies = Object.entries(data.marked).map(([id, t]) => t - (data.inserted[id] ?? t));
  await page.close();
  return {
    scriptMs: (after.ScriptDuration! - before.ScriptDuration!) * 1000,
    taskMs: (after.TaskDuration! - before.TaskDuration!) * 1000,
    layoutMs:
      (after.LayoutDuration! - before.LayoutDuration! + after.RecalcStyleDuration! - before.RecalcStyleDuration!) *
      1000,
    heapGrowthMB: (after.JSHeapUsedSize! - before.JSHeapUsedSize!) / 1e6,
    longTasks: data.long.filter(([t, d]) => t >= startedAt && d > 50).length,
    scanLongTasks: data.long.filter(([t, d]) => t >= startedAt && d > 50).map(([, d]) => d),
    longestTaskMs: Math.max(0, ...data.long.filter(([t]) => t >= startedAt).map(([, d]) => d)),
    loadLongTasks: data.long.filter(([t, d]) => t < startedAt && d > 50).map(([, d]) => d),
    marked: latencies.length,
    badgesBuilt: data.built,
    markMedianMs: quantile(latencies, 0.5),
    markP95Ms: quantile(latencies, 0.95),
    badgeMedianMs: quantile(
      Object.entries(data.badged).map(([id, t]) => t - (data.inserted[id] ?? t)),
      0.5,
    ),
  };
}

interface TracedRun {
  /** Main-thread CPU time of the extension's own script (its content script's calls), ms. */
  extensionScriptMs: number;
  /** Frames laid out while comments streamed in, and their rendering time (style, layout, pre-paint, paint), ms. */
  layouts: number;
  renderMs: number;
  /** Main-thread tasks over 50 ms: all, those running any Stormwatch script, and those that would be under 50 ms without it. */
  longTasks: number;
  longWithExtension: number;
  longCausedByExtension: number;
}

/**
 * One run under a performance trace: which main-thread time is the extension's own (script
 * events of its content script, in thread CPU time), how many frames were laid out, and which
 * long tasks Stormwatch's script made long. The trace itself slows the page a little, so the
 * untraced runs give the headline figures and this run says where the time went.
 */
async function traced(context: BrowserContext): Promise<TracedRun> {
  const { page, cdp } = await openBenchPage(context);
  type Ev = {
    name: string;
    ph: string;
    tid: number;
    ts: number;
    dur?: number;
    tdur?: number;
    args?: { data?: { url?: string } };
  };
  const events: Ev[] = [];
  cdp.on('Tracing.dataCollected', (d) => events.push(...(d.value as unknown as Ev[])));
  const complete = new Promise((r) => cdp.once('Tracing.tracingComplete', r));
  await cdp.send('Tracing.start', {
    traceConfig: { includedCategories: ['devtools.timeline', 'toplevel', 'disabled-by-default-devtools.timeline'] },
    transferMode: 'ReportEvents',
  });
  await page.evaluate(() => (window as unknown as { __start(): Promise<void> }).__start());
  await page.waitForTimeout(2500);
  await cdp.send('Tracing.end');
  await complete;
  await page.close();
  const done = events.filter((e) => e.ph === 'X');
  const main = done.find((e) => e.name === 'ParseHTML' || e.name === 'FunctionCall')?.tid;
  const onMain = done.filter((e) => e.tid === main);
  const isOurs = (e: Ev) => e.name === 'FunctionCall' && (e.args?.data?.url ?? '').startsWith('chrome-extension://');
  // Outermost calls of our script only (a call inside another is already counted).
  const ours: Ev[] = [];
  let end = -1;
  for (const e of onMain.filter(isOurs).sort((a, b) => a.ts - b.ts)) {
    if (e.ts < end) continue;
    ours.push(e);
    end = e.ts + (e.dur ?? 0);
  }
  const sum = (xs: Ev[], k: 'dur' | 'tdur') => xs.reduce((n, e) => n + (e[k] ?? e.dur ?? 0), 0) / 1000;
  const RENDER = new Set(['UpdateLayoutTree', 'Layout', 'PrePaint', 'Paint']);
  const tasks = onMain.filter((e) => e.name === 'ThreadControllerImpl::RunTask' && (e.dur ?? 0) > 50_000);
  let longWithExtension = 0;
  let longCausedByExtension = 0;
  for (const t of tasks) {
    const inside = ours.filter((e) => e.ts >= t.ts && e.ts < t.ts + t.dur!);
    if (inside.length === 0) continue;
    longWithExtension++;
    if (t.dur! - sum(inside, 'dur') * 1000 <= 50_000) longCausedByExtension++;
  }
  return {
    extensionScriptMs: sum(ours, 'tdur'),
    layouts: onMain.filter((e) => e.name === 'Layout').length,
    renderMs: sum(
      onMain.filter((e) => RENDER.has(e.name)),
      'dur',
    ),
    longTasks: tasks.length,
    longWithExtension,
    longCausedByExtension,
  };
}

async function tracedPair(): Promise<{ with: TracedRun; without: TracedRun }> {
  const ext = await launchWithExtension();
  let withRun: TracedRun;
  try {
    withRun = await traced(ext.context);
  } finally {
    await ext.close();
  }
  const plain = await launchPlain();
  try {
    return { with: withRun, without: await traced(plain) };
  } finally {
    await plain.close();
  }
}

/** Runs per variant: the machine is shared and noisy, so each figure is the median of several. */
const RUNS = Math.max(1, Number(process.env.SCANNER_BENCH_RUNS ?? 5));

async function runWith(): Promise<RunResult> {
  const ext = await launchWithExtension();
  try {
    return await run(ext.context);
  } finally {
    await ext.close();
  }
}

const launchPlain = () =>
  chromium.launchPersistentContext('', {
    executablePath: chromiumPath(),
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-dev-shm-usage',
      '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1, EXCLUDE localhost',
    ],
  });

async function runWithout(): Promise<RunResult> {
  const plain = await launchPlain();
  try {
    return await run(plain);
  } finally {
    await plain.close();
  }
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
/** The run whose script time is the median one (its other figures come along). */
const medianRun = (rs: RunResult[]) => rs.find((r) => r.scriptMs === median(rs.map((x) => x.scriptMs)))!;

/** The worst long tasks of all runs next to the median run's other figures. */
function combine(runs: RunResult[]): RunResult {
  return {
    ...medianRun(runs),
    longTasks: Math.max(...runs.map((r) => r.longTasks)),
    scanLongTasks: runs.flatMap((r) => r.scanLongTasks),
    longestTaskMs: Math.max(...runs.map((r) => r.longestTaskMs)),
    loadLongTasks: runs.flatMap((r) => r.loadLongTasks),
  };
}

/** The overhead part: RUNS runs of each variant, alternated, and one traced pair. */
async function overhead() {
  // Alternate the variants so that a slow patch of the machine hits both.
  const withRuns: RunResult[] = [];
  const withoutRuns: RunResult[] = [];
  for (let i = 0; i < RUNS; i++) {
    withRuns.push(await runWith());
    withoutRuns.push(await runWithout());
  }
  const trace = await tracedPair();
  const withExt = combine(withRuns);
  const without = combine(withoutRuns);
  const n = BURSTS * PER_BURST;
  const perRun = withRuns.map((r, i) => ((r.scriptMs - withoutRuns[i]!.scriptMs) * 1000) / n);
  // All main-thread work (script, style, layout, paint, messages), added per comment: the median
  // of each pair of runs' difference, since one run of each is as noisy as the difference.
  const taskPerRun = withRuns.map((r, i) => ((r.taskMs - withoutRuns[i]!.taskMs) * 1000) / n);
  return {
    comments: n,
    bursts: BURSTS,
    withExtension: withExt,
    withoutExtension: without,
    runs: RUNS,
    addedScriptUsPerComment: ((withExt.scriptMs - without.scriptMs) * 1000) / n,
    addedScriptUsPerCommentPerRun: perRun,
    addedLongTasks: withExt.longTasks - without.longTasks,
    addedHeapMB: withExt.heapGrowthMB - without.heapGrowthMB,
    addedLayoutMs: withExt.layoutMs - without.layoutMs,
    addedTaskMs: withExt.taskMs - without.taskMs,
    addedTaskUsPerComment: median(taskPerRun),
    addedTaskUsPerCommentPerRun: taskPerRun,
    traced: { ...trace, extensionScriptUsPerComment: (trace.with.extensionScriptMs * 1000) / n },
    targets: { addedScriptUsPerComment: 50, addedLongTasks: 0, addedHeapMB: 20, markMedianMs: 200 },
  };
}

const fmt = (v: number | null) => (v === null ? '–' : v.toFixed(1));
const durations = (xs: number[]) => xs.map((d) => d.toFixed(0)).join(', ') || 'none';

function printOverhead(result: Awaited<ReturnType<typeof overhead>>): void {
  const { comments: n, withExtension: withExt, withoutExtension: without } = result;
  const perRun = result.addedScriptUsPerCommentPerRun;
  const taskPerRun = result.addedTaskUsPerCommentPerRun;
  console.log(
    `\nScanner overhead, ${n} comments in ${BURSTS} bursts (old.reddit markup, Chromium; median of ${RUNS} runs per variant, long tasks: worst run)\n`,
  );
  console.log('| metric | with Stormwatch | without | target |');
  console.log('|---|---|---|---|');
  console.log(`| main-thread script time (ms) | ${fmt(withExt.scriptMs)} | ${fmt(without.scriptMs)} | |`);
  console.log(
    `| added script time per comment (µs) | ${fmt(result.addedScriptUsPerComment)} (runs: ${perRun.map((v) => v.toFixed(0)).join(', ')}) | | ≤ 50 |`,
  );
  console.log(`| style + layout time (ms) | ${fmt(withExt.layoutMs)} | ${fmt(without.layoutMs)} | |`);
  console.log(`| all main-thread work (ms) | ${fmt(withExt.taskMs)} | ${fmt(without.taskMs)} | |`);
  console.log(
    `| added main-thread work per comment (µs; median of the runs' differences) | ${fmt(median(taskPerRun))} (runs: ${taskPerRun.map((v) => v.toFixed(0)).join(', ')}) | | |`,
  );
  console.log(
    `| long tasks > 50 ms while scanning (worst run) | ${withExt.longTasks} | ${without.longTasks} | no added |`,
  );
  console.log(
    `| long tasks > 50 ms while scanning, all runs (ms) | ${durations(withExt.scanLongTasks)} | ${durations(without.scanLongTasks)} | |`,
  );
  console.log(
    `| long tasks > 50 ms at page load, all runs (ms) | ${durations(withExt.loadLongTasks)} | ${durations(without.loadLongTasks)} | |`,
  );
  console.log(
    `| longest task while scanning, all runs (ms) | ${fmt(withExt.longestTaskMs)} | ${fmt(without.longestTaskMs)} | |`,
  );
  console.log(`| JS heap growth (MB) | ${fmt(withExt.heapGrowthMB)} | ${fmt(without.heapGrowthMB)} | ≤ 20 added |`);
  console.log(
    `| comments marked risky / badges (and outlines) built near the viewport | ${withExt.marked} / ${withExt.badgesBuilt} | – | 1,000 risky |`,
  );
  console.log(
    `| insertion → mark median / p95 (ms; scores come from the background) | ${fmt(withExt.markMedianMs)} / ${fmt(withExt.markP95Ms)} | – | median ≤ 200 |`,
  );
  console.log(
    `| insertion → badge median, for the badges built (near the viewport) (ms) | ${fmt(withExt.badgeMedianMs)} | – | median ≤ 200 |`,
  );
  printTraced(result.traced);
}

function printTraced(t: Awaited<ReturnType<typeof overhead>>['traced']): void {
  console.log(
    `\nOne more run of each under a performance trace (the trace slows both a little): where the time went\n`,
  );
  console.log('| metric | with Stormwatch | without |');
  console.log('|---|---|---|');
  console.log(
    `| Stormwatch's own script, main-thread CPU (ms; µs per comment) | ${fmt(t.with.extensionScriptMs)} (${fmt(t.extensionScriptUsPerComment)}) | – |`,
  );
  console.log(
    `| frames laid out / rendering time (ms) | ${t.with.layouts} / ${fmt(t.with.renderMs)} | ${t.without.layouts} / ${fmt(t.without.renderMs)} |`,
  );
  console.log(
    `| long tasks > 50 ms: all / running Stormwatch script / under 50 ms without it | ${t.with.longTasks} / ${t.with.longWithExtension} / ${t.with.longCausedByExtension} | ${t.without.longTasks} / – / – |`,
  );
}

/**
 * Both parts by default; SCANNER_BENCH_PART=overhead or =flood runs one. Each writes its own
 * file: bench/results/scanner.json and bench/results/scanner-flood.json.
 */
async function main(): Promise<void> {
  const part = process.env.SCANNER_BENCH_PART ?? 'all';
  const out = resolve(import.meta.dirname, 'results');
  mkdirSync(out, { recursive: true });
  if (part === 'all' || part === 'overhead') {
    const result = await overhead();
    printOverhead(result);
    writeFileSync(resolve(out, 'scanner.json'), `${JSON.stringify(result, null, 2)}\n`);
  }
  if (part === 'all' || part === 'flood') {
    const flood = await floodBench(launchPlain);
    printFlood(flood);
    const other = process.env.BENCH_EXTENSION_DIR
      ? `-${basename(resolve(process.env.BENCH_EXTENSION_DIR, '../..'))}`
      : '';
    const bursts = process.env.FLOOD_BURSTS ? `-${flood.comments}` : '';
    writeFileSync(resolve(out, `scanner-flood${bursts}${other}.json`), `${JSON.stringify(flood, null, 2)}\n`);
  }
}

main().catch((e: unknown) => {
  console.error(`bench:scanner failed: ${e instanceof Error ? e.message : String(e)}`);
  process.exit(1);
});
