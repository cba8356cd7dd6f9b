// @vitest-environment jsdom
/**
 * The comment systems the generic reader names, each on a fixture written in that system's own
 * markup (class names and nesting of its templates; the people and texts are made up), and the
 * structural detector on lists no strategy names.
 */
import { describe, expect, test, vi } from 'vitest';
import {
  cleanAuthor,
  createGenericAdapter,
  pickStrategy,
  RETRY_PICK_MAX_MS,
  RETRY_PICK_MS,
} from '@/lib/platforms/generic';
import { detectCommentStructure, looksLikeTime } from '@/lib/platforms/generic-structure';
import type { RawComment } from '@/lib/platforms/types';
import { JSDOM } from 'jsdom';
import { elementFor, loadFixture, readAll } from './load';

const URL_OF = 'https://forum.example.org/t/zefir-outage/77';

function read(fixture: string): { strategy: string | undefined; comments: RawComment[] } {
  const doc = loadFixture(`generic/${fixture}`, URL_OF);
  return { strategy: pickStrategy(doc)?.name, comments: readAll(createGenericAdapter(), doc, URL_OF) };
}

type Expected = Partial<RawComment> & { id: string };

describe.each([
  [
    'systems/hackernews.html',
    'hackernews',
    [
      {
        id: '4101',
        author: 'netops',
        depth: 0,
        text: 'The BGP change was rolled out to every region at once.\nStaged rollouts would have caught it.',
        publishedAt: new Date('2026-11-25T09:00:00').toISOString(),
      },
      { id: '4102', author: 'kasia_w', depth: 1, parentId: '4101', threadId: '4101' },
      {
        id: '4103',
        author: 'zefir_support',
        depth: 2,
        parentId: '4102',
        threadId: '4101',
        permalink: 'https://forum.example.org/t/zefir-outage/item?id=4103',
      },
      { id: '4104', author: 'dang', depth: 0, text: '[flagged]' },
    ],
  ],
  [
    'systems/xenforo.html',
    'xenforo',
    [
      {
        id: 'js-post-501',
        author: 'Marek',
        text: 'No signal since the morning in Gdańsk.',
        publishedAt: '2026-11-25T10:12:00.000Z',
        permalink: 'https://forum.example.org/threads/zefir-outage.77/post-501',
      },
      // Its quote's data-source="post: 501" names the first post: a reply to it.
      { id: 'js-post-502', author: 'Ola K', depth: 1, parentId: 'js-post-501', threadId: 'js-post-501' },
    ],
  ],
  [
    // XenForo 1 as a forum served it (real markup): li.message[data-author], the text without the
    // quoted post, the date as shown (no machine-readable time on posts a week old), the
    // permalink "posts/N/" resolved against the page's <base href>, not the page's address.
    'systems/xenforo1.html',
    'xenforo',
    [
      {
        id: 'post-2146356',
        author: 'netadmin',
        text: 'Outage map updated, core network seems fine now.',
        relativeTime: 'Oct 30, 2014',
        permalink: 'https://forum.example.org/posts/2146356/',
        depth: 0,
      },
      { id: 'post-2146423', author: 'kasia', text: '....Nothing works here, you are all scammers and idiots....' },
      {
        id: 'post-2146434',
        author: 'Zefir Support',
        text: 'Sorry about that. A technician is on the way, and the "status" page will say so.',
        // Its quote's a.AttributionLink "goto/post?id=2146423#post-2146423": a reply to that post.
        parentId: 'post-2146423',
        depth: 1,
      },
    ],
  ],
  [
    // As served under an article (real markup): the name and the date in words from the header,
    // the text from div.js-read-more without the header or the "Reply" link, a quoted comment left
    // out of the quoting one's text; the "View All" button is not a comment.
    'systems/xenforo-comments.html',
    'xenforo-comments',
    [
      {
        id: 'xenforo-comment-21968226',
        author: 'tom_b',
        text: "How to buy: be a bot, otherwise you're out of luck.",
        relativeTime: '17 September 2020 14:17',
        publishedAt: undefined,
        permalink: 'https://forum.example.org/t/zefir-outage/77#xenforo-comment-21968226',
        depth: 0,
        parentId: undefined,
      },
      { id: 'xenforo-comment-21968336', author: 'kasia.w', relativeTime: '17 September 2020 15:03' },
      {
        id: 'xenforo-comment-21968455',
        author: 'jan.p',
        text: 'Same here, this launch is a scam and you are all idiots for waiting.',
      },
      {
        id: 'xenforo-comment-21968458',
        author: 'Ola K',
        text: "A 650W power supply will be just fine.\n\nOrdering now if you have last year's model makes little sense.\n\nBetter to see what the competition brings and how prices move.",
      },
      {
        id: 'xenforo-comment-21968685',
        author: 'Zefir Support',
        text: 'Please send us your order number in a private message.',
        depth: 0,
      },
    ],
  ],
  [
    'systems/discourse.html',
    'discourse',
    [
      {
        id: 'post_1',
        author: 'netadmin',
        text: 'Outage map updated, core network seems fine now.',
        publishedAt: new Date(1795597200000).toISOString(),
        permalink: 'https://forum.example.org/t/zefir-outage/77/1',
      },
      { id: 'post_2', author: 'angry_user', text: 'You are all idiots and scammers, I want a refund NOW!!!' },
    ],
  ],
  [
    'systems/phpbb.html',
    'phpbb',
    [
      {
        id: 'p701',
        author: 'netadmin',
        text: 'Outage map updated, core network seems fine now.',
        publishedAt: '2026-11-25T09:00:00.000Z',
        permalink: 'https://forum.example.org/t/zefir-outage/viewtopic.php?p=701#p701',
      },
      // Its blockquote[cite="./viewtopic.php?p=701#p701"]: a reply to p701.
      { id: 'p702', author: 'Kasia', depth: 1, parentId: 'p701', threadId: 'p701' },
    ],
  ],
  [
    // phpBB 3.0 as a board served it (real markup): the name is a plain link in p.author (no
    // .username, no <time>), quotes (cited or not) are left out of the text.
    'systems/phpbb30.html',
    'phpbb',
    [
      {
        id: 'p2729870',
        author: 'netadmin',
        text: 'Core network is back. Most of the outage was one bad router update, and we rolled it back.',
        permalink: 'https://forum.example.org/t/zefir-outage/viewtopic.php?p=2729870#p2729870',
        depth: 0,
      },
      { id: 'p2729871', author: 'kasia', text: 'https://status.example.org/i/s0WJlPuchytm' },
      {
        id: 'p2729875',
        author: 'netadmin',
        text: 'That page is stale.\nThe real status is on the forum.\n\nPlease keep it civil.',
        // 3.0's "kasia wrote:" names no post: it stays top-level.
        depth: 0,
        parentId: undefined,
      },
    ],
  ],
  [
    'systems/vbulletin.html',
    'vbulletin',
    [
      {
        id: 'post_801',
        author: 'netadmin',
        text: 'Outage map updated, core network seems fine now.',
        relativeTime: '11-25-2026, 09:00 AM',
      },
      // The quote's "View Post" link ?p=801#post801: a reply to li#post_801, its quote left out.
      {
        id: 'post_802',
        author: 'kasia',
        text: 'Total scam, nobody answers the hotline.',
        depth: 1,
        parentId: 'post_801',
      },
    ],
  ],
  [
    'systems/vbulletin5.html',
    'vbulletin',
    [
      // As served by vBulletin 5.5.2 (real markup): the id from the post's a#postID anchor, the
      // time from data-node-publishdate (the time element's datetime is the server's local time
      // with no zone, seven hours behind), the permalink from a.b-post__count, a quote left out.
      {
        id: 'post727744',
        author: 'netadmin',
        text: 'Outage map\n\nPost here if your line is down. Please include your town.\n\nCore network seems fine now.',
        publishedAt: '2019-04-09T15:37:23.000Z',
        relativeTime: undefined,
        permalink: 'https://forum.example.org/forum/network/outages/727744-zefir-outage-thread#post727744',
        depth: 0,
      },
      {
        id: 'post727754',
        author: 'kasia',
        text: 'Still down in Gdańsk.\n\nNobody answers the hotline, total scam.',
        publishedAt: '2019-04-09T16:55:39.000Z',
      },
      {
        id: 'post727761',
        author: 'Zefir Support',
        text: 'Sorry about that.\n\nA technician is on the way.',
        publishedAt: '2019-04-09T18:40:18.000Z',
        permalink: 'https://forum.example.org/forum/network/outages/727744-zefir-outage-thread?p=727761#post727761',
        // The quote's "View Post" link ?p=727754#post727754: a reply to that post.
        parentId: 'post727754',
        depth: 1,
        threadId: 'post727754',
      },
    ],
  ],
  [
    'systems/wpdiscuz.html',
    'wpdiscuz',
    [
      {
        id: 'wpd-comm-601_0',
        author: 'Ola Nowak',
        text: 'Dzięki za informację, u mnie już działa.',
        depth: 0,
        relativeTime: '3 godziny temu',
      },
      {
        id: 'wpd-comm-602_601',
        author: 'Jan Kowalski',
        text: 'U mnie dalej nic, jesteście bandą oszustów.',
        depth: 1,
        parentId: 'wpd-comm-601_0',
        threadId: 'wpd-comm-601_0',
      },
      { id: 'wpd-comm-603_0', author: 'Piotr', text: '😂😂😂', depth: 0 },
    ],
  ],
  [
    'systems/epoch.html',
    'epoch',
    [
      {
        id: 'div-comment-7001',
        author: 'Lisa K.',
        text: 'Thanks, working again for me.',
        // Epoch's template leaves datetime="comment_date": the shown date is kept as text.
        relativeTime: 'November 25, 2026 at 11:00 am',
        permalink: 'https://blog.example.com/outage-day-two/#comment-7001',
      },
      // A name without a link is plain text before the "·" and the date.
      { id: 'div-comment-7002', author: 'Mark E.', text: 'Third outage this month, you are a joke of a company.' },
    ],
  ],
  [
    'systems/jetpack.html',
    'wordpress',
    [
      { id: 'comment-301', author: 'Claire', text: 'Merci pour la mise à jour.', depth: 0 },
      { id: 'comment-302', author: 'Julien', depth: 1, parentId: 'comment-301' },
    ],
  ],
  [
    'systems/livefyre.html',
    'livefyre',
    [
      // As Livefyre's script rendered them (real markup): ids from data-message-id, the ISO time
      // from meta[itemprop=dateCreated] (the visible "1 day ago" is relative), the reply nested in
      // its parent's .fyre-comment-replies; the editor's empty preview article is not a comment.
      {
        id: '226573152',
        author: 'KasiaW',
        text: "If it sells, it is because of the marketing, not the hardware:\n\nThe differences from last year's model are hardly any.",
        publishedAt: '2014-10-20T08:19:33.000Z',
        relativeTime: undefined,
        likes: 3,
        depth: 0,
      },
      {
        id: '225989917',
        author: 'dev_null',
        text: 'Zefir are scammers! Cancel your contracts before the price goes up again.',
        publishedAt: '2014-10-18T03:28:16.000Z',
      },
      { id: '225439167', author: 'TomB', text: "They didn't say when?", depth: 0, parentId: undefined },
      {
        id: '225471295',
        author: 'TomB',
        text: 'Never mind, the shop now shows pre-orders from tomorrow (Oct 17).',
        publishedAt: '2014-10-16T20:18:54.000Z',
        depth: 1,
        parentId: '225439167',
        threadId: '225439167',
      },
    ],
  ],
  [
    'systems/ghost.html',
    'ghost',
    [
      {
        id: '6745a1f0c2b1a40001a1b001',
        author: 'Ola Wiśniewska',
        text: 'Thanks for the update, it works again.',
        depth: 0,
        relativeTime: '3 hours ago',
        permalink: 'https://blog.example.com/awaria/#ghost-comments-6745a1f0c2b1a40001a1b001',
      },
      {
        id: '6745a1f0c2b1a40001a1b002',
        author: 'Kamil Nowak',
        text: 'Not for me, you are a bunch of liars.',
        depth: 1,
        parentId: '6745a1f0c2b1a40001a1b001',
        threadId: '6745a1f0c2b1a40001a1b001',
      },
    ],
  ],
  [
    'systems/substack.html',
    'substack',
    [
      {
        id: 'comment-40001',
        author: 'Kasia W.',
        depth: 0,
        text: 'Thanks for writing this up, the timeline helps a lot.\n\nThe map was wrong for our street though.',
        relativeTime: 'Nov 25',
        likes: 3,
        permalink: 'https://harbournotes.substack.com/p/the-outage-day-two/comment/40001',
      },
      {
        id: 'comment-40007',
        author: 'Harbour Notes',
        depth: 1,
        parentId: 'comment-40001',
        threadId: 'comment-40001',
        text: 'Fixed, thank you. Which street was it?',
      },
      {
        id: 'comment-40012',
        author: 'marek',
        depth: 2,
        parentId: 'comment-40007',
        threadId: 'comment-40001',
        relativeTime: 'Nov 26',
        text: 'You people are clueless liars, nothing was fixed.',
      },
      { id: 'comment-40023', author: 'Inês', depth: 0, text: '🙏🙏', threadId: 'comment-40023' },
    ],
  ],
  [
    'systems/ghost-threaded.html',
    'ghost',
    [
      {
        id: '6745a1f0c2b1a40001a1c001',
        author: 'Ola Wiśniewska',
        text: 'Thanks for the update, it works again.',
        depth: 0,
        relativeTime: '3 hours ago',
        permalink: 'https://blog.example.com/awaria/#ghost-comments-6745a1f0c2b1a40001a1c001',
      },
      // Threaded replies follow their parent's block instead of being inside it.
      {
        id: '6745a1f0c2b1a40001a1c002',
        author: 'Kamil Nowak',
        text: 'Not for me, you are useless idiots and liars.',
        depth: 1,
        parentId: '6745a1f0c2b1a40001a1c001',
        threadId: '6745a1f0c2b1a40001a1c001',
      },
      {
        id: '6745a1f0c2b1a40001a1c003',
        author: 'Ola Wiśniewska',
        depth: 2,
        parentId: '6745a1f0c2b1a40001a1c002',
        threadId: '6745a1f0c2b1a40001a1c001',
        relativeTime: '1 hour ago',
      },
      { id: '6745a1f0c2b1a40001a1c004', author: 'Jonas K.', text: '🎉', depth: 0 },
    ],
  ],
  [
    'systems/drupal.html',
    'drupal',
    [
      {
        id: 'comment-41',
        author: 'Anna Weber',
        text: 'Danke — Danke für die schnelle Information.',
        depth: 0,
        permalink: 'https://forum.example.org/comment/41#comment-41',
      },
      {
        id: 'comment-42',
        author: 'Gast',
        text: 'Betrug — Bei mir geht immer noch nichts, das ist Betrug.',
        depth: 1,
        parentId: 'comment-41',
        threadId: 'comment-41',
        permalink: 'https://forum.example.org/comment/42#comment-42',
      },
      // A subject cut from the text ("Läuft wieder…") is not repeated before it.
      { id: 'comment-43', author: 'Jonas', text: 'Läuft wieder bei mir in Köln.', depth: 0 },
    ],
  ],
  [
    'systems/blogger.html',
    'blogger',
    [
      {
        id: 'c4102938475610293841',
        author: 'Kasia W.',
        text: 'Thanks for the update, the timetable page was down all morning.',
        depth: 0,
        // The shown date is localised text; the permalink's showComment is the time in milliseconds.
        publishedAt: '2026-11-25T09:15:00.123Z',
        permalink:
          'https://harbournotes.blogspot.com/2026/11/ferry-timetable-outage.html?showComment=1795598100123#c4102938475610293841',
      },
      {
        id: 'c6650192837465019283',
        author: 'Harbour Notes',
        depth: 1,
        parentId: 'c4102938475610293841',
        threadId: 'c4102938475610293841',
        publishedAt: '2026-11-25T09:42:00.123Z',
      },
      // A commenter without a profile: the name is cite.user's own text.
      {
        id: 'c1029384756102938475',
        author: 'Anonymous',
        text: 'It was never down, you are all incompetent liars.',
        depth: 1,
        parentId: 'c4102938475610293841',
      },
      {
        id: 'c5829104736251849302',
        author: 'Marek',
        text: 'This comment has been removed by the author.',
        deleted: true,
        depth: 0,
      },
      { id: 'c7381920465738291046', author: 'Inês', text: '⛴️👍', depth: 0 },
      { id: 'c2938475610293847561', author: 'Tom B.', text: 'Is the <b>14:10</b> sailing running today?', depth: 0 },
      {
        id: 'c8472615930284756102',
        author: 'Harbour Notes',
        depth: 1,
        parentId: 'c2938475610293847561',
        threadId: 'c2938475610293847561',
        publishedAt: '2026-11-26T08:10:00.123Z',
      },
    ],
  ],
  [
    'systems/blogger-classic.html',
    'blogger-classic',
    [
      {
        id: 'c2953710590232749535',
        author: 'Anna Weber',
        text: 'Danke für die schnelle Info, bei uns in der Altstadt läuft es wieder.',
        depth: 0,
        publishedAt: '2026-11-25T09:15:00.123Z',
        permalink:
          'https://stadtwerke-hafen.blogspot.com/2026/11/stoerung-am-dienstag.html?showComment=1795598100123#c2953710590232749535',
      },
      // No profile link: the name is the dt's text without "hat gesagt…".
      {
        id: 'c6537224019462939942',
        author: 'Anonym',
        text: 'Ihr seid doch alle unfähige Lügner, hier geht seit Tagen nichts.',
        publishedAt: '2026-11-25T09:42:00.123Z',
        depth: 0,
      },
      {
        id: 'c3321908475610293847',
        author: 'Jonas',
        text: 'Dieser Kommentar wurde vom Autor entfernt.',
        deleted: true,
      },
      {
        id: 'c8120394756102938471',
        author: 'Stadtwerke Hafen',
        text: 'Wir melden uns morgen mit den Details. 👍',
        publishedAt: '2026-11-25T11:20:00.123Z',
        depth: 0,
      },
    ],
  ],
] as const)('%s', (fixture, strategy, expected: readonly Expected[]) => {
  const { strategy: picked, comments } = read(fixture);
  test(`strategy ${strategy}, ${expected.length} comments, in page order`, () => {
    expect(picked).toBe(strategy);
    expect(comments.map((c) => c.id)).toEqual(expected.map((e) => e.id));
  });
  test.each(expected.map((e) => [e.id, e] as const))('%s', (id, fields) => {
    expect(comments.find((c) => c.id === id)).toMatchObject({ platform: 'generic', ...fields });
  });
});

