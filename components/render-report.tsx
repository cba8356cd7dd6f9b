import { renderToStaticMarkup } from 'react-dom/server';
import type { ReportData } from '@/lib/export/report-data';
import { translate, type UiLanguage } from '@/lib/i18n';
import { LangProvider } from '@/lib/i18n/react';
import { CrisisReport, REPORT_CSS } from './CrisisReport';

const escapeHtml = (s: string) => s.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);

/** The crisis report as a standalone HTML document (React escapes every text). */
export function renderReportHtml(data: ReportData, lang: UiLanguage, brand?: string): string {
  const body = renderToStaticMarkup(
    <LangProvider lang={lang}>
      <CrisisReport data={data} brand={brand} />
    </LangProvider>,
  );
  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>${escapeHtml(translate(lang, 'report_html_title'))}</title><style>${REPORT_CSS}</style></head><body>${body}</body></html>`;
}
