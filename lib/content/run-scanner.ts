/**
 * The content-script runtime shared by every platform: loads the settings, starts the scanner,
 * answers the side panel (focus a comment, insert a reply), restarts on SPA navigation and
 * tears everything down when the extension is reloaded or updated (docs/RELIABILITY.md A1, A7).
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { browser } from 'wxt/browser';
import type { PlatformAdapter } from '@/lib/platforms/types';
import {
  decodeScored,
  encodeObserved,
  encodeScoreRequest,
  onMessage,
  sendMessage,
  type InsertOutcome,
  type JsonWire,
} from '@/lib/messaging/protocol';
import type { RiskContext, RiskResult } from '@/lib/risk/types';
import { platformEnabled, settingsItem, withDefaults, type Settings } from '@/lib/settings';
import { resolveLanguage } from '@/lib/i18n/page';
import { startScanner, type Scanner, type ScannerDeps } from './scanner';
import { viewportWatcher } from './highlight';
import { RUNNING_ATTR } from './dom-labels';
import { claimPage, shieldFromPage } from './start-guard';
import { insertReply } from './insert-reply';
import { previewSelectors } from '@/lib/platforms/generic';
import { clampPageUrl } from '@/lib/messaging/clamp';
import { adapterHealth } from '@/lib/platforms/health';

export interface RunOptions {
  /** Tab id, for extension pages (the demo) where the background cannot read sender.tab reliably. */
  tabId?: number;
}

/** Log extension-context loss as information, everything else as a warning: never throw into the page. */
function quiet(err: unknown): void {
  const msg = err instanceof Error ? err.message : String(err);
  if (/context invalidated|Receiving end does not exist/i.test(msg)) console.info('[stormwatch]', msg);
  else console.warn('[stormwatch]', msg);
}

/**
 * Sends a report to the background. The queue is built from these reports: one the worker did
 * not take (stopped or restarted while it handled it) is sent again, up to 5 times with growing
 * pauses (0.25 s … 4 s). The background stores by platform and comment id, so a repeat changes nothing.
 */
function sendReport(ctx: ContentScriptContext, payload: JsonWire, attempt = 0): void {
  if (!ctx.isValid) return;
  sendMessage('commentsObserved', payload).catch((e: unknown) => {
    quiet(e);
    if (attempt < 5 && ctx.isValid) ctx.setTimeout(() => sendReport(ctx, payload, attempt + 1), 250 * 2 ** attempt);
  });
}

/** The background scores (see entrypoints/background/score.ts): the engine is not in this script. */
async function score(texts: string[], riskCtx: RiskContext): Promise<RiskResult[]> {
  const wire = await sendMessage('scoreComments', encodeScoreRequest({ texts, ctx: riskCtx }));
  return decodeScored(wire, texts.length);
}

/** Runs `fn` while the context is valid; a failure goes to the console, never into the page. */
function safely(ctx: ContentScriptContext, fn: () => Promise<unknown>): void {
  if (!ctx.isValid) return;
  fn().catch(quiet);
}

/** What the scanner needs in a content script: messages to the background, the page's timers and frames. */
function contentDeps(
  ctx: ContentScriptContext,
  adapter: PlatformAdapter,
  settings: Settings,
  signal: AbortSignal,
  tabId: number | undefined,
): ScannerDeps {
  // The address this scanner started on: a navigation starts a new scanner, and results
  // gathered before it must not be filed under the next page.
  const pageUrl = clampPageUrl(location.href);
  return {
    score,
    scoreFailed: quiet,
    settings,
    lang: resolveLanguage(settings.uiLanguage, navigator.language),
    now: () => Date.now(),
    signal,
    // A plain timer: the scanner ignores timers once it stopped, and this runs once per slice.
    setTimeout: (fn, ms) => window.setTimeout(fn, ms),
    requestFrame: (fn) => window.requestAnimationFrame(() => fn()),
    // Badges for risky comments far below (or above) the viewport are built as they come near it.
    whenNear: viewportWatcher(window, signal),
    report: (comments, threads) =>
      sendReport(ctx, encodeObserved({ pageUrl, pageTitle: document.title.slice(0, 500), comments, threads })),
    status: (s) => safely(ctx, () => sendMessage('pageStatus', { platform: adapter.id, pageUrl, tabId, ...s })),
    openPanel: (itemKey) => safely(ctx, () => sendMessage('openPanel', { itemKey })),
  };
}

