import type { StormwatchDB } from '@/lib/db/schema';
import { DbProvider } from '@/components/DbContext';
import { DbGate } from '@/components/DbGate';
import { ErrorBoundary } from '@/components/ErrorBoundary';
import { translate, type UiLanguage } from '@/lib/i18n';
import { LangProvider } from '@/lib/i18n/react';
import { App } from './App';
import { StorageNotice } from './StorageNotice';
import { IntakeNotice } from './IntakeNotice';

/**
 * The side panel from its root: the database gate, then the panel. A panel opened while the disk
 * is full may never open the database, so the storage warning and the "Not stored" counts, which
 * need no database, show above the gate's screens too (docs/RELIABILITY.md H7); once it is open
 * the panel shows its own, in the chosen language.
 */
export function PanelRoot({ db, lang }: { db: StormwatchDB; lang: UiLanguage }) {
  return (
    <ErrorBoundary
      fallback={(error, retry) => (
        <div role="alert">
          <p>Stormwatch: {error.message}</p>
          <button type="button" onClick={retry}>
            {translate(lang, 'error_retry')}
          </button>
        </div>
      )}
    >
      {/* The settings (and the chosen UI language) live in the database: before it is open, the browser's language. */}
      <LangProvider lang={lang}>
        <DbGate
          db={db}
          notices={
            <>
              <StorageNotice lang={lang} />
              <IntakeNotice lang={lang} />
            </>
          }
        >
          <DbProvider db={db}>
            <App />
          </DbProvider>
        </DbGate>
      </LangProvider>
    </ErrorBoundary>
  );
}
