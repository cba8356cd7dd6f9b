import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { captureErrors, ownTabId, launch, waitForFlags, type Ext } from './fixtures';
import { columnCode } from '@/lib/export/csv';

describe('demo page end to end', () => {
  let ext: Ext;
  beforeAll(async () => {
    ext = await launch();
  });
  afterAll(async () => {
    await ext?.close();
  });

  test('risky comments are highlighted, calm ones are not, and the panel lists them from the database', async () => {
    const page = await ext.open('demo.html');
    const errors = captureErrors(page);
    await waitForFlags(page, 3);
    const severity = (id: string) => page.locator(`[data-comment-id="${id}"]`).getAttribute('data-stormwatch-severity');
    // The insult and the leak rumour are flagged; calm and grateful comments are not.
    expect(await severity('c4')).toMatch(/low|medium|high|critical/);
    expect(await severity('c5')).toMatch(/low|medium|high|critical/);
    expect(await severity('c1')).toBeNull();
    expect(await severity('c2')).toBeNull();
    expect(await severity('c8')).toBeNull();
    // Each flagged comment carries exactly one badge (built once the outline is set, when the comment is near the viewport).
    await page.locator('[data-comment-id="c4"] stormwatch-badge').waitFor({ state: 'attached' });
    expect(await page.locator('[data-comment-id="c4"] stormwatch-badge').count()).toBe(1);

    // The pile-on under c7 gets an "escalating" or "crisis" banner right above it.
    const banner = page.locator('stormwatch-thread-banner:has(+ [data-comment-id="c7"])');
    await banner.waitFor({ timeout: 10_000 });
    expect(await banner.getAttribute('data-status')).toMatch(/escalating|crisis/);
    // The banner says why (its text lives in a closed shadow root: read the panel's thread line instead below).

    const panel = await ext.open('sidepanel.html');
    const panelErrors = captureErrors(panel);
    await panel.getByText('Jesteście bandą idiotów', { exact: false }).first().waitFor({ timeout: 10_000 });
    await panel.getByText('customer passwords and card numbers leaked', { exact: false }).first().waitFor();
    expect(await panel.getByText('u mnie już działa', { exact: false }).count()).toBe(0);

    // The thread's escalation and its reasons are stored and shown with the item.
    await panel.locator('[role="option"]').filter({ hasText: 'Konsultant na infolinii' }).first().click();
    expect(await panel.locator('.thread').innerText()).toMatch(
      /(escalating|crisis) — .*(authors|risky|likes|repeated)/,
    );
    await panel.reload();
    await panel.getByText('Jesteście bandą idiotów', { exact: false }).first().waitFor({ timeout: 10_000 });
    expect(errors).toEqual([]);
    expect(panelErrors).toEqual([]);
  });

  test('comments appended later are picked up', async () => {
    const page = await ext.open('demo.html');
    await waitForFlags(page, 3);
    const before = Number(await page.locator('html').getAttribute('data-stormwatch-classified'));
    for (let i = 0; i < 5; i++) await page.click('#simulate');
    await page.waitForFunction(
      (b) => Number(document.documentElement.getAttribute('data-stormwatch-classified')) >= b + 5,
      before,
    );
    // "Another day without service and no refund... you are frauds." is the second live comment.
    expect(await page.locator('[data-comment-id="live2"]').getAttribute('data-stormwatch-severity')).toMatch(
      /low|medium|high|critical/,
    );
    expect(await page.locator('[data-comment-id="live3"]').getAttribute('data-stormwatch-severity')).toBeNull();
  });

  test('a status change in the panel is stored with the response log and survives a reload', async () => {
    const page = await ext.open('demo.html');
    await waitForFlags(page, 3);
    const panel = await ext.open('sidepanel.html');
    await panel.getByRole('option').filter({ hasText: 'Jesteście bandą idiotów' }).first().click();
    await panel.getByRole('button', { name: /^(In progress|W toku)$/ }).click();
    await panel.getByRole('button', { name: /^(In progress|W toku)$/, pressed: true }).waitFor();
    await panel.reload();
    await panel.getByRole('option').filter({ hasText: 'Jesteście bandą idiotów' }).first().click();
    expect(await panel.getByRole('button', { name: /^(In progress|W toku)$/ }).getAttribute('aria-pressed')).toBe(
      'true',
    );
    const events = await panel.evaluate(
      () =>
        new Promise<number>((resolve) => {
          const req = indexedDB.open('stormwatch');
          req.onsuccess = () => {
            const tx = req.result.transaction('events', 'readonly');
            const count = tx.objectStore('events').count();
            count.onsuccess = () => resolve(count.result);
          };
        }),
    );
    expect(events).toBeGreaterThanOrEqual(1);
  });

  test('CSV export from the panel gives a file whose rows equal the stored items', async () => {
    const page = await ext.open('demo.html');
    await waitForFlags(page, 3);
    const panel = await ext.open('sidepanel.html');
    const csvButton = panel.getByRole('button', { name: /^CSV \(\d+\)$/ });
    await panel.locator('[role="option"]').first().waitFor();
    // Exports are in the queue's Export menu.
    await panel.locator('.export-menu summary').click();
    const [file] = await Promise.all([panel.waitForEvent('download'), csvButton.click()]);
    const text = readFileSync((await file.path())!, 'utf8');
    expect(text.startsWith('\uFEFF')).toBe(true);
    const rows = Papa.parse<string[]>(text.slice(1), { skipEmptyLines: true }).data;
    const stored = await panel.evaluate(
      () =>
        new Promise<string[]>((resolve) => {
          const req = indexedDB.open('stormwatch');
          req.onsuccess = () => {
            const all = req.result.transaction('items', 'readonly').objectStore('items').getAll();
            all.onsuccess = () => resolve((all.result as Array<{ text: string }>).map((i) => i.text));
          };
        }),
    );
    // Readable headers in the panel's language, read back as column codes.
    const textCol = rows[0]!.map(columnCode).indexOf('text');
    expect(textCol).toBeGreaterThanOrEqual(0);
    expect(
      rows
        .slice(1)
        .map((r) => r[textCol])
        .sort(),
    ).toEqual(stored.map((t) => (/^[=+\-@\t\r]/.test(t) ? `'${t}` : t)).sort());
  });

  test('demo page → flagged item → suggestion → insert into the reply box → status in progress', async () => {
    const page = await ext.open('demo.html');
    await waitForFlags(page, 3);
    const demoTab = await ownTabId(page);
    const panel = await ext.open(`sidepanel.html?tab=${demoTab}`);
    // The queue is virtualised and sorted by risk: find the complaint as a user would, by its words.
    await panel.getByRole('searchbox', { name: /Search text and authors|Szukaj/ }).fill('Zadam zwrotu');
    await panel.locator('[role="option"]').filter({ hasText: 'Zadam zwrotu pieniedzy' }).first().click();
    const suggestions = panel.getByRole('region', { name: /Suggested replies|Sugerowane odpowiedzi/ });
    await suggestions.locator('article').first().waitFor();
    // The first suggestion fits the complaint: Polish, about the refund or the complaint.
    expect(await suggestions.locator('.why').first().innerText()).toMatch(
      /fits: (refund \/ delay \/ defect|complaint)/,
    );
    const preview = await suggestions.locator('.preview').first().innerText();
    expect(preview).toContain('Tomasz Wiśniewski');
    await suggestions
      .getByRole('button', { name: /^(Insert|Wstaw do odpowiedzi)$/ })
      .first()
      .click();
    await panel.getByText(/Inserted|Wstawiono/).waitFor();
    const box = page.locator('[data-comment-id="c3"] > .reply-box textarea');
    expect(await box.inputValue()).toBe(preview);
    expect(await page.locator('[data-comment-id="c3"] > .reply-box .send').isEnabled()).toBe(true);
    await panel.getByRole('button', { name: /^(In progress|W toku)$/, pressed: true }).waitFor();
    // Stormwatch never posts; the user confirms it was sent, and the item becomes "replied".
    await panel.getByRole('button', { name: /^(Mark as sent|Oznacz jako wysłaną)$/ }).click();
    await panel.getByRole('button', { name: /^(Replied|Odpowiedziano)$/, pressed: true }).waitFor();
    // The search is remembered with the queue's filters: the next test wants the whole queue.
    await panel.getByRole('searchbox', { name: /Search text and authors|Szukaj/ }).fill('');
  });

  test('evidence pack and printable report from the panel', async () => {
    const page = await ext.open('demo.html');
    await waitForFlags(page, 3);
    const panel = await ext.open('sidepanel.html');
    await panel.locator('[role="option"]').first().waitFor();
    await panel.locator('.export-menu summary').click();
    await panel.getByLabel(/pseudonymise authors/).check();
    const [zip] = await Promise.all([
      panel.waitForEvent('download'),
      panel.getByRole('button', { name: /^Evidence pack/ }).click(),
    ]);
    const files = unzipSync(readFileSync((await zip.path())!));
    const manifest = JSON.parse(strFromU8(files['manifest.json']!));
    expect(manifest.pseudonymised).toBe(true);
    expect(manifest.itemCount).toBeGreaterThanOrEqual(3);
    expect(strFromU8(files['items.json']!)).not.toContain('kamil_88');
    expect(strFromU8(files['report.html']!)).toMatch(/<svg [^>]*role="img" aria-label="Flagged volume over time"/);
    const [report] = await Promise.all([
      ext.context.waitForEvent('page'),
      panel.getByRole('button', { name: /^Crisis report$/ }).click(),
    ]);
    await report.getByRole('heading', { name: /Crisis report/ }).waitFor();
    expect(await report.getByText(/Flagged comments/).innerText()).toMatch(/Flagged comments: \d+/);
    // The volume chart is drawn on the report page as well, with its text alternative.
    const chart = report.getByRole('img', { name: 'Flagged volume over time' });
    await chart.waitFor();
    // Seven days: one bar per day.
    expect(await chart.locator('rect').count()).toBeGreaterThanOrEqual(7);
    expect(await report.getByText(/^Flagged volume over time, per day, .*: \d+ in all, peak \d+ /).count()).toBe(1);
  });
});
