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
    if (type === 'scoreComments' && typeof reply === 'function') setTimeout(() => reply({ res: scoreComments(data) }), 0);
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
    document.getElementById('comments')!.insertAdjacentHTML('beforeend', comment('late', 'Oszuści! Złodzieje! Idioci!'));
    window.dispatchEvent(new Event('wxt:locationchange'));
    await settle();
    expect(sent.length).toBe(before);
    expect(document.querySelectorAll(HOST_TAG)).toHaveLength(0);
  });

  test('A2: a re-injected copy replaces the running one: one observer, one badge', async () => {
    const first = ctx();
    await runScanner(first, demo);
    await until(() => document.querySelectorAll(HOST_TAG).length === 1);
    // WXT invalidates the older instance of the same script when the new one is constructed.
    await runScanner(ctx(), demo);
    expect(first.isValid).toBe(false);
    await until(() => document.querySelectorAll(HOST_TAG).length === 1);
    await settle();
    expect(document.querySelectorAll(HOST_TAG)).toHaveLength(1);
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
