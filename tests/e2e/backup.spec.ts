/**
 * Backup in one profile, restore into a fresh profile (docs/RELIABILITY.md E2, H3, H10): the
 * queue with its statuses, the reply library with the team's edits and the settings come back;
 * template approvals come back only into the profile that made the backup. A restore with a
 * platform tab open (H11): the tab reports its comments again and the queue stays as the restore
 * made it.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { launch, routeFixture, waitForFlags } from './fixtures';

const dump = (store: string) =>
  new Promise<Array<Record<string, unknown>>>((resolve) => {
    const req = indexedDB.open('stormwatch');
    req.onsuccess = () => {
      const all = req.result.transaction(store, 'readonly').objectStore(store).getAll();
      all.onsuccess = () => resolve(all.result as Array<Record<string, unknown>>);
    };
  });

describe('backup and restore across profiles', () => {
  test('everything saved in one profile comes back in a fresh one', async () => {
    const a = await launch();
    let file: string;
    let before: { items: number; status: unknown; body: unknown };
    try {
      const demo = await a.open('demo.html');
      await waitForFlags(demo, 3);
      const panel = await a.open('sidepanel.html');
      await panel.locator('[role="option"]').filter({ hasText: 'Jesteście bandą idiotów' }).first().click();
      await panel.getByRole('button', { name: /^(Escalated|Eskalowane)$/ }).click();
      await panel.getByRole('button', { name: /^(Escalated|Eskalowane)$/, pressed: true }).waitFor();
      await panel.evaluate(() => chrome.storage.local.set({ settings: { brands: ['Zefir'], agentName: 'Ola' } }));
      await panel.getByRole('tab', { name: /Settings|Ustawienia/ }).click();
      const [download] = await Promise.all([
        panel.waitForEvent('download'),
        panel.getByRole('button', { name: /^(Back up everything|Zapisz kopię zapasową)$/ }).click(),
      ]);
      // Downloads vanish with their profile: keep a copy.
      file = join(mkdtempSync(join(tmpdir(), 'stormwatch-backup-')), 'backup.json');
      await download.saveAs(file);
      const items = await panel.evaluate(dump, 'items');
      const templates = await panel.evaluate(dump, 'templates');
      before = {
        items: items.length,
        status: items.find((i) => String(i.text).startsWith('Jesteście'))!.status,
        body: templates.length,
      };
      // Restored into the profile that made it (its signature checks out): approvals are kept (H10).
      const approvedBefore = templates.filter((t) => t.status === 'approved').length;
      expect(approvedBefore).toBeGreaterThan(0);
      await panel.getByLabel(/^(Backup file|Plik kopii zapasowej)$/).setInputFiles(file);
      await panel.getByText(/approvals are kept|zatwierdzenia szablonów zostają/).waitFor();
      await panel.getByRole('button', { name: /^(Restore into my data|Przywróć do moich danych)$/ }).click();
      await panel.getByText(/Backup restored|Przywrócono kopię zapasową/).waitFor();
      expect((await panel.evaluate(dump, 'templates')).filter((t) => t.status === 'approved').length).toBe(
        approvedBefore,
      );
    } finally {
      await a.close();
    }
    expect(JSON.parse(readFileSync(file, 'utf8')).format).toBe('stormwatch-backup');

    const b = await launch();
    try {
      const panel = await b.open('sidepanel.html');
      panel.on('dialog', (d) => void d.accept());
      await panel.getByRole('tab', { name: /Settings|Ustawienia/ }).click();
      await panel.getByLabel(/^(Backup file|Plik kopii zapasowej)$/).setInputFiles(file);
      // Another profile's file: previewed first; its templates arrive as drafts (H10).
      await panel.getByText(/every template arrives as a draft|każdy szablon wróci jako szkic/).waitFor();
      await panel.getByRole('button', { name: /^(Restore into my data|Przywróć do moich danych)$/ }).click();
      await panel.getByText(/Backup restored|Przywrócono kopię zapasową/).waitFor();
      const items = await panel.evaluate(dump, 'items');
      const templates = await panel.evaluate(dump, 'templates');
      expect(items.length).toBe(before.items);
      expect(items.find((i) => String(i.text).startsWith('Jesteście'))!.status).toBe(before.status);
      expect(templates.length).toBe(before.body);
      expect(templates.filter((t) => t.status === 'approved')).toEqual([]);
      expect(await panel.evaluate(async () => (await chrome.storage.local.get('settings')).settings)).toMatchObject({
        brands: ['Zefir'],
        agentName: 'Ola',
      });
    } finally {
      await b.close();
    }
  });
});

/** Every stored item's decisions, by key. */
const decisions = async (panel: Page) =>
  Object.fromEntries(
    (await panel.evaluate(dump, 'items')).map((i) => [
      i.key as string,
      { status: i.status, note: i.note ?? null, assignee: i.assignee ?? null },
    ]),
  );
