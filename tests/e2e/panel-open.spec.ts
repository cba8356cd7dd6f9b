/**
 * docs/RELIABILITY.md A6 in Chromium: clicking a badge in the page opens the side panel, so
 * `sidePanel.open()` ran inside the click's user gesture (after an await it would be refused).
 * The badge lives in a closed shadow root, so the test clicks where it is drawn, as a user does.
 */
import { afterAll, beforeAll, expect, test } from 'vitest';
import { launch, routeFixture, waitForFlags, type Ext } from './fixtures';

const POST = 'https://old.reddit.com/r/zefirmobile/comments/1abcde/awaria_sieci/';

let ext: Ext;
beforeAll(async () => {
  ext = await launch();
  await routeFixture(ext.context, 'https://old.reddit.com/**', 'old-reddit/post-page.html');
});
afterAll(async () => {
  await ext?.close();
});

const sidePanels = () =>
  ext.worker.evaluate(
    async () =>
      (
        await (chrome.runtime as unknown as { getContexts(f: object): Promise<unknown[]> }).getContexts({
          contextTypes: ['SIDE_PANEL'],
        })
      ).length,
  );

test('a click on a badge opens the side panel', async () => {
  const page = await ext.context.newPage();
  await page.goto(POST);
  await waitForFlags(page, 1);
  expect(await sidePanels()).toBe(0);
  const host = page.locator('[data-stormwatch-host]').first();
  await host.scrollIntoViewIfNeeded();
  const box = await host.boundingBox();
  expect(box).not.toBeNull();
  await page.mouse.click(box!.x + box!.width / 2, box!.y + box!.height / 2);
  await expect.poll(sidePanels, { timeout: 10_000 }).toBe(1);
});
