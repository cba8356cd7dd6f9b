import { useState } from 'react';
import { TONES, type ReplyTemplate } from '@/lib/library/types';
import { useT } from '@/lib/i18n/react';
import { categoryName, languageName, templateStatusName, toneName } from '@/lib/i18n/names';
import { DEFAULTS_APPROVER } from '@/lib/library/default-templates';
import { TEMPLATE_CATEGORIES } from '@/lib/library/types';
import { NO_FILTER, filterTemplates, type LibraryFilter } from '@/lib/library/library-filter';

export interface LibraryListProps {
  templates: ReplyTemplate[];
  onEdit(t: ReplyTemplate): void;
  onDuplicate(t: ReplyTemplate): void;
  /** Left out where this user may not approve (an agent in a team: only leads approve). */
  onApprove?(t: ReplyTemplate): void;
  onRetire(t: ReplyTemplate): void;
  onDelete(t: ReplyTemplate): void;
}

/** Search and the language, status, tone and category filters. */
function LibraryFilters(props: { filter: LibraryFilter; onChange(k: keyof LibraryFilter, value: string): void }) {
  const { filter, onChange } = props;
  const tr = useT();
  const set = (k: keyof LibraryFilter) => (e: { target: { value: string } }) => onChange(k, e.target.value);
  return (
    <div className="filters">
      <input
        type="search"
        aria-label={tr('library_search')}
        value={filter.q}
        onChange={set('q')}
        placeholder={tr('search_placeholder')}
      />
      <select aria-label={tr('language')} value={filter.language} onChange={set('language')}>
        <option value="">{tr('any_language')}</option>
        <option value="pl">{tr('language_name_pl')}</option>
        <option value="en">{tr('language_name_en')}</option>
      </select>
      <select aria-label={tr('status_label')} value={filter.status} onChange={set('status')}>
        <option value="">{tr('any_status')}</option>
        <option value="approved">{tr('template_approved')}</option>
        <option value="draft">{tr('template_draft')}</option>
        <option value="retired">{tr('template_retired')}</option>
      </select>
      <select aria-label={tr('library_filter_tone')} value={filter.tone} onChange={set('tone')}>
        <option value="">{tr('any_tone')}</option>
        {TONES.map((x) => (
          <option key={x} value={x}>
            {toneName(tr, x)}
          </option>
        ))}
      </select>
      <select aria-label={tr('library_filter_category')} value={filter.category} onChange={set('category')}>
        <option value="">{tr('any_category')}</option>
        {TEMPLATE_CATEGORIES.map((x) => (
          <option key={x} value={x}>
            {categoryName(tr, x)}
          </option>
        ))}
      </select>
    </div>
  );
}

/** A template's language, tone, categories, status (with who approved it) and use count. */
function TemplateMeta({ t }: { t: ReplyTemplate }) {
  const tr = useT();
  return (
    <span className="meta">
      {languageName(tr, t.language)} · {toneName(tr, t.tone)} ·{' '}
      {t.categories.map((c) => categoryName(tr, c)).join(', ')} · {templateStatusName(tr, t.status)}
      {t.approvedBy ? (
        <>
          {' '}
          (
          <bdi>
            {t.origin === 'default' && t.approvedBy === DEFAULTS_APPROVER ? tr('approved_by_defaults') : t.approvedBy}
          </bdi>
          )
        </>
      ) : (
        ''
      )}{' '}
      · {tr('uses', { count: t.usageCount })}
    </span>
  );
}

/** One template with its actions. */
function LibraryRow({ t, ...on }: Omit<LibraryListProps, 'templates'> & { t: ReplyTemplate }) {
  const tr = useT();
  return (
    <li aria-label={t.title}>
      <strong>
        <bdi>{t.title}</bdi>
      </strong>{' '}
      <TemplateMeta t={t} />
      <div className="actions">
        <button type="button" onClick={() => on.onEdit(t)}>
          {tr('edit')}
        </button>
        <button type="button" onClick={() => on.onDuplicate(t)}>
          {tr('duplicate')}
        </button>
        {t.status !== 'approved' && on.onApprove ? (
          <button type="button" onClick={() => on.onApprove!(t)}>
            {tr('approve')}
          </button>
        ) : null}
        {t.status !== 'retired' ? (
          <button type="button" onClick={() => on.onRetire(t)}>
            {tr('retire')}
          </button>
        ) : null}
        <button type="button" onClick={() => on.onDelete(t)}>
          {tr('delete')}
        </button>
      </div>
    </li>
  );
}

/** The reply library with filters and per-template actions. */
export function LibraryList({ templates, ...actions }: LibraryListProps) {
  const tr = useT();
  const [filter, setFilter] = useState<LibraryFilter>(NO_FILTER);
  return (
    <section aria-label={tr('library_label')}>
      <LibraryFilters filter={filter} onChange={(k, v) => setFilter((f) => ({ ...f, [k]: v }))} />
      <ul className="library">
        {filterTemplates(templates, filter).map((t) => (
          <LibraryRow key={t.id} t={t} {...actions} />
        ))}
      </ul>
    </section>
  );
}
