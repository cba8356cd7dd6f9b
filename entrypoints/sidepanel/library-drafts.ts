/** New and duplicated templates as the Library screen starts them, and its export file name. Pure. */
import type { ReplyTemplate } from '@/lib/library/types';

/** A fresh user template id: the time and a random tail, so two started in one millisecond differ. */
export const newTemplateId = (now: number, random: () => number = Math.random) =>
  `user-${now.toString(36)}-${random().toString(36).slice(2, 7)}`;

/** An empty draft in the given language. */
export const blankTemplate = (lang: 'pl' | 'en', now: number, random?: () => number): ReplyTemplate => ({
  id: newTemplateId(now, random),
  title: '',
  body: '',
  language: lang,
  tone: 'empathetic',
  categories: [],
  tags: [],
  variables: [],
  status: 'draft',
  createdAt: now,
  updatedAt: now,
  usageCount: 0,
  origin: 'user',
});

/**
 * A copy of a template to edit as the user's own draft: a new id and the given title, no approval,
 * no use count. Times stay the original's until it is saved.
 */
export const duplicateTemplate = (t: ReplyTemplate, title: string, now: number, random?: () => number) => ({
  ...t,
  id: newTemplateId(now, random),
  title,
  status: 'draft' as const,
  approvedBy: undefined,
  approvedAt: undefined,
  origin: 'user' as const,
  usageCount: 0,
  lastUsedAt: undefined,
});

/** The export's file name, dated by the UTC day. */
export const libraryFileName = (now: Date) => `stormwatch-library-${now.toISOString().slice(0, 10)}.json`;