/**
 * Answers the side panel: focus a comment, insert a reply, preview selectors, the page's health.
 * Extension pages (the demo) get panel messages by broadcast: only the addressed tab answers; the
 * others never settle, so the first (and only) reply is the right tab's. Returns the removers.
 */
function answerPanel(
  tabId: number | undefined,
  current: () => { scanner: Scanner | null; adapter: PlatformAdapter },
): Array<() => void> {
  const notForMe = (to: number | undefined) => tabId !== undefined && to !== tabId;
  const silent = () => new Promise<never>(() => undefined);
  const offFocus = onMessage('focusComment', ({ data }) => {
    if (notForMe(data.tabId)) return silent();
    return { found: current().scanner?.focus(data.commentId) ?? false };
  });
  const offInsert = onMessage('insertReply', async ({ data }): Promise<InsertOutcome> => {
    if (notForMe(data.tabId)) return silent();
    const { scanner, adapter } = current();
    const el = scanner?.findComment(data.commentId) ?? null;
    return insertReply({ adapter, comment: el, text: data.text, mode: data.mode, doc: document });
  });
  const offPreview = onMessage('previewSelectors', ({ data }) => {
    if (notForMe(data.tabId)) return silent();
    return previewSelectors(document, data.site);
  });
  const offHealth = onMessage('pageHealth', ({ data }) => {
    if (notForMe(data.tabId)) return silent();
    return adapterHealth(document, current().adapter);
  });
  return [offFocus, offInsert, offPreview, offHealth];
}

/** Calls each remover; after an extension reload they throw "context invalidated" (the listeners die with the old context anyway). */
function removeAll(offs: Array<() => void>): void {
  for (const off of offs) {
    try {
      off();
    } catch (e) {
      quiet(e);
    }
  }
}

/**
 * Run Stormwatch on this page until the context is invalidated. `pick` gives the adapter, or
 * chooses it from the settings (the user's own selectors for a site), again when they change.
 */
export async function runScanner(
  ctx: ContentScriptContext,
  pick: PlatformAdapter | ((settings: Settings) => PlatformAdapter),
  opts: RunOptions = {},
): Promise<void> {
  const html = document.documentElement;
  const choose = (s: Settings) => (typeof pick === 'function' ? pick(s) : pick);
  // Idempotent: a second injection into the same document (A2) does not start a second scanner.
  // Decided in the isolated world, never by the page (H8): RUNNING_ATTR is written for tests and
  // tools to read, and never read here.
  shieldFromPage(ctx);
  if (!claimPage(ctx)) return;
  html.setAttribute(RUNNING_ATTR, typeof pick === 'function' ? 'pending' : pick.id);
  ctx.onInvalidated(() => html.removeAttribute(RUNNING_ATTR));

  let settings: Settings = withDefaults(await settingsItem.getValue().catch(() => null));
  // A newer copy of this script (injected on install or update, A2) may have replaced this one
  // while it waited: an invalidated instance must not register listeners that answer the panel.
  if (!ctx.isValid) return;
  let adapter = choose(settings);
  html.setAttribute(RUNNING_ATTR, adapter.id);
  let scanner: Scanner | null = null;
  let pageAbort: AbortController | null = null;

  const start = () => {
    pageAbort?.abort();
    scanner = null;
    if (!ctx.isValid) return;
    const abort = new AbortController();
    pageAbort = abort;
    adapter = choose(settings);
    ctx.onInvalidated(() => abort.abort());
    if (!platformEnabled(settings, adapter.id)) {
      const disabled = { platform: adapter.id, pageUrl: clampPageUrl(location.href), state: 'disabled' as const };
      safely(ctx, () => sendMessage('pageStatus', { ...disabled, scanned: 0, flagged: 0, tabId: opts.tabId }));
      return;
    }
    scanner = startScanner(document, adapter, contentDeps(ctx, adapter, settings, abort.signal, opts.tabId));
  };

  const offs = answerPanel(opts.tabId, () => ({ scanner, adapter }));
  ctx.addEventListener(window, 'wxt:locationchange', () => start());
  const unwatch = settingsItem.watch((next) => {
    settings = withDefaults(next);
    start();
  });
  ctx.onInvalidated(() => removeAll([...offs, unwatch]));
  // Notice an extension reload or update even when the page is idle: checking isValid
  // aborts the context once the runtime is gone, which tears the scanner down.
  ctx.setInterval(() => undefined, 2_000);
  ctx.onInvalidated(
    () =>
      browser.runtime?.id === undefined &&
      console.info('[stormwatch] extension reloaded; scanning stopped in this tab'),
  );
  start();
}
