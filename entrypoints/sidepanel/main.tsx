import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { DbProvider } from '@/components/DbContext';
import { ErrorBoundary } from '@/components/ErrorBoundary';
import { db } from '@/lib/db/db';
import { App } from './App';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <ErrorBoundary fallback={(error, retry) => (
      <div role="alert">
        <p>Stormwatch: {error.message}</p>
        <button type="button" onClick={retry}>Retry / Spróbuj ponownie</button>
      </div>
    )}>
      <DbProvider db={db}>
        <App />
      </DbProvider>
    </ErrorBoundary>
  </StrictMode>,
);
