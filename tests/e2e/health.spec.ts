/**
 * Health indicator in Chromium with the production content script: on a platform's comment page
 * where the adapter finds the comment section but no comments (the platform changed its markup),
 * the toolbar badge and the side panel say "comments not recognised here" with the platform's
 * name, and the page's console names the selector that found nothing.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { FIXTURES, captureErrors, launch, tabIdOf, type Ext } from './fixtures';

const POST = 'https://x.com/zefirmobile/status/1861000000000000001';

let ext: Ext;
beforeAll(async () => {
  ext = await launch();
  // The conversation is there, but no post is an <article> any more.
  const html = readFileSync(resolve(FIXTURES, 'x/status-page.html'), 'utf8')
    .replaceAll('<article', '<div data-was="article"')
    .replaceAll('</article>', '</div>');
  await ext.context.route(`${POST}**`, (route) =>
    route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html }),
  );
});
afterAll(async () => {
  await ext?.close();
});

test('X page without recognisable replies: "?" badge and panel notice name X, the log names x.tweet', async () => {
  const page = await ext.context.newPage();
  const errors = captureErrors(page);
  const logs: string[] = [];
  page.on('console', (m) => logs.push(m.text()));
  await page.goto(POST);
  await expect
    .poll(() => logs.find((l) => l.startsWith('[stormwatch]')), { timeout: 20_000, interval: 250 })
    .toBe('[stormwatch] x.comment not found (x.tweet = article[data-testid="tweet"])');

  const panel = await ext.open('sidepanel.html');
  const tabId = await tabIdOf(panel, 'https://x.com/*');
  const toolbar = await panel.evaluate(
    async (id) => ({
      text: await chrome.action.getBadgeText({ tabId: id }),
      title: await chrome.action.getTitle({ tabId: id }),
    }),
    tabId,
  );
  expect(toolbar).toEqual({ text: '?', title: 'Stormwatch: comments not recognised here (X)' });

  await panel.goto(ext.url(`sidepanel.html?tab=${tabId}`));
  await panel
    .getByText(/^(Comments not recognised here \(X\)|Nie rozpoznano tu komentarzy \(X\))/)
    .waitFor({ timeout: 10_000 });
  expect(await page.locator('[data-stormwatch-severity]').count()).toBe(0);
  expect(errors).toEqual([]);
});
