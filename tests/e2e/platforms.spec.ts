/**
 * Each platform fixture served at its real URL (routed, nothing leaves the machine) with the
 * production content script: risky comments highlighted, calm ones not, comments added later
 * picked up, flagged items stored, and the reply field reached from the side panel.
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

    if (c.recycle) {
      await c.recycle.run(page);
      const reused = page.locator(c.byId(c.recycle.toId));
      await reused.and(page.locator(':not([data-stormwatch-severity])')).waitFor({ timeout: 10_000 });
      expect(await reused.locator('[data-stormwatch-host]').count()).toBe(0);
    }

    const panel = await ext.open('sidepanel.html');
    await panel.getByText(c.panelText, { exact: false }).first().waitFor({ timeout: 10_000 });
    if (c.recycle) await panel.getByText(c.recycle.fromPanelText, { exact: false }).first().waitFor({ timeout: 10_000 });
    const outcome = await sendToTab(panel, c.url, 'insertReply', { commentId: c.replyTo, text: 'Dziękujemy, {{author}}!', mode: 'append' });
    expect(outcome, JSON.stringify(outcome)).toMatchObject({ ok: true });
    // The content script never opens IndexedDB on the site's origin (RELIABILITY D3).
    expect((await page.evaluate(() => indexedDB.databases())).map((d) => d.name)).not.toContain('stormwatch');
    expect(errors).toEqual([]);
  });
});
