import { useState } from 'react';
import type { ImportPreview } from '@/lib/library/import-export';
import { pt } from '@/lib/i18n/panel';

/**
 * What an import would add and change; each conflict: keep mine or take theirs. Templates of the
 * file that do not parse are listed, and then nothing can be imported (docs/RELIABILITY.md H3).
 */
export function ImportPreviewView({ preview, lang, onApply, onCancel }: { preview: ImportPreview; lang: 'pl' | 'en'; onApply(choices: Record<string, 'mine' | 'theirs'>): void; onCancel(): void }) {
  const [choices, setChoices] = useState<Record<string, 'mine' | 'theirs'>>({});
  const pl = lang === 'pl';
  return (
    <section className="import-preview" aria-label={pl ? 'Podgląd importu' : 'Import preview'}>
      <p>
        {pl ? 'Nowe' : 'New'}: {preview.added.length} · {pl ? 'Zmienione' : 'Changed'}: {preview.changed.length} · {pl ? 'Bez zmian' : 'Unchanged'}: {preview.unchanged}
      </p>
      {preview.problems.length > 0 ? (
        <div role="alert">
          <p>{pt(lang, 'import_problems', { count: preview.problems.length })}</p>
          <ul>
            {preview.problems.slice(0, 50).map((p) => (
              <li key={p.row}>
                <bdi>{pt(lang, 'import_problem_row', { row: p.row + 1, id: p.id ? ` (${p.id})` : '', reason: p.reason })}</bdi>
              </li>
            ))}
          </ul>
        </div>
      ) : (
        <p className="hint">{pt(lang, 'import_drafts')}</p>
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
            <input type="radio" name={mine.id} checked={(choices[mine.id] ?? 'mine') === 'mine'} onChange={() => setChoices({ ...choices, [mine.id]: 'mine' })} /> {pl ? 'Zostaw moją' : 'Keep mine'}
          </label>
          <label>
            <input type="radio" name={mine.id} checked={choices[mine.id] === 'theirs'} onChange={() => setChoices({ ...choices, [mine.id]: 'theirs' })} /> {pl ? 'Weź z pliku' : 'Take theirs'}
          </label>
          <p className="preview" dir="auto">
            {theirs.body}
          </p>
        </fieldset>
      ))}
      <button type="button" disabled={preview.problems.length > 0} onClick={() => onApply(choices)}>
        {pl ? 'Importuj' : 'Import'}
      </button>{' '}
      <button type="button" onClick={onCancel}>
        {pl ? 'Anuluj' : 'Cancel'}
      </button>
    </section>
  );
}
