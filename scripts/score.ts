/**
 * `npm run score -- [file] [--brand Name]...`: score comments from a JSON Lines or CSV file (or
 * stdin) and write JSON Lines with language, risk, flagged, severity, scores and reasons added.
 * Thread records (`turns`) get `escalation`. Malformed input: a message with the line, exit 1.
 */
import { InputError, readInput, readRecords } from '../lib/cli/read-records';
import { runCli } from '../lib/cli/run-cli';
import { scoreRecord } from '../lib/cli/score-record';

function main(): void {
  const args = process.argv.slice(2);
  const brands: string[] = [];
  let file: string | undefined;
  for (let i = 0; i < args.length; i++) {
    if (args[i] === '--brand') brands.push(args[++i] ?? '');
    else if (args[i] === '--help' || args[i] === '-h') {
      console.log('usage: npm run score -- [file.jsonl|file.csv] [--brand Name]...   (reads stdin without a file)');
      return;
    } else file = args[i];
  }
  const input = readInput(file);
  const records = readRecords(input);
  const progress = progressReporter(records.length);
  let chunk: string[] = [];
  records.forEach((rec, i) => {
    try {
      chunk.push(JSON.stringify(scoreRecord(rec, { brands })));
    } catch (e) {
      if (e instanceof InputError) throw new InputError(`record ${i + 1}: ${e.message}`);
      throw e;
    }
    // Written as it goes, in blocks: a large file neither waits for its end nor holds all output.
    if (chunk.length === 1_000) {
      process.stdout.write(`${chunk.join('\n')}\n`);
      chunk = [];
    }
    progress(i + 1);
  });
  if (chunk.length) process.stdout.write(`${chunk.join('\n')}\n`);
  progress(records.length, true);
}

/**
 * Progress on standard error for inputs of 10,000 records or more: one line rewritten in place
 * on a terminal, a line per tenth otherwise (a log file stays short).
 */
function progressReporter(total: number): (done: number, last?: boolean) => void {
  if (total < 10_000) return () => {};
  const tty = process.stderr.isTTY;
  const t0 = Date.now();
  let shown = 0;
  return (done, last = false) => {
    const step = tty ? Math.floor((done / total) * 100) : Math.floor((done / total) * 10);
    if (step === shown && !(last && tty)) return;
    shown = step;
    const rate = Math.round(done / Math.max(0.001, (Date.now() - t0) / 1000));
    const line = `score: ${done.toLocaleString('en')} of ${total.toLocaleString('en')} (${Math.floor((100 * done) / total)}%), ${rate.toLocaleString('en')} comments/s`;
    process.stderr.write(tty ? `\r${line}${last ? '\n' : ''}` : `${line}\n`);
  };
}

runCli('score', main);