/**
 * Systems whose markup gives a comment no id (Viafoura, Medium): the id is derived from the
 * author and text, so it is checked for being stable, distinct and the one replies point to.
 */
type Row = { author: string; text: string; depth: number; parent: number | null } & Partial<RawComment>;
describe.each([
  [
    'systems/viafoura.html',
    'viafoura',
    [
      {
        author: 'Harbour Reader',
        text: 'Thanks for covering this, the detour signs are confusing.',
        depth: 0,
        parent: null,
        publishedAt: '2026-11-25T09:00:00.000Z',
        likes: 4,
      },
      {
        author: 'Lisa K.',
        text: 'The city council are incompetent clowns, as usual.',
        depth: 1,
        parent: 0,
        publishedAt: '2026-11-25T09:40:00.000Z',
        likes: 1,
      },
      {
        author: 'Tom B.',
        text: 'Is the ferry running extra trips?\n\nAsking for my commute.',
        depth: 0,
        parent: null,
        publishedAt: '2026-11-25T10:05:00.000Z',
        likes: 0,
      },
    ],
  ],
  [
    'systems/medium.html',
    'medium-thread',
    [
      {
        author: 'Kasia W.',
        text: 'Great write-up. We saw the same BGP issue last spring.\n\nDid you stage the rollout after this?',
        depth: 0,
        parent: null,
      },
      // A mention linking to a profile stays in the text; the name and date links do not.
      { author: 'Harbour Engineering', text: 'Yes, one region at a time now. Thanks, Kasia!', depth: 1, parent: 0 },
      {
        author: 'dev_null',
        text: 'This is the dumbest postmortem I have read, you idiots broke it twice.',
        depth: 0,
        parent: null,
      },
    ],
  ],
  [
    'systems/drupal7.html',
    'drupal',
    [
      // The body carries itemprop="comment": it is the text, not a comment of its own.
      {
        author: 'Greta Sommer',
        text: 'Wann ist der Strom wieder da? Die Hotline ist dauernd besetzt.',
        depth: 0,
        parent: null,
        publishedAt: '2023-10-18T11:11:26.000Z',
        permalink: 'https://forum.example.org/comment/501#comment-501',
      },
      { author: 'Redaktion', text: 'Laut Netzbetreiber gegen 16 Uhr.', depth: 1, parent: 0 },
      { author: 'Jan P.', text: 'Bei uns läuft es wieder.', depth: 0, parent: null },
    ],
  ],
] as const)('%s (ids derived from the comment)', (fixture, strategy, rows: readonly Row[]) => {
  const { strategy: picked, comments } = read(fixture);
  test(`strategy ${strategy}, ${rows.length} comments in page order: authors, text, nesting, time`, () => {
    expect(picked).toBe(strategy);
    expect(comments).toHaveLength(rows.length);
    rows.forEach(({ parent, ...fields }, i) => {
      expect(comments[i]).toMatchObject({ platform: 'generic', ...fields });
      expect(comments[i]!.parentId).toBe(parent === null ? undefined : comments[parent]!.id);
      expect(comments[i]!.threadId).toBe(parent === null ? comments[i]!.id : comments[parent]!.threadId);
    });
  });
  test('ids are distinct and the same on a second read of the page', () => {
    expect(new Set(comments.map((c) => c.id)).size).toBe(rows.length);
    expect(read(fixture).comments.map((c) => c.id)).toEqual(comments.map((c) => c.id));
  });
});

