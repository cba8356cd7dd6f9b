import { useState } from 'react';
import { TONES, type ReplyTemplate } from '@/lib/library/types';
import { pt } from '@/lib/i18n/panel';
import { TEMPLATE_CATEGORIES } from './TemplateEditor';

export interface LibraryListProps {
  templates: ReplyTemplate[];
  lang: 'pl' | 'en';
  onEdit(t: ReplyTemplate): void;
  onDuplicate(t: ReplyTemplate): void;
  /** Left out where this user may not approve (an agent in a team: only leads approve). */
  onApprove?(t: ReplyTemplate): void;
  onRetire(t: ReplyTemplate): void;
  onDelete(t: ReplyTemplate): void;
}

const STATUS = { draft: { en: 'draft', pl: 'szkic' }, approved: { en: 'approved', pl: 'zatwierdzony' }, retired: { en: 'retired', pl: 'wycofany' } } as const;

/** The reply library with filters and per-template actions. */
export function LibraryList({ templates, lang, onEdit, onDuplicate, onApprove, onRetire, onDelete }: LibraryListProps) {
  const [q, setQ] = useState('');
  const [language, setLanguage] = useState('');
  const [status, setStatus] = useState('');
  const [tone, setTone] = useState('');
  const [category, setCategory] = useState('');
  const pl = lang === 'pl';
  const needle = q.trim().toLowerCase();
  const shown = templates.filter(
    (t) =>
      (!language || t.language === language) &&
      (!status || t.status === status) &&
      (!tone || t.tone === tone) &&
      (!category || (t.categories as string[]).includes(category)) &&
      (!needle || `${t.title} ${t.body} ${t.categories.join(' ')} ${t.tags.join(' ')}`.toLowerCase().includes(needle)),
  );
  return (
    <section aria-label={pl ? 'Biblioteka odpowiedzi' : 'Reply library'}>
      <div className="filters">
        <input type="search" aria-label={pl ? 'Szukaj szablonów' : 'Search templates'} value={q} onChange={(e) => setQ(e.target.value)} placeholder={pl ? 'Szukaj…' : 'Search…'} />
        <select aria-label={pl ? 'Język' : 'Language'} value={language} onChange={(e) => setLanguage(e.target.value)}>
          <option value="">{pl ? 'Każdy język' : 'Any language'}</option>
          <option value="pl">Polski</option>
          <option value="en">English</option>
        </select>
        <select aria-label="Status" value={status} onChange={(e) => setStatus(e.target.value)}>
          <option value="">{pl ? 'Każdy status' : 'Any status'}</option>
          <option value="approved">{STATUS.approved[lang]}</option>
          <option value="draft">{STATUS.draft[lang]}</option>
          <option value="retired">{STATUS.retired[lang]}</option>
        </select>
        <select aria-label={pt(lang, 'library_filter_tone')} value={tone} onChange={(e) => setTone(e.target.value)}>
          <option value="">{pt(lang, 'any_tone')}</option>
          {TONES.map((x) => (
            <option key={x}>{x}</option>
          ))}
        </select>
        <select aria-label={pt(lang, 'library_filter_category')} value={category} onChange={(e) => setCategory(e.target.value)}>
          <option value="">{pt(lang, 'any_category')}</option>
          {TEMPLATE_CATEGORIES.map((x) => (
            <option key={x}>{x}</option>
          ))}
        </select>
      </div>
      <ul className="library">
        {shown.map((t) => (
          <li key={t.id} aria-label={t.title}>
            <strong>
              <bdi>{t.title}</bdi>
            </strong>{' '}
            <span className="meta">
              {t.language} · {t.tone} · {t.categories.join(', ')} · {STATUS[t.status][lang]}
              {t.approvedBy ? ` (${t.approvedBy})` : ''} · {pl ? 'użycia' : 'uses'}: {t.usageCount}
            </span>
            <div className="actions">
              <button type="button" onClick={() => onEdit(t)}>{pl ? 'Edytuj' : 'Edit'}</button>
              <button type="button" onClick={() => onDuplicate(t)}>{pl ? 'Duplikuj' : 'Duplicate'}</button>
              {t.status !== 'approved' && onApprove ? <button type="button" onClick={() => onApprove(t)}>{pl ? 'Zatwierdź' : 'Approve'}</button> : null}
              {t.status !== 'retired' ? <button type="button" onClick={() => onRetire(t)}>{pl ? 'Wycofaj' : 'Retire'}</button> : null}
              <button type="button" onClick={() => onDelete(t)}>{pl ? 'Usuń' : 'Delete'}</button>
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}
