/**
 * Backup in one profile, restore into a fresh profile (docs/RELIABILITY.md E2, H3, H10): the
 * queue with its statuses, the reply library with the team's edits and the settings come back;
 * template approvals come back only into the profile that made the backup.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { launch, waitForFlags } from './fixtures';

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
