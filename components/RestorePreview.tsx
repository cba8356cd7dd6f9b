import type { BackupPlan } from '@/lib/db/backup';
import { translate } from '@/lib/i18n';

const SHOWN = 50;

/**
 * What a backup file would restore, before anything is written (docs/RELIABILITY.md H3, H10):
 * the counts, whether approvals are kept, and every row or setting that does not parse, in
 * which case nothing can be restored.
 */
export function RestorePreview({
  plan,
  fileName,
  lang,
  onRestore,
  onCancel,
}: {
  plan: BackupPlan;
  fileName: string;
  lang: 'pl' | 'en';
  onRestore(): void;
  onCancel(): void;
}) {
  const t = plan.tables;
  const date = Number.isNaN(Date.parse(plan.createdAt))
    ? plan.createdAt
    : new Date(plan.createdAt).toLocaleString(lang);
  const bad = plan.problems.length;
  return (
    <section className="restore-preview" aria-label={translate(lang, 'restore_title', { file: fileName })}>
      <h3>
        <bdi>{translate(lang, 'restore_title', { file: fileName })}</bdi>
      </h3>
      <p>{translate(lang, 'restore_created', { date })}</p>
      <p>
        {translate(lang, 'restore_counts', {
          templates: t.templates.length,
          items: t.items.length,
          threads: t.threads.length,
          events: t.events.length,
          incidents: t.incidents.length,
        })}
      </p>
      <p>{translate(lang, plan.signed ? 'restore_signed' : 'restore_unsigned')}</p>
      {bad > 0 ? (
        <div role="alert">
          <p>{translate(lang, 'restore_problems', { count: bad })}</p>
          <ul>
            {plan.problems.slice(0, SHOWN).map((p, i) => (
              <li key={i}>
                <bdi>
                  {p.table === 'settings'
                    ? translate(lang, 'restore_problem_setting', { key: p.key ?? '', reason: p.reason })
                    : translate(lang, 'restore_problem_row', {
                        table: p.table,
                        row: (p.row ?? 0) + 1,
                        key: p.key ? ` (${p.key})` : '',
                        reason: p.reason,
                      })}
                </bdi>
              </li>
            ))}
          </ul>
          {bad > SHOWN ? <p>{translate(lang, 'restore_more', { count: bad - SHOWN })}</p> : null}
        </div>
      ) : (
        <p className="hint">{translate(lang, 'restore_replaces')}</p>
      )}
      <button type="button" disabled={bad > 0} onClick={onRestore}>
        {translate(lang, 'restore_apply')}
      </button>{' '}
      <button type="button" onClick={onCancel}>
        {translate(lang, 'restore_cancel')}
      </button>
    </section>
  );
}
