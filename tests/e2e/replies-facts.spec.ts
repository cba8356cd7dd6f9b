/**
 * Issue 20 in Chromium, on the demo page with the built extension: declaring and withdrawing an
 * incident fact changes the suggestions at once; the composer's edit is what goes into the page's
 * reply box; an edit claiming a fix that is not declared is warned about and needs an override,
 * which the response log records with the agent's name.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { captureErrors, launch, ownTabId, waitForFlags, type Ext } from './fixtures';

const LEAK = 'customer passwords and card numbers leaked';

async function stored<T>(panel: Page, store: string): Promise<T[]> {
  return panel.evaluate(
    (name) =>
      new Promise<T[]>((resolve, reject) => {
        const req = indexedDB.open('stormwatch');
        req.onerror = () => reject(req.error);
        req.onsuccess = () => {
          const all = req.result.transaction(name, 'readonly').objectStore(name).getAll();
          all.onsuccess = () => {
            resolve(all.result as T[]);
            req.result.close();
          };
        };
      }),
    store,
  );
}

describe('incident facts and the composer, end to end', () => {
  let ext: Ext;
  let page: Page;
  let panel: Page;
  beforeAll(async () => {
    ext = await launch();
    page = await ext.open('demo.html');
    await waitForFlags(page, 3);
    const demoTab = await ownTabId(page);
    panel = await ext.open(`sidepanel.html?tab=${demoTab}`);
    await panel.evaluate(() =>
      chrome.storage.local.set({
        settings: {
          enabled: true,
          platforms: {},
          brands: ['Zefir'],
          watchKeywords: [],
          agentName: 'Ola',
          sensitivity: 'low',
          ignoredPhrases: [],
          ignoredAuthors: [],
          ignoredThreads: [],
          uiLanguage: 'en',
          genericSites: [],
        },
      }),
    );
    await panel.reload();
    await panel.locator('[role="option"]').filter({ hasText: LEAK }).first().click();
  });
  afterAll(async () => {
    await ext?.close();
  });

  const titles = () =>
    panel
      .getByRole('region', { name: 'Suggested replies' })
      .locator('article')
      .evaluateAll((els) => els.map((e) => e.getAttribute('aria-label')));

  test('declaring and withdrawing a fact changes the suggestions at once', async () => {
    const errors = captureErrors(panel);
    await panel.getByRole('region', { name: 'Suggested replies' }).locator('article').first().waitFor();
    // Nothing declared: the holding statement, never the update that confirms the leak.
    expect((await titles())[0]).toBe('Data leak: holding statement');
    expect(await titles()).not.toContain('Data leak: what to do now');
    const incident = panel.getByRole('region', { name: 'Incident' });
    await incident.getByLabel('Incident name').fill('Zefir leak reports');
    await incident.getByRole('button', { name: 'Start incident' }).click();
    await panel.getByLabel('Incident confirmed').check();
    await expect.poll(titles, { timeout: 5_000 }).toContain('Data leak: what to do now');
    await panel.getByLabel('Incident confirmed').uncheck();
    await expect.poll(titles, { timeout: 5_000 }).not.toContain('Data leak: what to do now');
    const history = await stored<{ fact: string; action: string; agent: string }>(panel, 'factEvents');
    expect(history.map((h) => [h.fact, h.action, h.agent])).toEqual([
      ['incident-confirmed', 'declared', 'Ola'],
      ['incident-confirmed', 'withdrawn', 'Ola'],
    ]);
    expect(errors).toEqual([]);
  });

  test('the composer: an edit claiming a fix is warned about and needs an override logged with the name; the edit is what is inserted', async () => {
    const first = panel.getByRole('region', { name: 'Suggested replies' }).locator('article').first();
    await first.getByRole('button', { name: 'Edit' }).click();
    const composer = panel.getByRole('region', { name: 'Compose the reply' });
    const box = composer.getByLabel('Reply text');
    expect(await box.inputValue()).toMatch(/We are aware of reports/);
    const edited = 'Hi Jess, the breach has been fixed and your card data is safe. Next update at 4 pm.';
    await box.fill(edited);
    await composer.getByText(/Claims what the team has not declared: Incident confirmed, Fixed\. Say only/).waitFor();
    const insert = composer.getByRole('button', { name: 'Insert' });
    expect(await insert.isDisabled()).toBe(true);
    await composer.getByLabel(/Override: use it anyway \(logged with my name, Ola\)/).check();
    await insert.click();
    await panel
      .getByText(/Inserted/)
      .first()
      .waitFor();
    expect(await page.locator('[data-comment-id="c5"] > .reply-box textarea').inputValue()).toBe(edited);
    const events = await stored<{ type: string; agent?: string; claims?: string[]; itemKey: string }>(panel, 'events');
    expect(events.find((e) => e.type === 'claimOverride')).toMatchObject({
      agent: 'Ola',
      claims: ['incident-confirmed', 'fixed'],
      itemKey: 'demo:c5',
    });
  });
});
