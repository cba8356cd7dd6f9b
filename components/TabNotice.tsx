import { browser } from 'wxt/browser';
import type { TabState } from '@/lib/messaging/tab-channel';
import { sendMessage } from '@/lib/messaging/protocol';
import { adapterForUrl } from '@/lib/platforms/index';
import { useT } from '@/lib/i18n/react';
import { platformName } from '@/lib/i18n/names';
import { SiteAccess } from './SiteAccess';

const request = (origin: string) => browser.permissions.request({ origins: [origin] });
const enable = (tabId: number, always: boolean) => sendMessage('enableSite', { tabId, always });

/** What Stormwatch is doing on the active tab, in words; nothing when all is well. */
export function TabNotice({ state }: { state: TabState | undefined }) {
  const t = useT();
  if (!state) return null;
  let text: string | null = null;
  const supported = state.kind === 'unsupported' && !!state.url && !!adapterForUrl(state.url);
  // A site without an adapter: offer to read it (the extension's own pages are not sites).
  if (
    state.kind === 'unsupported' &&
    state.tabId !== undefined &&
    !supported &&
    !state.url?.startsWith(browser.runtime.getURL('/'))
  ) {
    return <SiteAccess tabId={state.tabId} url={state.url} request={request} enable={enable} />;
  }
  // A platform tab opened before Stormwatch was installed or updated has no content script yet.
  if (supported) text = t('tab_reload');
  else if (state.kind === 'unsupported') text = t('tab_unsupported');
  else if (state.kind === 'needsReload') text = t('tab_reload');
  else if (state.status.state === 'noComments')
    text = t('tab_no_comments', { platform: platformName(t, state.status.platform) });
  else if (state.status.state === 'commentsLoading')
    text = t('tab_comments_loading', { platform: platformName(t, state.status.platform) });
  else if (state.status.state === 'disabled')
    text = t('tab_disabled', { platform: platformName(t, state.status.platform) });
  else if (state.status.state === 'notCommentPage') text = t('tab_not_comment_page');
  if (!text) return null;
  return (
    <p className="notice" role="status">
      {text}
    </p>
  );
}
