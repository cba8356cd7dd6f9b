import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback, useEffect, useState } from 'react';
import { storage } from '#imports';
import { db } from '@/lib/db/db';
import { changeStatus, listFlagged } from '@/lib/db/items';
import type { ItemStatus } from '@/lib/db/types';
import { usePanelStore } from '@/lib/store';
import { settingsItem, withDefaults, type Settings } from '@/lib/settings';
import { resolveLanguage } from '@/lib/i18n/strings';
import { activeTabState, sendToPage, type TabState } from '@/lib/messaging/tab-channel';
import { QueueList } from '@/components/QueueList';
import { QueueFilters } from '@/components/QueueFilters';
import { ItemDetail } from '@/components/ItemDetail';
import { SettingsForm } from '@/components/SettingsForm';
import { TabNotice } from '@/components/TabNotice';
import { ExportBar } from '@/components/ExportBar';
import { useExport } from './use-export';
import { useReplies } from './use-replies';
import { ReplySuggestions } from '@/components/ReplySuggestions';
import { installDefaultTemplates } from '@/lib/db/templates';
import { LibraryScreen } from './LibraryScreen';
import { DashboardScreen } from './DashboardScreen';
import { BackupControls } from '@/components/BackupControls';
import { backupOverdue, createBackup, restoreBackup } from '@/lib/db/backup';
import { download } from '@/lib/export/download';
import { useKeyboard, useNow } from './hooks';

