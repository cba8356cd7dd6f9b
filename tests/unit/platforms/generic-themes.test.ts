// @vitest-environment jsdom
/**
 * Comment lists as real themes render them, each fixture made by hand after the structure of a
 * saved page (tags, classes and nesting kept; people and texts made up): a byline inside the text
 * element, a reply link longer than a short comment, a date as bare text, names in a bare `cite`
 * with a localised "says:", a definition list, a layout class shared by every box, controls and
 * quotes inside the text, ids on an inner element, and a box of other pages' latest comments.
 * Each case checks the count, the authors, the texts and, where the page has replies, the parents.
 */
import { describe, expect, test } from 'vitest';
import { createGenericAdapter, pickStrategy } from '@/lib/platforms/generic';
import { nameFromReplyLabel } from '@/lib/platforms/generic-fields';
import type { RawComment } from '@/lib/platforms/types';
import { loadFixture, readAll } from './load';

const URL_OF = 'https://blog.example/2026/04/post/';

function read(name: string): { strategy: string | null; comments: RawComment[] } {
  const doc = loadFixture(`generic/themes/${name}.html`, URL_OF);
  return { strategy: pickStrategy(doc)?.name ?? null, comments: readAll(createGenericAdapter(), doc, URL_OF) };
}

/** id, author, text and parent id of each comment, in page order. */
const rows = (comments: RawComment[]) => comments.map((c) => [c.id, c.author, c.text, c.parentId ?? null]);

describe('the text is what the author wrote, not the byline or the controls beside it', () => {
  test('a reply link longer than a short comment is not its text; ids from the inner article', () => {
    const { strategy, comments } = read('reply-link-beside-text');
    expect(strategy).toBe('structure');
    expect(rows(comments)).toEqual([
      ['comment-801', 'Wren', 'Lovely pictures, which variety is the red one?', null],
      ['comment-802', 'Hazel', 'Thanks!', 'comment-801'],
      ['comment-803', 'Bram', 'Mine came up a week late this year, the frost was hard.', null],
      ['comment-804', 'Hazel', '🌷', 'comment-803'],
      ['comment-805', 'Ines', 'Ok', null],
    ]);
    expect(comments.map((c) => c.depth)).toEqual([0, 1, 0, 1, 0]);
  });

  test('a text element holding the name and the linked date: read without them', () => {
    const { strategy, comments } = read('byline-in-content');
    expect(strategy).toBe('heuristic');
    expect(rows(comments)).toEqual([
      [
        'comment-9101',
        'Anke Moor',
        'Warum wird das Finale nur als Zusammenfassung gezeigt?\n\nDas war früher anders.',
        null,
      ],
      ['comment-9102', 'Redaktion', 'Die Rechte liegen beim Sender.', 'comment-9101'],
      ['comment-9103', 'Timo', 'Gibt es einen Livestream?', null],
    ]);
  });

  test('a date as bare text before the name (a month name first) is not part of the text', () => {
    const { strategy, comments } = read('date-as-text');
    expect(strategy).toBe('wordpress');
    expect(rows(comments)).toEqual([
      ['li-comment-701', 'Mila', 'Das braune Shampoo kannte ich noch nicht.', null],
      ['li-comment-702', 'Claudia', '🙂 Danke, liebe Mila!', 'li-comment-701'],
      ['li-comment-703', 'Renate K', 'Bei mir wurden die Haare dunkler.\n\nIch bleibe trotzdem dabei.', null],
    ]);
  });

  test('bare paragraphs with no wrapper (WordPress core markup): all of them, not the first', () => {
    const { strategy, comments } = read('core-paragraphs');
    expect(strategy).toBe('wordpress');
    expect(rows(comments)).toEqual([
      ['comment-602', 'dora', 'I would go along with you, but for two words:\n\nthe ballads.\n\n🙂', null],
      ['comment-603', 'Tom', 'Fair, the ballads are the weak part.', 'comment-602'],
    ]);
    expect(comments[0]!.permalink).toBe('https://blog.example/quiet-album/#comment-602');
  });

  test('the like button inside the text element is not text', () => {
    const { comments } = read('likes-in-content');
    expect(rows(comments)).toEqual([
      ['comment-3301', 'manu', 'Schön geschrieben.', null],
      ['comment-3302', 'Feli', 'Wusste gar nicht, dass du so etwas fährst.', null],
    ]);
  });

  test('the name and date after the text in a Q&A comment are not text; the name is .comment-user', () => {
    const { comments } = read('comment-user');
    expect(rows(comments)).toEqual([
      ['comment-4001', 'Oskar', 'Maybe ausgeraubt is a hard example to start with.', null],
      ['comment-4002', 'Yuki', '@Oskar agreed, a state verb reads better.', null],
    ]);
    expect(comments[0]!.relativeTime).toBe('Feb 7, 2026 at 10:53');
  });
});

