/**
 * docs/RELIABILITY.md C2 and E4 in the browser: a comment and an author name carrying markup payloads go
 * through scan, flag, panel (queue, details, replies, dashboard), CSV export and the evidence
 * pack as text; no payload runs in the page or the panel, and the extension pages report no
 * content-security-policy violation.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { FIXTURES, launch, waitForFlags, type Ext } from './fixtures';

const POST = 'https://www.reddit.com/r/zefirmobile/comments/1abcde/awaria_sieci/';
const TEXT_PAYLOAD = '<img src=x onerror="window.__pwned=1"> <svg onload="window.__pwned=2"></svg>';
const AUTHOR_PAYLOAD = '<b onmouseover=window.__pwned=3>ewa';
const escape = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

describe('hostile comment text', () => {
  let ext: Ext;
  beforeAll(async () => {
    ext = await launch();
    const html = readFileSync(resolve(FIXTURES, 'reddit/post-page.html'), 'utf8')
      .replace(
        'Banda złodziei i kłamców, nigdy więcej.',
        `Banda złodziei i kłamców ${escape(TEXT_PAYLOAD)} nigdy więcej.`,
      )
      .replace('author="ewa_k"', `author="${escape(AUTHOR_PAYLOAD)}"`);
    expect(html).toContain('&lt;svg onload');
    await ext.context.route(`${POST}**`, (route) =>
      route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html }),
    );
    await ext.context.addInitScript(() => {
      const w = window as unknown as { __csp: string[] };
      w.__csp = [];
      document.addEventListener('securitypolicyviolation', (e) =>
        w.__csp.push(`${e.violatedDirective} ${e.blockedURI}`),
      );
    });
  });
  afterAll(async () => {
    await ext?.close();
  });

  test('stays text from the page to the panel, the export and the evidence pack; nothing runs', async () => {
    const page = await ext.context.newPage();
    await page.goto(POST);
    await waitForFlags(page, 3);
    const pwned = (p: typeof page) => p.evaluate(() => (window as unknown as { __pwned?: number }).__pwned);
    const panel = await ext.open('sidepanel.html');
    const row = panel.locator('[role="option"]', { hasText: 'Banda złodziei' });
    await row.first().click();
    const detail = panel.getByRole('region', { name: /Comment details|Szczegóły komentarza/ });
    await expect.poll(() => detail.innerText()).toContain(TEXT_PAYLOAD);
    expect(await detail.innerText()).toContain(AUTHOR_PAYLOAD);
    await detail.hover();
    await panel.getByRole('tab', { name: /Replies|Odpowiedzi/ }).click();
    await panel
      .getByRole('region', { name: /Suggested replies|Sugerowane odpowiedzi/ })
      .locator('article')
      .first()
      .waitFor();
    await panel.getByRole('tab', { name: /Dashboard|Pulpit/ }).click();
    await panel.getByRole('img', { name: /Flagged volume over time|Liczba oznaczonych w czasie/ }).waitFor();
    const [csv] = await Promise.all([
      panel.waitForEvent('download'),
      panel.getByRole('button', { name: /^CSV/ }).click(),
    ]);
    expect(readFileSync((await csv.path())!, 'utf8')).toContain(TEXT_PAYLOAD.replace(/"/g, '""'));
    const [zip] = await Promise.all([
      panel.waitForEvent('download'),
      panel.getByRole('button', { name: /^(Evidence pack|Pakiet dowodowy)/ }).click(),
    ]);
    const report = strFromU8(unzipSync(readFileSync((await zip.path())!))['report.html']!);
    const doc = await panel.evaluate((html) => {
      const d = new DOMParser().parseFromString(html, 'text/html');
      return {
        imgs: d.querySelectorAll('img').length,
        onAttrs: [...d.querySelectorAll('*')].filter((el) => [...el.attributes].some((a) => a.name.startsWith('on')))
          .length,
        bars: d.querySelectorAll('svg[role="img"] rect').length,
      };
    }, report);
    expect(doc).toMatchObject({ imgs: 0, onAttrs: 0 });
    expect(doc.bars).toBeGreaterThan(0);
    expect(await pwned(page)).toBeUndefined();
    expect(await pwned(panel)).toBeUndefined();
    expect(await panel.locator('img, [onerror], [onload], [onmouseover]').count()).toBe(0);
    expect(await panel.evaluate(() => (window as unknown as { __csp: string[] }).__csp)).toEqual([]);
  });
});
