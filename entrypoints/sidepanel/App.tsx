import { useCallback, useEffect, useState } from 'react';
import { useDb } from '@/components/DbContext';
import { ErrorBoundary } from '@/components/ErrorBoundary';
import { ScreenTabs } from '@/components/ScreenTabs';
import { ShortcutsHelp } from '@/components/ShortcutsHelp';
import { TabNotice } from '@/components/TabNotice';
import { PageHealth } from '@/components/PageHealth';
import { sendToPage } from '@/lib/messaging/tab-channel';
import { HostAccess, useMissingHosts } from '@/components/HostAccess';
import { installDefaultTemplates } from '@/lib/db/templates';
import { resolveLanguage, translate } from '@/lib/i18n';
import { LangProvider, useT } from '@/lib/i18n/react';
import { usePanelStore } from '@/lib/store';
import { useActiveTab, useNow, usePageFocus, useScreenShortcuts, useSettings } from './hooks';
import { messageOf, type MessageTone, type PanelEnv } from './env';
import { QueueScreen } from './QueueScreen';
import { RepliesScreen } from './RepliesScreen';
import { LibraryScreen } from './LibraryScreen';
import { DashboardScreen } from './DashboardScreen';
import { SettingsScreen } from './SettingsScreen';
import { BackupReminder } from './BackupReminder';
import { SpikeNotice } from './SpikeNotice';
import { IntakeNotice } from './IntakeNotice';
import { StorageNotice } from './StorageNotice';
import { useBackup } from './use-backup';
import { TeamContext, usePresence, useTeam } from '@/lib/team/use-team';
import { TeamStatus } from '@/components/TeamStatus';
import { FirstRunCard, useFirstRun } from '@/components/FirstRunCard';
import type { Screen } from '@/lib/store';

const NO_BRANDS: readonly string[] = [];
type Message = { text: string; tone: MessageTone };

/** The message line under the notices: success, warning and error look different and can be dismissed. */
function PanelMessage({ message, onDismiss }: { message: Message; onDismiss(): void }) {
  const t = useT();
  return (
    <p className={`message ${message.tone}`} role={message.tone === 'success' ? 'status' : 'alert'}>
      <span>
        <span className="tone">{t(`tone_${message.tone}`)}: </span>
        {message.text}
      </span>{' '}
      <button type="button" aria-label={t('dismiss_message')} onClick={onDismiss}>
        ✕
      </button>
    </p>
  );
}

/** Notices about the page, storage, intake, a spike and backups, shown above every screen. */
function PanelNotices({ env, screen, onBackup }: { env: PanelEnv; screen: Screen; onBackup(): void }) {
  const { lang, settings, tab, now, say } = env;
  const hosts = useMissingHosts();
  const screenOpened = usePanelStore((s) => s.screenOpened);
  return (
    <>
      <HostAccess missing={hosts.missing} onGrant={() => void hosts.grant().catch((e: unknown) => say(messageOf(e)))} />
      <TabNotice state={tab} />
      <StorageNotice lang={lang} />
      <IntakeNotice lang={lang} />
      {tab?.kind === 'ready' ? <PageHealth key={tab.tabId} load={() => sendToPage(tab, 'pageHealth', {})} /> : null}
      {screen === 'dashboard' ? null : (
        <SpikeNotice
          now={now}
          brands={settings?.brands ?? NO_BRANDS}
          agent={settings?.agentName.trim() || undefined}
          onOpen={() => screenOpened('dashboard')}
          onError={(e) => say(messageOf(e, lang))}
        />
      )}
      <BackupReminder now={now} onBackup={onBackup} />
    </>
  );
}