describe('dates the markup gives outside a time element', () => {
  test('a permalink in span.comment-time is the date', () => {
    const { strategy, comments } = read('comment-time-link');
    expect(strategy).toBe('wordpress');
    expect(comments.map((c) => [c.id, c.author, c.text, c.relativeTime, c.parentId ?? null])).toEqual([
      [
        'li-comment-901',
        'TESTFAMILIE',
        'Wir nutzen fast nur noch Naturkosmetik.\n\nLiebe Grüße, Mara',
        '15. April 2026',
        null,
      ],
      ['li-comment-902', 'redaktion', 'Danke, Mara!', '16. April 2026', 'li-comment-901'],
    ]);
    expect(comments[1]!.permalink).toBe('https://blog.example/naturkosmetik/#comment-902');
  });
});

describe('names the markup gives outside the usual classes', () => {
  test('a bare cite with a localised "says:" (es, it, pt, de, fr): the name alone', () => {
    const { strategy, comments } = read('cite-says');
    expect(strategy).toBe('wordpress');
    expect(rows(comments)).toEqual([
      ['comment-301', 'Ramira', 'Me gustaría leer el informe completo.', null],
      ['comment-302', 'Lucio', 'Anche io, grazie.', 'comment-301'],
      ['comment-303', 'Joana Reis', 'Está publicado no site oficial.', 'comment-302'],
      ['comment-304', 'Jens', 'Gute Zusammenfassung.', null],
      ['comment-305', 'Aline', 'Merci pour le résumé.', null],
      ['comment-306', 'Dario', '¿Y la próxima sesión?', null],
    ]);
    expect(comments.map((c) => c.depth)).toEqual([0, 1, 2, 0, 0, 0]);
    // The date is the text of Kubrick's .commentmetadata.
    expect(comments[0]!.relativeTime).toBe('26 abril 2026 a las 14:02');
  });
});

describe('names by the hCard class or a bare cite, outside named systems', () => {
  test('the structure finder takes span.fn as the name', () => {
    const { strategy, comments } = read('hcard-names');
    expect(strategy).toBe('structure');
    expect(comments.map((c) => [c.author, c.text, c.publishedAt])).toEqual([
      ['Marta', 'We loved the lake walk.', '2026-05-01T10:00:00.000Z'],
      ['Olek', 'The café was closed on Monday.', '2026-05-02T11:30:00.000Z'],
      ['Nadia', 'Bring a jacket, it gets cold.', '2026-05-03T09:15:00.000Z'],
    ]);
  });

  test('the class heuristic reads a bare cite as the name', () => {
    const { strategy, comments } = read('undated-cite-names');
    expect(strategy).toBe('heuristic');
    expect(comments.map((c) => [c.author, c.text])).toEqual([
      ['Lena', 'Finally, the old quay was falling apart.'],
      ['Piotr', 'Where do the ferries stop meanwhile?'],
    ]);
  });
});

