// @vitest-environment jsdom
import { describe, expect, test } from 'vitest';
import {
  createGenericAdapter,
  generic,
  guessCommentSelector,
  pickStrategy,
  previewSelectors,
  siteFor,
} from '@/lib/platforms/generic';
import { elementFor, loadFixture, readAll } from './load';

const WP = 'https://blog.example.com/2026/11/awaria-sieci/';
const NEWS = 'https://www.dailycourier.example/tech/outage-day-two';
const FORUM = 'https://forum.example.org/t/zefir-outage/77';
const wp = loadFixture('generic/wordpress-post.html', WP);
const news = loadFixture('generic/news-article.html', NEWS);
const forum = loadFixture('generic/forum-microdata.html', FORUM);
const ISSO = 'https://tech.example.pl/2026/11/awaria-sieci/';
const ARIA = 'https://www.harbourtimes.example/news/outage-day-two';
const isso = loadFixture('generic/isso-thread.html', ISSO);
const aria = loadFixture('generic/aria-comments.html', ARIA);

describe('generic adapter: strategies', () => {
  test.each([
    ['WordPress', 'wordpress', 10, wp],
    ['news site (structure: repeated blocks with author, time and text)', 'structure', 9, news],
    ['schema.org microdata', 'schema.org', 7, forum],
    ['Isso (Disqus-like widget)', 'isso', 8, isso],
    ['ARIA comment roles', 'aria', 7, aria],
  ])('%s: strategy %s, %i comments', (_n, strategy, count, doc) => {
    const adapter = createGenericAdapter();
    expect(pickStrategy(doc)?.name).toBe(strategy);
    expect(readAll(adapter, doc, doc.location.href)).toHaveLength(count);
  });

  test('the heuristic picks the whole comment, not its parts (time, like button)', () => {
    expect(guessCommentSelector(news)).toBe('div.comment-item');
  });

  test('a page without comments: no strategy, no roots', () => {
    const d = loadFixture('generic/news-article.html', NEWS);
    d.querySelector('#comments')!.remove();
    expect(pickStrategy(d)).toBeNull();
    expect(createGenericAdapter().findRoots(d)).toEqual([]);
  });
});

describe('generic adapter: WordPress fields', () => {
  const adapter = createGenericAdapter();
  const byId = new Map(readAll(adapter, wp, WP).map((c) => [c.id, c]));
  test.each([
    [
      'comment-501',
      {
        author: 'Ola Nowak',
        text: 'Dzięki za informację, u mnie już działa.',
        depth: 0,
        threadId: 'comment-501',
        publishedAt: '2026-11-25T09:10:00.000Z',
        permalink: `${WP}#comment-501`,
      },
    ],
    ['comment-503', { author: 'Jess', depth: 1, parentId: 'comment-502', threadId: 'comment-502' }],
    ['comment-504', { author: 'Zefir Mobile', depth: 2, parentId: 'comment-503', threadId: 'comment-502' }],
    ['comment-506', { text: '😂😂😂' }],
    ['comment-507', { text: '<img src=x onerror=alert(1)> to tylko tekst' }],
    ['comment-509', { deleted: true }],
  ] as const)('%s', (id, fields) => {
    expect(byId.get(id)).toMatchObject({ platform: 'generic', ...fields });
  });
  test('a parent does not take its replies’ text; "pisze:" is not part of the author', () => {
    expect(byId.get('comment-502')).toMatchObject({
      author: 'Mark',
      text: 'Thanks for the quick update, appreciate the transparency.',
    });
  });
  test('the HTML-like comment stays text', () => {
    expect(elementFor(adapter, wp, WP, 'comment-507').querySelector('.comment-content img')).toBeNull();
  });
  test('reply field: the form WordPress moved under that comment; Reply link for the others', () => {
    expect(adapter.findReplyField(elementFor(adapter, wp, WP, 'comment-501'))?.id).toBe('comment');
    const other = elementFor(adapter, wp, WP, 'comment-505');
    expect(adapter.findReplyField(other)).toBeNull();
    expect(adapter.findReplyButton!(other)?.textContent).toBe('Odpowiedz');
  });
  test('load-more: the comment navigation', () => {
    expect(adapter.findLoadMore!(wp).map((a) => a.textContent)).toEqual(['Starsze komentarze']);
  });
});

