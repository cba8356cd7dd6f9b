/**
 * `npm run bench`: every benchmark in one go, each printing its table and writing
 * bench/results/<name>.json. The scanner benchmark needs the built extension (built first).
 */
import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const run = (args: string[]) => execFileSync('npx', args, { cwd: root, stdio: 'inherit' });

run(['tsx', 'bench/risk.ts']);
run(['tsx', 'bench/escalation.ts']);
run(['tsx', 'bench/export.ts']);
run(['tsx', 'bench/suggest.ts']);
run(['wxt', 'build']);
run(['tsx', 'bench/scanner.ts']);
run(['tsx', 'bench/inbox.ts']);
