import { useState } from 'react';
import type { SavedView } from '@/lib/db/saved-views';
import { MAX_VIEW_NAME } from '@/lib/db/saved-views';
import { useT } from '@/lib/i18n/react';

export interface SavedViewsProps {
  views: readonly SavedView[];
  onPick(view: SavedView): void;
  onSave(name: string): void;
  onDelete(name: string): void;
}

/** Name the current filters and sort, pick a saved view again, delete one. */
export function SavedViews({ views, onPick, onSave, onDelete }: SavedViewsProps) {
  const t = useT();
  const [chosen, setChosen] = useState('');
  const [name, setName] = useState('');
  const exists = views.some((v) => v.name === chosen);
  return (
    <div className="saved-views" role="group" aria-label={t('views_label')}>
      <select
        aria-label={t('views_pick')}
        value={exists ? chosen : ''}
        onChange={(e) => {
          const view = views.find((v) => v.name === e.target.value);
          setChosen(e.target.value);
          if (view) onPick(view);
        }}
      >
        <option value="">{t('views_none', { count: views.length })}</option>
        {views.map((v) => (
          <option key={v.name} value={v.name}>
            {v.name}
          </option>
        ))}
      </select>
      <button type="button" disabled={!exists} onClick={() => onDelete(chosen)}>
        {t('views_delete')}
      </button>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (!name.trim()) return;
          onSave(name.trim());
          setChosen(name.trim().slice(0, MAX_VIEW_NAME));
          setName('');
        }}
      >
        <input
          aria-label={t('views_name')}
          placeholder={t('views_name')}
          value={name}
          maxLength={MAX_VIEW_NAME}
          size={12}
          onChange={(e) => setName(e.target.value)}
        />{' '}
        <button type="submit" disabled={!name.trim()}>
          {t('views_save')}
        </button>
      </form>
    </div>
  );
}