/** The open screen, behind an error boundary of its own (one failing screen leaves the others usable). */
function ScreenBody({ env, screen, onBackup }: { env: PanelEnv; screen: Screen; onBackup(): void }) {
  const t = useT();
  return (
    <div id="screen" className="screen" role="tabpanel" aria-labelledby={`tab-${screen}`}>
      <ErrorBoundary
        key={screen}
        fallback={(error, retry) => (
          <div role="alert" className="message">
            <p>{t('error_title')}</p>
            <p>
              <bdi>{error.message}</bdi>
            </p>
            <button type="button" onClick={retry}>
              {t('error_retry')}
            </button>
          </div>
        )}
      >
        {screen === 'queue' ? <QueueScreen env={env} /> : null}
        {screen === 'replies' ? <RepliesScreen env={env} /> : null}
        {screen === 'library' ? <LibraryScreen agent={env.settings?.agentName ?? ''} say={env.say} /> : null}
        {screen === 'dashboard' ? <DashboardScreen env={env} /> : null}
        {screen === 'settings' ? <SettingsScreen env={env} onBackup={onBackup} /> : null}
      </ErrorBoundary>
    </div>
  );
}

/** The panel's environment: language, settings, active tab, clock and the message line. */
function usePanelEnv() {
  const settings = useSettings();
  const tab = useActiveTab();
  const now = useNow();
  const [message, setMessage] = useState<Message | null>(null);
  const say = useCallback((text: string, tone: MessageTone = 'error') => setMessage({ text, tone }), []);
  const lang = resolveLanguage(settings?.uiLanguage ?? 'auto', navigator.language);
  const env: PanelEnv = { lang, settings, tab, now, say };
  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);
  return { env, message, clearMessage: () => setMessage(null) };
}

/** The side panel: five screens (Queue, Replies, Library, Dashboard, Settings) under one shell. */
export function App() {
  const db = useDb();
  const screen = usePanelStore((s) => s.screen);
  const screenOpened = usePanelStore((s) => s.screenOpened);
  const shortcutsOpen = usePanelStore((s) => s.shortcutsOpen);
  const shortcutsToggled = usePanelStore((s) => s.shortcutsToggled);
  const { env, message, clearMessage } = usePanelEnv();
  const { lang, settings, say } = env;
  const { backup } = useBackup(env);
  const onBackup = () => void backup();
  // Team mode (opt-in): without a team this reads one storage key and loads no sync code.
  const teamError = useCallback((e: unknown) => say(messageOf(e)), [say]);
  const team = useTeam(db, teamError);
  const selectedKey = usePanelStore((s) => s.selectedKey);
  usePresence(team.client, selectedKey, screen === 'replies');
  useScreenShortcuts();
  usePageFocus();
  // On Settings the form itself holds the same fields.
  const firstRun = useFirstRun(settings) && screen !== 'settings';
  useEffect(() => {
    // Idempotent: a worker stopped during onInstalled cannot leave the library empty.
    installDefaultTemplates(db, Date.now()).catch((e: unknown) => say(messageOf(e)));
  }, [db, say]);

  return (
    <TeamContext.Provider value={team}>
      <LangProvider lang={lang}>
        <main className="panel" data-lang={lang}>
          <h1 className="visually-hidden">{translate(lang, 'panel_title')}</h1>
          <ScreenTabs screen={screen} onOpen={screenOpened} onHelp={() => shortcutsToggled()} />
          {team.config ? <TeamStatus config={team.config} snapshot={team.snapshot} /> : null}
          {firstRun && settings ? (
            <FirstRunCard
              settings={settings}
              onSaved={(s) =>
                say(translate(resolveLanguage(s.uiLanguage, navigator.language), 'settings_saved'), 'success')
              }
              onError={(e) => say(messageOf(e, lang))}
            />
          ) : null}
          <PanelNotices env={env} screen={screen} onBackup={onBackup} />
          {message ? <PanelMessage message={message} onDismiss={clearMessage} /> : null}
          {shortcutsOpen ? <ShortcutsHelp onClose={() => shortcutsToggled(false)} /> : null}
          <ScreenBody env={env} screen={screen} onBackup={onBackup} />
        </main>
      </LangProvider>
    </TeamContext.Provider>
  );
}
