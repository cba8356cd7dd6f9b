/**
 * `npm run check:i18n`: fails when a dictionary key is missing in either language or a user-facing
 * string is written outside the dictionaries in the interface code (the side panel, its
 * components, the report page, the page's badge, tooltip and banner, the toolbar and the exports).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { en } from '../lib/i18n/en';
import { pl } from '../lib/i18n/pl';
import { dictionaryProblems, sourceProblems } from './lib/i18n-check';

const root = join(import.meta.dirname, '..');
/** Interface code: every string a person reads here comes from lib/i18n. */
export const UI_SOURCES = [
  'components',
  'entrypoints/sidepanel',
  'entrypoints/report',
  'lib/content/highlight.ts',
  'lib/i18n/names.ts',
  'lib/i18n/page-names.ts',
  // What the background shows (toolbar tooltip, site access) and the files people open (exports).
  'entrypoints/background',
  'lib/export',
];

function files(path: string): string[] {
  const full = join(root, path);
  if (statSync(full).isFile()) return [path];
  return readdirSync(full).flatMap((name) => files(join(path, name)));
}

const sources = UI_SOURCES.flatMap(files).filter((f) => /\.tsx?$/.test(f));
const problems = [
  ...dictionaryProblems(en, pl),
  ...sources.flatMap((f) => sourceProblems(relative(root, join(root, f)), readFileSync(join(root, f), 'utf8'))),
];
for (const p of problems) console.error(`${p.file}:${p.line}: ${p.why}: ${p.text}`);
console.log(
  `check:i18n: ${Object.keys(en).length} keys in each language, ${sources.length} interface files, ${problems.length} problem(s)`,
);
if (problems.length) process.exit(1);