describe('comment lists the reader did not find', () => {
  test('Twenty Twelve: li.comment#li-comment-N around article#comment-N, and the pingbacks', () => {
    const { strategy, comments } = read('li-comment-ids');
    expect(strategy).toBe('wordpress');
    expect(rows(comments)).toEqual([
      ['li-comment-154', 'fotofan', 'Danke!', null],
      ['li-comment-157', 'Autorin', 'Gern geschehen.', 'li-comment-154'],
      ['comment-155', 'Ein anderer Beitrag | Anderes Blog', 'Pingback: Ein anderer Beitrag | Anderes Blog', null],
      ['li-comment-156', 'jonas', 'Sehe ich genauso.', null],
    ]);
  });

  test('pingbacks and trackbacks are credited to the linking post, and keep their notice as text', () => {
    const { strategy, comments } = read('pingbacks');
    expect(strategy).toBe('wordpress');
    expect(rows(comments)).toEqual([
      ['comment-301', 'Mira Holt', 'Thanks, it was down for me too.', null],
      [
        'comment-302',
        'Ferry timetable site down all morning | Harbour News',
        'Pingback: Ferry timetable site down all morning | Harbour News',
        null,
      ],
      ['comment-303', 'Weekly links – Quay Diary', 'Trackback: Weekly links – Quay Diary', null],
      // A pingback with a name element of its own is read like any comment.
      ['comment-304', 'Dock Notes : Outages this spring', '[…] the ferry timetable page […]', null],
      ['comment-305', 'Tom B.', 'Is the 14:10 sailing running today?', null],
    ]);
    expect(comments[3]!.relativeTime).toBe('April 3, 2026 at 4:40 pm');
  });

  test('a name link before the date link in one metadata box: the name is not taken for the date', () => {
    const { strategy, comments } = read('name-link-in-metadata');
    expect(strategy).toBe('wordpress');
    expect(rows(comments)).toEqual([
      // The line break and the source's new line after it (readText keeps source new lines).
      [
        'li-comment-41',
        'Ida',
        'Dir auch ein gutes neues Jahr!\n\nVorsätze habe ich keine, aber ich schaue gern zurück.',
        null,
      ],
      ['li-comment-42', 'Kai', 'Schöner Rückblick.', null],
    ]);
    expect(comments.map((c) => c.relativeTime)).toEqual(['6. Januar 2026 um 19:20', '7. Januar 2026 um 08:05']);
    expect(comments[0]!.permalink).toBe(`${URL_OF}#comment-41`);
  });

  test('a definition list: the byline in the dt, the text in the dd after it', () => {
    const { strategy, comments } = read('definition-list');
    expect(strategy).toBe('structure');
    expect(rows(comments)).toEqual([
      ['comment-5501', 'Odile', 'Where is my favourite?\nShe should be on it.', null],
      ['comment-5502', 'Piet', 'Good list.', null],
      ['comment-5503', 'Rui', 'Number ten is far too low.', null],
    ]);
    expect(comments[1]!.permalink).toBe(`${URL_OF}#comment-5502`);
  });

  test('comments whose first class is a layout class of every box; flat replies marked by a class', () => {
    const { strategy, comments } = read('layout-class-replies');
    expect(strategy).toBe('structure');
    expect(rows(comments)).toEqual([
      ['kommentar_801', 'anni', 'Sehr lecker.', null],
      ['kommentar_802', 'bernd', 'Geht das auch mit Pfirsichen?', null],
      ['kommentar_803', 'backfee', 'Ja.', 'kommentar_802'],
      ['kommentar_804', 'bernd', 'Danke dir!', 'kommentar_802'],
    ]);
    expect(comments.map((c) => c.depth)).toEqual([0, 0, 1, 1]);
  });

  test('an author box beside the message: ids from the message box, quotes left out, the ad skipped', () => {
    const { strategy, comments } = read('author-box-beside-message');
    expect(strategy).toBe('structure');
    expect(rows(comments)).toEqual([
      ['comment-7001', 'Kettenblatt', 'Mit etwas Seifenwasser springt der Reifen leichter ins Felgenbett.', null],
      ['comment-7002', 'Nabe', 'Das probiere ich beim nächsten Mal.', null],
      ['comment-7003', 'Speiche', 'Klappt gut.', null],
    ]);
  });
});

