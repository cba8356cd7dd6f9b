/**
 * Issue #23: axe-core on every screen of the panel, at 420 and 320 px wide, with a comment selected
 * on the demo page: no violation of serious or critical impact.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { launch, waitForFlags, type Ext } from './fixtures';

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

interface Violation {
  id: string;
  impact: string | null;
  help: string;
  nodes: Array<{ target: string[] }>;
}

/** axe-core's serious and critical violations on the page as it is now. */
async function serious(page: Page): Promise<string[]> {
  // Evaluated through the DevTools protocol: the extension page's CSP forbids inline scripts.
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(`${AXE};0`);
  const { violations, passed } = await page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: { run(ctx: Document, opts: object): Promise<{ violations: Violation[]; passes: unknown[] }> };
      }
    ).axe;
    const r = await axe.run(document, { resultTypes: ['violations'] });
    return { violations: r.violations, passed: r.passes.length };
  });
  // axe really ran its rules on a rendered page.
  expect(passed).toBeGreaterThan(15);
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${v.id} (${v.impact}): ${v.help} — ${v.nodes
          .slice(0, 3)
          .map((n) => n.target.join(' '))
          .join(', ')}`,
    );
}

const SCREENS = [
  ['replies', '.replies-screen'],
  ['library', '.library li'],
  ['dashboard', '.dashboard'],
  ['settings', 'form.settings'],
] as const;

describe('accessibility of the panel (axe-core)', () => {
  let ext: Ext;
  beforeAll(async () => {
    ext = await launch();
    const page = await ext.open('demo.html');
    await waitForFlags(page, 3);
  });
  afterAll(async () => {
    await ext?.close();
  });

  test.each([420, 320])('every screen at %i px: no serious or critical violation', async (width) => {
    const panel = await ext.open('sidepanel.html');
    await panel.setViewportSize({ width, height: 760 });
    const found: string[] = [];
    await panel.click('#tab-queue');
    await panel.locator('[role="option"]').first().click();
    await panel.locator('.detail').waitFor();
    found.push(...(await serious(panel)).map((v) => `queue: ${v}`));
    // The bulk bar and a confirmation are screens of their own: choose two items, then ask to
    // ignore the open one's author (by keyboard: what axe reads does not depend on the pointer).
    await panel
      .locator('[role="option"]')
      .nth(1)
      .click({ modifiers: ['Control'] });
    await panel.getByRole('group', { name: 'Selected items' }).waitFor();
    await panel.getByRole('button', { name: 'Ignore author' }).focus();
    await panel.keyboard.press('Enter');
    await panel.getByRole('group', { name: 'Ignore this author?' }).waitFor();
    found.push(...(await serious(panel)).map((v) => `queue with a confirmation and choices: ${v}`));
    await panel.keyboard.press('?');
    found.push(...(await serious(panel)).map((v) => `shortcuts: ${v}`));
    await panel.keyboard.press('Escape');
    for (const [screen, ready] of SCREENS) {
      await panel.click(`#tab-${screen}`);
      await panel.locator(ready).first().waitFor();
      found.push(...(await serious(panel)).map((v) => `${screen}: ${v}`));
    }
    await panel.close();
    expect(found).toEqual([]);
  });
});
