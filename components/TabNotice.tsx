import type { TabState } from '@/lib/messaging/tab-channel';

/** What Stormwatch is doing on the active tab, in words; nothing when all is well. */
export function TabNotice({ state, lang }: { state: TabState | undefined; lang: 'pl' | 'en' }) {
  const pl = lang === 'pl';
  if (!state) return null;
  let text: string | null = null;
  if (state.kind === 'unsupported') text = pl ? 'Ta strona nie jest obsługiwaną platformą (albo odśwież kartę, aby zacząć skanowanie).' : 'This page is not a supported platform (or reload the tab to start scanning).';
  else if (state.kind === 'needsReload') text = pl ? 'Odśwież kartę, aby zacząć skanowanie.' : 'Reload this tab to start scanning.';
  else if (state.status.state === 'noComments') text = pl ? `Nie rozpoznano tu komentarzy (${state.status.platform}).` : `Comments not recognised here (${state.status.platform}).`;
  else if (state.status.state === 'disabled') text = pl ? `Skanowanie wyłączone dla ${state.status.platform}.` : `Scanning is off for ${state.status.platform}.`;
  else if (state.status.state === 'notCommentPage') text = pl ? 'Otwórz post lub film, aby zobaczyć komentarze.' : 'Open a post or video to see its comments.';
  if (!text) return null;
  return (
    <p className="notice" role="status">
      {text}
    </p>
  );
}