/** Wait until the open tab has reported every stored item again after `since` (its scanner restarted). */
const reportedAgainAfter = (panel: Page, since: number) =>
  expect
    .poll(async () => (await panel.evaluate(dump, 'items')).filter((i) => (i.lastSeen as number) <= since).length, {
      timeout: 15_000,
    })
    .toBe(0);

describe('a restore with a platform tab open (H11)', () => {
  test('the tab reports its comments again; the queue stays as the restore made it', async () => {
    const POST = 'https://www.reddit.com/r/zefirmobile/comments/1abcde/outage/';
    const ext = await launch();
    try {
      await routeFixture(ext.context, `${POST}**`, 'reddit/post-page.html');
      const page = await ext.context.newPage();
      await page.goto(POST);
      await waitForFlags(page, 3);
      const flagged = Number(await page.locator('html').getAttribute('data-stormwatch-flagged'));
      const panel = await ext.open('sidepanel.html');
      await expect.poll(async () => (await panel.evaluate(dump, 'items')).length, { timeout: 15_000 }).toBe(flagged);
      await panel.evaluate(() => chrome.storage.local.set({ settings: { agentName: 'Ola' } }));
      await panel.getByRole('tab', { name: /Settings|Ustawienia/ }).click();
      const [download] = await Promise.all([
        panel.waitForEvent('download'),
        panel.getByRole('button', { name: /^(Back up everything|Zapisz kopię zapasową)$/ }).click(),
      ]);
      const file = join(mkdtempSync(join(tmpdir(), 'stormwatch-backup-')), 'backup.json');
      await download.saveAs(file);

      // After the backup: the settings change (the tab reports its comments again), then the team
      // dismisses one comment and assigns another.
      const changed = await panel.evaluate(() => Date.now());
      await panel.evaluate(() => chrome.storage.local.set({ settings: {} }));
      await reportedAgainAfter(panel, changed);
      await panel.getByRole('tab', { name: /Queue|Kolejka/ }).click();
      await panel.locator('[role="option"]').filter({ hasText: 'Jesteście bandą idiotów' }).first().click();
      await panel.getByRole('button', { name: /^(Dismissed|Odrzucone)$/ }).click();
      await panel.getByRole('button', { name: /^(Dismissed|Odrzucone)$/, pressed: true }).waitFor();
      const assigned = await panel.evaluate(
        () =>
          new Promise<string>((resolve) => {
            const req = indexedDB.open('stormwatch');
            req.onsuccess = () => {
              const store = req.result.transaction('items', 'readwrite').objectStore('items');
              const all = store.getAll();
              all.onsuccess = () => {
                const it = (all.result as Array<Record<string, unknown>>).find((i) =>
                  String(i.text).startsWith('Zefir are scammers'),
                )!;
                store.put({ ...it, assignee: 'Ewa' }).onsuccess = () => resolve(it.key as string);
              };
            };
          }),
      );
      const before = await decisions(panel);
      expect(Object.values(before).filter((d) => d.status === 'dismissed')).toHaveLength(1);
      expect(before[assigned]!.assignee).toBe('Ewa');

      // Restore the older backup: its settings (the agent's name) come back, so the tab's scanner
      // starts again and reports every comment of the page once more.
      const restoredAt = await panel.evaluate(() => Date.now());
      await panel.getByRole('tab', { name: /Settings|Ustawienia/ }).click();
      await panel.getByLabel(/^(Backup file|Plik kopii zapasowej)$/).setInputFiles(file);
      await panel.getByRole('button', { name: /^(Restore into my data|Przywróć do moich danych)$/ }).click();
      await panel.getByText(/Backup restored|Przywrócono kopię zapasową/).waitFor();
      expect(await panel.evaluate(async () => (await chrome.storage.local.get('settings')).settings)).toMatchObject({
        agentName: 'Ola',
      });
      await reportedAgainAfter(panel, restoredAt);
      // What the restore should produce: the same comments, with the decisions made since the backup.
      expect(await decisions(panel)).toEqual(before);

      // A comment the page shows after the restore is still added, as new.
      await page.evaluate(() =>
        document
          .querySelector('shreddit-comment-tree')!
          .insertAdjacentHTML(
            'beforeend',
            '<shreddit-comment thingid="t1_late1" author="late" depth="0"><div slot="comment"><p>Oszuści i złodzieje, oddajcie pieniądze</p></div></shreddit-comment>',
          ),
      );
      await expect
        .poll(async () => (await decisions(panel))['reddit:t1_late1'] ?? null, { timeout: 15_000 })
        .toEqual({ status: 'new', note: null, assignee: null });
      expect(Object.keys(await decisions(panel)).sort()).toEqual([...Object.keys(before), 'reddit:t1_late1'].sort());
    } finally {
      await ext.close();
    }
  });
});
