// @vitest-environment jsdom
/**
 * docs/RELIABILITY.md A1 and A2 on the real content-script runtime (runScanner with WXT's
 * ContentScriptContext): an invalidated context leaves no badge, no observer and no further
 * extension call; a second start in the same document scans once.
 */
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { runScanner } from '@/lib/content/run-scanner';
import { demo } from '@/lib/platforms/demo';
import { COUNTER_ATTRS, HOST_TAG, RUNNING_ATTR } from '@/lib/content/dom-labels';
import { scoreComments } from '@/entrypoints/background/score';
import { startedEventName } from '@/lib/content/start-guard';

const comment = (id: string, text: string) =>
  `<article class="comment" data-comment-id="${id}"><header><span class="author">A ${id}</span></header><div class="body">${text}</div><footer><button class="reply">Reply</button></footer><div class="reply-box" hidden><textarea></textarea></div></article>`;

const until = async (check: () => boolean, ms = 3_000) => {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 20));
  }
};
const settle = () => new Promise((r) => setTimeout(r, 150));

let sent: string[];
let contexts: ContentScriptContext[];
beforeEach(() => {
  fakeBrowser.reset();
  sent = [];
  contexts = [];
  // The background's side of the messages: texts are scored by the real scorer (the answer goes
  // to the callback the messaging library passes); the other messages are only recorded.
  vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation(((msg: unknown, reply?: unknown) => {
    const { type, data } = msg as { type?: string; data?: unknown };
    sent.push(type ?? '?');
    if (type === 'scoreComments' && typeof reply === 'function')
      setTimeout(() => reply({ res: scoreComments(data) }), 0);
    return Promise.resolve(undefined);
  }) as never);
  window.history.replaceState(null, '', '/demo.html');
  document.documentElement.removeAttribute(RUNNING_ATTR);
  document.body.innerHTML = `<section id="comments">${comment('a', 'Dziękuję, działa')}${comment('b', 'Jesteście oszustami i złodziejami, ukradliście moje pieniądze, idioci!')}</section>`;
});
afterEach(() => {
  for (const c of contexts) if (c.isValid) c.notifyInvalidated();
  vi.restoreAllMocks();
});
const ctx = () => {
  const c = new ContentScriptContext('platforms');
  contexts.push(c);
  return c;
};

describe('content script lifecycle', () => {
  test('A1: after invalidation the badge and observer are gone and no extension call follows', async () => {
    const c = ctx();
    await runScanner(c, demo);
    await until(() => document.querySelectorAll(HOST_TAG).length === 1 && sent.includes('commentsObserved'));
    expect(document.documentElement.getAttribute(COUNTER_ATTRS.observers)).toBe('1');
    c.notifyInvalidated();
    expect(document.querySelectorAll(HOST_TAG)).toHaveLength(0);
    expect(document.documentElement.hasAttribute(COUNTER_ATTRS.observers)).toBe(false);
    expect(document.documentElement.hasAttribute(RUNNING_ATTR)).toBe(false);
    const before = sent.length;
    document
      .getElementById('comments')!
      .insertAdjacentHTML('beforeend', comment('late', 'Oszuści! Złodzieje! Idioci!'));
    window.dispatchEvent(new Event('wxt:locationchange'));
    await settle();
    expect(sent.length).toBe(before);
    expect(document.querySelectorAll(HOST_TAG)).toHaveLength(0);
  });

  test('A2: a copy injected while the extension lives stands down; the running one stays: one observer, one badge', async () => {
    const first = ctx();
    await runScanner(first, demo);
    await until(() => document.querySelectorAll(HOST_TAG).length === 1);
    // The new copy's WXT context announces itself; the live copy does not make way (H8), and the
    // new one finds the page taken in the isolated world.
    await runScanner(ctx(), demo);
    expect(first.isValid).toBe(true);
    await settle();
    expect(document.querySelectorAll(HOST_TAG)).toHaveLength(1);
    expect(document.documentElement.getAttribute(COUNTER_ATTRS.observers)).toBe('1');
  });

  test('A1, A2: a copy orphaned by an update makes way for the new one', async () => {
    const first = ctx();
    await runScanner(first, demo);
    await until(() => document.querySelectorAll(HOST_TAG).length === 1);
    // After an update the old copy's runtime is gone; the new copy starts in a world of its own.
    const id = fakeBrowser.runtime.id;
    Object.defineProperty(fakeBrowser.runtime, 'id', { value: undefined, configurable: true });
    expect(first.isValid).toBe(false);
    Object.defineProperty(fakeBrowser.runtime, 'id', { value: id, configurable: true });
    await runScanner(ctx(), demo);
    await until(() => document.querySelectorAll(HOST_TAG).length === 1);
    expect(document.documentElement.getAttribute(COUNTER_ATTRS.observers)).toBe('1');
  });

  test('A2: a duplicate that nothing invalidated does not start a second scanner', async () => {
    const first = ctx();
    await runScanner(first, demo);
    await until(() => document.querySelectorAll(HOST_TAG).length === 1);
    const c = new ContentScriptContext('platforms-copy');
    contexts.push(c);
    await runScanner(c, demo);
    await settle();
    expect(first.isValid).toBe(true);
    expect(document.querySelectorAll(HOST_TAG)).toHaveLength(1);
    expect(document.documentElement.getAttribute(COUNTER_ATTRS.observers)).toBe('1');
  });
});

describe('the page cannot switch Stormwatch off (H8)', () => {
  test('the marker attribute set by the page before the script starts does not keep it from starting', async () => {
    document.documentElement.setAttribute(RUNNING_ATTR, 'youtube');
    await runScanner(ctx(), demo);
    await until(() => document.querySelectorAll(HOST_TAG).length === 1);
  });

  test('WXT’s "content script started" event dispatched by the page does not tear the scanner down', async () => {
    const c = ctx();
    await runScanner(c, demo);
    await until(() => document.querySelectorAll(HOST_TAG).length === 1);
    const type = startedEventName();
    expect(type).toMatch(/:wxt:content-script-started$/);
    for (const name of ['platforms', 'demo', undefined]) {
      document.dispatchEvent(
        new CustomEvent(type, { detail: { contentScriptName: name ?? 'platforms', messageId: 'page' } }),
      );
      document.documentElement.dispatchEvent(
        new CustomEvent(type, { bubbles: true, detail: { contentScriptName: 'platforms', messageId: 'page' } }),
      );
    }
    await settle();
    expect(c.isValid).toBe(true);
    expect(document.querySelectorAll(HOST_TAG)).toHaveLength(1);
    // Still scanning: a comment the page adds now is flagged.
    document
      .getElementById('comments')!
      .insertAdjacentHTML('beforeend', comment('late', 'Oszuści! Złodzieje! Idioci!'));
    await until(() => document.querySelectorAll(HOST_TAG).length === 2);
  });

  test('the marker removed by the page starts no second scanner', async () => {
    await runScanner(ctx(), demo);
    await until(() => document.querySelectorAll(HOST_TAG).length === 1);
    document.documentElement.removeAttribute(RUNNING_ATTR);
    await runScanner(ctx(), demo);
    await settle();
    expect(document.documentElement.getAttribute(COUNTER_ATTRS.observers)).toBe('1');
    expect(document.querySelectorAll(HOST_TAG)).toHaveLength(1);
  });
});
