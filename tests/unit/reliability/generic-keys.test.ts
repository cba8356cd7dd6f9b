// @vitest-environment jsdom
/**
 * docs/RELIABILITY.md H2: comments of different "other sites" never share a key. Element ids such
 * as `comment-505` repeat on every WordPress blog; the generic reader's ids carry the page's host
 * and path, so blog B's comment no longer replaces blog A's (author, text, URL) under A's status
 * and note. Stored items of earlier versions are re-keyed by the schema upgrade
 * (tests/unit/db/db-fixtures.test.ts).
 */
import { beforeEach, describe, expect, test } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { genericScope, scopedGenericId } from '@/lib/platforms/generic-key';
import { createGenericAdapter } from '@/lib/platforms/generic';
import { startScanner } from '@/lib/content/scanner';
import { handleObserved } from '@/entrypoints/background/observed';
import { changeStatus } from '@/lib/db/items';
import { encodeObserved, type ObservedComment } from '@/lib/messaging/protocol';
import { StormwatchDB } from '@/lib/db/schema';
import { DEFAULT_SETTINGS } from '@/lib/settings';
import { observed, riskAt } from '../../helpers';

describe('scoped ids', () => {
  test.each([
    ['https://blog-a.example/2026/11/outage/', 'comment-505', 'blog-a.example/2026/11/outage#comment-505'],
    [
      'https://Blog-A.example/2026/11/outage?replytocom=3#respond',
      'comment-505',
      'blog-a.example/2026/11/outage#comment-505',
    ],
    ['https://blog-b.example/2026/11/outage/', 'comment-505', 'blog-b.example/2026/11/outage#comment-505'],
    ['https://forum.example/t/zefir/77', 'post_2', 'forum.example/t/zefir/77#post_2'],
    ['https://forum.example/t/other/78', 'post_2', 'forum.example/t/other/78#post_2'],
    ['http://127.0.0.1:8080/', 'c1', '127.0.0.1:8080#c1'],
    ['not a url', 'c1', 'c1'],
  ])('%s + %s → %s', (url, id, expected) => {
    expect(scopedGenericId(id, url)).toBe(expected);
  });

  test('a long path is hashed so the id fits the stored limit; different paths stay apart', () => {
    const a = scopedGenericId('comment-1', `https://x.example/${'a'.repeat(300)}`);
    const b = scopedGenericId('comment-1', `https://x.example/${'b'.repeat(300)}`);
    expect(a.length).toBeLessThanOrEqual(200);
    expect(a).not.toBe(b);
    expect(a.startsWith('x.example/~')).toBe(true);
    expect(genericScope('https://x.example/')).toEqual({ host: 'x.example', path: '' });
  });
});

let db: StormwatchDB;
beforeEach(() => {
  fakeBrowser.reset();
  db = new StormwatchDB(`keys-${Math.random()}`);
});

const report = (pageUrl: string, comments: ObservedComment[]) => encodeObserved({ pageUrl, comments, threads: [] });

describe('two blogs, one element id', () => {
  test('blog B’s comment-505 is stored next to blog A’s; A keeps its author, text, URL, status and note', async () => {
    const A = 'https://blog-a.example/2026/11/outage/';
    const B = 'https://blog-b.example/2026/11/outage/';
    const a = observed(scopedGenericId('comment-505', A), 'Reader A', 'You are scammers', 'high', {
      platform: 'generic',
      textHash: 'a',
    });
    await handleObserved(db, report(A, [a]), 1, 1);
    await changeStatus(db, `generic:${a.id}`, 'escalated', { note: 'Sent to legal', now: 2 });
    const b = observed(scopedGenericId('comment-505', B), 'Reader B', 'Idiots', 'high', {
      platform: 'generic',
      textHash: 'b',
    });
    await handleObserved(db, report(B, [b]), 2, 3);
    expect(await db.items.count()).toBe(2);
    expect(await db.items.get(`generic:${a.id}`)).toMatchObject({
      author: 'Reader A',
      text: 'You are scammers',
      pageUrl: A,
      status: 'escalated',
      note: 'Sent to legal',
    });
    expect(await db.items.get(`generic:${b.id}`)).toMatchObject({ author: 'Reader B', pageUrl: B, status: 'new' });
    expect((await db.items.get(`generic:${b.id}`))!.note).toBeUndefined();
  });

  test('the scanner reports generic comments under scoped ids (comment, parent and thread) and finds them by those ids', async () => {
    const li = (id: string, text: string, children = '') =>
      `<li id="comment-${id}" class="comment"><article class="comment-body"><footer class="comment-meta"><b class="fn">R ${id}</b></footer><div class="comment-content"><p>${text}</p></div></article>${children ? `<ol class="children">${children}</ol>` : ''}</li>`;
    window.history.replaceState(null, '', '/2026/11/outage/');
    document.body.innerHTML = `<div id="comments"><ol class="comment-list">${li('505', 'You are idiots', li('506', 'Idiots, all of you'))}</ol></div>`;
    const abort = new AbortController();
    const sent: ObservedComment[] = [];
    const scanner = startScanner(document, createGenericAdapter(), {
      score: async (texts) => texts.map((t) => riskAt(/idiots/i.test(t) ? 'high' : 'none')),
      report: (c) => sent.push(...c),
      status: () => undefined,
      openPanel: () => undefined,
      settings: DEFAULT_SETTINGS,
      lang: 'en',
      now: () => 1,
      setTimeout: (fn, ms) => setTimeout(fn, ms),
      signal: abort.signal,
      flushEveryMs: 0,
    });
    await new Promise((r) => setTimeout(r, 50));
    const scope = `${location.host}/2026/11/outage`;
    expect(sent.map((c) => [c.id, c.parentId, c.threadId])).toEqual([
      [`${scope}#comment-505`, undefined, `${scope}#comment-505`],
      [`${scope}#comment-506`, `${scope}#comment-505`, `${scope}#comment-505`],
    ]);
    expect(scanner.findComment(`${scope}#comment-506`)?.id).toBe('comment-506');
    abort.abort();
  });
});
