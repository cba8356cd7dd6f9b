// @vitest-environment jsdom
import { describe, expect, test } from 'vitest';
import { facebook } from '@/lib/platforms/facebook';
import { elementFor, loadFixture, readAll } from './load';

const URL = 'https://www.facebook.com/zefirmobile/posts/pfbid02zefir';
const en = loadFixture('facebook/post-page.html', URL);
const pl = loadFixture('facebook/post-page-pl.html', URL);
const byId = new Map([...readAll(facebook, en, URL), ...readAll(facebook, pl, URL)].map((c) => [c.id, c]));
const C = (n: number) => `1223340000000${String(n).padStart(2, '0')}`;

describe('Facebook adapter', () => {
  test.each([
    ['English UI, All comments', 'facebook/post-page.html', 11],
    ['Polish UI', 'facebook/post-page-pl.html', 8],
  ])('%s: %s has %i comments; the post (an article without a comment label) is not one', (_n, fixture, count) => {
    const d = loadFixture(fixture, URL);
    expect(facebook.findRoots(d)).toHaveLength(1);
    const all = readAll(facebook, d, URL);
    expect(all).toHaveLength(count);
    expect(all.some((c) => /Network outage|Awaria sieci/.test(c.text))).toBe(false);
  });

  test.each([
    [
      C(1),
      {
        author: 'Ola Nowak',
        text: 'Dzięki za informację, u mnie już działa.',
        depth: 0,
        likes: 12,
        relativeTime: '2h',
        threadId: C(1),
        permalink: `${URL}?comment_id=${C(1)}`,
      },
    ],
    [C(3), { author: 'Jess Parker', depth: 1, parentId: C(2), threadId: C(2), likes: 96 }],
    [C(10), { author: 'Anna Maj', depth: 1, parentId: C(8), threadId: C(8), relativeTime: '20m' }],
    [C(5), { deleted: true }],
    [C(6), { text: '😂😂' }],
    [C(7), { text: '<img src=x onerror=alert(1)> to tylko tekst' }],
    [C(23), { author: 'Zefir Mobile', depth: 1, parentId: C(22), threadId: C(22), relativeTime: '2 godz.' }],
    [C(25), { author: 'Robert Duda', likes: 31 }],
    [C(26), { deleted: true, text: 'Ten komentarz został usunięty.', likes: undefined, depth: 0 }],
    [C(27), { author: 'Piotr Nowak', text: '😡😡', likes: 3 }],
    [C(28), { text: '<script>alert(1)</script> to tylko tekst', relativeTime: '1 godz.' }],
  ] as const)('%s fields', (id, fields) => {
    expect(byId.get(id)).toMatchObject({ platform: 'facebook', ...fields });
  });

  test('a parent does not take its replies’ text', () => {
    expect(byId.get(C(8))!.text).toBe(
      'Konsultant na infolinii mnie wyśmiał i rozłączył się. Skandal, tak traktujecie klientów?',
    );
  });

  test('the HTML-like comments stay text; only the deleted ones are marked deleted', () => {
    expect(elementFor(facebook, en, URL, C(7)).querySelector('div[dir="auto"] img')).toBeNull();
    expect(elementFor(facebook, pl, URL, C(28)).querySelector('script')).toBeNull();
    expect(
      [...byId.values()]
        .filter((c) => c.deleted)
        .map((c) => c.id)
        .sort(),
    ).toEqual([C(5), C(26)]);
  });

  test.each([
    ['English', en, C(1), C(4)],
    ['Polish', pl, C(22), C(25)],
  ])(
    '%s: reply field is the box labelled for that comment’s author, never "Write a comment…"',
    (_n, doc, open, closed) => {
      const field = facebook.findReplyField(elementFor(facebook, doc, URL, open));
      expect(field?.getAttribute('data-lexical-editor')).toBe('true');
      expect(field?.getAttribute('aria-label')).toMatch(/^(Reply to|Odpowiedz użytkownikowi) /);
      const other = elementFor(facebook, doc, URL, closed);
      expect(facebook.findReplyField(other)).toBeNull();
      expect(facebook.findReplyButton!(other)?.textContent).toMatch(/^(Reply|Odpowiedz)$/);
    },
  );

  test('a reply by the same author as the box gets it; a reply by someone else does not', () => {
    // The Polish thread's box answers Jan Pawlak: his reply (24) qualifies, Zefir's (23) does not.
    expect(facebook.findReplyField(elementFor(facebook, pl, URL, C(24)))).not.toBeNull();
    expect(facebook.findReplyField(elementFor(facebook, pl, URL, C(23)))).toBeNull();
  });

  test.each([
    [
      'English',
      'facebook/post-page.html',
      ['All comments', 'View all 4 replies', 'View 2 replies', 'View more comments'],
    ],
    [
      'Polish',
      'facebook/post-page-pl.html',
      ['Wszystkie komentarze', 'Wyświetl wszystkie odpowiedzi (5)', 'Wyświetl więcej komentarzy'],
    ],
  ])('%s load-more controls and the comment filter', (_n, fixture, labels) => {
    expect(facebook.findLoadMore!(loadFixture(fixture, URL)).map((b) => b.textContent)).toEqual(labels);
  });

  test.each([
    ['https://www.facebook.com/zefirmobile/posts/pfbid02zefir', true],
    ['https://www.facebook.com/permalink.php?story_fbid=1&id=2', true],
    ['https://www.facebook.com/groups/zefir/posts/789/', true],
    ['https://www.facebook.com/watch/?v=123', true],
    ['https://www.facebook.com/', false],
    ['https://www.facebook.com/marketplace/', false],
  ])('isCommentPage(%s) = %s', (url, expected) => {
    expect(facebook.isCommentPage(new globalThis.URL(url))).toBe(expected);
  });

  test('a post opened in a dialog over the feed is the root', () => {
    const d = loadFixture('facebook/post-page.html', URL);
    const dialog = d.createElement('div');
    dialog.setAttribute('role', 'dialog');
    dialog.append(d.querySelector('div[role="main"] div[role="article"]:not([aria-label])')!);
    d.body.append(dialog);
    expect(facebook.findRoots(d)).toEqual([dialog]);
    expect(readAll(facebook, d, URL)).toHaveLength(11);
  });
});
