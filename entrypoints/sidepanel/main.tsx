import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { DbProvider } from '@/components/DbContext';
import { DbGate } from '@/components/DbGate';
import { ErrorBoundary } from '@/components/ErrorBoundary';
import { db } from '@/lib/db/db';
import { resolveLanguage } from '@/lib/i18n/strings';
import { App } from './App';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <ErrorBoundary fallback={(error, retry) => (
      <div role="alert">
        <p>Stormwatch: {error.message}</p>
        <button type="button" onClick={retry}>Retry / Spróbuj ponownie</button>
      </div>
    )}>
      {/* The settings (and the chosen UI language) live in the database: before it is open, the browser's language. */}
      <DbGate db={db} lang={resolveLanguage('auto', navigator.language)}>
        <DbProvider db={db}>
          <App />
        </DbProvider>
      </DbGate>
    </ErrorBoundary>
  </StrictMode>,
);
