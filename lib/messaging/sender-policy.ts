/**
 * Who may send what (docs/RELIABILITY.md F4). Pure: the router classifies the sender and asks here.
 * Content scripts may only report what they observed; privileged actions come from extension pages.
 */
import type { MessageType } from './protocol';

export type SenderKind = 'extensionPage' | 'contentScript' | 'foreign';

export interface SenderLike {
  id?: string;
  url?: string;
  tab?: { id?: number };
}

/** Classify a runtime message sender. */
export function senderKind(sender: SenderLike, extensionId: string, extensionOrigin: string): SenderKind {
  if (sender.id !== extensionId) return 'foreign';
  if (sender.url && sender.url.startsWith(extensionOrigin)) return 'extensionPage';
  if (sender.tab) return 'contentScript';
  return 'foreign';
}

const POLICY: Record<MessageType, readonly SenderKind[]> = {
  scoreComments: ['contentScript', 'extensionPage'],
  commentsObserved: ['contentScript', 'extensionPage'],
  pageStatus: ['contentScript', 'extensionPage'],
  openPanel: ['contentScript', 'extensionPage'],
  getTabStatus: ['extensionPage'],
  focusComment: ['extensionPage'],
  insertReply: ['extensionPage'],
  previewSelectors: ['extensionPage'],
  pageHealth: ['extensionPage'],
  enableSite: ['extensionPage'],
};

/** Is a message of this type allowed from this kind of sender? */
export function isAllowed(type: MessageType, kind: SenderKind): boolean {
  return POLICY[type].includes(kind);
}
