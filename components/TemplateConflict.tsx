import type { ReplyTemplate } from '@/lib/library/types';
import { translate } from '@/lib/i18n';

/**
 * A save that found the template changed underneath (docs/RELIABILITY.md H5): both versions side
 * by side, and the user keeps either. Keeping mine saves my text over the newer one (its status
 * stays the stored one: a retired template stays retired); keeping the saved one drops my edits.
 */
export function TemplateConflict({
  mine,
  theirs,
  lang,
  onKeepMine,
  onKeepTheirs,
}: {
  mine: ReplyTemplate;
  theirs: ReplyTemplate | undefined;
  lang: 'pl' | 'en';
  onKeepMine(): void;
  onKeepTheirs(): void;
}) {
  const version = (t: ReplyTemplate, heading: string) => (
    <section aria-label={heading}>
      <h4>{heading}</h4>
      <p>
        <strong>
          <bdi>{t.title}</bdi>
        </strong>
      </p>
      <p className="preview" dir="auto">
        {t.body}
      </p>
    </section>
  );
  return (
    <section
      className="template-conflict"
      role="alertdialog"
      aria-label={translate(lang, theirs ? 'conflict_title' : 'conflict_deleted')}
    >
      <p role="alert">{translate(lang, theirs ? 'conflict_title' : 'conflict_deleted')}</p>
      {version(mine, translate(lang, 'conflict_mine'))}
      {theirs
        ? version(
            theirs,
            translate(lang, 'conflict_theirs', { status: translate(lang, `conflict_status_${theirs.status}`) }),
          )
        : null}
      <button type="button" onClick={onKeepMine}>
        {translate(lang, 'conflict_keep_mine')}
      </button>{' '}
      <button type="button" onClick={onKeepTheirs}>
        {translate(lang, 'conflict_keep_theirs')}
      </button>
    </section>
  );
}