describe('Medium responses as a story page serves them (generated classes, no response class)', () => {
  const MEDIUM_URL = 'https://medium.com/harbour-eng/why-our-network-failed-4f1a2b3c4d5e';
  const load = () => loadFixture('generic/systems/medium-story.html', MEDIUM_URL);
  const responses = () => readAll(createGenericAdapter(), load(), MEDIUM_URL);

  test('each response once, with its id from its own page, its writer, text, date, claps and link', () => {
    expect(pickStrategy(load())?.name).toBe('medium');
    expect(responses().map((c) => [c.id, c.author, c.text, c.relativeTime, c.likes ?? null])).toEqual([
      [
        '9b2e7c1d3a40',
        'Kasia W.',
        // The paragraphs of the response, not the story's sentence it highlights.
        'We saw the same routing issue last spring.\n\nDid you stage the rollout after this?',
        'Nov 25, 2026',
        12,
      ],
      // A response written as a story: its card's title and subtitle (a saved page parses them
      // out of their paragraph).
      [
        '5c0ffee12345',
        'Ola Nowak',
        'Our outage went the same way\n\nNotes from a smaller network',
        'Nov 26, 2026',
        null,
      ],
      [
        '77e0a1b2c3d4',
        'dev_null',
        'This is the dumbest postmortem I have read, you idiots broke it twice.',
        'Nov 26, 2026',
        1200,
      ],
      ['1d2e3f4a5b6c', 'Mira Holt', '🙏', 'Nov 27, 2026', null],
    ]);
    expect(responses()[0]!.permalink).toBe(
      'https://medium.com/@kasia.w/we-saw-the-same-9b2e7c1d3a40?source=post_page---post_responses--4f1a2b3c4d5e----0-----------------------------------',
    );
    expect(responses().every((c) => c.depth === 0 && c.parentId === undefined)).toBe(true);
  });

  test('a card as the story itself renders it (paragraph around the title) reads the same text', () => {
    const doc = load();
    // In the page (built with DOM calls) the card's title and subtitle sit inside the paragraph.
    const title = Array.from(doc.querySelectorAll('div.m')).find(
      (d) => d.textContent === 'Our outage went the same way',
    )!;
    const p = title.previousElementSibling!;
    expect(p.tagName).toBe('P');
    p.append(title, title.nextElementSibling!);
    const card = readAll(createGenericAdapter(), doc, MEDIUM_URL)[1]!;
    expect(card.text).toBe('Our outage went the same way\n\nNotes from a smaller network');
  });

  test("the editor, the section's heading and the writer's other stories are not responses", () => {
    const doc = load();
    const adapter = createGenericAdapter();
    const found = adapter.findRoots(doc).flatMap((r) => adapter.findComments(r));
    expect(found).toHaveLength(4);
    expect(found.some((el) => el.querySelector('[contenteditable], h2'))).toBe(false);
  });

  test('a single response is still found (its parent holds the heading and the editor)', () => {
    const doc = load();
    const blocks = Array.from(doc.querySelectorAll('pre')).map((pre) => pre.closest('.sh')!);
    for (const b of blocks.slice(1)) b.remove();
    doc.querySelector('a[href*="olanowak"]')!.closest('.sh')?.remove();
    doc.querySelector('a[href^="https://policy.medium.com"]')!.remove();
    expect(readAll(createGenericAdapter(), doc, MEDIUM_URL).map((c) => c.author)).toEqual(['Kasia W.']);
  });
});

