// @vitest-environment jsdom
import { describe, expect, test } from 'vitest';
import { x } from '@/lib/platforms/x';
import { elementFor, loadFixture, readAll } from './load';

const URL = 'https://x.com/zefirmobile/status/1861000000000000001';
const doc = loadFixture('x/status-page.html', URL);
const comments = readAll(x, doc, URL);
const byId = new Map(comments.map((c) => [c.id, c]));
const S = (n: number) => `18610000000000001${String(n).padStart(2, '0')}`;
const MAIN = '1861000000000000001';

describe('X adapter', () => {
  test.each([
    ['English UI', 'x/status-page.html', 11],
    ['Polish UI', 'x/status-page-pl.html', 5],
  ])('%s: %s has %i replies (the post, the thread above it and "Discover more" excluded)', (_n, fixture, count) => {
    const d = loadFixture(fixture, URL);
    expect(x.findRoots(d)).toHaveLength(1);
    expect(readAll(x, d, URL)).toHaveLength(count);
  });

  test('the post, the post it continues, and recommendations are not replies', () => {
    expect(byId.has(MAIN)).toBe(false);
    expect(byId.has('1860999999999999990')).toBe(false);
    expect(byId.has('1860000000000000777')).toBe(false);
  });

  test.each([
    [
      S(1),
      {
        author: '@ola_n',
        text: 'Dzięki za informację, u mnie już działa.',
        depth: 0,
        parentId: MAIN,
        threadId: S(1),
        likes: 12,
        publishedAt: '2026-11-25T08:10:00.000Z',
        permalink: `https://x.com/ola_n/status/${S(1)}`,
      },
    ],
    // A chain: 102 answers the post, 103 answers 102, 104 answers 103.
    [S(2), { depth: 0, parentId: MAIN, threadId: S(2) }],
    [S(3), { author: '@jess_p', depth: 1, parentId: S(2), threadId: S(2), likes: 96 }],
    [S(4), { depth: 2, parentId: S(3), threadId: S(2) }],
    [S(9), { author: '@greg_w', depth: 1, parentId: S(8), threadId: S(8) }],
    [S(6), { text: '😂😂😂' }],
    [S(7), { text: '<img src=x onerror=alert(1)> to tylko tekst' }],
  ] as const)('%s fields', (id, fields) => {
    expect(byId.get(id)).toMatchObject({ platform: 'x', ...fields });
  });

  test.each([
    [
      '1861000000000000121',
      { author: '@ewa_k', depth: 0, parentId: MAIN, likes: 31, publishedAt: '2026-11-25T08:10:00.000Z' },
    ],
    // 123 answers 122 in one chain; 124 stands alone after a separator.
    [
      '1861000000000000123',
      {
        author: '@emoji_pl',
        text: '🙈🙈',
        depth: 1,
        parentId: '1861000000000000122',
        threadId: '1861000000000000122',
        likes: 3,
      },
    ],
    ['1861000000000000124', { text: '<b>pogrubienie</b> to tylko tekst', depth: 0, parentId: MAIN, likes: 0 }],
  ] as const)('Polish UI: %s fields', (id, fields) => {
    const pl = loadFixture('x/status-page-pl.html', URL);
    expect(readAll(x, pl, URL).find((c) => c.id === id)).toMatchObject({ platform: 'x', ...fields });
    expect(elementFor(x, pl, URL, '1861000000000000124').querySelector('[data-testid="tweetText"] b')).toBeNull();
  });

  test.each([
    ['x/status-page.html', 'This post is unavailable.'],
    // X's Polish UI says "wpis" (CPFT POST_UNAVAILABLE).
    ['x/status-page-pl.html', 'Ten wpis jest niedostępny.'],
  ])('%s: the unavailable post is a deleted comment with the label only', (fixture, text) => {
    const gone = readAll(x, loadFixture(fixture, URL), URL).filter((c) => c.deleted);
    expect(gone).toEqual([expect.objectContaining({ deleted: true, text, author: '[deleted]', depth: 0 })]);
  });

  test("the author's own follow-ups right under the post are the thread, not replies; later ones are replies", () => {
    const d = loadFixture('x/status-page.html', URL);
    const cells = Array.from(d.querySelectorAll('[data-testid="cellInnerDiv"]'));
    const asAuthor = (cell: Element, id: string) => {
      const copy = cell.cloneNode(true) as Element;
      copy
        .querySelectorAll('[data-testid="User-Name"] a:not(:has(> time))')
        .forEach((a) => a.setAttribute('href', '/zefirmobile'));
      copy.querySelector('a[href*="/status/"]:has(> time)')!.setAttribute('href', `/zefirmobile/status/${id}`);
      return copy;
    };
    const main = cells.find((c) => c.querySelector('article[tabindex="-1"]'))!;
    main.after(
      asAuthor(
        cells.find((c) => c.querySelector(`a[href$="/status/${S(1)}"]`))!,
        S(60),
      ),
    );
    const last = cells.find((c) => c.querySelector(`a[href$="/status/${S(10)}"]`))!;
    last.after(asAuthor(last, S(61)));
    const read = new Map(readAll(x, d, URL).map((c) => [c.id, c]));
    expect(read.has(S(60))).toBe(false);
    expect(read.get(S(1))).toMatchObject({ depth: 0, parentId: MAIN });
    expect(read.get(S(61))).toMatchObject({ author: '@zefirmobile', depth: 1, parentId: S(10), threadId: S(10) });
  });

  test('the HTML-like reply stays text', () => {
    expect(elementFor(x, doc, URL, S(7)).querySelector('[data-testid="tweetText"] img')).toBeNull();
  });

  test('a recycled cell is read as the post it shows now, never as the one it showed before', () => {
    const d = loadFixture('x/status-page.html', URL);
    const cell = elementFor(x, d, URL, S(10));
    const link = cell.querySelector('a[href*="/status/"]:has(> time)')!;
    link.setAttribute('href', `/newcomer/status/${S(55)}`);
    cell.querySelector('[data-testid="User-Name"] a')!.setAttribute('href', '/newcomer');
    cell.querySelector('[data-testid="tweetText"]')!.textContent = 'Totally different reply';
    expect(x.readComment(cell, URL)).toMatchObject({ id: S(55), author: '@newcomer', text: 'Totally different reply' });
  });

  test('reply field: the modal composer that answers that reply only', () => {
    expect(x.findReplyField(elementFor(x, doc, URL, S(5)))?.getAttribute('data-testid')).toBe('tweetTextarea_0');
    const other = elementFor(x, doc, URL, S(1));
    expect(x.findReplyField(other)).toBeNull();
    expect(x.findReplyButton!(other)?.getAttribute('data-testid')).toBe('reply');
  });

  test('reply field: another post by the same author does not get the modal answering the shown post', () => {
    const d = loadFixture('x/status-page.html', URL);
    const cell = elementFor(x, d, URL, S(5)).closest('[data-testid="cellInnerDiv"]')!;
    const twin = cell.cloneNode(true) as Element;
    twin.querySelector('a[href*="/status/"]:has(> time)')!.setAttribute('href', `/kamil_88/status/${S(56)}`);
    cell.after(twin);
    expect(x.findReplyField(elementFor(x, d, URL, S(56)))).toBeNull();
    expect(x.findReplyField(elementFor(x, d, URL, S(5)))).not.toBeNull();
  });

  test.each([
    ['x/status-page.html', ['Show more replies']],
    ['x/status-page-pl.html', ['Pokaż więcej odpowiedzi']],
  ])('%s: load-more controls by localised label', (fixture, labels) => {
    expect(x.findLoadMore!(loadFixture(fixture, URL)).map((b) => b.textContent?.trim())).toEqual(labels);
  });

  test.each([
    ['https://x.com/zefirmobile/status/1861000000000000001', true],
    ['https://twitter.com/zefirmobile/status/1861000000000000001/photo/1', true],
    ['https://x.com/home', false],
    ['https://x.com/zefirmobile', false],
    ['https://x.com/i/web/status/1861000000000000001', true],
    ['https://x.com/zefirmobile/status/1861000000000000001/quotes', false],
  ])('isCommentPage(%s) = %s', (url, expected) => {
    expect(x.isCommentPage(new globalThis.URL(url))).toBe(expected);
  });
});
