/**
 * Nothing leaves the browser (docs/RELIABILITY.md F2): every request made while Stormwatch scans a page,
 * fills the queue, suggests and inserts a reply, exports and changes settings is recorded, from
 * the pages and from the service worker; only the routed fixture and the extension's own files
 * may appear.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Request } from 'playwright-core';
import { launch, routeFixture, waitForFlags, type Ext } from './fixtures';

const POST = 'https://www.reddit.com/r/zefirmobile/comments/1abcde/awaria_sieci/';

describe('network', () => {
  let ext: Ext;
  const requests: string[] = [];
  const record = (r: Request) => requests.push(r.url());
  beforeAll(async () => {
    ext = await launch();
    ext.context.on('request', record);
    ext.worker.on('request' as never, record as never);
    await routeFixture(ext.context, `${POST}**`, 'reddit/post-page.html');
  });
  afterAll(async () => {
    await ext?.close();
  });

  test('the main flows make no request beyond the fixture and the extension itself', async () => {
    const page = await ext.context.newPage();
    await page.goto(POST);
    await waitForFlags(page, 3);
    const demo = await ext.open('demo.html');
    await waitForFlags(demo, 3);
    const panel = await ext.open('sidepanel.html');
    // A complaint (pure abuse, the most severe item, gets "do not engage" advice before any template).
    await panel.locator('[role="option"]', { hasText: 'Konsultant na infolinii' }).first().click();
    await panel
      .getByRole('region', { name: /Suggested replies|Sugerowane odpowiedzi/ })
      .locator('article')
      .first()
      .waitFor();
    await panel.getByRole('button', { name: /^(In progress|W toku)$/ }).click();
    await panel.locator('.export-menu summary').click();
    const [download] = await Promise.all([
      panel.waitForEvent('download'),
      panel.getByRole('button', { name: /^CSV/ }).click(),
    ]);
    await download.path();
    await panel.getByRole('tab', { name: /Library|Biblioteka/ }).click();
    await panel.getByRole('tab', { name: /Settings|Ustawienia/ }).click();
    await panel.waitForTimeout(500);
    const foreign = requests.filter(
      (u) =>
        !u.startsWith(POST) &&
        !u.startsWith(`chrome-extension://${ext.extensionId}/`) &&
        !u.startsWith('blob:') &&
        !u.startsWith('data:'),
    );
    expect(requests.length).toBeGreaterThan(0);
    expect(foreign).toEqual([]);
  });
});