describe('Blogger', () => {
  const ids = (doc: Document) => readAll(createGenericAdapter(), doc, URL_OF);

  test("markup built by Blogger's script (li ids such as bc_0_1B): ids and parents from the permalinks", () => {
    const doc = loadFixture('generic/systems/blogger.html', URL_OF);
    // The script's markup: li ids bc_0_NB, the id on the comment-block, reply links marked o="r".
    doc.querySelectorAll('li.comment').forEach((li, i) => {
      li.querySelector('.comment-block')!.id = li.id;
      li.setAttribute('id', `bc_0_${i}B`);
    });
    doc.querySelectorAll('.comment-actions a.comment-reply').forEach((a) => {
      a.removeAttribute('class');
      a.setAttribute('kind', 'i');
      a.setAttribute('o', 'r');
    });
    const adapter = createGenericAdapter();
    const first = adapter.findRoots(doc).flatMap((r) => adapter.findComments(r))[0]!;
    expect(adapter.findReplyButton!(first)?.textContent).toBe('Reply');
    expect(ids(doc).map((c) => [c.id, c.parentId ?? null])).toEqual([
      ['c4102938475610293841', null],
      ['c6650192837465019283', 'c4102938475610293841'],
      ['c1029384756102938475', 'c4102938475610293841'],
      ['c5829104736251849302', null],
      ['c7381920465738291046', null],
      ['c2938475610293847561', null],
      ['c8472615930284756102', 'c2938475610293847561'],
    ]);
  });

  test('a comment\'s reply button is its own, not the thread\'s "Reply" under its replies', () => {
    const doc = loadFixture('generic/systems/blogger.html', URL_OF);
    const adapter = createGenericAdapter();
    const top = elementFor(adapter, doc, URL_OF, 'c4102938475610293841');
    expect(adapter.findReplyButton!(top)?.closest('.comment-actions')).not.toBeNull();
    // Replies have no reply button of their own in Blogger's threads.
    expect(adapter.findReplyButton!(elementFor(adapter, doc, URL_OF, 'c6650192837465019283'))).toBeNull();
  });

  test("classic list: each dt reads only its own dd parts, never the next comment's", () => {
    const doc = loadFixture('generic/systems/blogger-classic.html', URL_OF);
    const first = doc.querySelector('#c2953710590232749535')!;
    // The first comment loses its footer and its body: the next comment's are not taken instead.
    first.nextElementSibling!.nextElementSibling!.remove();
    first.nextElementSibling!.remove();
    const comments = ids(doc);
    expect(comments).toHaveLength(4);
    expect(comments[0]).toMatchObject({ id: 'c2953710590232749535', author: 'Anna Weber' });
    expect(comments[0]!.text).not.toContain('Ihr seid');
    expect(comments[0]!.publishedAt).toBeUndefined();
    expect(comments[0]!.permalink).toBe(`${URL_OF}#c2953710590232749535`);
    expect(comments[1]).toMatchObject({ id: 'c6537224019462939942', publishedAt: '2026-11-25T09:42:00.123Z' });
  });

  test('classic list: the badge goes on the name link, or on the name line when there is no link', () => {
    const doc = loadFixture('generic/systems/blogger-classic.html', URL_OF);
    const adapter = createGenericAdapter();
    expect(adapter.badgeAnchor!(elementFor(adapter, doc, URL_OF, 'c2953710590232749535'))?.textContent).toBe(
      'Anna Weber',
    );
    const anon = elementFor(adapter, doc, URL_OF, 'c6537224019462939942');
    expect(adapter.badgeAnchor!(anon)).toBe(anon);
  });
});

