/** The Library screen's filters: what the agent picked (empty: any) and the templates that match. Pure. */
import type { ReplyTemplate } from './types';

export interface LibraryFilter {
  /** Words looked for in the title, body, categories and tags (case-insensitive). */
  q: string;
  language: string;
  status: string;
  tone: string;
  category: string;
}

export const NO_FILTER: LibraryFilter = { q: '', language: '', status: '', tone: '', category: '' };

/** The templates the filter lets through, in their order. */
export function filterTemplates(templates: readonly ReplyTemplate[], f: LibraryFilter): ReplyTemplate[] {
  const needle = f.q.trim().toLowerCase();
  return templates.filter(
    (t) =>
      (!f.language || t.language === f.language) &&
      (!f.status || t.status === f.status) &&
      (!f.tone || t.tone === f.tone) &&
      (!f.category || (t.categories as string[]).includes(f.category)) &&
      (!needle || `${t.title} ${t.body} ${t.categories.join(' ')} ${t.tags.join(' ')}`.toLowerCase().includes(needle)),
  );
}
