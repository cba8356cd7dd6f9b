import type { ReplyTemplate } from '@/lib/library/types';
import { pt } from '@/lib/i18n/panel';

/**
 * A save that found the template changed underneath (docs/RELIABILITY.md H5): both versions side
 * by side, and the user keeps either. Keeping mine saves my text over the newer one (its status
 * stays the stored one: a retired template stays retired); keeping the saved one drops my edits.
 */
export function TemplateConflict({ mine, theirs, lang, onKeepMine, onKeepTheirs }: { mine: ReplyTemplate; theirs: ReplyTemplate | undefined; lang: 'pl' | 'en'; onKeepMine(): void; onKeepTheirs(): void }) {
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
    <section className="template-conflict" role="alertdialog" aria-label={pt(lang, theirs ? 'conflict_title' : 'conflict_deleted')}>
      <p role="alert">{pt(lang, theirs ? 'conflict_title' : 'conflict_deleted')}</p>
      {version(mine, pt(lang, 'conflict_mine'))}
      {theirs ? version(theirs, pt(lang, 'conflict_theirs', { status: pt(lang, `conflict_status_${theirs.status}`) })) : null}
      <button type="button" onClick={onKeepMine}>
        {pt(lang, 'conflict_keep_mine')}
      </button>{' '}
      <button type="button" onClick={onKeepTheirs}>
        {pt(lang, 'conflict_keep_theirs')}
      </button>
    </section>
  );
}
