// @vitest-environment jsdom
import { describe, expect, test } from 'vitest';
import { reddit } from '@/lib/platforms/reddit';
import { queryAll } from '@/lib/platforms/dom';
import { elementFor, loadFixture, readAll } from './load';

const URL = 'https://www.reddit.com/r/zefirmobile/comments/1abcde/awaria_sieci/';
const doc = loadFixture('reddit/post-page.html', URL);
const comments = readAll(reddit, doc, URL);
const byId = new Map(comments.map((c) => [c.id, c]));

describe('Reddit (shreddit) adapter', () => {
  test.each([
    ['root', 1],
    ['comment', 13],
    ['text', 13],
    ['replyButton', 13],
    ['replyField', 1],
    ['loadMore', 2],
  ] as const)('selector %s matches %i on the post page', (name, count) => {
    const chain = reddit.selectors[name];
    const sel = typeof chain === 'string' ? chain : chain[0]!;
    // `:scope >` selectors are per comment: count them over all comments.
    const n = sel.startsWith(':scope')
      ? queryAll(doc, reddit.selectors.comment).filter((c) => c.querySelector(sel)).length
      : queryAll(doc, chain).length;
    expect(n).toBe(count);
  });

  test.each([
    [
      't1_r001',
      {
        author: 'ola_n',
        text: 'Dzięki za informację, u mnie już działa.',
        depth: 0,
        likes: 12,
        threadId: 't1_r001',
        permalink: 'https://www.reddit.com/r/zefirmobile/comments/1abcde/comment/r001/',
      },
    ],
    ['t1_r003', { author: 'jess_p', depth: 1, parentId: 't1_r002', threadId: 't1_r002', likes: 96 }],
    [
      't1_r010',
      {
        author: 'anna_m',
        depth: 2,
        parentId: 't1_r009',
        threadId: 't1_r008',
        publishedAt: '2026-11-25T12:40:00.000000+0000',
      },
    ],
    ['t1_r005', { deleted: true, text: '[deleted]', author: '[deleted]' }],
    ['t1_r006', { text: '😂😂😂' }],
    ['t1_r007', { text: '<img src=x onerror=alert(1)> to tylko tekst' }],
  ] as const)('%s fields', (id, fields) => {
    expect(byId.get(id)).toMatchObject({ platform: 'reddit', ...fields });
  });

  test('a parent comment does not take its replies’ text', () => {
    expect(byId.get('t1_r008')!.text).toBe(
      'Konsultant na infolinii mnie wyśmiał i rozłączył się. Skandal, tak traktujecie klientów?',
    );
  });

  test('reply field: the open Lexical composer of that comment only; Reply button for others', () => {
    const open = reddit.findReplyField(elementFor(reddit, doc, URL, 't1_r001'));
    expect(open?.getAttribute('data-lexical-editor')).toBe('true');
    const other = elementFor(reddit, doc, URL, 't1_r002');
    expect(reddit.findReplyField(other)).toBeNull();
    expect(reddit.findReplyButton(other)?.textContent).toBe('Reply');
  });

  test.each([
    ['https://www.reddit.com/r/zefirmobile/comments/1abcde/awaria_sieci/', true],
    ['https://www.reddit.com/r/zefirmobile/', false],
  ])('isCommentPage(%s) = %s', (url, expected) => {
    expect(reddit.isCommentPage(new globalThis.URL(url))).toBe(expected);
  });

  test('no comment tree: no roots, no error', () => {
    const d = loadFixture('reddit/post-page.html', URL);
    d.querySelector('shreddit-comment-tree')!.remove();
    expect(reddit.findRoots(d)).toEqual([]);
  });
});
