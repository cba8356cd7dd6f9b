// @vitest-environment jsdom
import { describe, expect, test } from 'vitest';
import { tiktok, tiktokDate } from '@/lib/platforms/tiktok';
import { elementFor, loadFixture, readAll } from './load';

const URL = 'https://www.tiktok.com/@zefirmobile/video/7440000000000000000';
const items = loadFixture('tiktok/video-page.html', URL);
const objects = loadFixture('tiktok/video-page-object-pl.html', URL);
const byId = new Map([...readAll(tiktok, items, URL), ...readAll(tiktok, objects, URL)].map((c) => [c.id, c]));
const C = (n: number) => `7440000000000000${String(n).padStart(3, '0')}`;

describe('TikTok adapter', () => {
  test.each([
    ['item layout (English UI)', 'tiktok/video-page.html', 11],
    ['object-wrapper layout (Polish UI)', 'tiktok/video-page-object-pl.html', 8],
  ])('%s: %s has %i comments', (_n, fixture, count) => {
    const d = loadFixture(fixture, URL);
    expect(tiktok.findRoots(d)).toHaveLength(1);
    expect(readAll(tiktok, d, URL)).toHaveLength(count);
  });

  test.each([
    [
      C(1),
      {
        author: '@ola_n',
        text: 'Dzięki za informację, u mnie już działa.',
        depth: 0,
        likes: 12,
        relativeTime: '2h',
        threadId: C(1),
        permalink: URL,
      },
    ],
    [C(3), { author: '@jess_p', depth: 1, parentId: C(2), threadId: C(2), likes: 1200 }],
    [C(10), { author: '@anna_m', depth: 1, parentId: C(8), threadId: C(8) }],
    [C(11), { publishedAt: '2022-04-19T00:00:00.000Z', relativeTime: undefined }],
    [C(5), { deleted: true }],
    [C(6), { text: '😂😂😂' }],
    [C(7), { text: '<img src=x onerror=alert(1)> to tylko tekst' }],
    [C(23), { author: '@zefirmobile', depth: 1, parentId: C(22), threadId: C(22), relativeTime: '2 godz. temu' }],
    [C(25), { likes: 1200 }],
    [C(26), { deleted: true, text: 'Ten komentarz został usunięty' }],
    [C(27), { author: '@marta_w', text: '😭😭😭', depth: 0, likes: 7 }],
    [C(28), { text: '<img src=x onerror=alert(1)> to tylko tekst', likes: 0, relativeTime: '1 godz. temu' }],
  ] as const)('%s fields', (id, fields) => {
    expect(byId.get(id)).toMatchObject({ platform: 'tiktok', ...fields });
  });

  test('a parent does not take its replies’ text', () => {
    expect(byId.get(C(8))!.text).toBe(
      'Konsultant na infolinii mnie wyśmiał i rozłączył się. Skandal, tak traktujecie klientów?',
    );
    expect(byId.get(C(22))!.text).toBe('Jesteście bandą idiotów, nie da się z wami normalnie rozmawiać');
  });

  test('the HTML-like comments stay text', () => {
    expect(elementFor(tiktok, items, URL, C(7)).querySelector('[data-e2e="comment-level-1"] img')).toBeNull();
    expect(elementFor(tiktok, objects, URL, C(28)).querySelector('[data-e2e="comment-level-1"] img')).toBeNull();
  });

  test('reply field: the panel input only while it answers that comment’s author', () => {
    expect(
      tiktok.findReplyField(elementFor(tiktok, items, URL, C(4)))?.classList.contains('public-DraftEditor-content'),
    ).toBe(true);
    const other = elementFor(tiktok, items, URL, C(1));
    expect(tiktok.findReplyField(other)).toBeNull();
    expect(tiktok.findReplyButton!(other)?.textContent).toBe('Reply');
    // Not answering anyone (Polish fixture): no field for any comment, only Reply buttons.
    const pl = elementFor(tiktok, objects, URL, C(22));
    expect(tiktok.findReplyField(pl)).toBeNull();
    expect(tiktok.findReplyButton!(pl)?.textContent).toBe('Odpowiedz');
  });

  test('an @mention typed into the input also marks whom it answers', () => {
    const d = loadFixture('tiktok/video-page-object-pl.html', URL);
    d.querySelector('.public-DraftEditor-content span')!.textContent = '@robert_d ';
    expect(tiktok.findReplyField(elementFor(tiktok, d, URL, C(25)))).not.toBeNull();
    expect(tiktok.findReplyField(elementFor(tiktok, d, URL, C(21)))).toBeNull();
  });

  test.each([
    ['tiktok/video-page.html', ['View 3 more', 'View 2 more']],
    ['tiktok/video-page-object-pl.html', ['Wyświetl 4 odpowiedzi']],
  ])('%s: "view more replies" controls', (fixture, labels) => {
    expect(tiktok.findLoadMore!(loadFixture(fixture, URL)).map((b) => b.textContent)).toEqual(labels);
  });

  test.each([
    ['2022-4-19', '2022-04-19T00:00:00.000Z'],
    ['4-19', '2026-04-19T00:00:00.000Z'],
    ['2h', undefined],
    ['3 dni temu', undefined],
    ['2022-13-01', undefined],
  ])('tiktokDate(%s) = %s', (raw, iso) => {
    expect(tiktokDate(raw, new Date('2026-11-25T12:00:00Z'))).toBe(iso);
  });

  test.each([
    ['https://www.tiktok.com/@zefirmobile/video/7440000000000000000', true],
    ['https://www.tiktok.com/@zefirmobile/photo/7440000000000000001', true],
    ['https://www.tiktok.com/@zefirmobile', false],
    ['https://www.tiktok.com/explore', false],
  ])('isCommentPage(%s) = %s', (url, expected) => {
    expect(tiktok.isCommentPage(new globalThis.URL(url))).toBe(expected);
  });
});
