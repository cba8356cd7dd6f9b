/**
 * Each platform fixture served at its real URL (routed, nothing leaves the machine) with the
 * production content script: risky comments highlighted, calm ones not, comments added later
 * picked up, flagged items stored, the reply field reached from the side panel, and a
 * client-side route change re-scanning the page.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { PlatformCase } from './platform-cases/types';
import { captureErrors, launch, routeFixture, sendToTab, waitForFlags, type Ext } from './fixtures';

// One file per platform in ./platform-cases; each default-exports a PlatformCase.
const modules = import.meta.glob<{ default: PlatformCase }>('./platform-cases/*.ts', { eager: true });
const CASES = Object.entries(modules)
  .filter(([path]) => !path.endsWith('/types.ts'))
  .map(([, m]) => m.default);

describe.each(CASES)('$name', (c) => {
  let ext: Ext;
  beforeAll(async () => {
    ext = await launch();
    await routeFixture(ext.context, `${c.url}**`, c.fixture);
  });
  afterAll(async () => {
    await ext?.close();
  });

  test('highlights risky comments, leaves calm ones, picks up later ones, reaches the reply field, and re-scans after a route change', async () => {
    const page = await ext.context.newPage();
    const errors = captureErrors(page);
    await page.goto(c.url);
    await waitForFlags(page, c.risky.length);
    // Each risky comment, not just as many flags as there are risky comments (a page may hold
    // more risky comments than the case lists, and they need not be scanned in list order).
    for (const id of c.risky)
      await page
        .locator(`${c.byId(id)}[data-stormwatch-severity]`)
        .first()
        .waitFor({ timeout: 10_000 });
    const severity = (id: string) => page.locator(c.byId(id)).first().getAttribute('data-stormwatch-severity');
    for (const id of c.risky) expect(await severity(id), id).toMatch(/low|medium|high|critical/);
    for (const id of c.calm) expect(await severity(id), id).toBeNull();

    await c.append(page);
    await page.locator(`${c.byId(c.appendedId)}[data-stormwatch-severity]`).waitFor({ timeout: 10_000 });

    if (c.recycle) {
      await c.recycle.run(page);
      const reused = page.locator(c.byId(c.recycle.toId));
      await reused.and(page.locator(':not([data-stormwatch-severity])')).waitFor({ timeout: 10_000 });
      expect(await reused.locator('[data-stormwatch-host]').count()).toBe(0);
    }

    const panel = await ext.open('sidepanel.html');
    await panel.getByText(c.panelText, { exact: false }).first().waitFor({ timeout: 10_000 });
    if (c.recycle)
      await panel.getByText(c.recycle.fromPanelText, { exact: false }).first().waitFor({ timeout: 10_000 });
    const outcome = await sendToTab(panel, c.url, 'insertReply', {
      commentId: c.replyTo,
      text: 'Dziękujemy, {{author}}!',
      mode: 'append',
    });
    expect(outcome, JSON.stringify(outcome)).toMatchObject({ ok: true });

    // SPA navigation (A7): a client-side route change restarts the scanner; the comments are
    // flagged again by fresh badges, one per flagged comment, with one observer. Back at the top
    // of the page first: inserting the reply may have scrolled far down, and badges are built for
    // comments near the viewport only (scanner-load.spec.ts).
    await page.evaluate(
      (url) => {
        document.querySelectorAll<HTMLElement>('stormwatch-badge').forEach((b) => (b.dataset.beforeNavigation = '1'));
        window.scrollTo(0, 0);
        history.pushState({}, '', url);
      },
      `${c.url}${c.url.includes('?') ? '&' : '?'}ref=spa`,
    );
    // A comment whose node was reused for another one is no longer on the page.
    const stillShown = c.risky.filter((id) => id !== c.recycle?.fromId);
    await page.waitForFunction(
      (n) =>
        document.querySelectorAll('stormwatch-badge').length >= n &&
        document.querySelectorAll('stormwatch-badge[data-before-navigation]').length === 0,
      stillShown.length,
      { timeout: 15_000 },
    );
    for (const id of stillShown) expect(await severity(id), id).toMatch(/low|medium|high|critical/);
    expect(await page.locator('stormwatch-badge').count()).toBe(
      await page.locator('[data-stormwatch-severity]').count(),
    );
    expect(await page.locator('html').getAttribute('data-stormwatch-observers')).toBe('1');

    // The content script never opens IndexedDB on the site's origin (docs/RELIABILITY.md D3).
    expect((await page.evaluate(() => indexedDB.databases())).map((d) => d.name)).not.toContain('stormwatch');
    expect(errors).toEqual([]);
  });
});
