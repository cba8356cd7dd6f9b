/**
 * The comment systems the generic adapter knows: one strategy per system, each a set of selectors, plus the labels and containers its heuristics use. Data only;
 * lib/platforms/generic.ts reads comments with them.
 */
/** One way of finding comments: the comment element and where its fields live inside it. */
export interface Strategy {
  name: string;
  /** Containers to observe; the document body when none is given or none matches. */
  root?: string;
  comment: string;
  text?: string;
  /** The text is every match of `text` in the comment (paragraphs with no wrapper), joined by line breaks. */
  textParts?: boolean;
  author?: string;
  time?: string;
  permalink?: string;
  likes?: string;
  replyButton?: string;
  /** The reply field once it is open for this comment (inside the comment's own element). */
  replyField?: string;
  loadMore?: string;
  /** A note beside an emptied text saying the comment was deleted (checked against DELETED). */
  deletedNote?: string;
  /** A subject line above the text (Drupal, some forums), read as "subject — text". */
  title?: string;
  /**
   * Flat lists: the element whose `indent`, `data-depth`, `depth`, `data-level` or `aria-level`
   * attribute (or `depth-N`/`level-N` class) gives the comment's depth; its parent is the
   * nearest earlier comment one level up.
   */
  indent?: string;
  /**
   * Flat lists without depths: a selector matching the replies only (a class such as
   * `comment-sub` that replies carry and their parent does not). Such a comment answers the
   * nearest earlier comment that does not match it.
   */
  replyMark?: string;
  /** Containers of replies placed after their parent comment rather than inside it (Drupal). */
  repliesAfter?: string;
  /** The parent comment where the markup names it instead of nesting the reply in it (Coral). */
  parentOf?: (el: Element) => Element | null;
  /** An element inside the comment whose id is the comment's id (when the comment has none). */
  idFrom?: string;
  /**
   * Quotes of other comments inside the text (a forum's "X said:" block): left out of the
   * comment's text, which is what its author wrote. A comment that is only a quote has no text.
   */
  quote?: string;
  /**
   * Where the first `quote` of a flat forum's post names the post it quotes: `from`, an element in
   * that quote (or the quote itself) whose `data-content-selector`, `data-source`, `href` or `cite`
   * holds the quoted post's number (the first group of `post`); `anchor`, that post's element on
   * the page with `$1` for the number. The quoting post is a reply to the comment holding the
   * anchor when it is on the page, before the quoting post; otherwise it stays where it is.
   */
  quoteSource?: { from: string; post: RegExp; anchor: string };
  /**
   * An attribute of the comment element holding when it was written in epoch seconds, read before
   * the time element (vBulletin 5: the time element's datetime is the server's local time with no
   * zone).
   */
  publishedAttr?: string;
  /**
   * A comment spread over sibling elements (Blogger's classic `dl`: `dt.comment-author`, then its
   * `dd.comment-body` and `dd.comment-footer`): the siblings right after the comment element that
   * hold its other fields, up to the next comment. Fields are looked for in them as well.
   */
  partsAfter?: string;
  /** The comment's id in its permalink's address (the first group), before any element id. */
  idFromPermalink?: RegExp;
  /** The time it was written, in epoch milliseconds, in its permalink's address (the first group). */
  timeFromPermalink?: RegExp;
  /**
   * Comments that are a notice of a link from another post (WordPress pingbacks and trackbacks):
   * without a name element of their own, their author is the linking post's title, the notice's
   * link ("Pingback: <a>Post title | Blog</a>"); the notice stays the text.
   */
  linkback?: string;
  /**
   * A cheap selector that must match in the page before the comment selector is tried there (a
   * `:has()` comment selector costs a look into every element of a page that is not this system's).
   */
  gate?: string;
  /** A further test on each element the comment selector matches (structural detection). */
  accept?: (el: Element) => boolean;
  /** Comments read per pass at most (a user's selector: docs/RELIABILITY.md H4). */
  maxMatches?: number;
}

