/**
 * End-to-end helpers: a browser with the extension, pages of the extension, console and
 * network capture, and routing of real platform URLs to local fixture files.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { launchWithExtension, type LaunchedExtension } from '../../scripts/lib/chromium';

export const FIXTURES = resolve(import.meta.dirname, '../fixtures');

export type Ext = LaunchedExtension & {
  open(path: string): Promise<Page>;
  url(path: string): string;
};

/** Launch Chromium with the built extension. */
export async function launch(opts: { extensionDir?: string } = {}): Promise<Ext> {
  const ext = await launchWithExtension(opts);
  const url = (path: string) => `chrome-extension://${ext.extensionId}/${path.replace(/^\//, '')}`;
  return {
    ...ext,
    url,
    async open(path) {
      const page = await ext.context.newPage();
      if (STOP_WORKER_EVERY_STEP) await stopWorker(ext.context, page);
      await page.goto(url(path));
      return page;
    },
  };
}

/**
 * Nightly mode (docs/RELIABILITY.md A5): with STORMWATCH_STOP_WORKER=1 the whole suite runs with the
 * service worker stopped before every step that opens an extension page or sends a message.
 */
export const STOP_WORKER_EVERY_STEP = process.env.STORMWATCH_STOP_WORKER === '1';

/** Stop every service worker of the browser through the DevTools protocol and wait until it is down. */
export async function stopWorker(context: BrowserContext, page: Page): Promise<boolean> {
  const cdp = await context.newCDPSession(page);
  try {
    await cdp.send('ServiceWorker.enable');
    const stopped = new Promise<boolean>((resolve) => {
      cdp.on('ServiceWorker.workerVersionUpdated', (e: { versions: Array<{ runningStatus: string }> }) => {
        if (e.versions.length > 0 && e.versions.every((v) => v.runningStatus === 'stopped')) resolve(true);
      });
    });
    await cdp.send('ServiceWorker.stopAllWorkers');
    return await Promise.race([stopped, new Promise<boolean>((r) => setTimeout(() => r(false), 5_000))]);
  } finally {
    await cdp.detach().catch(() => undefined);
  }
}

/** Collect console errors and uncaught exceptions of a page. */
export function captureErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`console: ${m.text()}`);
  });
  return errors;
}

/** Serve a fixture file at a real platform URL pattern (the production content script runs on it). */
export async function routeFixture(context: BrowserContext, urlPattern: string, fixture: string): Promise<void> {
  const body = readFileSync(resolve(FIXTURES, fixture), 'utf8');
  await context.route(urlPattern, (route) =>
    route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body }),
  );
}

/** Wait until the scanner has flagged at least `n` comments on the page. */
export async function waitForFlags(page: Page, n: number, timeout = 15_000): Promise<void> {
  await page.waitForFunction(
    (min) => Number(document.documentElement.getAttribute('data-stormwatch-flagged') ?? 0) >= min,
    n,
    { timeout },
  );
}

/** Wait until at least `n` badges are built (a badge is built once its comment is near the viewport). */
export async function waitForBadges(page: Page, n: number, timeout = 15_000): Promise<void> {
  await page.waitForFunction((min) => document.querySelectorAll('stormwatch-badge').length >= min, n, { timeout });
}

/** Send a message to a tab's content script from an extension page, in the protocol's format. */
export async function sendToTab(panel: Page, url: string, type: string, data: unknown): Promise<unknown> {
  if (STOP_WORKER_EVERY_STEP) await stopWorker(panel.context(), panel);
  return panel.evaluate(
    async ([u, t, d]) => {
      const [tab] = await chrome.tabs.query({ url: u as string });
      const reply = (await chrome.tabs.sendMessage(tab!.id!, { id: 1, type: t, data: d, timestamp: Date.now() })) as {
        res?: unknown;
        err?: unknown;
      };
      return reply.res ?? reply.err;
    },
    [url, type, data] as const,
  );
}

/** Send a message to the background from an extension page, in the protocol's format. */
export async function sendToBackground(panel: Page, type: string, data: unknown): Promise<unknown> {
  if (STOP_WORKER_EVERY_STEP) await stopWorker(panel.context(), panel);
  return panel.evaluate(
    async ([t, d]) => {
      const reply = (await chrome.runtime.sendMessage({ id: 1, type: t, data: d, timestamp: Date.now() })) as {
        res?: unknown;
        err?: unknown;
      };
      return reply.res ?? reply.err;
    },
    [type, data] as const,
  );
}

/** Id of the first tab whose URL matches `url` (a match pattern), seen from an extension page. */
export async function tabIdOf(panel: Page, url: string): Promise<number> {
  return panel.evaluate(async (u) => (await chrome.tabs.query({ url: u }))[0]!.id!, url);
}

/**
 * Tab id of one of the extension's own pages (the demo), asked of the page itself: without the
 * "tabs" permission some Chromium versions give extension pages' tabs no URL, so neither
 * tabs.query({ url }) nor comparing addresses finds them.
 */
export async function ownTabId(page: Page): Promise<number> {
  return page.evaluate(async () => (await chrome.tabs.getCurrent())!.id!);
}
