import type { Page } from 'playwright-core';

/** One platform fixture as the end-to-end suite drives it (one file per platform in this folder). */
export interface PlatformCase {
  name: string;
  /** Fixture path under tests/fixtures. */
  fixture: string;
  /** The real URL the fixture is served at (routed; nothing leaves the machine). */
  url: string;
  /** Selector of a comment element by its id. */
  byId(id: string): string;
  /** Ids of comments that must be flagged, and of comments that must not be. */
  risky: string[];
  calm: string[];
  /** Text of a flagged comment that must show up in the side panel's queue. */
  panelText: string;
  /** A comment whose reply field is open in the fixture (or opens with its Reply button). */
  replyTo: string;
  /** Append a risky comment the way the platform's "load more" would. */
  append(page: Page): Promise<void>;
  appendedId: string;
  /**
   * Virtualised lists only: make the node of a flagged comment show another, calm comment (as the
   * platform reuses nodes while scrolling). The node must lose the flag, and the flagged comment
   * recorded when it appeared must stay in the panel's queue.
   */
  recycle?: { run(page: Page): Promise<void>; fromId: string; fromPanelText: string; toId: string };
}
