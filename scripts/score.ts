/**
 * `npm run score -- [file] [--brand Name]...`: score comments from a JSON Lines or CSV file (or
 * stdin) and write JSON Lines with language, risk, flagged, severity, scores and reasons added.
 * Thread records (`turns`) get `escalation`. Malformed input: a message with the line, exit 1.
 */
import { readFileSync } from 'node:fs';
import { InputError, readRecords } from '../lib/cli/read-records';
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
  let input: string;
  try {
    input = readFileSync(file ?? 0, 'utf8');
  } catch {
    throw new InputError(`cannot read ${file ?? 'standard input'}`);
  }
  const records = readRecords(input);
  const out: string[] = [];
  records.forEach((rec, i) => {
    try {
      out.push(JSON.stringify(scoreRecord(rec, { brands })));
    } catch (e) {
      if (e instanceof InputError) throw new InputError(`record ${i + 1}: ${e.message}`);
      throw e;
    }
  });
  process.stdout.write(out.length ? `${out.join('\n')}\n` : '');
}

try {
  main();
} catch (e) {
  if (e instanceof InputError) {
    console.error(`score: ${e.message}`);
    process.exit(1);
  }
  throw e;
}
