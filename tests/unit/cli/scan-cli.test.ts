/**
 * The scan command as a user runs it: output closed early by `| head` ends quietly, and
 * `--health` prints the selectors with their counts.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../../..');
const fixture = (p: string) => resolve(ROOT, 'tests/fixtures', p);

function run(cmd: string) {
  return spawnSync('bash', ['-o', 'pipefail', '-c', cmd], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });
}

describe('npm run scan', () => {
  test('output closed after the first line (| head -1): exit 0, nothing on stderr', () => {
    // A page with enough comments that the records outgrow the pipe's buffer.
    const dir = mkdtempSync(join(tmpdir(), 'stormwatch-scan-'));
    const items = Array.from(
      { length: 400 },
      (_, i) =>
        `<li id="comment-${i}" class="comment"><div class="comment-author"><b class="fn">User ${i}</b></div><div class="comment-content"><p>Comment number ${i} about the outage, still waiting for the network to come back.</p></div></li>`,
    );
    writeFileSync(
      join(dir, 'page.html'),
      `<!doctype html><html><body><div id="comments"><ol class="comment-list">${items.join('')}</ol></div></body></html>`,
    );
    const r = run(`npx tsx scripts/scan.ts ${join(dir, 'page.html')} | head -1`);
    rmSync(dir, { recursive: true, force: true });
    expect(r.stderr).not.toMatch(/EPIPE|Error/);
    expect(r.stdout.trim().split('\n')).toHaveLength(1);
    expect(r.status).toBe(0);
  }, 60_000);

  test('--health: the strategy, comments read and each selector with its count', () => {
    const r = run(`npx tsx scripts/scan.ts ${fixture('generic/systems/hackernews.html')} --health`);
    expect(r.status).toBe(0);
    const lines = r.stdout.trim().split('\n');
    expect(lines[0]).toBe('platform: generic (strategy hackernews); comments read: 4');
    expect(lines).toContainEqual(expect.stringMatching(/^\s+4\s+comment\s+tr\.athing\.comtr$/));
    expect(lines).toContainEqual(expect.stringMatching(/^\s+1\s+loadMore\s+a\.morelink$/));
  }, 60_000);

  test('a file that does not exist: a clear message, exit 1', () => {
    const r = run('npx tsx scripts/scan.ts no-such-page.html');
    expect(r.status).toBe(1);
    expect(r.stderr.trim()).toBe('scan: cannot read no-such-page.html');
  }, 60_000);
});
