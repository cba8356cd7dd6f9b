/**
 * Disk full, for real (docs/RELIABILITY.md H7). The extension asks for `unlimitedStorage`, so
 * Chromium enforces no quota on it: a quota set through the DevTools protocol
 * (`Storage.overrideQuotaForOrigin`) shows in `navigator.storage.estimate()`, but 200 MB of
 * IndexedDB writes still succeed under an 8 MB one. What stops its writes is a full disk. So the
 * profile's IndexedDB directory is put on a 16 MB file system of its own
 * (`small-disk-chromium.sh`; with the whole profile on a small disk Chromium itself crashed in
 * one run of two) and this test fills it with a ballast file. The quota override is used only to
 * make the estimate match that file system, as it would match a full profile disk.
 *
 * What Chromium does on the full disk: the failed write closes every connection to the
 * extension's databases, reopening fails ("Internal error opening backing store") until space
 * returns, and a panel opened meanwhile shows "The database needs attention" (with the storage
 * warning and the "Not stored" counts). Checked here: the
 * panel warns while space runs low; the comments that arrive on the full disk wait in the
 * background's retry queue and the open panel counts them with the reason; once the ballast is
 * deleted they are stored without a new report from the page, and nothing stored before is lost.
 */
import { closeSync, ftruncateSync, mkdtempSync, openSync, readFileSync, rmSync, statfsSync, writeSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { chromiumPath } from '../../scripts/lib/chromium';
import { launch, routeFixture, waitForFlags, type Ext } from './fixtures';

const POST = 'https://www.reddit.com/r/zefirmobile/comments/1abcde/outage/';

/**
 * The small disk needs a private mount namespace (root, or unprivileged user namespaces). Where
 * the machine allows neither, the test cannot make a disk full and says so instead of running.
 */
const canMount =
  spawnSync('unshare', ['--mount', '--map-root-user', 'bash', '-c', 'mount -t tmpfs -o size=1m tmpfs /mnt'], {
    stdio: 'ignore',
  }).status === 0;
if (!canMount)
  console.warn('disk-full.spec skipped: this machine allows no private mount namespace (unshare), so no small disk');

let ext: Ext;
/** The IndexedDB file system as this process sees it (through the browser's mount namespace). */
let disk: string;
beforeAll(async () => {
  if (!canMount) return;
  const info = join(mkdtempSync(join(tmpdir(), 'stormwatch-disk-')), 'info');
  const saved = process.env.CHROMIUM_PATH;
  process.env.STORMWATCH_REAL_CHROMIUM = chromiumPath();
  process.env.STORMWATCH_DISK_INFO = info;
  process.env.CHROMIUM_PATH = resolve(import.meta.dirname, 'small-disk-chromium.sh');
  try {
    ext = await launch();
  } finally {
    if (saved === undefined) delete process.env.CHROMIUM_PATH;
    else process.env.CHROMIUM_PATH = saved;
  }
  const [pid, mount] = readFileSync(info, 'utf8').trim().split(' ');
  disk = `/proc/${pid}/root${mount}`;
});
afterAll(async () => {
  await ext?.close();
});

/** Keys of the stored items, read from the extension's own database. */
const storedKeys = (panel: Page) =>
  panel.evaluate(
    () =>
      new Promise<string[]>((done, fail) => {
        const req = indexedDB.open('stormwatch');
        req.onerror = () => fail(req.error);
        req.onsuccess = () => {
          const all = req.result.transaction('items', 'readonly').objectStore('items').getAllKeys();
          all.onsuccess = () => {
            req.result.close();
            done((all.result as string[]).sort());
          };
        };
      }),
  );

/** Fill the IndexedDB file system with a ballast file, leaving `leave` bytes free. Returns its size. */
function fill(name: string, leave = 0): number {
  const path = join(disk, name);
  const fd = openSync(path, 'w');
  let written = 0;
  try {
    for (let chunk = 1024 * 1024; chunk >= 512;) {
      try {
        written += writeSync(fd, Buffer.alloc(chunk, 0x5a));
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code !== 'ENOSPC') throw e;
        chunk /= 2;
      }
    }
    if (leave > 0) {
      written = Math.max(0, written - leave);
      ftruncateSync(fd, written);
    }
  } finally {
    closeSync(fd);
  }
  return written;
}

const freeBytes = () => {
  const s = statfsSync(disk);
  return s.bavail * s.bsize;
};

const addComments = (page: Page, tag: string, n: number) =>
  page.evaluate(
    ([t, count]) => {
      const html = Array.from(
        { length: count },
        (_, i) =>
          `<shreddit-comment thingid="t1_${t}${i}" author="u_${t}${i}" depth="0"><div slot="comment"><p>Jesteście bandą oszustów i złodziei ${t} ${i}</p></div></shreddit-comment>`,
      ).join('');
      document.querySelector('shreddit-comment-tree')!.insertAdjacentHTML('beforeend', html);
    },
    [tag, n] as const,
  );

