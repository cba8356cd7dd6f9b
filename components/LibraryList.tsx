import { useState } from 'react';
import { TONES, type ReplyTemplate } from '@/lib/library/types';
import { useT } from '@/lib/i18n/react';
import { categoryName, languageName, templateStatusName, toneName } from '@/lib/i18n/names';
import { DEFAULTS_APPROVER } from '@/lib/library/default-templates';
import { TEMPLATE_CATEGORIES } from '@/lib/library/types';

export interface LibraryListProps {
  templates: ReplyTemplate[];
  onEdit(t: ReplyTemplate): void;
  onDuplicate(t: ReplyTemplate): void;
  /** Left out where this user may not approve (an agent in a team: only leads approve). */
  onApprove?(t: ReplyTemplate): void;
  onRetire(t: ReplyTemplate): void;
  onDelete(t: ReplyTemplate): void;
}

/** The reply library with filters and per-template actions. */
export function LibraryList({ templates, onEdit, onDuplicate, onApprove, onRetire, onDelete }: LibraryListProps) {
  const tr = useT();
  const [q, setQ] = useState('');
  const [language, setLanguage] = useState('');
  const [status, setStatus] = useState('');
  const [tone, setTone] = useState('');
  const [category, setCategory] = useState('');
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
    <section aria-label={tr('library_label')}>
      <div className="filters">
        <input
          type="search"
          aria-label={tr('library_search')}
          value={q}
          onChange={(e) => setQ(e.target.value)}
          placeholder={tr('search_placeholder')}
        />
        <select aria-label={tr('language')} value={language} onChange={(e) => setLanguage(e.target.value)}>
          <option value="">{tr('any_language')}</option>
          <option value="pl">{tr('language_name_pl')}</option>
          <option value="en">{tr('language_name_en')}</option>
        </select>
        <select aria-label={tr('status_label')} value={status} onChange={(e) => setStatus(e.target.value)}>
          <option value="">{tr('any_status')}</option>
          <option value="approved">{tr('template_approved')}</option>
          <option value="draft">{tr('template_draft')}</option>
          <option value="retired">{tr('template_retired')}</option>
        </select>
        <select aria-label={tr('library_filter_tone')} value={tone} onChange={(e) => setTone(e.target.value)}>
          <option value="">{tr('any_tone')}</option>
          {TONES.map((x) => (
            <option key={x} value={x}>
              {toneName(tr, x)}
            </option>
          ))}
        </select>
        <select
          aria-label={tr('library_filter_category')}
          value={category}
          onChange={(e) => setCategory(e.target.value)}
        >
          <option value="">{tr('any_category')}</option>
          {TEMPLATE_CATEGORIES.map((x) => (
            <option key={x} value={x}>
              {categoryName(tr, x)}
            </option>
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
              {languageName(tr, t.language)} · {toneName(tr, t.tone)} ·{' '}
              {t.categories.map((c) => categoryName(tr, c)).join(', ')} · {templateStatusName(tr, t.status)}
              {t.approvedBy ? (
                <>
                  {' '}
                  (
                  <bdi>
                    {t.origin === 'default' && t.approvedBy === DEFAULTS_APPROVER
                      ? tr('approved_by_defaults')
                      : t.approvedBy}
                  </bdi>
                  )
                </>
              ) : (
                ''
              )}{' '}
              · {tr('uses', { count: t.usageCount })}
            </span>
            <div className="actions">
              <button type="button" onClick={() => onEdit(t)}>
                {tr('edit')}
              </button>
              <button type="button" onClick={() => onDuplicate(t)}>
                {tr('duplicate')}
              </button>
              {t.status !== 'approved' && onApprove ? (
                <button type="button" onClick={() => onApprove(t)}>
                  {tr('approve')}
                </button>
              ) : null}
              {t.status !== 'retired' ? (
                <button type="button" onClick={() => onRetire(t)}>
                  {tr('retire')}
                </button>
              ) : null}
              <button type="button" onClick={() => onDelete(t)}>
                {tr('delete')}
              </button>
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}
