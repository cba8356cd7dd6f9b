/**
 * The service worker stopped between the steps of the main flow (docs/RELIABILITY.md A5): Chrome stops
 * idle workers, so nothing may live only in its memory. Stopped through the DevTools protocol.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { ownTabId, launch, stopWorker as stopAll, waitForFlags, type Ext } from './fixtures';

let ext: Ext;
beforeAll(async () => {
  ext = await launch();
});
afterAll(async () => {
  await ext?.close();
});

async function stopWorker(page: Page): Promise<void> {
  expect(await stopAll(ext.context, page), 'the service worker was stopped').toBe(true);
}

describe('service worker stopped between steps', () => {
  test('scan → stop → new comments stored → stop → status change → stop → status shown and export works', async () => {
    const page = await ext.open('demo.html');
    await waitForFlags(page, 3);
    await stopWorker(page);
    // New comments wake the worker with a message; it must store them without any in-memory state.
    await page.click('#simulate');
    await page.click('#simulate');
    const panel = await ext.open('sidepanel.html');
    await panel.locator('[role="option"]').filter({ hasText: 'you are frauds' }).first().waitFor({ timeout: 15_000 });
    await stopWorker(page);
    await panel.locator('[role="option"]').filter({ hasText: 'you are frauds' }).first().click();
    await panel.getByRole('button', { name: /^(Resolved|Rozwiązane)$/ }).click();
    await panel.getByRole('button', { name: /^(Resolved|Rozwiązane)$/, pressed: true }).waitFor();
    await stopWorker(page);
    await panel.reload();
    await panel.locator('[role="option"]').filter({ hasText: 'you are frauds' }).first().click();
    expect(await panel.getByRole('button', { name: /^(Resolved|Rozwiązane)$/ }).getAttribute('aria-pressed')).toBe('true');
    // The tab's scanning state lives in session storage, not in the worker's memory.
    const demoTab = await ownTabId(page);
    const status = await panel.evaluate(
      (tabId) => new Promise((resolve) => chrome.runtime.sendMessage({ id: 9, type: 'getTabStatus', data: { tabId }, timestamp: Date.now() }, resolve)),
      demoTab,
    );
    expect(status).toMatchObject({ res: { platform: 'demo', state: 'scanning' } });
    const [file] = await Promise.all([panel.waitForEvent('download'), panel.getByRole('button', { name: /^CSV/ }).click()]);
    expect(await file.path()).toBeTruthy();
  });
});