/** The side panel: the queue of flagged items and the settings. */
export function App() {
  const screen = usePanelStore((s) => s.screen);
  const screenOpened = usePanelStore((s) => s.screenOpened);
  const filter = usePanelStore((s) => s.filter);
  const filterChanged = usePanelStore((s) => s.filterChanged);
  const scope = usePanelStore((s) => s.scope);
  const scopeChanged = usePanelStore((s) => s.scopeChanged);
  const selectedKey = usePanelStore((s) => s.selectedKey);
  const itemSelected = usePanelStore((s) => s.itemSelected);
  const [settings, setSettings] = useState<Settings | null>(null);
  const [tab, setTab] = useState<TabState>();
  const [message, setMessage] = useState<string | null>(null);
  const now = useNow();

  useEffect(() => {
    void settingsItem.getValue().then((s) => setSettings(withDefaults(s)));
    const unwatch = settingsItem.watch((s) => setSettings(withDefaults(s)));
    // ?tab=<id> pins the panel to one tab (a panel opened as its own window or tab).
    const pinned = Number(new URLSearchParams(location.search).get('tab')) || undefined;
    const refresh = () => void activeTabState(pinned).then(setTab);
    refresh();
    const id = setInterval(refresh, 3_000);
    // A badge clicked in the page selects its item here.
    const offFocus = storage.watch<{ itemKey: string } | null>('session:panel-focus', (v) => {
      if (v?.itemKey) {
        screenOpened('queue');
        itemSelected(v.itemKey);
      }
    });
    void storage.getItem<{ itemKey: string }>('session:panel-focus').then((v) => v?.itemKey && itemSelected(v.itemKey));
    return () => {
      unwatch();
      offFocus();
      clearInterval(id);
    };
  }, [itemSelected, screenOpened]);

  const tabId = tab?.kind === 'ready' ? tab.tabId : undefined;
  const query = { ...filter, tabId: scope === 'tab' ? (tabId ?? -1) : undefined };
  const items = useLiveQuery(() => listFlagged(db, query), [JSON.stringify(query)]);
  const selected = items?.find((i) => i.key === selectedKey);
  const thread = useLiveQuery(() => (selected ? db.threads.get(selected.threadKey) : undefined), [selected?.threadKey]);
  const lang = resolveLanguage(settings?.uiLanguage ?? 'auto', navigator.language);
  const pl = lang === 'pl';

  const focus = useCallback(
    async (commentId: string) => {
      const r = tab ? await sendToPage(tab, 'focusComment', { commentId }) : null;
      if (!r?.found) setMessage(pl ? 'Tego komentarza nie ma na stronie w aktywnej karcie.' : 'This comment is not on the page in the active tab.');
    },
    [tab, pl],
  );
  useKeyboard(items, selectedKey, itemSelected, (key) => {
    const it = items?.find((i) => i.key === key);
    if (it) void focus(it.commentId);
  });

  const overdue = useLiveQuery(() => backupOverdue(db, now), [now]);
  const backup = () =>
    createBackup(db, settings, Date.now()).then(
      (text) => download(document, [text], `stormwatch-backup-${new Date().toISOString().slice(0, 10)}.json`, 'application/json'),
      (e: unknown) => setMessage(String(e)),
    );
  const restore = (file: File) =>
    restoreBackup(db, file).then(
      (s) => {
        if (s) void settingsItem.setValue(withDefaults(s));
        setMessage(pl ? 'Przywrócono kopię zapasową.' : 'Backup restored.');
      },
      (e: unknown) => setMessage(e instanceof Error ? e.message : String(e)),
    );
  const exporter = useExport(items, setMessage, lang, settings?.brands[0]);
  const replies = useReplies(selected, settings, tab, setMessage, pl);
  useEffect(() => {
    // Idempotent: a worker stopped during onInstalled cannot leave the library empty.
    installDefaultTemplates(db, Date.now()).catch((e: unknown) => setMessage(String(e)));
  }, []);

  const setStatus = (status: ItemStatus, note?: string) => {
    if (!selected) return;
    const agent = settings?.agentName || undefined;
    changeStatus(db, selected.key, status, { agent, note, now: Date.now() }).catch((e: unknown) => setMessage(String(e)));
  };
  const falsePositive = (kind: 'phrase' | 'author', value: string) => {
    if (!settings || !selected) return;
    const next = kind === 'phrase' ? { ...settings, ignoredPhrases: [...new Set([...settings.ignoredPhrases, value])] } : { ...settings, ignoredAuthors: [...new Set([...settings.ignoredAuthors, value])] };
    void settingsItem.setValue(next);
    setStatus('dismissed');
  };

  return (
    <main className="panel" data-lang={lang}>
      <nav className="tabs" role="tablist" aria-label="Stormwatch">
        <button role="tab" aria-selected={screen === 'queue'} onClick={() => screenOpened('queue')}>
          {pl ? 'Kolejka' : 'Queue'}
          {items ? ` (${items.length})` : ''}
        </button>
        <button role="tab" aria-selected={screen === 'library'} onClick={() => screenOpened('library')}>
          {pl ? 'Biblioteka' : 'Library'}
        </button>
        <button role="tab" aria-selected={screen === 'dashboard'} onClick={() => screenOpened('dashboard')}>
          {pl ? 'Pulpit' : 'Dashboard'}
        </button>
        <button role="tab" aria-selected={screen === 'settings'} onClick={() => screenOpened('settings')}>
          {pl ? 'Ustawienia' : 'Settings'}
        </button>
      </nav>
      <TabNotice state={tab} lang={lang} />
      {overdue ? (
        <p className="notice" role="status">
          {pl ? 'Biblioteka zmieniła się ponad tydzień temu i nie ma jej kopii zapasowej.' : 'The library changed over a week ago and has not been backed up.'}{' '}
          <button type="button" onClick={() => void backup()}>
            {pl ? 'Zapisz kopię' : 'Back up now'}
          </button>
        </p>
      ) : null}
      {message ? (
        <p className="message" role="alert" onClick={() => setMessage(null)}>
          {message}
        </p>
      ) : null}
      {screen === 'dashboard' ? (
        <DashboardScreen lang={lang} />
      ) : screen === 'library' ? (
        <LibraryScreen lang={lang} agent={settings?.agentName ?? ''} say={setMessage} />
      ) : screen === 'settings' && settings ? (
        <>
          <SettingsForm key={JSON.stringify(settings)} settings={settings} lang={lang} onSave={(s) => void settingsItem.setValue(s)} />
          <BackupControls lang={lang} onBackup={() => void backup()} onRestore={(f) => void restore(f)} />
        </>
      ) : (
        <>
          <QueueFilters filter={filter} scope={scope} lang={lang} onChange={filterChanged} onScope={scopeChanged} />
          <ExportBar lang={lang} count={items?.length ?? 0} progress={exporter.progress} onExport={exporter.start} onCancel={exporter.cancel} />
          {items === undefined ? (
            <p role="status">{pl ? 'Wczytywanie…' : 'Loading…'}</p>
          ) : items.length === 0 ? (
            <p role="status">{pl ? 'Brak oznaczonych komentarzy.' : 'No flagged comments yet.'}</p>
          ) : (
            <QueueList items={items} selectedKey={selectedKey} now={now} lang={lang} onSelect={itemSelected} />
          )}
          {selected ? (
            <div className="selected-pane">
            <ItemDetail
              key={selected.key}
              item={selected}
              thread={thread}
              lang={lang}
              onStatus={setStatus}
              onFocus={() => void focus(selected.commentId)}
              onFalsePositive={falsePositive}
            />
            <ReplySuggestions
              suggestions={replies.suggestions}
              previews={replies.previews}
              lang={lang}
              ticket={replies.ticket}
              busy={replies.busy}
              awaitingSent={replies.awaitingSent}
              onSent={() => void replies.sent()}
              onTicket={replies.setTicket}
              onInsert={(id, text, mode) => void replies.insert(id, text, mode)}
              onCopy={(id, text) => void replies.copy(id, text)}
            />
            </div>
          ) : null}
        </>
      )}
    </main>
  );
}