/** Containers that hold a page's comment section, for the last heuristic. */
export const SECTION =
  '#comments, #comment-section, #comments-section, .comments, .comments_section, .comments-section, .comment-section, .comment-list, .comments-list, #disqus_thread, section[aria-label*="comment" i], section[aria-label*="komentarz" i], [data-testid*="comments" i]';
/** Where the fields usually are inside a comment of unknown markup (class names that say so). */
export const HEURISTIC_FIELDS = {
  text: '[class*="body" i], [class*="text" i], [class*="content" i], [class*="message" i]',
  // Then the hCard name (.fn), a Q&A site's .comment-user and a bare cite.
  author:
    '[class*="author" i], [class*="username" i], [class*="user-name" i], [class*="nickname" i], [itemprop="author"], .fn, .comment-user, cite',
  time: 'time, [class*="time" i], [class*="date" i]',
  replyButton: 'button[class*="reply" i], a[class*="reply" i]',
} as const;

/**
 * Where comment systems render outside the page's own tree but within its reach: hosts of open
 * shadow roots (Coral 8 and later) and same-origin frames (Ghost's comments app writes its
 * markup into an iframe with srcdoc). Cross-origin frames (Disqus, Coral before 8) stay unread.
 */
export const EMBEDDED_SHADOW_HOSTS = '#coral-shadow-container';
export const EMBEDDED_FRAMES = '#ghost-comments-root iframe[title="comments-frame"]';

