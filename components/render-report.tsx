import { renderToStaticMarkup } from 'react-dom/server';
import type { ReportData } from '@/lib/export/report-data';
import { CrisisReport, REPORT_CSS } from './CrisisReport';

/** The crisis report as a standalone HTML document (React escapes every text). */
export function renderReportHtml(data: ReportData, lang: 'pl' | 'en', brand?: string): string {
  const body = renderToStaticMarkup(<CrisisReport data={data} lang={lang} brand={brand} />);
  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>Stormwatch</title><style>${REPORT_CSS}</style></head><body>${body}</body></html>`;
}
