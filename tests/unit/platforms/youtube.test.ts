// @vitest-environment jsdom
import { describe, expect, test } from 'vitest';
import { youtube } from '@/lib/platforms/youtube';
import { elementFor, loadFixture, readAll } from './load';

const WATCH = 'https://www.youtube.com/watch?v=zefirDemo01';
const SHORTS = 'https://www.youtube.com/shorts/zefirShort1';
const watch = loadFixture('youtube/watch-page.html', WATCH);
const comments = readAll(youtube, watch, WATCH);
const byId = new Map(comments.map((c) => [c.id, c]));

describe('YouTube adapter', () => {
  test.each([
    ['watch page', 'youtube/watch-page.html', WATCH, 12],
    ['Shorts engagement panel', 'youtube/shorts-panel.html', SHORTS, 2],
  ])('%s: %s has %i comments', (_name, fixture, url, count) => {
    const doc = loadFixture(fixture, url);
    expect(youtube.findRoots(doc)).toHaveLength(1);
    expect(readAll(youtube, doc, url)).toHaveLength(count);
  });

  test.each([
    [
      'Ugw001',
      {
        author: '@ola_n',
        text: 'Dzięki za informację, u mnie już działa.',
        depth: 0,
        likes: 12,
        relativeTime: '2 godziny temu',
        threadId: 'Ugw001',
        permalink: 'https://www.youtube.com/watch?v=zefirDemo01&lc=Ugw001',
      },
    ],
    ['Ugw002.r1', { author: '@jess_p', depth: 1, parentId: 'Ugw002', threadId: 'Ugw002', likes: 96 }],
    ['Ugw006', { likes: 1200 }],
    ['Ugw006.r4', { relativeTime: '10 minut temu', parentId: 'Ugw006' }],
    ['Ugw004', { text: '😂🔥' }],
    ['Ugw005', { text: '<img src=x onerror=alert(1)> to tylko tekst' }],
  ] as const)('%s fields', (id, fields) => {
    expect(byId.get(id)).toMatchObject({ platform: 'youtube', ...fields });
  });

  test('2022 markup (time link in yt-formatted-string.published-time-text): the same ids, times and permalinks', () => {
    const old = loadFixture('youtube/watch-page.html', WATCH);
    for (const span of Array.from(old.querySelectorAll('[id="published-time-text"]'))) {
      const cls = old.createElement('yt-formatted-string');
      cls.className = 'published-time-text style-scope ytd-comment-renderer';
      cls.append(...Array.from(span.childNodes));
      span.replaceWith(cls);
    }
    expect(old.querySelector('[id="published-time-text"]')).toBeNull();
    const read = readAll(youtube, old, WATCH);
    expect(read.map((c) => [c.id, c.relativeTime, c.permalink, c.parentId])).toEqual(
      comments.map((c) => [c.id, c.relativeTime, c.permalink, c.parentId]),
    );
    expect(read.find((c) => c.id === 'Ugw002.r1')).toMatchObject({
      parentId: 'Ugw002',
      relativeTime: expect.any(String),
      permalink: expect.stringContaining('lc=Ugw002.r1'),
    });
  });

  test('the HTML-like comment stays text', () => {
    expect(elementFor(youtube, watch, WATCH, 'Ugw005').querySelector('#content-text img')).toBeNull();
  });

  test('reply field: the inline box of that comment, never the top-level "add a comment" box', () => {
    expect(youtube.findReplyField(elementFor(youtube, watch, WATCH, 'Ugw001'))?.id).toBe('contenteditable-root');
    const other = elementFor(youtube, watch, WATCH, 'Ugw003');
    expect(youtube.findReplyField(other)).toBeNull();
    expect(youtube.findReplyButton(other)?.getAttribute('aria-label')).toBe('Reply');
  });

  test('load-more controls are listed, not clicked', () => {
    expect(youtube.findLoadMore!(watch).length).toBeGreaterThanOrEqual(2);
  });

  test.each([
    ['https://www.youtube.com/watch?v=x', true],
    ['https://www.youtube.com/shorts/abc', true],
    ['https://www.youtube.com/', false],
    ['https://www.youtube.com/@channel', false],
  ])('isCommentPage(%s) = %s', (url, expected) => {
    expect(youtube.isCommentPage(new globalThis.URL(url))).toBe(expected);
  });
});