describe('Coral 8 and later: the stream in an open shadow root', () => {
  /** The fixture's page, with the template's content attached as #coral-shadow-container's shadow root. */
  function coralPage(): Document {
    const doc = loadFixture('generic/systems/coral.html', URL_OF);
    const template = doc.querySelector<HTMLTemplateElement>('#coral-shadow-content')!;
    doc
      .querySelector('#coral-shadow-container')!
      .attachShadow({ mode: 'open' })
      .append(template.content.cloneNode(true));
    template.remove();
    return doc;
  }

  test('the comments are read from the shadow root: ids, authors, text, time', () => {
    const doc = coralPage();
    expect(pickStrategy(doc)?.name).toBe('coral');
    const comments = readAll(createGenericAdapter(), doc, URL_OF);
    expect(comments.map((c) => [c.id, c.author, c.text, c.publishedAt])).toEqual([
      ['comment-5b2c1a9e-0001', 'Tom B.', 'Back for me too, thanks.', '2026-11-25T11:00:00.000Z'],
      ['comment-5b2c1a9e-0003', 'Kasia W.', 'Not here, the whole street is still down.', '2026-11-25T11:20:00.000Z'],
      [
        'comment-5b2c1a9e-0004',
        'Zefir Support',
        'Which street? We will send a technician.',
        '2026-11-25T11:30:00.000Z',
      ],
      [
        'comment-5b2c1a9e-0002',
        'Jan P.',
        'Still nothing here, you are useless liars and idiots.',
        '2026-11-25T11:05:00.000Z',
      ],
    ]);
  });

  test('replies kept in a reply list after their parent are nested under it', () => {
    const comments = readAll(createGenericAdapter(), coralPage(), URL_OF);
    expect(comments.map((c) => [c.id, c.depth, c.parentId ?? null, c.threadId])).toEqual([
      ['comment-5b2c1a9e-0001', 0, null, 'comment-5b2c1a9e-0001'],
      ['comment-5b2c1a9e-0003', 1, 'comment-5b2c1a9e-0001', 'comment-5b2c1a9e-0001'],
      ['comment-5b2c1a9e-0004', 2, 'comment-5b2c1a9e-0003', 'comment-5b2c1a9e-0001'],
      ['comment-5b2c1a9e-0002', 0, null, 'comment-5b2c1a9e-0002'],
    ]);
  });

  test('the load-more controls inside the shadow root are found', () => {
    const doc = coralPage();
    const adapter = createGenericAdapter();
    const found = adapter.findRoots(doc).flatMap((r) => adapter.findLoadMore!(r));
    expect(found.map((b) => b.className)).toEqual(
      expect.arrayContaining([
        expect.stringContaining('coral-loadMoreButton'),
        expect.stringContaining('coral-replyList-showAllButton'),
      ]),
    );
  });

  test('comments that arrive in the shadow root later are read as soon as they land', () => {
    const doc = loadFixture('generic/systems/coral.html', URL_OF);
    const template = doc.querySelector<HTMLTemplateElement>('#coral-shadow-content')!;
    const shadow = doc.querySelector('#coral-shadow-container')!.attachShadow({ mode: 'open' });
    const app = doc.createElement('div');
    shadow.append(app);
    const adapter = createGenericAdapter();
    // Still loading: the stream's top element is observed.
    expect(adapter.findRoots(doc)).toContain(app);
    expect(adapter.findComments(app)).toEqual([]);
    app.append(template.content.cloneNode(true));
    expect(adapter.findComments(app).map((el) => adapter.readComment(el, URL_OF)?.id)).toEqual([
      'comment-5b2c1a9e-0001',
      'comment-5b2c1a9e-0003',
      'comment-5b2c1a9e-0004',
      'comment-5b2c1a9e-0002',
    ]);
  });

  test('before the shadow root is attached nothing is read', () => {
    const doc = loadFixture('generic/systems/coral.html', URL_OF);
    expect(readAll(createGenericAdapter(), doc, URL_OF).some((c) => c.id.startsWith('comment-'))).toBe(false);
  });
});

