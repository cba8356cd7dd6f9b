import { PLATFORM_INFO, type RegisteredPlatformId } from './registry';

/** Identifiers of the supported platforms (from the registry); 'demo' is the bundled demo page, 'generic' any other page. */
export const PLATFORM_IDS = PLATFORM_INFO.map((p) => p.id) as unknown as readonly [
  RegisteredPlatformId,
  ...RegisteredPlatformId[],
];
export type PlatformId = RegisteredPlatformId;

/** One comment as an adapter reads it from the page. Plain data. */
export interface RawComment {
  platform: PlatformId;
  /** Stable id on the platform (or a hash of author + text + position when the platform has none). */
  id: string;
  author: string;
  text: string;
  /**
   * When the comment was posted, ISO 8601: what the page gives, or (see `withPublished`) its
   * relative time resolved against when it was read.
   */
  publishedAt?: string;
  /** How uncertain `publishedAt` is, in ms: 0 when the page gave the time, an hour for "2 h ago". */
  publishedWithinMs?: number;
  /** Relative time as shown ("2 h ago", "3 dni temu") when that is all the page gives. */
  relativeTime?: string;
  permalink?: string;
  /** Id of the comment this one replies to; absent for top-level comments. */
  parentId?: string;
  /** 0 for top-level comments. */
  depth: number;
  likes?: number;
  /** Id of the top-level comment of this comment's thread (its own id when top-level). */
  threadId: string;
  /** True when the platform shows the comment as deleted/removed. */
  deleted?: boolean;
}

/** A selector or a fallback chain of selectors, tried in order. */
export type SelectorChain = string | readonly string[];

/**
 * One platform. Adapters are declarative: selectors plus small pure functions over a DOM root.
 * Observing, scoring, highlighting and messaging live once in `lib/content`.
 */
export interface PlatformAdapter {
  id: PlatformId;
  label: string;
  /** Match patterns for the content script (must be covered by lib/platforms/hosts.ts). */
  matches: string[];
  /** Real URLs of pages this adapter handles, for manual checks. */
  testUrls: string[];
  selectors: Record<string, SelectorChain>;
  /**
   * Names (keys of `selectors`) of the selectors that find the comment root and the comments,
   * logged when a comment page shows no comments. Default `root` and `comment`.
   */
  health?: { root: string; comment: string };
  /** Is this URL a page that can have comments (a post, a video)? */
  isCommentPage(url: URL): boolean;
  /** The narrowest stable containers holding comments, to observe. [] when none on the page. */
  findRoots(doc: Document): Element[];
  /** The comment elements at or inside `node`. */
  findComments(node: ParentNode): Element[];
  /** Read one comment element; null when it is not a readable comment (e.g. a placeholder). */
  readComment(el: Element, pageUrl: string): RawComment | null;
  /** The element a badge is placed after (e.g. the author line); defaults to the comment. */
  badgeAnchor?(el: Element): Element | null;
  /** The comment's reply field when it is open, else null. */
  findReplyField(el: Element): HTMLElement | null;
  /** The button that opens the comment's reply field, else null. */
  findReplyButton?(el: Element): HTMLElement | null;
  /**
   * True when the page says it has comments that are not in it yet (a placeholder the site fills
   * after load): shown as "not loaded yet", not as "no comments".
   */
  commentsPending?(doc: Document): boolean;
  /**
   * The selectors in use on this page when they depend on it (the generic reader's strategy),
   * for the health report; `selectors` otherwise.
   */
  activeSelectors?(doc: Document): { name: string; selectors: Record<string, SelectorChain> } | null;
  /** "Load more" / "more replies" controls currently on the page (never clicked automatically). */
  findLoadMore?(root: ParentNode): Element[];
  /**
   * The id a comment read on `pageUrl` is stored under, when the page's own id is not unique
   * across the adapter's sites (the generic reader: docs/RELIABILITY.md H2). Applied by the
   * scanner to the comment's id, parent id and thread id; default: the id as read.
   */
  scopeId?(id: string, pageUrl: string): string;
}
