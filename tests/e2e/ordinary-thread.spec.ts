/**
 * An ordinary, friendly thread (a cat's first walk, 30 comments in English and Polish, with the
 * idioms and words that used to raise false alarms: "nothing but the best", "allergic", "can't
 * complain", "not bad at all") leaves the queue empty at the default sensitivity; a hostile
 * comment added later to the same page is the only item queued, which shows the page was read.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launch, routeFixture, waitForFlags, type Ext } from './fixtures';

const POST = 'https://old.reddit.com/r/aww/comments/9cat01/first_walk/';

describe('an ordinary thread', () => {
  let ext: Ext;
  beforeAll(async () => {
    ext = await launch();
    await routeFixture(ext.context, `${POST}**`, 'ordinary/old-reddit-cat-walk.html');
  });
  afterAll(async () => {
    await ext?.close();
  });

  test('is read whole and queues nothing; a hostile comment added later is the one item queued', async () => {
    const page = await ext.context.newPage();
    await page.goto(POST);
    await page.waitForFunction(
      () => Number(document.documentElement.getAttribute('data-stormwatch-classified') ?? 0) >= 30,
      null,
      { timeout: 15_000 },
    );
    expect(await page.locator('[data-stormwatch-severity]').count()).toBe(0);
    expect(
      Number(await page.evaluate(() => document.documentElement.getAttribute('data-stormwatch-flagged') ?? '0')),
    ).toBe(0);

    await page.evaluate(() => {
      const src = document.querySelector('[data-fullname="t1_k9c000"]')!;
      const copy = src.cloneNode(true) as HTMLElement;
      copy.setAttribute('data-fullname', 't1_k9late');
      copy.querySelector('.md')!.textContent = 'You are all idiots and scammers, I want my money back';
      document.querySelector('.sitetable.nestedlisting')!.append(copy);
    });
    await waitForFlags(page, 1);
    const panel = await ext.open('sidepanel.html');
    const rows = panel.locator('[role="option"]');
    await expect.poll(() => rows.count()).toBe(1);
    expect(await rows.first().innerText()).toContain('idiots and scammers');
  });
});