/** Blogger permalinks: `…post.html?showComment=1622030680443#c1818509887343530441`. */
const BLOGGER_ID = /#(c\d+)$/;
const BLOGGER_TIME = /[?&]showComment=(\d{13})(?:[&#]|$)/;

/** Links of a Medium response: its writer's profile and its own page, tagged with the responses' source. */
const MEDIUM_RESPONSE_LINK = 'a[href*="post_responses--"]';
/** The responses section's heading and editor: never inside a response. */
const MEDIUM_SECTION_PARTS = 'h2, [contenteditable="true"]';
/** A Medium response's id: the hex id its own page's address ends with (…/slug-9b2e7c1d3a40?source=…). */
const MEDIUM_ID = /^[^?#]*-([0-9a-f]{8,16})(?:[?#]|$)/;

/** The writer a Medium response link belongs to: `@handle` in the path, else the host (handle.medium.com). */
function mediumWriter(href: string, base: string): string {
  let url: URL | null = null;
  try {
    url = new URL(href, base);
  } catch {
    // A relative link in a page read without an address ("about:blank"): its path still names the writer.
  }
  const path = url?.pathname ?? href.replace(/[?#].*$/, '');
  return /^\/(@[^/]+)/.exec(path)?.[1]?.toLowerCase() ?? url?.hostname ?? href;
}

function mediumWriters(el: Element): Set<string> {
  return new Set(
    Array.from(el.querySelectorAll(MEDIUM_RESPONSE_LINK)).map((a) =>
      mediumWriter(a.getAttribute('href') ?? '', el.ownerDocument.baseURI),
    ),
  );
}

/**
 * A Medium response: the largest block whose response links are one writer's, with a text. Its
 * parent holds another writer's links (the next response, or the section's policy link) or, beside
 * it, the section's heading or editor.
 */
function mediumResponse(el: Element): boolean {
  const parent = el.parentElement;
  if (!parent || el.querySelector(MEDIUM_SECTION_PARTS) || mediumWriters(el).size !== 1) return false;
  if (!el.querySelector(`pre, ${MEDIUM_RESPONSE_LINK} p`)) return false;
  return (
    mediumWriters(parent).size > 1 ||
    Array.from(parent.querySelectorAll(MEDIUM_SECTION_PARTS)).some((e) => !el.contains(e))
  );
}

const CORAL_REPLY_LIST = 'coral-comments-replyList-log--';

/** A Coral reply's parent: the comment whose id its reply list is named after. */
function coralParent(el: Element): Element | null {
  const list = el.parentElement?.closest(`[id^="${CORAL_REPLY_LIST}"]`);
  if (!list) return null;
  const scope = list.getRootNode() as Document | ShadowRoot;
  return scope.getElementById?.(`comment-${list.id.slice(CORAL_REPLY_LIST.length)}`) ?? null;
}

export const STRATEGIES: readonly Strategy[] = [
  {
    // Hacker News item pages: one flat table row per comment, depth in td.ind[indent].
    name: 'hackernews',
    root: 'table.comment-tree',
    comment: 'tr.athing.comtr',
    text: '.commtext',
    author: 'a.hnuser',
    time: 'span.age',
    permalink: 'span.age a',
    indent: 'td.ind',
    replyButton: '.reply a',
    loadMore: 'a.morelink',
  },
  {
    // XenForo 2 thread pages: article.message per post, the author also in data-author. XenForo 1:
    // ol#messageList > li.message#post-N[data-author], the text blockquote.messageText, the name
    // h3.userText a.username, the time a.datePermalink > .DateTime (abbr[data-time] in epoch
    // seconds, or a span whose text is the date). Quotes: blockquote.bbCodeBlock--quote (2),
    // div.bbCodeQuote (1).
    name: 'xenforo',
    root: '.block-body.js-replyNewMessageContainer, .block-container, #messageList',
    comment: 'article.message--post, article.js-post, li.message[data-author]',
    text: '.message-body .bbWrapper, .bbWrapper, blockquote.messageText',
    quote: '.bbCodeBlock--quote, .bbCodeQuote',
    // 2: blockquote[data-source="post: N"] (and a.bbCodeBlock-sourceJump[data-content-selector="#post-N"]),
    // the post's anchor span#post-N; 1: a.AttributionLink "goto/post?id=N#post-N", the post li#post-N.
    quoteSource: {
      from: '[data-source^="post:"], a[data-content-selector^="#post-"], a.AttributionLink[href*="#post-"]',
      post: /(?:post:\s*|#post-)(\d+)/,
      anchor: '#post-$1',
    },
    author: '.message-name .username, .message-name, .messageUserInfo .username',
    time: '.message-attribution-main time.u-dt, time.u-dt, time, a.datePermalink .DateTime',
    permalink: '.message-attribution-main a[href*="post-"], .message-attribution a[href*="post-"], a.datePermalink',
    replyButton: 'a.actionBar-action--reply, .publicControls a.ReplyQuote',
    loadMore: '.pageNav-jump--next',
  },
  {
    // XenForo comments under an article, as served (Future's sites, e.g. Tom's Hardware):
    // ul.xenforo-comments-list > li.xenforo-comment#xenforo-comment-ID > .xenforo-comment-content >
    // header (span.author-name, span.post-date: a date in words) and div.js-read-more (the text, a
    // quote as blockquote > div.author "X said:"); the last li is the "View All N Comments" button.
    name: 'xenforo-comments',
    root: 'ul.xenforo-comments-list',
    comment: 'li.xenforo-comment:not(.xenforo-comments-view-all-button)',
    // .js-read-more as served; the others for bridges that render XenForo's own post body.
    text: '.js-read-more, .xenforo-comment-body, .bbWrapper, .message-body',
    quote: 'blockquote',
    author: '.author-name, .username, header [class*="author" i]',
    time: 'time, .post-date, [class*="date" i]',
    loadMore: 'a.xenforo-comments-view-all',
  },
  {
    // Discourse topics (the JavaScript app; the crawler view is schema.org microdata).
    name: 'discourse',
    root: '.post-stream',
    comment: '.topic-post article[data-post-id]',
    text: '.cooked',
    author: '.names .first a, .names .username a, .names a',
    time: '.post-date .relative-date, .relative-date',
    permalink: 'a.post-date',
    replyButton: 'button.reply',
  },
  {
    // phpBB 3 (prosilver and its children): div.post#p123. In 3.0 the name is a plain link in
    // p.author ("by <strong><a>Name</a></strong> » date", no .username, no <time>).
    name: 'phpbb',
    root: '#page-body',
    comment: 'div.post.has-profile, div.post.bg1, div.post.bg2',
    text: '.postbody .content',
    quote: 'blockquote',
    // 3.2+: blockquote[cite="./viewtopic.php?p=N#pN"] with cite > a[data-post-id] to the post
    // div.post#pN; 3.0's "Name wrote:" names no post.
    quoteSource: { from: 'blockquote[cite*="#p"], cite a[href*="#p"]', post: /#p(\d+)/, anchor: '#p$1' },
    author:
      '.postprofile .username, .postprofile .username-coloured, .author .username, .author .username-coloured, p.author strong a, p.author strong',
    time: '.postbody .author time, p.author time',
    // The post's own page first; 3.0's heading links only to the anchor on this page.
    permalink: '.postbody h3 a[href*="p="], .author a[href*="p="], .postbody h3 a[href*="#p"], .author a[href*="#p"]',
    replyButton: '.post-buttons a[href*="mode=quote"]',
  },
  {
    // vBulletin 4 (li.postcontainer#post_ID) and 5 (li.b-post[data-node-id][data-node-publishdate],
    // its id on the first child a#postID.anchor, the name in .b-userinfo__details .author a, the
    // permalink a.b-post__count "#N"). A quote of another post is div.bbcode_quote in both.
    name: 'vbulletin',
    root: '#posts, .conversation-content-widget, .conversation-list',
    comment: 'li.postcontainer, li.b-post',
    idFrom: 'a.anchor[id^="post"]',
    text: '.postcontent, [id^="post_message_"], .js-post__content-text, .b-post__body',
    quote: '.bbcode_quote',
    // "Originally posted by" carries a "View Post" link ?p=N#postN; the post is a#postN.anchor (5)
    // or li#post_N (4).
    quoteSource: { from: '.bbcode_postedby a[href*="#post"]', post: /#post_?(\d+)/, anchor: '#post$1, #post_$1' },
    author: '.username_container .username, a.username, .b-userinfo__details .author a, .author a',
    time: '.postdate .date, span.date, time',
    publishedAttr: 'data-node-publishdate',
    permalink: 'a.postcounter, a.b-post__count',
    replyButton: 'a.quickreply, .js-post-control__reply',
    loadMore: 'a.js-pagenav-next-button',
  },
  {
    // wpDiscuz (WordPress): div.wpd-comment, replies nested as div.wpd-comment.wpd-reply.
    name: 'wpdiscuz',
    root: '#wpdcom',
    comment: 'div.wpd-comment',
    text: '.wpd-comment-text',
    author: '.wpd-comment-author a, .wpd-comment-author',
    time: '.wpd-comment-date',
    permalink: '.wpd-comment-link a, a.wpd-comment-link',
    replyButton: '.wpd-reply-button',
    replyField: '.wpd-form textarea, .wpd-form [contenteditable="true"]',
    loadMore: '.wpd-load-more-submit',
  },
  {
    // Epoch (WordPress, postmatic/epoch classes/front/templates/comment.html): built by its script
    // outside #comments as div#comment-ID[data-comment-id] > article.epoch-comment-body with the
    // classes epoch-single-comment and the author's roles; the name is a.epoch-author-link or plain
    // text before "·" and the date link in .epoch-comment-author.
    name: 'epoch',
    comment: 'article.epoch-single-comment, article.epoch-comment-body',
    text: '.epoch-comment-content, [class*="content" i], [class*="text" i]',
    author: 'a.epoch-author-link, .epoch-comment-author, [class*="author" i] a, [class*="author" i]',
    time: 'a.epoch-comment-link time, time, [class*="date" i]',
    permalink: 'a.epoch-comment-link, a[href*="#comment-"]',
    replyButton: '.epoch-reply a, a.comment-reply-link',
  },
  {
    // Livefyre LiveComments (v3) as its script renders them in the page: the stream's
    // article.fyre-comment-article[data-message-id] (the editor's empty "Custom HTML Preview" is one
    // too, outside the stream), the name in a.fyre-comment-username, the ISO time in
    // meta[itemprop=dateCreated] beside time.fyre-comment-date ("1 day ago"), the text in
    // div.fyre-comment, replies nested in the parent's .fyre-comment-replies.
    name: 'livefyre',
    root: '#livefyre_comment_stream, .fyre-stream-content, .fyre',
    comment: '.fyre-stream-content article.fyre-comment-article',
    text: '.fyre-comment',
    author: '.fyre-comment-username',
    time: 'meta[itemprop="dateCreated"], .fyre-comment-date',
    likes: '.fyre-comment-like-count',
    replyButton: '.fyre-comment-reply',
    loadMore: '.fyre-stream-more',
  },
  {
    // Coral (The Coral Project): div.coral-comment#comment-ID[role=article] with its stable
    // coral-* classes (client/src/core/client/stream/classes.ts). Since Coral 8 the stream is in
    // an open shadow root on div#coral-shadow-container (EMBEDDED_SHADOW_HOSTS), before that in an
    // iframe from the Coral server (cross-origin: not read). Replies are not inside their parent
    // but in a reply list after it whose id names the parent (coral-comments-replyList-log--ID).
    name: 'coral',
    root: '#coral_thread, #coral-thread, .coral-stream',
    comment: '.coral-comment',
    text: '.coral-comment-content',
    author: '.coral-comment-username',
    time: '.coral-comment-timestamp',
    replyButton: '.coral-comment-replyButton',
    loadMore: '.coral-loadMoreButton, .coral-replyList-showAllButton',
    parentOf: coralParent,
  },
  {
    // Ghost's comments app (its open-source comment component): the block is
    // [data-testid="comment-component"], the comment id on its inner div, replies nested inside.
    // Ghost mounts the app in a same-origin frame (EMBEDDED_FRAMES), read from the page. With
    // threaded replies the replies follow the comment's block instead of being inside it.
    name: 'ghost',
    comment: '[data-testid="comment-component"]',
    repliesAfter: '[data-testid="comment-component"] ~ div',
    idFrom: '[id]',
    text: '[data-testid="comment-content"]',
    author: 'h4',
    time: 'a[target="_parent"][title]',
    permalink: 'a[target="_parent"][title]',
  },
  {
    // Substack posts (comments-page > comment-list-items > div.comment): the id is on the
    // comment's first child, a.comment-anchor#comment-N; fields in table.comment-content; replies
    // in the comment's own .comment-list; "N more replies" is a button.collapsed-reply.
    name: 'substack',
    root: '.comments-page, .comment-list-container',
    comment: '.comment-list-items > .comment',
    idFrom: '.comment-anchor[id]',
    text: '.comment-body',
    author: '.commenter-name a, .commenter-name',
    // The short date ("Nov 25") is the meta line's link to the comment's own page.
    time: '.comment-meta a[href*="/comment/"]',
    permalink: '.comment-meta a[href*="/comment/"]',
    // The first action is the like link, its count after the heart.
    likes: '.comment-actions a',
    loadMore: 'button.collapsed-reply',
  },
  {
    // Medium responses under a story as medium.com renders them (2025): generated class names,
    // no class or id for a response. A response is the largest block holding the links of one
    // writer tagged ?source=…post_responses-- (avatar and name to the profile, the date to the
    // response's own page …/<slug>-<hex id>; mediumResponse). The text is the paragraphs in a
    // pre (after the story's highlighted sentence it answers), or for a response written as a
    // story the title and subtitle of its card (p > div in the page; a saved copy parses the p
    // empty before them). Claps in .pw-multi-vote-count. See tests/fixtures/generic/systems/medium-story.html.
    name: 'medium',
    gate: MEDIUM_RESPONSE_LINK,
    comment: `div:has(> div ${MEDIUM_RESPONSE_LINK})`,
    accept: mediumResponse,
    text: `pre, ${MEDIUM_RESPONSE_LINK} p:has(> div), ${MEDIUM_RESPONSE_LINK} p:empty ~ div`,
    textParts: true,
    // The name link's paragraph (the avatar's link holds only the picture).
    author: `${MEDIUM_RESPONSE_LINK} p`,
    time: `${MEDIUM_RESPONSE_LINK} p > span`,
    permalink: `${MEDIUM_RESPONSE_LINK}:has(p > span)`,
    idFromPermalink: MEDIUM_ID,
    likes: '.pw-multi-vote-count',
  },
  {
    // Medium responses in an older layout (FluentRead's "div.pw-responses-thread p", 2025; not
    // seen in a saved page): one div.pw-responses-thread per response, its reply
    // threads nested inside it. The writer is the response's /@handle profile link (the name
    // inside it, not the avatar's); Medium gives no machine-readable date here, so none is read.
    name: 'medium-thread',
    comment: 'div.pw-responses-thread',
    // The paragraphs of the response, not the labels of its links (name, date).
    text: 'p:not(a p)',
    textParts: true,
    author: 'a[href*="/@"] p, a[href*="/@"] span, a[href*="/@"]',
  },
  {
    // Viafoura conversations (vf3) rendered in the page: article.vf3-comment, replies nested in
    // their parent's article; the name in .vf-post-name-button__username, time.vf-post-details__time.
    name: 'viafoura',
    root: '.vf3-comments, [id^="vf-all_threads-"], .viafoura',
    comment: 'article.vf3-comment',
    text: '.vf-content-text, .vf3-comment-content',
    author: '.vf-post-name-button__username',
    time: 'time.vf-post-details__time, time',
    likes: '[data-testid="vf-conversations-like-button"]',
    replyButton: '[data-testid="vf-conversations-reply-button"]',
    loadMore: '[data-testid="vf-conversations-load-more-button"]',
  },
  {
    // Drupal 8+ (Classy/Bartik/Olivero and themes based on them): article.js-comment, RDFa
    // schema:Comment; replies in div.indented after their parent. Drupal 7 marks its comments
    // with RDFa sioct:Comment (article.comment or div.comment, the body in .field-name-comment-body,
    // which also carries itemprop="comment" in some themes: it is the body, not a comment).
    name: 'drupal',
    root: '#comments, .comment-wrapper, section.comments',
    comment:
      'article.js-comment, article[typeof="schema:Comment"], article.comment[typeof~="sioct:Comment"], div.comment[typeof~="sioct:Comment"]',
    title: 'h3 a.permalink, .comment__title a, [property="schema:name"] a.permalink',
    text: '.field--type-text-long, .comment__text-content, [property="schema:text"], .field--name-comment-body, .field-name-comment-body',
    author:
      '.comment__author .username, .comment__author a, [rel="schema:author"] .username, [rel="schema:author"], .username, footer h6, footer .comment__author',
    time: '[property="schema:dateCreated"], .comment__time, time',
    // Not the "In reply to <a.permalink>" screen-reader line of a reply; Drupal 7 puts it in the byline.
    permalink: 'h3 a.permalink, .comment__title a, [property="schema:name"] a.permalink, .submitted a.permalink',
    replyButton: '.comment-reply a, a[href*="/comment/reply/"]',
    repliesAfter: '.indented',
  },
  {
    // WordPress core themes and most others (wp_list_comments): li.comment#comment-123. Jetpack
    // Comments keeps this list and replaces only the form (an iframe, not read).
    name: 'wordpress',
    root: '#comments, .comments-area',
    // Twenty Twelve and themes built on it: li.comment#li-comment-N around article#comment-N.
    comment:
      'li.comment[id^="comment-"], li.pingback[id^="comment-"], li.trackback[id^="comment-"], li.comment[id^="li-comment-"], li.pingback[id^="li-comment-"]',
    text: '.comment-content, .comment-body > p, .comment-text',
    // Then what themes print the name in when it is not .comment-author: Kubrick's bare
    // `<cite>Name</cite> says:`, a theme's .comment-author-name or .author-name, the
    // .comment-user link of Stack Exchange's comment lists (li.comment#comment-N as well), and
    // last any class that ends in "-author" (a theme's div.w-comments-item-author > span).
    author:
      '.comment-author .fn, .comment-author cite, .comment-author a.url, .comment-author, cite.fn, .fn, .comment-author-name, .author-name, .author, .comment-user, [itemprop="author"], cite, [class$="-author" i]',
    // Kubrick (the old default theme) prints the date as text in .commentmetadata; other themes
    // as a permalink in .comment-time.
    time: '.comment-metadata time, .comment-meta time, time, .commentmetadata a, .commentmetadata, .comment-date, .comment-time a, .comment-time',
    permalink:
      '.comment-metadata a[href*="#comment-"], .comment-meta a[href*="#comment-"], .commentmetadata a[href*="#comment-"]',
    replyButton: 'a.comment-reply-link',
    linkback: '.pingback, .trackback',
    // WordPress moves the #respond form under the comment being replied to.
    replyField: '#respond textarea[name="comment"], #respond textarea',
    loadMore: '.comment-navigation a, .nav-previous a, .nav-next a',
  },
  {
    // Blogger (Blogspot) threaded comments, the layouts' `threadedComments` includable as the server
    // renders it: div.comment-thread.toplevel-thread > ol > li.comment#cID > div.comment-block
    // (.comment-header: cite.user with the profile link, span.datetime with the permalink
    // ?showComment=<ms>#cID; p.comment-content; .comment-actions a.comment-reply), replies in the
    // parent's .comment-replies > div.comment-thread.inline-thread > ol > div > li.comment. The date
    // is localised text ("26 May 2021 at 05:04"); the permalink's showComment is the time in
    // milliseconds. Before the server rendered them, Blogger's script built the same blocks with ids
    // such as bc_0_1B on the li: the id comes from the permalink's #cID.
    name: 'blogger',
    root: '#comment-holder, .comments-content, #comments',
    comment: '.comment-thread li.comment',
    text: '.comment-content',
    author: '.comment-header cite.user a, .comment-header cite.user, cite.user',
    time: '.comment-header .datetime a, .datetime a',
    permalink: '.datetime a[href*="showComment="], a[href*="showComment="]',
    idFromPermalink: BLOGGER_ID,
    timeFromPermalink: BLOGGER_TIME,
    // Script-built lists mark the reply link with o="r" instead of a class.
    replyButton: '.comment-actions a.comment-reply, .comment-actions a[o="r"]',
    loadMore: '.loadmore a, .paging-control-container a',
  },
  {
    // Blogger's classic `comments` includable: dl#comments-block, per comment a dt.comment-author#cID
    // (avatar, the name as a link or plain text, then the localised "said..."), dd.comment-body
    // (p, or span.deleted-comment) and dd.comment-footer > span.comment-timestamp > a[title="comment
    // permalink"] whose address ends in ?showComment=<ms>#cID. Flat: no replies.
    name: 'blogger-classic',
    root: '#comments-block',
    comment: 'dl#comments-block > dt.comment-author',
    partsAfter: 'dd',
    text: '.comment-body',
    // The name link is the dt's own child (the avatar's link is inside its container); a name
    // without a link is the dt's text, "said..." taken off by cleanAuthor.
    author: 'dt > a[href], :scope',
    time: '.comment-timestamp > a, .comment-timestamp',
    permalink: '.comment-timestamp > a[href*="showComment="], .comment-timestamp > a[href]',
    idFromPermalink: BLOGGER_ID,
    timeFromPermalink: BLOGGER_TIME,
    loadMore: '.paging-control-container a',
  },
  {
    name: 'schema.org',
    comment: '[itemtype$="schema.org/Comment"], [itemprop="comment"]',
    text: '[itemprop="text"]',
    author: '[itemprop="author"] [itemprop="name"], [itemprop="author"]',
    time: '[itemprop="dateCreated"], [itemprop="datePublished"], time',
    permalink: '[itemprop="url"]',
    likes: '[itemprop="upvoteCount"]',
  },
  {
    name: 'isso',
    root: '#isso-thread',
    comment: '.isso-comment',
    text: '.isso-text',
    author: '.isso-author',
    time: '.isso-permalink time, time',
    permalink: 'a.isso-permalink',
    likes: '.isso-votes',
    replyButton: '.isso-reply',
    // Isso puts the reply postbox into the comment's .isso-follow-up.
    replyField: '.isso-postbox textarea, .isso-textarea',
    // "2 Hidden" / "2 ukrytych" (templates/comment-loader).
    loadMore: '.isso-comment-loader a',
    // A deleted comment with replies keeps its place: an empty text and "Comment deleted." in the note.
    deletedNote: '.isso-note',
  },
  {
    name: 'commento',
    root: '#commento',
    comment: '.commento-card',
    text: '.commento-body',
    author: '.commento-name',
    time: '.commento-timeago',
    likes: '.commento-score',
    replyButton: '.commento-option-reply',
    replyField: 'textarea',
  },
  {
    name: 'remark42',
    root: '#remark42, .root__threads',
    comment: '.comment[data-id]',
    text: '.comment__text',
    author: '.comment__username',
    time: '.comment__time',
    likes: '.comment__score-value',
    replyButton: '.comment__action_type_reply, button[class*="reply"]',
    replyField: 'textarea',
  },
  {
    name: 'cusdis',
    root: '#cusdis_thread, .cusdis-comment-list',
    comment: '.cusdis-comment',
    text: '.cusdis-comment-content',
    author: '.cusdis-comment-nickname',
    time: '.cusdis-comment-date',
  },
  {
    // ARIA comment roles: role="comment" (WAI-ARIA 1.3) anywhere, role="article" inside a comment section.
    name: 'aria',
    comment: `[role="comment"], :is(${SECTION}) [role="article"]`,
    ...HEURISTIC_FIELDS,
    replyField: 'textarea, [contenteditable="true"][role="textbox"]',
  },
];

/** Labels of "load more comments" controls per UI language (never a single string). */
export const LOAD_MORE = {
  en: /^(load|show|view|see) (more|older|all|previous)( \d+)? (comments|replies)/i,
  pl: /^(wczytaj|załaduj|pokaż|zobacz|wyświetl) (więcej|starsze|wszystkie|poprzednie)( \d+)? (komentarze|komentarzy|odpowiedzi)/i,
} as const;

/** Placeholders of removed comments, per UI language. */
export const DELETED = {
  // Blogger: "This comment has been removed by the author." / "… by a blog administrator."
  en: /^(\[(deleted|removed)\]|this comment (has been|was) (deleted|removed)( by (a|the) (moderator|author|blog administrator))?\.?|comment deleted\.?)$/i,
  de: /^(\[gelöscht\]|dieser kommentar wurde (vom autor|von einem blog-administrator|von einem moderator) entfernt\.?|kommentar gelöscht\.?)$/i,
  pl: /^(\[usunięty\]|komentarz (został )?usunięty( przez moderatora)?\.?|ten komentarz został usunięty( przez (autora|moderatora|administratora bloga))?\.?)$/i,
} as const;

/**
 * The "says:" that comment templates put after the author's name, per language ("Anna sagt:",
 * "Anna a dit :", "Anna dice:", Blogger's "Anna said..." and "Anna hat gesagt…"). Matched at the
 * end of the author's line only.
 */
export const SAYS = {
  en: /\s+(says|said|wrote|writes)\s*(:|\.\.\.|…)?$/i,
  pl: /\s+(pisze|napisał[a]?|mówi)\s*(:|\.\.\.|…)?$/i,
  de: /\s+(sagt|schreibt|schrieb|meint|hat gesagt|hat geschrieben)\s*(:|\.\.\.|…)?$/i,
  fr: /\s+(dit|a dit|écrit|a écrit)\s*(:|\.\.\.|…)?$/i,
  es: /\s+(dice|dijo|escribe|escribió|comenta)\s*(:|\.\.\.|…)?$/i,
  it: /\s+(dice|ha detto|scrive|ha scritto)\s*(:|\.\.\.|…)?$/i,
  nl: /\s+(zegt|zei|schreef|schrijft)\s*(:|\.\.\.|…)?$/i,
  pt: /\s+(diz|disse|escreveu)\s*(:|\.\.\.|…)?$/i,
} as const;

/**
 * Controls that themes put inside a comment's text element: buttons, reply links and like
 * counters (Jetpack's `p.comment-likes` in `.comment-content`). Never the author's words.
 */
export const BODY_CHROME =
  'button, [role="button"], a.comment-reply-link, [class*="reply-link" i], [class*="comment-like" i], [class*="like-count" i], [class*="like-button" i]';

/** Parts of a comment that are not its text. */
export const NOT_TEXT =
  'header, footer, form, button, nav, time, [class*="time" i], [class*="date" i], [class*="author" i], [class*="meta" i], [class*="actions" i], [class*="reply" i]:not([class*="replies" i])';
