/**
 * `npm run scan -- page.html [--platform reddit] [--url <page url>] [--health]`: print one JSON
 * line per comment of a saved platform page, with scores, severity and its thread's escalation
 * status; with --health, which selectors match how many elements instead.
 */
import { readFileSync } from 'node:fs';
import { JSDOM } from 'jsdom';
import { InputError } from '../lib/cli/read-records';
import { runCli } from '../lib/cli/run-cli';
import { scanDocument } from '../lib/cli/scan-page';
import { formatHealth, healthReport } from '../lib/cli/health';
import { PLATFORM_IDS, type PlatformId } from '../lib/platforms/types';

function main(): void {
  const args = process.argv.slice(2);
  let file: string | undefined;
  let platform: PlatformId | undefined;
  let url: string | undefined;
  let health = false;
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === '--platform') {
      const p = args[++i] ?? '';
      if (!(PLATFORM_IDS as readonly string[]).includes(p))
        throw new InputError(
          `unknown platform "${p}" (one of: ${PLATFORM_IDS.filter((x) => x !== 'demo').join(', ')})`,
        );
      platform = p as PlatformId;
    } else if (a === '--url') url = args[++i];
    else if (a === '--health') health = true;
    else if (a === '--help' || a === '-h') {
      console.log(
        `usage: npm run scan -- page.html [--platform ${PLATFORM_IDS.filter((x) => x !== 'demo').join('|')}] [--url <page url>] [--health]`,
      );
      return;
    } else file = a;
  }
  if (!file) throw new InputError('give the saved page: npm run scan -- page.html');
  let html: string;
  try {
    html = readFileSync(file, 'utf8');
  } catch {
    throw new InputError(`cannot read ${file}`);
  }
  const doc = new JSDOM(html, { url: url ?? 'https://example.invalid/' }).window.document;
  if (health) {
    process.stdout.write(`${formatHealth(healthReport(doc, platform))}\n`);
    return;
  }
  for (const rec of scanDocument(doc, { platform, url })) process.stdout.write(`${JSON.stringify(rec)}\n`);
}

runCli('scan', main);
