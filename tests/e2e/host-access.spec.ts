/**
 * docs/RELIABILITY.md F1 in Chromium: site access to a platform withdrawn (the user restricted it, or the
 * browser did not grant it on update). The panel names the site and offers to grant it again, and
 * the page of that platform is not read; the other platforms keep working.
 */
import { afterAll, beforeAll, expect, test } from 'vitest';
import { launch, routeFixture, waitForFlags, type Ext } from './fixtures';
import { RUNNING_ATTR } from '@/lib/content/dom-labels';

const YOUTUBE = 'https://www.youtube.com/watch?v=zefirDemo01';
const REDDIT = 'https://www.reddit.com/r/zefirmobile/comments/1abcde/awaria_sieci/';

let ext: Ext;
beforeAll(async () => {
  ext = await launch();
  await routeFixture(ext.context, 'https://www.youtube.com/**', 'youtube/watch-page.html');
  await routeFixture(ext.context, 'https://www.reddit.com/**', 'reddit/post-page.html');
});
afterAll(async () => {
  await ext?.close();
});

test('access to YouTube withdrawn: the panel names it with a grant button, YouTube is not read, Reddit still is', async () => {
  // What the user does in chrome://extensions (Site access: on click, then only the other sites).
  // permissions.remove() refuses manifest-declared hosts, so the settings page's own API is used.
  const settings = await ext.context.newPage();
  await settings.goto('chrome://extensions');
  await settings.evaluate(async (id) => {
    const dev = (
      chrome as unknown as {
        developerPrivate: {
          updateExtensionConfiguration(u: object): Promise<void>;
          addHostPermission(id: string, host: string): Promise<void>;
        };
      }
    ).developerPrivate;
    await dev.updateExtensionConfiguration({ extensionId: id, hostAccess: 'ON_CLICK' });
    for (const host of ['https://www.reddit.com/*', 'https://old.reddit.com/*']) await dev.addHostPermission(id, host);
  }, ext.extensionId);
  await settings.close();
  expect(await ext.worker.evaluate(() => chrome.permissions.contains({ origins: ['https://www.youtube.com/*'] }))).toBe(
    false,
  );
  expect(await ext.worker.evaluate(() => chrome.permissions.contains({ origins: ['https://www.reddit.com/*'] }))).toBe(
    true,
  );

  const panel = await ext.open('sidepanel.html');
  const notice = panel.locator('.host-access');
  await expect
    .poll(() => notice.textContent(), { timeout: 10_000 })
    .toMatch(/(no access to|nie ma dostępu do): .*www\.youtube\.com/);
  expect(await notice.textContent()).not.toContain('reddit.com');
  expect(await notice.getByRole('button', { name: /Grant access|Przyznaj dostęp/ }).count()).toBe(1);

  const yt = await ext.context.newPage();
  await yt.goto(YOUTUBE);
  await yt.waitForTimeout(2_000);
  expect(await yt.evaluate((attr) => document.documentElement.hasAttribute(attr), RUNNING_ATTR)).toBe(false);
  expect(await yt.locator('[data-stormwatch-host]').count()).toBe(0);

  const reddit = await ext.context.newPage();
  await reddit.goto(REDDIT);
  await waitForFlags(reddit, 1);
});
