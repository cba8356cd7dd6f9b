import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { DbProvider } from '@/components/DbContext';
import { DbGate } from '@/components/DbGate';
import { ErrorBoundary } from '@/components/ErrorBoundary';
import { db } from '@/lib/db/db';
import { resolveLanguage, translate } from '@/lib/i18n';
import { LangProvider } from '@/lib/i18n/react';
import { App } from './App';

// Before the database (and the chosen language) is open: the browser's language.
const lang = resolveLanguage('auto', navigator.language);

createRoot(document.getElementById('root')!).render(
  <StrictMode>
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
        <DbGate db={db}>
          <DbProvider db={db}>
            <App />
          </DbProvider>
        </DbGate>
      </LangProvider>
    </ErrorBoundary>
  </StrictMode>,
);