describe("Ghost: the comments app's same-origin frame is read from the page", () => {
  function ghostPage(): Document {
    const doc = new JSDOM(
      '<!doctype html><body><article><h1>Awaria</h1></article><div id="ghost-comments-root"><iframe title="comments-frame"></iframe></div></body>',
      { url: 'https://blog.example.com/awaria/' },
    ).window.document;
    const inner = doc.querySelector('iframe')!.contentDocument!;
    inner.body.innerHTML = loadFixture('generic/systems/ghost-threaded.html', URL_OF).body.innerHTML;
    return doc;
  }

  test("the frame's comments are found from the page, with their nesting", () => {
    const doc = ghostPage();
    const comments = readAll(createGenericAdapter(), doc, 'https://blog.example.com/awaria/');
    expect(comments.map((c) => [c.id, c.author, c.depth])).toEqual([
      ['6745a1f0c2b1a40001a1c001', 'Ola Wiśniewska', 0],
      ['6745a1f0c2b1a40001a1c002', 'Kamil Nowak', 1],
      ['6745a1f0c2b1a40001a1c003', 'Ola Wiśniewska', 2],
      ['6745a1f0c2b1a40001a1c004', 'Jonas K.', 0],
    ]);
    // The roots are in the frame's document, not the page's.
    const roots = createGenericAdapter().findRoots(doc);
    expect(roots.some((r) => r.ownerDocument === doc.querySelector('iframe')!.contentDocument)).toBe(true);
  });

  test('a frame whose comments arrive later: its body is observed, and the comments are read at once', () => {
    const doc = new JSDOM(
      '<!doctype html><body><div id="ghost-comments-root"><iframe title="comments-frame"></iframe></div></body>',
      { url: 'https://blog.example.com/awaria/' },
    ).window.document;
    const inner = doc.querySelector('iframe')!.contentDocument!;
    const adapter = createGenericAdapter();
    expect(adapter.findRoots(doc)).toEqual([inner.body]);
    expect(adapter.findComments(inner.body)).toEqual([]);
    inner.body.innerHTML = loadFixture('generic/systems/ghost-threaded.html', URL_OF).body.innerHTML;
    // No wait for a retry: a comment frame is looked at again on every call.
    expect(adapter.findComments(inner.body).map((el) => adapter.readComment(el, URL_OF)?.author)).toEqual([
      'Ola Wiśniewska',
      'Kamil Nowak',
      'Ola Wiśniewska',
      'Jonas K.',
    ]);
  });

  test('a frame with another title is not entered', () => {
    const doc = ghostPage();
    doc.querySelector('iframe')!.setAttribute('title', 'some-widget');
    expect(readAll(createGenericAdapter(), doc, 'https://blog.example.com/awaria/')).toEqual([]);
  });
});

describe.each([
  ['systems/substack.html', 'button.collapsed-reply'],
  ['systems/viafoura.html', '[data-testid="vf-conversations-load-more-button"]'],
  ['systems/blogger.html', '.loadmore a'],
  ['systems/livefyre.html', '.fyre-stream-more'],
  ['systems/xenforo-comments.html', 'a.xenforo-comments-view-all'],
  ['systems/vbulletin5.html', 'a.js-pagenav-next-button'],
])('%s: the control that loads more comments', (fixture, control) => {
  test('is found in the comment section', () => {
    const doc = loadFixture(`generic/${fixture}`, URL_OF);
    const adapter = createGenericAdapter();
    const found = adapter.findRoots(doc).flatMap((r) => adapter.findLoadMore!(r));
    expect(found).toContain(doc.querySelector(control));
  });
});

describe('structural detector: lists no strategy names', () => {
  test('bare nested lists: each item with a profile link, a time and a paragraph', () => {
    const { strategy, comments } = read('structure/nested-list.html');
    expect(strategy).toBe('structure');
    expect(comments.map((c) => [c.author, c.depth, c.text])).toEqual([
      ['Sam', 0, 'Third time this week, I was late to work again.'],
      ['Harbour Ferries', 1, 'We are sorry, Sam. A replacement bus runs every 20 minutes.'],
      ['Sam', 2, 'You are useless liars, the bus never came.'],
      ['Inês', 0, 'Any news about the afternoon ferry?'],
    ]);
    expect(comments[2]).toMatchObject({
      parentId: comments[1]!.id,
      threadId: comments[0]!.id,
      publishedAt: '2026-11-25T08:45:00.000Z',
    });
    // Navigation and footer lists (links without times) are not comments.
    expect(comments.some((c) => c.author === 'Home' || c.author === 'Privacy')).toBe(false);
  });
  test('an avatar link before the name (a picture with alt text only) is not taken for the author', () => {
    const doc = loadFixture('generic/structure/nested-list.html', URL_OF);
    for (const name of Array.from(doc.querySelectorAll('li > div > a[href^="/profile/"]'))) {
      const avatar = Object.assign(doc.createElement('a'), { href: name.getAttribute('href')! });
      avatar.append(Object.assign(doc.createElement('img'), { alt: 'user picture', src: 'data:,' }));
      name.before(avatar);
    }
    const comments = readAll(createGenericAdapter(), doc, URL_OF);
    expect(comments.map((c) => c.author)).toEqual(['Sam', 'Harbour Ferries', 'Sam', 'Inês']);
  });
  test('a flat list with data-depth and German relative times', () => {
    const { strategy, comments } = read('structure/flat-depth.html');
    expect(strategy).toBe('structure');
    expect(comments.map((c) => [c.id, c.author, c.depth, c.parentId ?? null, c.relativeTime])).toEqual([
      ['e-1', 'anna_k', 0, null, 'vor 2 Stunden'],
      ['e-2', 'Stadtwerke', 1, 'e-1', 'vor 1 Stunde'],
      ['e-3', 'anna_k', 2, 'e-2', 'vor 50 Minuten'],
      ['e-4', 'jonas', 0, null, 'vor 30 Minuten'],
    ]);
    expect(comments[2]!.text).toBe('Ihr seid doch alle Versager und Lügner.');
  });
  test('a page with one author line and no repeated blocks: nothing detected', () => {
    const doc = loadFixture('generic/structure/flat-depth.html', URL_OF);
    for (const e of Array.from(doc.querySelectorAll('.entry')).slice(1)) e.remove();
    expect(detectCommentStructure(doc)).toBeNull();
  });
  test.each([
    'vor 2 Stunden',
    'il y a 3 heures',
    'hace 5 minutos',
    '2 ore fa',
    '3 hours ago',
    '25.11.2026',
    '2026-11-25',
    'Nov 25, 2026',
  ])('"%s" reads as a time', (t) => {
    expect(looksLikeTime(t)).toBe(true);
  });
  test.each(['Anna Weber', 'Great post, thanks', ''])('"%s" is not a time', (t) => {
    expect(looksLikeTime(t)).toBe(false);
  });
});

describe('forum quotes and server times (real vBulletin 5 and XenForo markup)', () => {
  const read1 = (fixture: string, edit: (doc: Document) => void, id: string) => {
    const doc = loadFixture(`generic/${fixture}`, URL_OF);
    edit(doc);
    return readAll(createGenericAdapter(), doc, URL_OF).find((c) => c.id === id);
  };

  test('a post that is only a quote of another has no text of its own', () => {
    const c = read1(
      'systems/vbulletin5.html',
      (doc) => {
        const quote = doc.querySelector('#post727761 ~ * .bbcode_container')!;
        quote.parentElement!.replaceChildren(quote);
      },
      'post727761',
    );
    expect(c).toMatchObject({ author: 'Zefir Support', text: '' });
  });

  test("the quote's own name and link are not the quoting post's author", () => {
    const c = read1('systems/vbulletin5.html', () => {}, 'post727761');
    expect(c?.author).toBe('Zefir Support');
    expect(c?.text).not.toContain('Originally posted by');
    expect(c?.text).not.toContain('Gdańsk');
  });

  test("without data-node-publishdate the time is the time element's datetime", () => {
    const c = read1(
      'systems/vbulletin5.html',
      (doc) => doc.querySelector('[data-node-id="727754"]')!.setAttribute('data-node-publishdate', 'soon'),
      'post727754',
    );
    expect(c?.publishedAt).toBe(new Date('2019-04-09T09:55:39').toISOString());
  });

  test('a vBulletin 4 post drops its quote block the same way', () => {
    const c = read1(
      'systems/vbulletin.html',
      (doc) =>
        doc
          .querySelector('#post_message_802 blockquote.postcontent')!
          .insertAdjacentHTML(
            'afterbegin',
            '<div class="bbcode_container"><div class="bbcode_quote"><div class="quote_container"><div class="bbcode_postedby">Originally Posted by <strong>netadmin</strong></div><div class="message">Outage map updated.</div></div></div></div>',
          ),
      'post_802',
    );
    expect(c?.text).toBe('Total scam, nobody answers the hotline.');
  });

  test('XenForo under an article: a quote-only comment reads empty, not as the quoted words', () => {
    const c = read1(
      'systems/xenforo-comments.html',
      (doc) => {
        const body = doc.querySelector('#xenforo-comment-21968685 .js-read-more')!;
        body.replaceChildren(body.querySelector('blockquote')!);
      },
      'xenforo-comment-21968685',
    );
    expect(c).toMatchObject({ author: 'Zefir Support', text: '' });
  });
});

