import { useState } from 'react';
import type { ImportPreview } from '@/lib/library/import-export';
import { useT } from '@/lib/i18n/react';

/**
 * What an import would add and change; each conflict: keep mine or take theirs. Templates of the
 * file that do not parse are listed, and then nothing can be imported (docs/RELIABILITY.md H3).
 */
export function ImportPreviewView({
  preview,
  onApply,
  onCancel,
}: {
  preview: ImportPreview;
  onApply(choices: Record<string, 'mine' | 'theirs'>): void;
  onCancel(): void;
}) {
  const [choices, setChoices] = useState<Record<string, 'mine' | 'theirs'>>({});
  const t = useT();
  return (
    <section className="import-preview" aria-label={t('import_label')}>
      <p>
        {t('import_new')}: {preview.added.length} · {t('import_changed')}: {preview.changed.length} ·{' '}
        {t('import_unchanged')}: {preview.unchanged}
      </p>
      {preview.problems.length > 0 ? (
        <div role="alert">
          <p>{t('import_problems', { count: preview.problems.length })}</p>
          <ul>
            {preview.problems.slice(0, 50).map((p) => (
              <li key={p.row}>
                <bdi>{t('import_problem_row', { row: p.row + 1, id: p.id ? ` (${p.id})` : '', reason: p.reason })}</bdi>
              </li>
            ))}
          </ul>
        </div>
      ) : (
        <p className="hint">{t('import_drafts')}</p>
      )}
      <ul>
        {preview.added.map((t) => (
          <li key={t.id}>
            + <bdi>{t.title}</bdi>
          </li>
        ))}
      </ul>
      {preview.changed.map(({ mine, theirs }) => (
        <fieldset key={mine.id}>
          <legend>
            <bdi>{mine.title}</bdi>
          </legend>
          <label>
            <input
              type="radio"
              name={mine.id}
              checked={(choices[mine.id] ?? 'mine') === 'mine'}
              onChange={() => setChoices({ ...choices, [mine.id]: 'mine' })}
            />{' '}
            {t('import_keep_mine')}
          </label>
          <label>
            <input
              type="radio"
              name={mine.id}
              checked={choices[mine.id] === 'theirs'}
              onChange={() => setChoices({ ...choices, [mine.id]: 'theirs' })}
            />{' '}
            {t('import_take_theirs')}
          </label>
          <p className="preview" dir="auto">
            {theirs.body}
          </p>
        </fieldset>
      ))}
      <button type="button" disabled={preview.problems.length > 0} onClick={() => onApply(choices)}>
        {t('import_apply')}
      </button>{' '}
      <button type="button" onClick={onCancel}>
        {t('cancel')}
      </button>
    </section>
  );
}
