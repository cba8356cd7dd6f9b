// @vitest-environment jsdom
import { describe, expect, test } from 'vitest';
import { oldReddit } from '@/lib/platforms/old-reddit';
import { queryAll } from '@/lib/platforms/dom';
import { elementFor, loadFixture, readAll } from './load';

const URL = 'https://old.reddit.com/r/zefirmobile/comments/1abcde/awaria_sieci/';
const doc = loadFixture('old-reddit/post-page.html', URL);
const comments = readAll(oldReddit, doc, URL);
const byId = new Map(comments.map((c) => [c.id, c]));

describe('old.reddit adapter', () => {
  test.each([
    ['root', 1],
    ['comment', 13],
    ['loadMore', 1],
    ['text', 13],
    ['author', 12],
  ] as const)('selector %s matches %i on the post page', (name, count) => {
    expect(queryAll(doc, oldReddit.selectors[name])).toHaveLength(count);
  });

  test('reads every comment once', () => {
    expect(comments).toHaveLength(13);
    expect(new Set(comments.map((c) => c.id)).size).toBe(13);
  });

  test.each([
    [
      't1_k7b001',
      {
        author: 'ola_n',
        text: 'Dzięki za informację, u mnie już działa.',
        depth: 0,
        likes: 12,
        threadId: 't1_k7b001',
        permalink: 'https://old.reddit.com/r/zefirmobile/comments/1abcde/awaria_sieci/k7b001/',
      },
    ],
    [
      't1_k7b003',
      {
        author: 'jess_p',
        depth: 1,
        parentId: 't1_k7b002',
        threadId: 't1_k7b002',
        likes: 96,
        publishedAt: '2026-11-25T12:00:00+00:00',
      },
    ],
    ['t1_k7a003', { author: 'anna_m', depth: 2, parentId: 't1_k7a002', threadId: 't1_k7a001' }],
    ['t1_k7a004', { depth: 1, parentId: 't1_k7a001', threadId: 't1_k7a001' }],
    ['t1_k7b005', { deleted: true, text: '[deleted]', author: '[deleted]' }],
    ['t1_k7b006', { text: '👍👍🔥' }],
    ['t1_k7b007', { text: '<img src=x onerror=alert(1)> to tylko tekst' }],
  ] as const)('%s fields', (id, fields) => {
    expect(byId.get(id)).toMatchObject({ platform: 'old-reddit', ...fields });
  });

  test('child text is not mixed into the parent', () => {
    expect(byId.get('t1_k7a001')!.text).toBe(
      'Konsultant na infolinii mnie wyśmiał i rozłączył się. Skandal, tak traktujecie klientów?',
    );
  });

  test('the HTML-like comment stays text', () => {
    expect(doc.querySelector('#thing_t1_k7b007 img')).toBeNull();
  });

  test('reply field of the comment with an open reply form, reply button of the others', () => {
    expect(oldReddit.findReplyField(elementFor(oldReddit, doc, URL, 't1_k7b001'))?.tagName).toBe('TEXTAREA');
    const other = elementFor(oldReddit, doc, URL, 't1_k7b004');
    expect(oldReddit.findReplyField(other)).toBeNull();
    expect(oldReddit.findReplyButton(other)?.textContent).toBe('reply');
    // The post's own top-level box is never taken for a comment's reply field.
    expect(oldReddit.findReplyField(elementFor(oldReddit, doc, URL, 't1_k7b002'))).toBeNull();
  });

  test.each([
    ['https://old.reddit.com/r/zefirmobile/comments/1abcde/awaria_sieci/', true],
    ['https://old.reddit.com/r/zefirmobile/', false],
    ['https://old.reddit.com/user/someone', false],
  ])('isCommentPage(%s) = %s', (url, expected) => {
    expect(oldReddit.isCommentPage(new globalThis.URL(url))).toBe(expected);
  });

  test('a page without a comment area gives no roots and no error', () => {
    const empty = loadFixture('old-reddit/post-page.html', URL);
    empty.querySelector('.commentarea')!.remove();
    expect(oldReddit.findRoots(empty)).toEqual([]);
  });
});