describe('a forum post that quotes another is a reply to it (real vBulletin, XenForo, phpBB markup)', () => {
  const readEdited = (fixture: string, edit: (doc: Document) => void) => {
    const doc = loadFixture(`generic/${fixture}`, URL_OF);
    edit(doc);
    return readAll(createGenericAdapter(), doc, URL_OF);
  };
  const byId = (comments: RawComment[], id: string) => comments.find((c) => c.id === id);
  const top = { depth: 0, parentId: undefined };

  test.each([
    ['systems/vbulletin5.html', '[data-node-id="727754"]', 'post727761'],
    ['systems/vbulletin.html', '#post_801', 'post_802'],
    ['systems/xenforo.html', '#js-post-501', 'js-post-502'],
    ['systems/xenforo1.html', '#post-2146423', 'post-2146434'],
    ['systems/phpbb.html', '#p701', 'p702'],
  ])('%s: a quote of a post not on the page (another page of the thread) stays top-level', (fixture, quoted, id) => {
    const comments = readEdited(fixture, (doc) => doc.querySelector(quoted)!.remove());
    expect(byId(comments, id)).toMatchObject({ ...top, threadId: id });
  });

  // vBulletin 5's post727761 quotes post727754; a second quote of post727744 goes before or after it.
  const secondQuote = (before: boolean) => (doc: Document) => {
    const quote = doc.querySelector('#post727761 ~ * .bbcode_container')!;
    const other = quote.cloneNode(true) as Element;
    other.querySelector('.bbcode_postedby a')!.setAttribute('href', '?p=727744#post727744');
    quote.insertAdjacentElement(before ? 'beforebegin' : 'afterend', other);
  };
  test('with two quotes the first decides the parent', () => {
    expect(byId(readEdited('systems/vbulletin5.html', secondQuote(true)), 'post727761')).toMatchObject({
      parentId: 'post727744',
      depth: 1,
    });
    expect(byId(readEdited('systems/vbulletin5.html', secondQuote(false)), 'post727761')).toMatchObject({
      parentId: 'post727754',
      depth: 1,
    });
  });

  test('a first quote naming no post keeps the post top-level even when a later quote names one', () => {
    const comments = readEdited('systems/vbulletin5.html', (doc) => {
      const quote = doc.querySelector('#post727761 ~ * .bbcode_container')!;
      const unnamed = quote.cloneNode(true) as Element;
      unnamed.querySelector('.bbcode_postedby a')!.remove();
      quote.insertAdjacentElement('beforebegin', unnamed);
    });
    expect(byId(comments, 'post727761')).toMatchObject(top);
  });

  test("a reply to a reply is two deep, in its quoted post's thread", () => {
    const comments = readEdited('systems/xenforo1.html', (doc) => {
      // post-2146423 quotes the first post, as post-2146434 quotes post-2146423.
      const quote = doc.querySelector('#post-2146434 .bbCodeQuote')!.cloneNode(true) as Element;
      quote.querySelector('a.AttributionLink')!.setAttribute('href', 'goto/post?id=2146356#post-2146356');
      doc.querySelector('#post-2146423 blockquote.messageText')!.prepend(quote);
    });
    expect(byId(comments, 'post-2146423')).toMatchObject({ depth: 1, parentId: 'post-2146356' });
    expect(byId(comments, 'post-2146434')).toMatchObject({
      depth: 2,
      parentId: 'post-2146423',
      threadId: 'post-2146356',
    });
  });

  test('XenForo 2: the title link data-content-selector="#post-N" names the post without data-source', () => {
    const comments = readEdited('systems/xenforo.html', (doc) => {
      const quote = doc.querySelector('#js-post-502 blockquote[data-source]')!;
      quote.removeAttribute('data-source');
      const title = quote.querySelector('.bbCodeBlock-title')!;
      title.innerHTML =
        '<a href="/goto/post?id=501" class="bbCodeBlock-sourceJump" rel="nofollow" data-xf-click="attribution" data-content-selector="#post-501">Marek said:</a>';
    });
    expect(byId(comments, 'js-post-502')).toMatchObject({ depth: 1, parentId: 'js-post-501', author: 'Ola K' });
  });

  test('a quote naming a later post (or the post itself) does not make it a reply', () => {
    const comments = readEdited('systems/xenforo1.html', (doc) => {
      const link = doc.querySelector('#post-2146434 a.AttributionLink')!;
      link.setAttribute('href', 'goto/post?id=2146434#post-2146434');
      const quote = doc.querySelector('#post-2146434 .bbCodeQuote')!.cloneNode(true) as Element;
      doc.querySelector('#post-2146356 blockquote.messageText')!.prepend(quote);
    });
    expect(byId(comments, 'post-2146434')).toMatchObject(top);
    expect(byId(comments, 'post-2146356')).toMatchObject(top);
  });
});