describe('other pages’ comments are not this page’s', () => {
  test('a layout classed "sidebar" around the page’s own article and comments is not such a box', () => {
    const doc = loadFixture('generic/themes/undated-cite-names.html', URL_OF);
    doc.body.className = 'has-sidebar';
    const main = doc.querySelector('main')!;
    const layout = doc.createElement('div');
    layout.className = 'content-with-sidebar';
    main.replaceWith(layout);
    layout.append(main);
    expect(pickStrategy(doc)?.name).toBe('heuristic');
    expect(readAll(createGenericAdapter(), doc, URL_OF).map((c) => c.author)).toEqual(['Lena', 'Piotr']);
  });

  test('a "latest comments" teaser box on a page without comments: nothing is read', () => {
    const { strategy, comments } = read('latest-comments-box');
    expect(strategy).toBeNull();
    expect(comments).toEqual([]);
  });
});

describe('loose dates at the edges of a text', () => {
  test('a comment that is only such a word ("Ayer", outside a paragraph) keeps it', () => {
    const doc = loadFixture('generic/themes/cite-says.html', URL_OF);
    doc.querySelector('#comment-306 p')!.replaceWith('Ayer');
    const c = readAll(createGenericAdapter(), doc, URL_OF).find((x) => x.id === 'comment-306');
    expect([c?.author, c?.text]).toEqual(['Dario', 'Ayer']);
  });
});

describe("a post's own side part is not another page's box", () => {
  test('comments of a service rendered without script, in an aside inside the post: read; the site sidebar: not', () => {
    const { strategy, comments } = read('noscript-comments-in-aside');
    expect(strategy).toBe('heuristic');
    expect(comments.map((c) => [c.author, c.text])).toEqual([
      ['Tomasz', 'Number four bit me last week, thanks for this.'],
      ['rosa_m', 'May I translate this into Spanish?'],
      ['Dev Null', 'Mutable defaults are a feature, not a bug.'],
    ]);
  });
});

describe('a name in a class that ends in "-author"', () => {
  test('div.w-comments-item-author > span names the writer; replies nest under their parent', () => {
    const { strategy, comments } = read('item-author-class');
    expect(strategy).toBe('wordpress');
    expect(rows(comments)).toEqual([
      ['comment-501', 'Greta Holm', 'The font is not found on my machine, what did I miss?', null],
      ['comment-502', 'Jonas', 'Install it for all users, then restart the session.', 'comment-501'],
      ['comment-503', 'Ana P.', 'Thanks, very helpful.', null],
    ]);
  });
});

describe('names and texts that sit where a theme put them', () => {
  test('text paragraphs inside div.comment-author.vcard: read without the cite byline', () => {
    const { strategy, comments } = read('text-inside-vcard');
    expect(strategy).toBe('wordpress');
    expect(rows(comments)).toEqual([
      [
        'comment-9001',
        'Marta Klee',
        'Ein schöner Rückblick, ich wünsche dir ein gutes, ruhiges und lesereiches neues Jahr.',
        null,
      ],
      ['comment-9002', 'Hanna', 'Danke dir, du bist die erste Kommentatorin im neuen Jahr!', null],
    ]);
  });

  test("no name element: the reply link's label names the writer", () => {
    const { strategy, comments } = read('name-in-reply-label');
    expect(strategy).toBe('wordpress');
    expect(comments.map((c) => [c.author, c.text])).toEqual([
      ['Amine', 'La parité, oui, mais avec des compétences avant tout.'],
      ['Sonia B.', 'Enfin une bonne nouvelle ce matin.'],
    ]);
  });
});

describe('the name in a reply link label', () => {
  test.each([
    ['Reply to Anna', 'Anna'],
    ['Antworte auf Jan Kowalski', 'Jan Kowalski'],
    ['Répondre à Liberte', 'Liberte'],
    ['Responder a María', 'María'],
    ['Rispondi a Luca', 'Luca'],
    ['Odpowiedz użytkownikowi Ola', 'Ola'],
    ['Reply', ''],
    ['Share on Facebook', ''],
    [null, ''],
  ])('%j names %j', (label, name) => {
    expect(nameFromReplyLabel(label)).toBe(name);
  });
});
