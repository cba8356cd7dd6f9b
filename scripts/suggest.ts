/**
 * `npm run suggest -- comments.jsonl [--library library.json]`: for each JSON Lines record
 * `{"id","text","facts":[…],"stage"?}` (facts default to none) print one JSON line
 * `{"id","language","advice":[…],"suggestions":[{"id","language","tone","categories","claims"}]}`
 * with the top three replies in order; `advice` holds "doNotEngage" when that is the advice.
 * Ranks with the default library unless `--library` names an exported one. Reads stdin without a
 * file. Malformed input: a message with the line, exit 1.
 */
import { readFileSync, statSync } from 'node:fs';
import { InputError, readInput } from '../lib/cli/read-records';
import { createLineSuggester, toSuggestRecord } from '../lib/cli/suggest-record';
import { DEFAULT_TEMPLATES } from '../lib/library/default-templates';
import { parseLibraryFile } from '../lib/library/import-export';
import type { ReplyTemplate } from '../lib/library/types';

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  let file: string | undefined;
  let library: string | undefined;
  for (let i = 0; i < args.length; i++) {
    if (args[i] === '--library') library = args[++i];
    else if (args[i] === '--help' || args[i] === '-h') {
      console.log('usage: npm run suggest -- [comments.jsonl] [--library library.json]   (reads stdin without a file)');
      return;
    } else file = args[i];
  }
  let templates: ReplyTemplate[] = DEFAULT_TEMPLATES;
  if (library) {
    const path = library;
    templates = await parseLibraryFile({
      size: statSync(path).size,
      text: async () => readFileSync(path, 'utf8'),
    }).catch((e: unknown) => {
      throw new InputError(`library ${path}: ${e instanceof Error ? e.message : String(e)}`);
    });
  }
  const input = readInput(file);
  const line = createLineSuggester(templates);
  const out: string[] = [];
  input.split(/\r?\n/).forEach((text, i) => {
    if (!text.trim()) return;
    let raw: unknown;
    try {
      raw = JSON.parse(text);
    } catch {
      throw new InputError(`line ${i + 1}: not valid JSON`);
    }
    try {
      out.push(JSON.stringify(line(toSuggestRecord(raw))));
    } catch (e) {
      if (e instanceof InputError) throw new InputError(`line ${i + 1}: ${e.message}`);
      throw e;
    }
  });
  process.stdout.write(out.length ? `${out.join('\n')}\n` : '');
}

main().catch((e: unknown) => {
  console.error(e instanceof InputError ? `suggest: ${e.message}` : e);
  process.exit(1);
});
