// @vitest-environment jsdom
/**
 * Posts from social networks that an article shows, and a live blog's update entries, are the
 * article's content, not comments: an embedded tweet, Instagram, TikTok or Facebook post, a feed
 * of quoted posts each credited to the post, an entry of a live blog. Each of these pages was read
 * as a comment list before the structure finder learnt to pass over them (their blocks have a
 * name, a time and a text like comments); the page with a real comment list after its update
 * cards reads those comments only.
 */
import { describe, expect, test } from 'vitest';
import { createGenericAdapter, pickStrategy } from '@/lib/platforms/generic';
import { detectCommentStructure } from '@/lib/platforms/generic-structure';
import { loadFixture, readAll } from './load';

const URL_OF = 'https://news.example/2026/04/quay/';
const load = (name: string) => loadFixture(`generic/embeds/${name}.html`, URL_OF);
const read = (doc: Document) => readAll(createGenericAdapter(), doc, URL_OF);

describe('a page without comments reads none', () => {
  test.each([
    ['quoted-posts-feed', '.feed-item', 4],
    ['live-blog', 'article.liveblog-entry', 4],
  ])('%s: %s blocks (%i) are the page, not comments', (name, block, n) => {
    const doc = load(name);
    expect(doc.querySelectorAll(block)).toHaveLength(n);
    expect(detectCommentStructure(doc)).toBeNull();
    expect(pickStrategy(doc)).toBeNull();
    expect(read(doc)).toEqual([]);
  });

  test('a live blog entry marked only by its microdata (itemprop="liveBlogUpdate")', () => {
    const doc = load('live-blog');
    const entries = Array.from(doc.querySelectorAll('article.liveblog-entry'));
    for (const e of entries) e.className = 'entry';
    for (const e of doc.querySelectorAll('[class^="liveblog-"]'))
      e.className = e.className.replace('liveblog-', 'post-');
    for (const embed of doc.querySelectorAll('blockquote')) embed.remove();
    // Without any mark the entries look like a comment list…
    expect(read(doc).map((c) => c.author)).toEqual(['Ada Marsh', 'Ben Lowe', 'Ada Marsh', 'Cleo Hart']);
    // …with the live blog's microdata they are its updates.
    for (const e of entries) e.setAttribute('itemprop', 'liveBlogUpdate');
    expect(detectCommentStructure(doc)).toBeNull();
  });

  test('a quoted post credited in a cite without a link to the post is not recognised as one', () => {
    // The credit's link is what says "a post on a social network": a feed crediting plain names
    // is indistinguishable from comments, and is read (the rule is the link, not the feed's class).
    const doc = load('quoted-posts-feed');
    for (const a of doc.querySelectorAll('.feed-item cite a[href*="/status/"]'))
      a.setAttribute('href', `/people/${a.textContent!.replace('@', '')}/`);
    expect(read(doc).map((c) => c.author)).toEqual(['—@harbourdesk', '—@quaywatch', '—@budgetnotes']);
  });
});

describe('update cards holding embedded posts, then a comment list', () => {
  test('only the comments are read', () => {
    const doc = load('update-cards-with-embeds');
    expect(doc.querySelectorAll('.update')).toHaveLength(3);
    expect(read(doc).map((c) => [c.id, c.author, c.text])).toEqual([
      ['comment-71', 'Mira', 'Will the ferry stop at the old pier during the works?'],
      ['comment-72', 'Tom B.', 'The noise starts at six every morning, this is a joke.'],
    ]);
  });

  test.each([
    ['blockquote.twitter-tweet', 0],
    ['iframe[src*="facebook.com/plugins/"]', 1],
    ['blockquote.tiktok-embed', 2],
  ])('the card holding %s is passed over for its embed', (embed, index) => {
    const doc = load('update-cards-with-embeds');
    // Every other card loses its embed: they become a list of three-part blocks again…
    const cards = Array.from(doc.querySelectorAll('.update'));
    cards.forEach((card, i) => {
      if (i !== index) card.querySelector('blockquote, iframe')!.remove();
    });
    doc.getElementById('comments')!.remove();
    expect(cards[index]!.querySelector(embed)).not.toBeNull();
    // …of which the two without an embed read, the one with it does not.
    const authors = read(doc).map((c) => c.author);
    expect(authors).toHaveLength(2);
    expect(authors).not.toContain(['Ada Marsh', 'Ben Lowe', 'Cleo Hart'][index]);
  });
});