describe('generic adapter: news site and microdata fields', () => {
  test('news: nested reply, relative time, removed comment, load-more by English label', () => {
    const adapter = createGenericAdapter();
    const byId = new Map(readAll(adapter, news, NEWS).map((c) => [c.id, c]));
    expect(byId.get('cmt-n3')).toMatchObject({
      author: 'Lisa K.',
      relativeTime: '1 hour ago',
      depth: 1,
      parentId: 'cmt-n2',
      threadId: 'cmt-n2',
      text: 'Agreed, they charged me twice and nobody answers the hotline.',
    });
    expect(byId.get('cmt-n2')!.text).toBe(
      'Zefir are scammers. Everyone cancel your contracts and switch, boycott them!',
    );
    expect(byId.get('cmt-n6')).toMatchObject({ deleted: true });
    expect(adapter.findLoadMore!(news).map((b) => b.textContent)).toEqual(['Load more comments']);
    expect(byId.get('cmt-n8')).toMatchObject({ author: 'Tom B.', text: '🤬🤬🤬', depth: 0 });
    expect(byId.get('cmt-n9')).toMatchObject({ text: '<a href="javascript:alert(1)">click</a> just text' });
    expect(elementFor(adapter, news, NEWS, 'cmt-n9').querySelector('.comment-item__body a')).toBeNull();
  });
  test('microdata: author, ISO time, text, upvotes', () => {
    const byId = new Map(readAll(createGenericAdapter(), forum, FORUM).map((c) => [c.id, c]));
    expect(byId.get('p-901')).toMatchObject({
      author: 'netadmin',
      publishedAt: '2026-11-25T09:00:00.000Z',
      text: 'Outage map updated, core network seems fine now.',
      likes: 14,
      permalink: `${FORUM}#p-901`,
    });
  });
  test('microdata: a reply nested as its post\'s comment, a removed post, emoji-only and HTML-like text, "Load more replies"', () => {
    const adapter = createGenericAdapter();
    const byId = new Map(readAll(adapter, forum, FORUM).map((c) => [c.id, c]));
    expect(byId.get('p-902')).toMatchObject({
      text: 'You are all idiots and scammers, I want a refund NOW!!!',
      likes: 3,
      depth: 0,
    });
    expect(byId.get('p-904')).toMatchObject({
      author: 'netadmin',
      depth: 1,
      parentId: 'p-902',
      threadId: 'p-902',
      likes: 6,
    });
    expect([...byId.values()].filter((c) => c.deleted).map((c) => c.id)).toEqual(['p-905']);
    expect(byId.get('p-906')).toMatchObject({ text: '🤦‍♂️🤦‍♂️', likes: 1 });
    expect(byId.get('p-907')).toMatchObject({ text: '<svg onload=alert(1)> just text' });
    expect(elementFor(adapter, forum, FORUM, 'p-907').querySelector('svg')).toBeNull();
    expect(adapter.findLoadMore!(forum).map((b) => b.textContent)).toEqual(['Load more replies']);
  });
});

describe('generic adapter: Disqus-like widget (Isso, Polish UI)', () => {
  const adapter = createGenericAdapter();
  const byId = new Map(readAll(adapter, isso, ISSO).map((c) => [c.id, c]));
  test.each([
    [
      'isso-101',
      {
        author: 'Ola',
        text: 'Dzięki za informację, u mnie już działa.',
        depth: 0,
        threadId: 'isso-101',
        publishedAt: '2026-11-25T09:10:00.000Z',
        permalink: `${ISSO}#isso-101`,
        likes: 4,
      },
    ],
    ['isso-102', { author: 'Marek', depth: 1, parentId: 'isso-101', threadId: 'isso-101', likes: 12 }],
    ['isso-103', { author: 'Zefir Mobile', depth: 2, parentId: 'isso-102', threadId: 'isso-101' }],
    // Deleted but kept for its reply: the empty text reads as Isso's note.
    ['isso-104', { deleted: true, text: 'Komentarz usunięty.', depth: 0 }],
    ['isso-105', { author: 'Kamil', depth: 1, parentId: 'isso-104', threadId: 'isso-104' }],
    ['isso-106', { text: '😂😂😂' }],
    ['isso-107', { text: '<img src=x onerror=alert(1)> to tylko tekst' }],
  ] as const)('%s', (id, fields) => {
    expect(byId.get(id)).toMatchObject({ platform: 'generic', ...fields });
  });
  test('only the deleted comment is marked deleted; the HTML-like comment stays text', () => {
    expect([...byId.values()].filter((c) => c.deleted).map((c) => c.id)).toEqual(['isso-104']);
    expect(elementFor(adapter, isso, ISSO, 'isso-107').querySelector('.isso-text img')).toBeNull();
  });
  test('reply field: the postbox Isso opened under that comment; Reply link for the others; hidden replies loader', () => {
    expect(adapter.findReplyField(elementFor(adapter, isso, ISSO, 'isso-101'))?.tagName).toBe('TEXTAREA');
    const other = elementFor(adapter, isso, ISSO, 'isso-102');
    expect(adapter.findReplyField(other)).toBeNull();
    expect(adapter.findReplyButton!(other)?.textContent).toBe('Odpowiedz');
    expect(adapter.findLoadMore!(isso).map((a) => a.textContent)).toEqual(['2 ukrytych']);
  });
});

