/** Reading the labelled datasets in ../shared/data (JSON Lines) for training and benchmarks. */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';

export interface Row {
  id: string;
  text: string;
  binary: number;
}
export interface ThreadRow {
  id: string;
  turns: string[];
  binary: number;
}

/** The data folder: $STORMWATCH_DATA or ../shared/data next to the project. */
export function dataDir(): string {
  return process.env.STORMWATCH_DATA ?? resolve(import.meta.dirname, '../../../shared/data');
}

export function hasData(): boolean {
  return existsSync(dataDir());
}

/** Rows of `<set>/<split>.jsonl`, or null when the file is not there. */
export function readSet<T = Row>(set: string, split: 'train' | 'val'): T[] | null {
  const p = resolve(dataDir(), set, `${split}.jsonl`);
  if (!existsSync(p)) return null;
  return readFileSync(p, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as T);
}
