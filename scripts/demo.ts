/**
 * `npm run demo`: open Chromium with the built extension on the bundled demo page.
 * With a display it stays open for you to try (Ctrl+C to quit). Headless (no display, CI, or
 * `--screenshot`) it saves a screenshot of the highlighted demo page and of the side panel and
 * prints their paths.
 */
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { launchWithExtension } from './lib/chromium';

const args = process.argv.slice(2);
const headless = args.includes('--screenshot') || !process.env.DISPLAY || !!process.env.CI;
const outDir = resolve(import.meta.dirname, '../demo-output');

async function main(): Promise<void> {
  const ext = await launchWithExtension({ headless });
  const base = `chrome-extension://${ext.extensionId}`;
  const page = await ext.context.newPage();
  await page.goto(`${base}/demo.html`);
  await page.waitForFunction(
    () => Number(document.documentElement.getAttribute('data-stormwatch-flagged') ?? 0) >= 3,
    null,
    { timeout: 20_000 },
  );
  const flagged = await page.locator('html').getAttribute('data-stormwatch-flagged');
  if (!headless) {
    console.log(`Stormwatch is running on the demo page (${flagged} comments flagged).`);
    console.log(`Side panel as a tab: ${base}/sidepanel.html — or click the toolbar icon. Ctrl+C to quit.`);
    await new Promise(() => undefined);
    return;
  }
  mkdirSync(outDir, { recursive: true });
  // Hover a flagged comment's badge so the screenshot shows the reasons tooltip.
  await page
    .locator('[data-comment-id="c5"] stormwatch-badge')
    .hover()
    .catch(() => undefined);
  const demoShot = resolve(outDir, 'demo-page.png');
  await page.screenshot({ path: demoShot, fullPage: true });
  const panel = await ext.context.newPage();
  await panel.setViewportSize({ width: 420, height: 860 });
  // Pinned to the demo tab, as the real side panel is beside it (a panel in its own tab would
  // otherwise describe itself as the active tab).
  const demoTab = await page.evaluate(async () => (await chrome.tabs.getCurrent())?.id).catch(() => undefined);
  await panel.goto(`${base}/sidepanel.html${demoTab === undefined ? '' : `?tab=${demoTab}`}`);
  await panel.locator('[role="option"]').first().waitFor({ timeout: 15_000 });
  await panel.locator('[role="option"]').first().click();
  await panel.waitForTimeout(300);
  const panelShot = resolve(outDir, 'side-panel.png');
  await panel.screenshot({ path: panelShot });
  await ext.close();
  console.log(`Demo page: ${flagged} comments flagged.`);
  console.log(`Screenshot of the demo page: ${demoShot}`);
  console.log(`Screenshot of the side panel: ${panelShot}`);
}

main().catch((e: unknown) => {
  console.error(`demo failed: ${e instanceof Error ? e.message : String(e)}`);
  process.exit(1);
});