describe('author names', () => {
  test.each([
    ['Kritischer Kritiker sagt:', 'Kritischer Kritiker'],
    ['Claire dit :', 'Claire'],
    ['Claire a écrit :', 'Claire'],
    ['Lucía dice:', 'Lucía'],
    ['Giulia ha scritto:', 'Giulia'],
    ['Ola pisze:', 'Ola'],
    ['Mark says:', 'Mark'],
    ['Anonymous said...', 'Anonymous'],
    ['Anna hat gesagt…', 'Anna'],
    ['Ola pisze...', 'Ola'],
    ['Mark...', 'Mark...'],
    ['Heidemarie Heim | Di, 21. April 2020 - 16:40', 'Heidemarie Heim'],
    ['Mark E. · November 25, 2026 at 11:30 am', 'Mark E.'],
    ['Paul Says', 'Paul'],
    ['Sayssa', 'Sayssa'],
  ])('"%s" → "%s"', (raw, name) => {
    expect(cleanAuthor(raw)).toBe(name);
  });

  test('the most specific author selector wins over an outer box that also matches', () => {
    const doc = loadFixture('generic/wordpress-post.html', URL_OF);
    const box = doc.querySelector('#comment-501 .comment-author')!;
    box.insertAdjacentHTML('afterbegin', '<span class="badge">Top fan</span> ');
    const c = readAll(createGenericAdapter(), doc, URL_OF).find((x) => x.id === 'comment-501');
    expect(c?.author).toBe('Ola Nowak');
  });

  test('an empty first match (a stray paragraph, an avatar link) gives way to one that shows text', () => {
    const doc = loadFixture('generic/wordpress-post.html', URL_OF);
    const body = doc.querySelector('#comment-501 .comment-body')!;
    const content = body.querySelector('.comment-content')!;
    const text = content.textContent!.trim();
    // A theme without .comment-content whose markup left an empty paragraph first.
    content.replaceWith(...[doc.createElement('p'), Object.assign(doc.createElement('p'), { textContent: text })]);
    const box = body.querySelector('.comment-author')!;
    box.querySelector('.fn')!.insertAdjacentHTML('beforebegin', '<span class="fn"><img alt="" src="data:,"></span>');
    const c = readAll(createGenericAdapter(), doc, URL_OF).find((x) => x.id === 'comment-501');
    expect(c).toMatchObject({ author: 'Ola Nowak', text });
  });

  test('a theme with cite.fn outside .comment-author still gives the name', () => {
    const doc = loadFixture('generic/wordpress-post.html', URL_OF);
    const box = doc.querySelector('#comment-501 .comment-author')!;
    const name = box.querySelector('.fn')!.textContent;
    box.replaceWith(Object.assign(doc.createElement('cite'), { className: 'author fn', textContent: name }));
    const c = readAll(createGenericAdapter(), doc, URL_OF).find((x) => x.id === 'comment-501');
    expect(c?.author).toBe('Ola Nowak');
  });
});

describe('a page where no comment list is found yet', () => {
  test('is looked at again after RETRY_PICK_MS, not on every call', () => {
    const doc = loadFixture('generic/structure/flat-depth.html', URL_OF);
    const thread = doc.querySelector('.thread')!;
    const html = thread.innerHTML;
    thread.innerHTML = '';
    let now = 1_000_000;
    const clock = vi.spyOn(Date, 'now').mockImplementation(() => now);
    try {
      const adapter = createGenericAdapter();
      expect(adapter.findRoots(doc)).toEqual([]);
      thread.innerHTML = html;
      now += RETRY_PICK_MS - 1;
      expect(adapter.findRoots(doc)).toEqual([]);
      now += 2;
      expect(adapter.findRoots(doc).flatMap((r) => adapter.findComments(r))).toHaveLength(4);
    } finally {
      clock.mockRestore();
    }
  });

  test('waits twice as long after each further miss, up to RETRY_PICK_MAX_MS', () => {
    const doc = loadFixture('generic/structure/flat-depth.html', URL_OF);
    const thread = doc.querySelector('.thread')!;
    const html = thread.innerHTML;
    thread.innerHTML = '';
    let now = 1_000_000;
    const clock = vi.spyOn(Date, 'now').mockImplementation(() => now);
    try {
      const adapter = createGenericAdapter();
      adapter.findRoots(doc); // miss 1
      now += RETRY_PICK_MS;
      adapter.findRoots(doc); // miss 2: next look after 2 × RETRY_PICK_MS
      thread.innerHTML = html;
      now += RETRY_PICK_MS * 2 - 1;
      expect(adapter.findRoots(doc)).toEqual([]);
      now += 1;
      expect(adapter.findRoots(doc).flatMap((r) => adapter.findComments(r))).toHaveLength(4);
      expect(RETRY_PICK_MAX_MS).toBeGreaterThanOrEqual(RETRY_PICK_MS);
    } finally {
      clock.mockRestore();
    }
  });
});

describe('structure finder: what is not a comment list', () => {
  test.each([
    ['"comments are closed" notes', '<p class="nocomments">Comments are closed.</p>'],
    ['a hidden reply template', '<div class="comment-reply-template"><span>Create a name to join in</span></div>'],
    ['thread containers', '<div class="comment-thread"><span>21:00</span></div>'],
  ])('a comment section holding only %s', (_what, html) => {
    const doc = new JSDOM(`<!doctype html><body><div id="comments">${html.repeat(3)}</div></body>`, { url: URL_OF })
      .window.document;
    expect(pickStrategy(doc)).toBeNull();
  });
  test.each([
    [
      'cards that are links to the stories',
      (i: number) =>
        `<a href="/2026/11/story-${i}/"><div class="card"><span class="byline"><span>By</span> <span class="author">Ola ${i}</span></span> <time datetime="2026-11-2${i}T09:00:00Z">2${i} Nov</time><div>The lead paragraph of story ${i}, long enough to be a text block.</div></div></a>`,
    ],
    [
      'related posts marked up as CreativeWork',
      (i: number) =>
        `<li><div itemscope itemtype="http://schema.org/CreativeWork"><a href="/author/ola-${i}/" class="author">Ola ${i}</a> <div class="date">2${i}. November 2026</div><div>Learning nuggets number ${i}, a related post of this blog.</div></div></li>`,
    ],
  ])('%s', (_what, card) => {
    const doc = new JSDOM(`<!doctype html><body><main><ul>${[1, 2, 3, 4].map(card).join('')}</ul></main></body>`, {
      url: URL_OF,
    }).window.document;
    expect(detectCommentStructure(doc)).toBeNull();
  });
  test('an empty comment section whose reply form has comment-named fields', () => {
    const field = (n: number) =>
      `<div class="wpd-field-comment"><div class="wpd-comment-label">Label ${n}</div><textarea name="wc_comment"></textarea></div>`;
    const doc = new JSDOM(
      `<!doctype html><body><div id="comments" class="comments-area"><form class="wpd_comm_form">${[1, 2, 3].map(field).join('')}</form><div class="wpd-thread-list"></div></div></body>`,
      { url: URL_OF },
    ).window.document;
    expect(pickStrategy(doc)).toBeNull();
  });
  test('a blog index (teasers: a heading linking to the post, an author link, a date, an excerpt)', () => {
    const teaser = (i: number) =>
      `<article class="post-teaser"><h2><a href="/2026/11/post-${i}/">Post ${i}</a></h2><a href="/author/ola/">Ola</a> <time datetime="2026-11-2${i}T09:00:00Z">2${i} Nov</time><p>The excerpt of post ${i}, long enough to be a text block.</p></article>`;
    const doc = new JSDOM(`<!doctype html><body><main>${[1, 2, 3, 4].map(teaser).join('')}</main></body>`, {
      url: URL_OF,
    }).window.document;
    expect(detectCommentStructure(doc)).toBeNull();
  });
});
