// @vitest-environment jsdom
import { describe, expect, test } from 'vitest';
import { linkedin } from '@/lib/platforms/linkedin';
import { elementFor, loadFixture, readAll } from './load';

const POST = 'https://www.linkedin.com/feed/update/urn:li:activity:7390000000000000001/';
const FEED = 'https://www.linkedin.com/feed/';
const post = loadFixture('linkedin/post-page.html', POST);
const feed = loadFixture('linkedin/feed-sdui-pl.html', FEED);
const postComments = readAll(linkedin, post, POST);
const feedComments = readAll(linkedin, feed, FEED);
const byId = new Map([...postComments, ...feedComments].map((c) => [c.id, c]));
const link = (activity: string, comment: string) =>
  `https://www.linkedin.com/feed/update/urn:li:activity:${activity}/?commentUrn=${encodeURIComponent(`urn:li:comment:(activity:${activity},${comment})`)}`;

describe('LinkedIn adapter', () => {
  test.each([
    ['post page (legacy Ember, Quill)', post, 1, 13],
    ['feed (SDUI, Polish UI)', feed, 1, 9],
  ])('%s: %i root, %i comments', (_name, doc, roots, count) => {
    expect(linkedin.findRoots(doc)).toHaveLength(roots);
    expect(linkedin.findRoots(doc).flatMap((r) => linkedin.findComments(r))).toHaveLength(count);
  });

  test('every comment is read, none twice', () => {
    expect(postComments).toHaveLength(13);
    expect(feedComments).toHaveLength(9);
    expect(new Set(feedComments.map((c) => c.id)).size).toBe(9);
    expect(new Set(postComments.map((c) => c.id)).size).toBe(13);
  });

  test.each([
    [
      '7390000000000000101',
      {
        author: 'Ola N.',
        text: 'Dzięki za informację, u mnie już działa.',
        depth: 0,
        likes: 12,
        relativeTime: '2h',
        threadId: '7390000000000000101',
        permalink: link('7390000000000000001', '7390000000000000101'),
      },
    ],
    [
      '7390000000000000103',
      { author: 'Jess P.', depth: 1, parentId: '7390000000000000102', threadId: '7390000000000000102', likes: 96 },
    ],
    [
      '7390000000000000110',
      {
        author: 'Anna M.',
        depth: 1,
        parentId: '7390000000000000108',
        threadId: '7390000000000000108',
        relativeTime: '20m',
      },
    ],
    ['7390000000000000105', { deleted: true, author: 'LinkedIn Member' }],
    ['7390000000000000106', { text: '😂😂😂' }],
    ['7390000000000000107', { text: '<img src=x onerror=alert(1)> to tylko tekst' }],
    ['7390000000000000113', { likes: undefined, text: 'Kiedy bedzie mozna odebrac rekompensate za te dwa dni?' }],
    [
      '7391000000000000201',
      {
        author: 'Ewa K.',
        text: 'Dziękuję za szybką odpowiedź, wszystko już działa 👍',
        depth: 0,
        likes: 4,
        relativeTime: '3 godz.',
        permalink: link('7391000000000000001', '7391000000000000201'),
      },
    ],
    [
      '7391000000000000204',
      { author: 'Jan P.', depth: 1, parentId: '7391000000000000202', threadId: '7391000000000000202', likes: 9 },
    ],
    ['7391000000000000203', { author: 'Zefir Mobile', depth: 1 }],
    ['7391000000000000207', { deleted: true }],
    ['7391000000000000208', { author: 'Marta W.', text: '👏👏👏', depth: 0, likes: 4 }],
    [
      '7391000000000000209',
      { text: '<iframe src=//evil.example></iframe> to tylko tekst', likes: 2, relativeTime: '1 godz.' },
    ],
  ] as const)('%s fields', (id, fields) => {
    expect(byId.get(id)).toMatchObject({ platform: 'linkedin', ...fields });
  });

  test('the HTML-like comments stay text; only the deleted ones are marked deleted', () => {
    expect(elementFor(linkedin, feed, FEED, '7391000000000000209').querySelector('iframe')).toBeNull();
    expect(
      [...byId.values()]
        .filter((c) => c.deleted)
        .map((c) => c.id)
        .sort(),
    ).toEqual(['7390000000000000105', '7391000000000000207']);
  });

  test('a parent comment does not take its replies’ text or likes', () => {
    expect(byId.get('7390000000000000108')).toMatchObject({
      text: 'Konsultant na infolinii mnie wyśmiał i rozłączył się. Skandal, tak traktujecie klientów?',
      likes: 210,
    });
    expect(byId.get('7391000000000000202')!.text).toBe(
      'Jesteście bandą idiotów, nie da się z wami normalnie rozmawiać. Zal.pl',
    );
  });

  test('the HTML-like comment stays text', () => {
    expect(
      elementFor(linkedin, post, POST, '7390000000000000107').querySelector('.update-components-text img'),
    ).toBeNull();
  });

  test('the post itself and the post without comments are not comments', () => {
    expect(postComments.some((c) => c.text.startsWith('Awaria sieci'))).toBe(false);
    expect(feedComments.some((c) => c.text.startsWith('Szukamy'))).toBe(false);
  });

  test.each([
    ['legacy', post, POST, '7390000000000000101', '7390000000000000104', 'ql-editor'],
    ['SDUI', feed, FEED, '7391000000000000201', '7391000000000000205', 'ProseMirror'],
  ])(
    '%s reply field: the open box of that comment only, never the post’s comment box',
    (_v, doc, url, open, closed, cls) => {
      const field = linkedin.findReplyField(elementFor(linkedin, doc, url, open));
      expect(field?.classList.contains(cls)).toBe(true);
      expect(field?.closest('[data-view-name="comment-box"], .comments-comment-box--reply')).not.toBeNull();
      const other = elementFor(linkedin, doc, url, closed);
      expect(linkedin.findReplyField(other)).toBeNull();
      expect(linkedin.findReplyButton(other)).not.toBeNull();
    },
  );

  test('a reply gets the thread’s box only once it mentions the reply’s author', () => {
    const d = loadFixture('linkedin/post-page.html', POST);
    const reply = elementFor(linkedin, d, POST, '7390000000000000109');
    expect(linkedin.findReplyField(reply)).toBeNull();
    const parent = elementFor(linkedin, d, POST, '7390000000000000108');
    parent.insertAdjacentHTML(
      'beforeend',
      '<div class="comments-comment-box--reply"><div class="ql-editor" contenteditable="true" role="textbox"><p><a class="ql-mention">Piotr L.</a>&nbsp;</p></div></div>',
    );
    expect(linkedin.findReplyField(reply)?.classList.contains('ql-editor')).toBe(true);
    expect(linkedin.findReplyField(elementFor(linkedin, d, POST, '7390000000000000110'))).toBeNull();
  });

  test.each([
    ['English labels', post, ['Load more comments', 'See previous replies']],
    ['Polish labels', feed, ['Zobacz poprzednie odpowiedzi', 'Wczytaj więcej komentarzy']],
  ])('load-more controls: %s', (_n, doc, labels) => {
    expect(
      linkedin.findLoadMore!(doc)
        .map((b) => b.textContent)
        .sort(),
    ).toEqual([...labels].sort());
  });

  test('load-more by label alone, when the class is gone', () => {
    const d = loadFixture('linkedin/post-page.html', POST);
    d.querySelector('.comments-comments-list__load-more-comments-button')!.className = 'artdeco-button x1';
    d.querySelector('.show-prev-replies')!.className = 'y2';
    expect(
      linkedin.findLoadMore!(d)
        .map((b) => b.textContent)
        .sort(),
    ).toEqual(['Load more comments', 'See previous replies']);
  });

  test.each([
    ['https://www.linkedin.com/feed/update/urn:li:activity:7390000000000000001/', true],
    ['https://www.linkedin.com/posts/zefir-mobile_awaria-activity-7390000000000000001-AbCd', true],
    ['https://www.linkedin.com/feed/', true],
    ['https://www.linkedin.com/in/ola-n/', false],
    ['https://www.linkedin.com/jobs/view/123/', false],
  ])('isCommentPage(%s) = %s', (url, expected) => {
    expect(linkedin.isCommentPage(new URL(url))).toBe(expected);
  });

  test('no comment list: no roots, no error', () => {
    const d = loadFixture('linkedin/post-page.html', POST);
    d.querySelector('.comments-comments-list')!.remove();
    d.querySelector('.feed-shared-update-v2')!.remove();
    expect(linkedin.findRoots(d)).toEqual([]);
  });
});
