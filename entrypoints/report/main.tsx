import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { ReportPage } from './ReportPage';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <ReportPage />
  </StrictMode>,
);
