import { browser } from 'wxt/browser';
import type { TabState } from '@/lib/messaging/tab-channel';
import { sendMessage } from '@/lib/messaging/protocol';
import { adapterForUrl, platformLabel } from '@/lib/platforms/index';
import { SiteAccess } from './SiteAccess';

const request = (origin: string) => browser.permissions.request({ origins: [origin] });
const enable = (tabId: number, always: boolean) => sendMessage('enableSite', { tabId, always });

/** What Stormwatch is doing on the active tab, in words; nothing when all is well. */
export function TabNotice({ state, lang }: { state: TabState | undefined; lang: 'pl' | 'en' }) {
  const pl = lang === 'pl';
  if (!state) return null;
  let text: string | null = null;
  const supported = state.kind === 'unsupported' && !!state.url && !!adapterForUrl(state.url);
  // A site without an adapter: offer to read it (the extension's own pages are not sites).
  if (state.kind === 'unsupported' && state.tabId !== undefined && !supported && !state.url?.startsWith(browser.runtime.getURL('/'))) {
    return <SiteAccess tabId={state.tabId} url={state.url} lang={lang} request={request} enable={enable} />;
  }
  // A platform tab opened before Stormwatch was installed or updated has no content script yet.
  if (supported) text = pl ? 'Odśwież kartę, aby zacząć skanowanie.' : 'Reload this tab to start scanning.';
  else if (state.kind === 'unsupported') text = pl ? 'Ta strona nie jest obsługiwaną platformą (albo odśwież kartę, aby zacząć skanowanie).' : 'This page is not a supported platform (or reload the tab to start scanning).';
  else if (state.kind === 'needsReload') text = pl ? 'Odśwież kartę, aby zacząć skanowanie.' : 'Reload this tab to start scanning.';
  else if (state.status.state === 'noComments')
    text = pl
      ? `Nie rozpoznano tu komentarzy (${platformLabel(state.status.platform)}). Możesz podać własne selektory w Ustawieniach → Inne strony.`
      : `Comments not recognised here (${platformLabel(state.status.platform)}). You can give your own selectors in Settings → Other sites.`;
  else if (state.status.state === 'commentsLoading')
    text = pl
      ? `Komentarze nie są jeszcze wczytane (${platformLabel(state.status.platform)}). Zostaną przeczytane, gdy strona je pokaże.`
      : `Comments are not loaded yet (${platformLabel(state.status.platform)}). They are read as soon as the page shows them.`;
  else if (state.status.state === 'disabled') text = pl ? `Skanowanie wyłączone dla ${state.status.platform}.` : `Scanning is off for ${state.status.platform}.`;
  else if (state.status.state === 'notCommentPage') text = pl ? 'Otwórz post lub film, aby zobaczyć komentarze.' : 'Open a post or video to see its comments.';
  if (!text) return null;
  return (
    <p className="notice" role="status">
      {text}
    </p>
  );
}