describe.skipIf(!canMount)('disk full in Chromium (H7)', () => {
  test('warned before, then queued and counted, nothing lost; the queued comments land once space is freed', async () => {
    await routeFixture(ext.context, `${POST}**`, 'reddit/post-page.html');
    const page = await ext.context.newPage();
    await page.goto(POST);
    await waitForFlags(page, 3);
    const flagged = Number(await page.locator('html').getAttribute('data-stormwatch-flagged'));
    const first = await ext.open('sidepanel.html');
    await expect.poll(async () => (await storedKeys(first)).length, { timeout: 15_000 }).toBe(flagged);
    const before = await storedKeys(first);
    await first.close();

    // Nearly full: 1 MB left. The quota Chromium reports is made to match this file system (see
    // the file's comment), so the panel's estimate sees what a full profile disk would show.
    const origin = `chrome-extension://${ext.extensionId}`;
    const cdp = await ext.context.newCDPSession(page);
    let ballast = fill('ballast-1', 1024 * 1024);
    const panel = await ext.open('sidepanel.html');
    const usage = (await panel.evaluate(() => navigator.storage.estimate())).usage ?? 0;
    await cdp.send('Storage.overrideQuotaForOrigin', { origin, quotaSize: usage + freeBytes() });
    await panel.reload();
    await panel
      .getByRole('alert')
      .filter({ hasText: /Storage is nearly full|Kończy się miejsce/ })
      .waitFor();

    // Full: the comments the page shows now cannot be written.
    ballast += fill('ballast-2');
    console.info(`[disk-full] ballast ${(ballast / 1024 / 1024).toFixed(1)} MB, ${freeBytes()} bytes left`);
    expect(freeBytes()).toBeLessThan(64 * 1024);
    await addComments(page, 'full', 20);
    await waitForFlags(page, flagged + 20);
    // The open panel counts the failed write and what waits, with the reason.
    const health = panel.getByRole('status', { name: /^(Not stored|Niezapisane)$/ });
    await expect
      .poll(async () => ((await health.count()) > 0 ? health.innerText() : ''), { timeout: 20_000 })
      .toMatch(/(Waiting to be stored|Czeka na zapis)[^:]*: 20\b/);
    // The first retry (after 1 s) fails too while the disk stays full.
    await expect
      .poll(async () => Number(/(?:Failed writes|Nieudane zapisy)[^:]*: (\d+)/.exec(await health.innerText())?.[1]), {
        timeout: 15_000,
      })
      .toBeGreaterThanOrEqual(2);
    // A panel opened now cannot open the database; it says so, that nothing was deleted, and that
    // the disk may be full.
    const late = await ext.open('sidepanel.html');
    const attention = late.getByRole('alert').filter({ hasText: /Nothing has been deleted|Nic nie zostało usunięte/ });
    await attention.waitFor();
    expect(await attention.innerText()).toMatch(/may be full|może być pełny/);
    // It warns about the storage and counts what waits, as the panel opened before does.
    await late
      .getByRole('alert')
      .filter({ hasText: /Storage is nearly full|Kończy się miejsce/ })
      .waitFor();
    await expect
      .poll(() => late.getByRole('status', { name: /^(Not stored|Niezapisane)$/ }).innerText(), { timeout: 10_000 })
      .toMatch(/(Waiting to be stored|Czeka na zapis)[^:]*: 20\b/);
    await late.close();
    console.info(`[disk-full] panel: ${(await health.innerText()).replace(/\s+/g, ' ')}`);

    // Space returns: the retry queue stores what waited, without a new report from the page.
    rmSync(join(disk, 'ballast-1'));
    rmSync(join(disk, 'ballast-2'));
    await cdp.send('Storage.overrideQuotaForOrigin', { origin });
    const freedAt = Date.now();
    await expect
      .poll(
        async () => (await storedKeys(panel).catch(() => [])).filter((k) => k.startsWith('reddit:t1_full')).length,
        {
          timeout: 60_000,
          interval: 1_000,
        },
      )
      .toBe(20);
    console.info(
      `[disk-full] the 20 waiting comments were stored ${Math.round((Date.now() - freedAt) / 1000)} s after space returned`,
    );
    // Nothing stored before was lost: the database was not discarded.
    expect((await storedKeys(panel)).filter((k) => !k.startsWith('reddit:t1_full'))).toEqual(before);
    await expect.poll(() => health.innerText(), { timeout: 10_000 }).not.toMatch(/Waiting to be stored|Czeka na zapis/);
    await cdp.detach();
  }, 150_000);
});