describe('generic adapter: ARIA comment and article roles', () => {
  const adapter = createGenericAdapter();
  const byId = new Map(readAll(adapter, aria, ARIA).map((c) => [c.id, c]));
  test.each([
    [
      'rc-1',
      {
        author: 'Harbour Reader',
        text: 'Thanks for covering this, the map helped.',
        depth: 0,
        threadId: 'rc-1',
        publishedAt: '2026-11-25T09:00:00.000Z',
        permalink: `${ARIA}#rc-1`,
      },
    ],
    ['rc-2', { author: 'Mark E.', depth: 1, parentId: 'rc-1', threadId: 'rc-1' }],
    ['rc-3', { author: 'Lisa K.', depth: 2, parentId: 'rc-2', threadId: 'rc-1' }],
    ['rc-4', { deleted: true }],
    ['rc-5', { text: '🙄🙄' }],
    ['rc-6', { text: '<script>alert(1)</script> just text' }],
  ] as const)('%s', (id, fields) => {
    expect(byId.get(id)).toMatchObject({ platform: 'generic', ...fields });
  });
  test('reply field of the comment whose form is open, Reply button for the others, "Show more comments"', () => {
    expect(adapter.findReplyField(elementFor(adapter, aria, ARIA, 'rc-1'))?.id).toBe('rc-1-box');
    const other = elementFor(adapter, aria, ARIA, 'rc-2');
    expect(adapter.findReplyField(other)).toBeNull();
    expect(adapter.findReplyButton!(other)?.textContent).toBe('Reply');
    expect(adapter.findLoadMore!(aria).map((b) => b.textContent)).toEqual(['Show more comments']);
  });
  test('role="article" counts inside a comment section only', () => {
    const d = loadFixture('generic/aria-comments.html', ARIA);
    d.querySelectorAll('[role="comment"]').forEach((c) => c.setAttribute('role', 'article'));
    d.querySelector('article.story')!.setAttribute('role', 'article');
    const read = readAll(createGenericAdapter(), d, ARIA);
    expect(read).toHaveLength(7);
    expect(read.find((c) => c.id === 'rc-3')).toMatchObject({ depth: 2, parentId: 'rc-2', threadId: 'rc-1' });
  });
});

describe('generic adapter: the user’s selectors', () => {
  const site = {
    host: 'www.dailycourier.example',
    commentSelector: '.comment-item',
    textSelector: '.comment-item__body',
    authorSelector: '.comment-item__author',
  };
  test('win over the heuristics and read the given fields', () => {
    const adapter = createGenericAdapter(site);
    const comments = readAll(adapter, news, NEWS);
    expect(comments).toHaveLength(9);
    expect(comments.find((c) => c.id === 'cmt-n4')).toMatchObject({
      author: 'Jan P.',
      text: 'Jesteście bandą idiotów, nie da się z wami normalnie rozmawiać',
    });
  });
  test.each([
    [{ ...site }, 9, 9],
    [{ ...site, commentSelector: '.comment-item--reply' }, 1, 1],
    [{ ...site, commentSelector: '.no-such-thing' }, 0, 0],
    [{ ...site, commentSelector: 'div[' }, 0, 0], // invalid CSS: matches nothing, never throws
    [{ ...site, textSelector: '.missing-body' }, 9, 9], // no text element: the comment minus its chrome
  ])('preview (%#) → %i comments, %i with text', async (_s, comments, withText) => {
    const s = _s;
    expect(await previewSelectors(news, s)).toMatchObject({ comments, withText });
  });
  test('preview gives a sample of the first comment', async () => {
    expect((await previewSelectors(news, site)).sample).toBe('Great reporting, thanks for keeping us informed.');
  });
  test.each([
    ['www.dailycourier.example', 'www.dailycourier.example'],
    ['WWW.DailyCourier.example', 'www.dailycourier.example'],
    ['comments.blog.example.com', 'blog.example.com'],
    ['example.com', undefined],
  ])('siteFor(%s) → %s', (host, expected) => {
    const sites = [site, { host: 'blog.example.com', commentSelector: 'li.comment' }];
    expect(siteFor(sites, host)?.host).toBe(expected);
  });
});

test('the registry’s generic adapter is never chosen by URL', () => {
  expect(generic.matches).toEqual([]);
});
