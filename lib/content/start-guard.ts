/**
 * Whether Stormwatch runs in a page is decided in the content script's isolated world, never by
 * anything the page can set (docs/RELIABILITY.md H8). A page once kept the scanner from starting
 * by putting RUNNING_ATTR on <html>, and tore it down by dispatching WXT's "content script
 * started" event (its name is the extension id, the entrypoint and a fixed suffix: all public).
 *
 * - `claimPage`: one scanner per document, held in the isolated world's global object, which the
 *   page cannot see. Every copy of this script injected while the extension lives (the manifest's,
 *   one injected on install, a registered one) shares that world, so a second copy stands down.
 * - `shieldFromPage`: WXT stops an older copy of the script when a newer one announces itself
 *   with a DOM event. A copy whose extension is still there has nothing to make way for (a live
 *   duplicate stands down through `claimPage`), so it stops that event before WXT's listener sees
 *   it. A copy orphaned by an update has no runtime, lets the event through and is stopped, as
 *   WXT intends (A1, A2).
 */
import { browser } from 'wxt/browser';
import { ContentScriptContext } from 'wxt/utils/content-script-context';

const OWNER = '__stormwatchScanner';
type Owner = { ctx: ContentScriptContext };

/** Take this document for `ctx`'s scanner; false when a live copy already holds it. Released when `ctx` ends. */
export function claimPage(ctx: ContentScriptContext): boolean {
  const g = globalThis as unknown as Record<string, Owner | undefined>;
  const owner = g[OWNER];
  if (owner && owner.ctx !== ctx && !owner.ctx.signal.aborted) return false;
  g[OWNER] = { ctx };
  ctx.onInvalidated(() => {
    if (g[OWNER]?.ctx === ctx) delete g[OWNER];
  });
  return true;
}

/** The DOM event WXT's context listens to for newer copies (private in WXT's types; a test pins it). */
export const startedEventName = (): string =>
  (ContentScriptContext as unknown as { SCRIPT_STARTED_MESSAGE_TYPE: string }).SCRIPT_STARTED_MESSAGE_TYPE;

/** Keep page-dispatched "script started" events from stopping a copy whose extension is alive. Call first thing in main(). */
export function shieldFromPage(ctx: ContentScriptContext, win: Window = window): void {
  win.addEventListener(
    startedEventName(),
    (e) => {
      if (browser.runtime?.id !== undefined) e.stopImmediatePropagation();
    },
    { capture: true, signal: ctx.signal },
  );
}
