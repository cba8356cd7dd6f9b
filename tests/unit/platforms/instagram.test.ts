// @vitest-environment jsdom
import { describe, expect, test } from 'vitest';
import { instagram } from '@/lib/platforms/instagram';
import { elementFor, loadFixture, readAll } from './load';

const URL = 'https://www.instagram.com/p/C0zefirAbc1/';
const pageDoc = loadFixture('instagram/post-page.html', URL);
const modal = loadFixture('instagram/post-modal-pl.html', URL);
const byId = new Map([...readAll(instagram, pageDoc, URL), ...readAll(instagram, modal, URL)].map((c) => [c.id, c]));
const C = (n: number) => `180000000${String(n).padStart(2, '0')}`;

describe('Instagram adapter', () => {
  test.each([
    ['post page (rows as divs, English UI)', 'instagram/post-page.html', 11],
    ['modal over the feed (rows as list items, Polish UI)', 'instagram/post-modal-pl.html', 8],
  ])('%s: %s has %i comments; the caption is not one', (_n, fixture, count) => {
    const d = loadFixture(fixture, URL);
    expect(instagram.findRoots(d)).toHaveLength(1);
    const all = readAll(instagram, d, URL);
    expect(all).toHaveLength(count);
    expect(all.some((c) => c.text.startsWith('Awaria sieci'))).toBe(false);
  });

  test('2025 markup: rows are nested divs (no ul/li) outside main; replies beside their parent', () => {
    const URL25 = 'https://www.instagram.com/p/DAzefir2025/';
    const d = loadFixture('instagram/post-2025-div-rows.html', URL25);
    expect(d.querySelector('ul, li, main, article')).toBeNull();
    const all = readAll(instagram, d, URL25);
    expect(all.map((c) => [c.id, c.author, c.depth, c.parentId ?? null, c.threadId])).toEqual([
      ['18100000001', 'ola_n', 0, null, '18100000001'],
      ['18100000002', 'zefirmobile', 1, '18100000001', '18100000001'],
      ['18100000003', 'kamil_88', 1, '18100000001', '18100000001'],
      ['18100000004', 'jess.p', 0, null, '18100000004'],
      ['18100000005', 'piotr.w', 0, null, '18100000005'],
      ['18100000006', 'sec_tester', 0, null, '18100000006'],
      ['18100000007', 'marta_k', 0, null, '18100000007'],
    ]);
    expect(all.slice(4).map((c) => [c.text, !!c.deleted])).toEqual([
      ['🔥🔥', false],
      ['<img src=x onerror=alert(1)> just text', false],
      ['This comment has been deleted.', true],
    ]);
    expect(instagram.findLoadMore!(d).map((b) => b.textContent)).toEqual(['Load more comments']);
    expect(all[0]).toMatchObject({
      text: 'Thanks, it works again for me.',
      likes: 12,
      publishedAt: '2026-11-25T09:00:00.000Z',
      permalink: 'https://www.instagram.com/p/DAzefir2025/c/18100000001/',
    });
    expect(all[2]!.text).toBe('@ola_n lucky you, still nothing here, total scam');
    expect(all.some((c) => c.text.startsWith('Awaria sieci'))).toBe(false);
  });

  test('reel page: the comments beside the video (no post article), with reel permalinks and the reply box', () => {
    const REEL = 'https://www.instagram.com/reel/C0zefirAbc2/';
    const d = loadFixture('instagram/reel-page.html', REEL);
    const roots = instagram.findRoots(d);
    expect(roots.map((r) => r.tagName)).toEqual(['MAIN']);
    const all = readAll(instagram, d, REEL);
    expect(all).toHaveLength(11);
    expect(all.some((c) => c.text.startsWith('Awaria sieci'))).toBe(false);
    expect(all.find((c) => c.id === C(3))).toMatchObject({
      author: 'jess_p',
      depth: 1,
      parentId: C(2),
      permalink: `${REEL}c/${C(3)}/`,
    });
    expect(instagram.findReplyField(elementFor(instagram, d, REEL, C(4)))?.tagName).toBe('TEXTAREA');
    expect(instagram.isCommentPage(new globalThis.URL(REEL))).toBe(true);
  });

  test('in the modal the root is the dialog’s post, not the feed behind it', () => {
    expect(instagram.findRoots(modal)[0]!.closest('[role="dialog"]')).not.toBeNull();
  });

  test.each([
    [
      C(1),
      {
        author: 'ola_n',
        text: 'Dzięki za informację, u mnie już działa.',
        depth: 0,
        likes: 12,
        publishedAt: '2026-11-25T08:10:00.000Z',
        threadId: C(1),
        permalink: `https://www.instagram.com/p/C0zefirAbc1/c/${C(1)}/`,
      },
    ],
    [C(3), { author: 'jess_p', depth: 1, parentId: C(2), threadId: C(2), likes: 96 }],
    [C(10), { author: 'anna_m', depth: 1, parentId: C(8), threadId: C(8) }],
    [C(7), { text: '<img src=x onerror=alert(1)> to tylko tekst', likes: 1 }],
    [C(6), { text: '😂😂😂' }],
    [C(5), { deleted: true, likes: undefined }],
    [C(23), { author: 'zefirmobile', depth: 1, parentId: C(22), threadId: C(22), likes: 1 }],
    [C(25), { likes: 31 }],
    [C(26), { deleted: true, text: 'Ten komentarz został usunięty.', likes: undefined, depth: 0 }],
    [C(27), { author: 'marta_w', text: '🔥🔥🔥', likes: 2 }],
    [
      C(28),
      {
        text: '<a href="javascript:alert(1)">kliknij</a> to tylko tekst',
        likes: 0,
        publishedAt: '2026-11-25T10:30:00.000Z',
      },
    ],
  ] as const)('%s fields', (id, fields) => {
    expect(byId.get(id)).toMatchObject({ platform: 'instagram', ...fields });
  });

  test('a parent does not take its replies’ text or likes', () => {
    expect(byId.get(C(8))).toMatchObject({
      text: 'Konsultant na infolinii mnie wyśmiał i rozłączył się. Skandal, tak traktujecie klientów?',
      likes: 210,
    });
  });

  test('the HTML-like comments stay text; only the deleted ones are marked deleted', () => {
    expect(elementFor(instagram, pageDoc, URL, C(7)).querySelector('span[dir="auto"] img')).toBeNull();
    expect(elementFor(instagram, modal, URL, C(28)).querySelector('span[dir="auto"] a')).toBeNull();
    expect(
      [...byId.values()]
        .filter((c) => c.deleted)
        .map((c) => c.id)
        .sort(),
    ).toEqual([C(26), C(5)].sort());
  });

  test('reply field: the comment box once Reply prefilled "@author", for that author only', () => {
    expect(instagram.findReplyField(elementFor(instagram, pageDoc, URL, C(4)))?.tagName).toBe('TEXTAREA');
    const other = elementFor(instagram, pageDoc, URL, C(1));
    expect(instagram.findReplyField(other)).toBeNull();
    expect(instagram.findReplyButton!(other)?.textContent).toBe('Reply');
    const pl = elementFor(instagram, modal, URL, C(22));
    expect(instagram.findReplyField(pl)).toBeNull();
    expect(instagram.findReplyButton!(pl)?.textContent).toBe('Odpowiedz');
  });

  test.each([
    ['instagram/post-page.html', ['View replies (3)', 'Load more comments']],
    ['instagram/post-modal-pl.html', ['Wyświetl odpowiedzi (4)', 'Załaduj więcej komentarzy']],
  ])('%s: "view replies" and "load more" controls by label', (fixture, labels) => {
    const found = instagram.findLoadMore!(loadFixture(fixture, URL));
    expect(found.map((b) => b.textContent?.trim() || b.querySelector('svg')?.getAttribute('aria-label'))).toEqual(
      labels,
    );
  });

  test.each([
    ['https://www.instagram.com/p/C0zefirAbc1/', true],
    ['https://www.instagram.com/reel/C0zefirAbc2/', true],
    ['https://www.instagram.com/zefirmobile/', false],
    ['https://www.instagram.com/', false],
  ])('isCommentPage(%s) = %s', (url, expected) => {
    expect(instagram.isCommentPage(new globalThis.URL(url))).toBe(expected);
  });
});
