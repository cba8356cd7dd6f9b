import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { db } from '@/lib/db/db';
import { resolveLanguage } from '@/lib/i18n';
import { PanelRoot } from './PanelRoot';

// Before the database (and the chosen language) is open: the browser's language.
const lang = resolveLanguage('auto', navigator.language);

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <PanelRoot db={db} lang={lang} />
  </StrictMode>,
);
