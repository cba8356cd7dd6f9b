/**
 * The risk engine as it was before the learned negativity and signal heads (commit
 * PREVIOUS_ENGINE), taken out of git into bench/results/tmp/ so benchmarks can run it beside
 * today's engine in the same process. Null when git or that commit is not available.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { RiskResult } from '../../lib/risk/types';

export const PREVIOUS_ENGINE = '610e2f7';

export async function loadPreviousEngine(): Promise<((text: string) => RiskResult) | null> {
  const dir = resolve(import.meta.dirname, '../results/tmp/previous-engine');
  try {
    if (!existsSync(resolve(dir, 'lib/risk/classify.ts'))) {
      mkdirSync(dir, { recursive: true });
      const tar = execFileSync('git', ['archive', PREVIOUS_ENGINE, 'lib/risk'], {
        cwd: resolve(import.meta.dirname, '../..'),
        maxBuffer: 64 << 20,
      });
      execFileSync('tar', ['-x', '-C', dir], { input: tar });
    }
    const mod = (await import(pathToFileURL(resolve(dir, 'lib/risk/classify.ts')).href)) as {
      classify: (t: string) => RiskResult;
    };
    return (t) => mod.classify(t);
  } catch {
    return null;
  }
}
