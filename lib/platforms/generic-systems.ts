/**
 * The comment systems the generic adapter knows (docs/PLATFORMS.md, "Other sites"): one strategy per
 * system, each a set of selectors, plus the labels and containers its heuristics use. Data only;
 * lib/platforms/generic.ts reads comments with them.
 */
/** One way of finding comments: the comment element and where its fields live inside it. */
export interface Strategy {
  name: string;
  /** Containers to observe; the document body when none is given or none matches. */
  root?: string;
  comment: string;
  text?: string;
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
}

/** Containers that hold a page's comment section, for the last heuristic. */
export const SECTION = '#comments, #comment-section, #comments-section, .comments, .comment-list, .comments-list, section[aria-label*="comment" i], section[aria-label*="komentarz" i], [data-testid*="comments" i]';
/** Where the fields usually are inside a comment of unknown markup (class names that say so). */
export const HEURISTIC_FIELDS = {
  text: '[class*="body" i], [class*="text" i], [class*="content" i], [class*="message" i]',
  author: '[class*="author" i], [class*="username" i], [class*="user-name" i], [class*="nickname" i], [itemprop="author"]',
  time: 'time, [class*="time" i], [class*="date" i]',
  replyButton: 'button[class*="reply" i], a[class*="reply" i]',
} as const;

export const STRATEGIES: readonly Strategy[] = [
  {
    // WordPress core themes and most others (wp_list_comments): li.comment#comment-123.
    name: 'wordpress',
    root: '#comments, .comments-area',
    comment: 'li.comment[id^="comment-"], li.pingback[id^="comment-"], li.trackback[id^="comment-"]',
    text: '.comment-content, .comment-body > p, .comment-text',
    author: '.comment-author .fn, .comment-author cite, .comment-author',
    time: '.comment-metadata time, .comment-meta time, time',
    permalink: '.comment-metadata a[href*="#comment-"], .comment-meta a[href*="#comment-"]',
    replyButton: 'a.comment-reply-link',
    // WordPress moves the #respond form under the comment being replied to.
    replyField: '#respond textarea[name="comment"], #respond textarea',
    loadMore: '.comment-navigation a, .nav-previous a, .nav-next a',
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
  en: /^(\[(deleted|removed)\]|this comment (has been|was) (deleted|removed)( by (a|the) moderator)?\.?|comment deleted\.?)$/i,
  pl: /^(\[usunięty\]|komentarz (został )?usunięty( przez moderatora)?\.?|ten komentarz został usunięty\.?)$/i,
} as const;

/** Parts of a comment that are not its text. */
export const NOT_TEXT = 'header, footer, form, button, nav, time, [class*="time" i], [class*="date" i], [class*="author" i], [class*="meta" i], [class*="actions" i], [class*="reply" i]:not([class*="replies" i])';
