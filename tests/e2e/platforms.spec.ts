/**
 * Each platform fixture served at its real URL (routed, nothing leaves the machine) with the
 * production content script: risky comments highlighted, calm ones not, comments added later
 * picked up, flagged items stored, and the reply field reached from the side panel.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { captureErrors, launch, routeFixture, waitForFlags, type Ext } from './fixtures';

interface Case {
  name: string;
  fixture: string;
  url: string;
  /** Selector of a comment element by its id. */
  byId(id: string): string;
  risky: string[];
  calm: string[];
  /** A comment whose reply field is open in the fixture. */
  replyTo: string;
  /** Append a risky comment the way the platform's "load more" would. */
  append(page: Page): Promise<void>;
  appendedId: string;
}

const CASES: Case[] = [
  {
    name: 'old.reddit',
    fixture: 'old-reddit/post-page.html',
    url: 'https://old.reddit.com/r/zefirmobile/comments/1abcde/awaria_sieci/',
    byId: (id) => `[data-fullname="${id}"]`,
    risky: ['t1_k7b004', 't1_k7b003', 't1_k7a003'],
    calm: ['t1_k7b001', 't1_k7b008', 't1_k7b006'],
    replyTo: 't1_k7b001',
    appendedId: 't1_late01',
    append: (page) =>
      page.evaluate(() => {
        const src = document.querySelector('[data-fullname="t1_k7b004"]')!;
        const copy = src.cloneNode(true) as HTMLElement;
        copy.querySelectorAll('[data-stormwatch-host]').forEach((n) => n.remove());
        copy.removeAttribute('style');
        copy.removeAttribute('data-stormwatch-severity');
        copy.setAttribute('data-fullname', 't1_late01');
        copy.querySelector('.md')!.textContent = 'You are all idiots and scammers, I want a refund';
        document.querySelector('.sitetable.nestedlisting')!.append(copy);
      }),
  },
  {
    name: 'Reddit',
    fixture: 'reddit/post-page.html',
    url: 'https://www.reddit.com/r/zefirmobile/comments/1abcde/awaria_sieci/',
    byId: (id) => `shreddit-comment[thingid="${id}"]`,
    risky: ['t1_r004', 't1_r003', 't1_r010'],
    calm: ['t1_r001', 't1_r013', 't1_r006'],
    replyTo: 't1_r001',
    appendedId: 't1_late01',
    append: (page) =>
      page.evaluate(() => {
        const html = '<shreddit-comment thingid="t1_late01" author="late_user" depth="0" score="1"><div slot="comment"><div class="md"><p>You are all idiots and scammers, I want a refund</p></div></div></shreddit-comment>';
        document.querySelector('shreddit-comment-tree')!.insertAdjacentHTML('beforeend', html);
      }),
  },
  {
    name: 'YouTube',
    fixture: 'youtube/watch-page.html',
    url: 'https://www.youtube.com/watch?v=zefirDemo01',
    byId: (id) => `ytd-comment-view-model:has(> [id="body"] a[href$="lc=${id}"])`,
    risky: ['Ugw003', 'Ugw002.r1', 'Ugw006.r2'],
    calm: ['Ugw001', 'Ugw007', 'Ugw004'],
    replyTo: 'Ugw001',
    appendedId: 'UgwLate1',
    append: (page) =>
      page.evaluate(() => {
        const src = document.querySelector('ytd-comment-thread-renderer:nth-of-type(3)')!;
        const copy = src.cloneNode(true) as HTMLElement;
        copy.querySelectorAll('[data-stormwatch-host]').forEach((n) => n.remove());
        copy.querySelectorAll('[data-stormwatch-severity]').forEach((n) => {
          n.removeAttribute('data-stormwatch-severity');
          n.removeAttribute('style');
        });
        copy.querySelector('[id="published-time-text"] a')!.setAttribute('href', '/watch?v=zefirDemo01&lc=UgwLate1');
        copy.querySelector('[id="content-text"]')!.textContent = 'You are all idiots and scammers, I want a refund';
        document.querySelector('ytd-item-section-renderer [id="contents"]')!.append(copy);
      }),
  },
];

/** Send a message to a tab's content script from an extension page, in the protocol's format. */
async function sendToTab(panel: Page, url: string, type: string, data: unknown): Promise<unknown> {
  return panel.evaluate(
    async ([u, t, d]) => {
      const [tab] = await chrome.tabs.query({ url: u as string });
      const reply = (await chrome.tabs.sendMessage(tab!.id!, { id: 1, type: t, data: d, timestamp: Date.now() })) as { res?: unknown; err?: unknown };
      return reply.res ?? reply.err;
    },
    [url, type, data] as const,
  );
}

describe.each(CASES)('$name', (c) => {
  let ext: Ext;
  beforeAll(async () => {
    ext = await launch();
    await routeFixture(ext.context, `${c.url}**`, c.fixture);
  });
  afterAll(async () => {
    await ext?.close();
  });

  test('highlights risky comments, leaves calm ones, picks up later ones, and reaches the reply field', async () => {
    const page = await ext.context.newPage();
    const errors = captureErrors(page);
    await page.goto(c.url);
    await waitForFlags(page, c.risky.length);
    const severity = (id: string) => page.locator(c.byId(id)).first().getAttribute('data-stormwatch-severity');
    for (const id of c.risky) expect(await severity(id), id).toMatch(/low|medium|high|critical/);
    for (const id of c.calm) expect(await severity(id), id).toBeNull();

    await c.append(page);
    await page.locator(`${c.byId(c.appendedId)}[data-stormwatch-severity]`).waitFor({ timeout: 10_000 });

    const panel = await ext.open('sidepanel.html');
    await panel.getByText('bandą idiotów', { exact: false }).first().waitFor({ timeout: 10_000 });
    const outcome = await sendToTab(panel, c.url, 'insertReply', { commentId: c.replyTo, text: 'Dziękujemy, {{author}}!', mode: 'append' });
    expect(outcome).toMatchObject({ ok: true });
    // The content script never opens IndexedDB on the site's origin (RELIABILITY D3).
    expect((await page.evaluate(() => indexedDB.databases())).map((d) => d.name)).not.toContain('stormwatch');
    expect(errors).toEqual([]);
  });
});
