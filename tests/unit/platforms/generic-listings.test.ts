// @vitest-environment jsdom
/**
 * Listing pages are not comment sections: a blog's archive, a news front page, a forum's list of
 * threads and a shop's product grid repeat blocks with an author link, a date and a text, and the
 * structure finder must read none of them. Each page is also read in variants real themes produce
 * (all but the forum list without its last-post cell were read as comments before the finder
 * learnt to tell a teaser's title), and comment lists with links in them still read.
 */
import { describe, expect, test } from 'vitest';
import { createGenericAdapter, guessCommentSelector, pickStrategy } from '@/lib/platforms/generic';
import { detectCommentStructure } from '@/lib/platforms/generic-structure';
import { loadFixture, readAll } from './load';

const URL_OF = 'https://harbournotes.example/category/news/';

function outcome(doc: Document): { strategy: string | null; comments: number } {
  return { strategy: pickStrategy(doc)?.name ?? null, comments: readAll(createGenericAdapter(), doc, URL_OF).length };
}

const load = (name: string) => loadFixture(`generic/listing/${name}.html`, URL_OF);

/** Replaces an element by a new one of another tag, keeping its class and content. */
function retag(doc: Document, el: Element, tag: string): Element {
  const next = doc.createElement(tag);
  next.className = el.className;
  next.innerHTML = el.innerHTML;
  el.replaceWith(next);
  return next;
}

describe.each([
  ['wordpress-archive', 'article.post', 4],
  ['news-front', '.story-card', 4],
  ['xenforo-thread-list', '.structItem--thread', 4],
  ['shop-grid', 'li.product', 5],
])('%s', (name, item, items) => {
  test(`holds ${items} repeated items (${item}) and no comment is read`, () => {
    const doc = load(name);
    expect(doc.querySelectorAll(item)).toHaveLength(items);
    expect(detectCommentStructure(doc)).toBeNull();
    expect(outcome(doc)).toEqual({ strategy: null, comments: 0 });
  });
});

describe('variants of the listings that real themes produce', () => {
  test.each<[string, string, (doc: Document) => void]>([
    [
      'news cards with short headlines in a heading inside the link',
      'news-front',
      (doc) =>
        doc.querySelectorAll('h3.story-card__headline').forEach((h, i) => {
          h.textContent = ['Ferry outage', 'Quay approved', 'Storm warning', 'Tram returns'][i]!;
        }),
    ],
    [
      'news cards whose headline is a span inside the link',
      'news-front',
      (doc) => doc.querySelectorAll('h3.story-card__headline').forEach((h) => retag(doc, h, 'span')),
    ],
    [
      'news cards whose headline is the bare link text',
      'news-front',
      (doc) =>
        doc.querySelectorAll('a.story-card__link').forEach((a) => {
          a.removeAttribute('class');
          // The heading's text straight in the link.
          a.replaceChildren(doc.createTextNode(a.textContent ?? ''));
        }),
    ],
    [
      'opinion cards alone (the writer link, a short title link, an excerpt, a date)',
      'news-front',
      (doc) => {
        doc.querySelector('.front-section--top')!.remove();
        doc.querySelectorAll('a.opinion-card__title').forEach((a, i) => {
          a.textContent = ['Blame the timetable', 'Grow carefully', 'Storm lessons'][i]!;
        });
      },
    ],
    [
      'a WordPress theme that passes a class to post_class() and prints the title in strong',
      'wordpress-archive',
      (doc) => {
        doc.querySelectorAll('article.post').forEach((a) => (a.className = `entry ${a.className}`));
        doc
          .querySelectorAll('h2.entry-title')
          .forEach((h) => retag(doc, h, 'strong').querySelector('a')!.removeAttribute('rel'));
      },
    ],
    [
      'a forum list without the last-post cell',
      'xenforo-thread-list',
      (doc) => doc.querySelectorAll('.structItem-cell--latest, .structItem-cell--iconEnd').forEach((c) => c.remove()),
    ],
  ])('%s', (_what, name, mutate) => {
    const doc = load(name);
    mutate(doc);
    expect(outcome(doc)).toEqual({ strategy: null, comments: 0 });
  });
});

describe('comment lists with links still read', () => {
  const URL = 'https://forum.example.org/t/zefir-outage/77';
  const authors = (doc: Document) => readAll(createGenericAdapter(), doc, URL).map((c) => c.author);

  test('a link to another page inside the text, and a signature link after it', () => {
    const doc = loadFixture('generic/structure/nested-list.html', URL);
    const first = doc.querySelector('li[data-key="r1"] > p')!;
    first.insertAdjacentHTML(
      'beforeend',
      ' See <a href="https://gov.example/report">the full ministry report on ferry outages</a>.',
    );
    first.insertAdjacentHTML(
      'afterend',
      '<div class="signature"><a href="https://sam.example/blog/">My blog about the harbour ferries</a></div>',
    );
    expect(authors(doc)).toEqual(['Sam', 'Harbour Ferries', 'Sam', 'Inês']);
  });

  test('a reply whose text is a bare block with a link in it: the reply and its parent still read', () => {
    const doc = loadFixture('generic/structure/nested-list.html', URL);
    const text = retag(doc, doc.querySelector('li[data-key="r2"] > p')!, 'div');
    text.insertAdjacentHTML(
      'beforeend',
      ' <a href="/t/ferry-timetable/12">The timetable for the replacement buses</a>',
    );
    expect(authors(doc)).toEqual(['Sam', 'Harbour Ferries', 'Sam', 'Inês']);
  });

  test('a headline-long link above a comment is taken for a title: that block is not read', () => {
    const doc = loadFixture('generic/structure/nested-list.html', URL);
    for (const header of Array.from(doc.querySelectorAll('li > div')))
      header.insertAdjacentHTML(
        'afterbegin',
        '<a href="/2026/11/ferry-cancelled/">Ferry cancelled again this week</a> ',
      );
    expect(authors(doc)).toEqual([]);
  });
});

describe('a comment section that holds only its controls, and boxes that hold only a name', () => {
  test('a link to the comments, a sort order and tab buttons are no comments', () => {
    expect(outcome(load('section-controls')).comments).toBe(0);
  });

  test('match boxes whose only text is a team name are no comments', () => {
    expect(outcome(load('match-boxes')).comments).toBe(0);
  });
});

describe('the class heuristic takes no control and no list for a comment', () => {
  test('"[ antworten ]" reply controls and nested ul.comments lists are not the comment element', () => {
    const doc = load('reply-controls-and-lists');
    expect(doc.querySelectorAll('span.reply-comment')).toHaveLength(3);
    expect(doc.querySelectorAll('ul.comments')).toHaveLength(3);
    expect(guessCommentSelector(doc)).toBeNull();
  });
});
