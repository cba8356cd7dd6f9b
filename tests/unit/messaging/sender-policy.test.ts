import { describe, expect, test } from 'vitest';
import { isAllowed, senderKind } from '@/lib/messaging/sender-policy';
import type { MessageType } from '@/lib/messaging/protocol';

const ID = 'abcdefghijklmnop';
const ORIGIN = `chrome-extension://${ID}/`;

describe('senderKind', () => {
  test.each([
    [{ id: ID, url: `${ORIGIN}sidepanel.html` }, 'extensionPage'],
    [{ id: ID, url: `${ORIGIN}demo.html`, tab: { id: 3 } }, 'extensionPage'],
    [{ id: ID, url: 'https://www.youtube.com/watch?v=x', tab: { id: 3 } }, 'contentScript'],
    [{ id: 'other-extension', url: 'https://www.youtube.com/', tab: { id: 3 } }, 'foreign'],
    [{ id: 'other-extension', url: `chrome-extension://other-extension/x.html` }, 'foreign'],
    [{ id: ID }, 'foreign'],
    [{}, 'foreign'],
  ] as const)('%o → %s', (sender, kind) => {
    expect(senderKind(sender, ID, ORIGIN)).toBe(kind);
  });
});

describe('isAllowed', () => {
  const table: Array<[MessageType, 'extensionPage' | 'contentScript' | 'foreign', boolean]> = [
    ['scoreComments', 'contentScript', true],
    ['scoreComments', 'extensionPage', true],
    ['scoreComments', 'foreign', false],
    ['commentsObserved', 'contentScript', true],
    ['commentsObserved', 'extensionPage', true],
    ['commentsObserved', 'foreign', false],
    ['pageStatus', 'contentScript', true],
    ['pageStatus', 'foreign', false],
    ['openPanel', 'contentScript', true],
    ['openPanel', 'foreign', false],
    ['getTabStatus', 'extensionPage', true],
    ['getTabStatus', 'contentScript', false],
    ['focusComment', 'extensionPage', true],
    ['focusComment', 'contentScript', false],
    ['insertReply', 'extensionPage', true],
    ['insertReply', 'contentScript', false],
    ['insertReply', 'foreign', false],
    ['previewSelectors', 'extensionPage', true],
    ['previewSelectors', 'contentScript', false],
    ['enableSite', 'extensionPage', true],
    ['enableSite', 'contentScript', false],
    ['enableSite', 'foreign', false],
  ];
  test.each(table)('%s from %s → %s', (type, kind, allowed) => {
    expect(isAllowed(type, kind)).toBe(allowed);
  });
});
