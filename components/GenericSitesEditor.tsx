import { useState } from 'react';
import type { GenericSiteSelectors } from '@/lib/settings';
import type { SelectorPreview } from '@/lib/messaging/protocol';
import { useT } from '@/lib/i18n/react';
import type { Key } from '@/lib/i18n';
import { siteProblems } from './settings-validation';
import { SELECTOR_BUDGET } from '@/lib/platforms/selector-budget';

export interface GenericSitesEditorProps {
  sites: GenericSiteSelectors[];
  onChange(sites: GenericSiteSelectors[]): void;
  /** Count what a site's selectors match on the page in the active tab (null: no page to ask). */
  onPreview?(site: GenericSiteSelectors): Promise<SelectorPreview | null>;
}

const FIELDS: Array<[keyof GenericSiteSelectors, Key]> = [
  ['host', 'generic_host'],
  ['commentSelector', 'generic_comment'],
  ['textSelector', 'generic_text'],
  ['authorSelector', 'generic_author'],
  ['replyFieldSelector', 'generic_reply'],
];

/** Selectors for sites without a dedicated adapter; each selector is checked as CSS as you type. */
export function GenericSitesEditor({ sites, onChange, onPreview }: GenericSitesEditorProps) {
  const t = useT();
  const [previews, setPreviews] = useState<Record<number, SelectorPreview | null | 'pending' | undefined>>({});
  const preview = (i: number, site: GenericSiteSelectors) => {
    if (!onPreview) return;
    setPreviews((p) => ({ ...p, [i]: 'pending' }));
    onPreview(site).then(
      (r) => setPreviews((p) => ({ ...p, [i]: r })),
      () => setPreviews((p) => ({ ...p, [i]: null })),
    );
  };
  // Editing a site's fields makes its last preview stale.
  const edit = (i: number, field: keyof GenericSiteSelectors, value: string) => {
    setPreviews((p) => ({ ...p, [i]: undefined }));
    editField(i, field, value);
  };
  const editField = (i: number, field: keyof GenericSiteSelectors, value: string) =>
    onChange(
      sites.map((s, j) =>
        j === i ? { ...s, [field]: field === 'host' || field === 'commentSelector' ? value : value || undefined } : s,
      ),
    );
  return (
    <fieldset className="generic-sites">
      <legend>{t('generic_sites')}</legend>
      {sites.map((site, i) => (
        <div key={i} className="generic-site" role="group" aria-label={site.host || `#${i + 1}`}>
          {FIELDS.map(([field, label]) => (
            <label key={field}>
              {t(label)}
              <input value={site[field] ?? ''} spellCheck={false} onChange={(e) => edit(i, field, e.target.value)} />
            </label>
          ))}
          {siteProblems(site).map(([kind, value]) => (
            <p key={`${kind}:${value}`} className="error" role="alert">
              {kind === 'host'
                ? t('generic_bad_host', { host: value })
                : kind === 'broad'
                  ? t('generic_broad_selector', { selector: value })
                  : t('generic_bad_selector', { selector: value })}
            </p>
          ))}
          {onPreview ? (
            <>
              <button
                type="button"
                disabled={siteProblems(site).length > 0 || previews[i] === 'pending'}
                onClick={() => preview(i, site)}
              >
                {t('generic_preview')}
              </button>
              <PreviewResult result={previews[i]} />
            </>
          ) : null}
          <button type="button" onClick={() => onChange(sites.filter((_, j) => j !== i))}>
            {t('generic_remove', { host: site.host || `#${i + 1}` })}
          </button>
        </div>
      ))}
      <button type="button" onClick={() => onChange([...sites, { host: '', commentSelector: '' }])}>
        {t('generic_add')}
      </button>
    </fieldset>
  );
}

function PreviewResult({ result }: { result: SelectorPreview | null | 'pending' | undefined }) {
  const t = useT();
  if (result === undefined || result === 'pending') return null;
  if (result === null) return <p role="status">{t('generic_preview_none')}</p>;
  // A selector over the budget is not used on this page (docs/RELIABILITY.md H4).
  if (result.refused) {
    return (
      <p role="status" className="error">
        {t(`generic_refused_${result.refused}`, { matches: result.comments })}
      </p>
    );
  }
  return (
    <p role="status" className={result.comments === 0 ? 'error' : undefined}>
      {t('generic_preview_result', { comments: result.comments, withText: result.withText })}
      {result.sample ? (
        <>
          {' '}
          <bdi>{t('generic_preview_sample', { sample: result.sample })}</bdi>
        </>
      ) : null}
      {result.capped ? ` ${t('generic_preview_capped', { max: SELECTOR_BUDGET.maxMatches })}` : null}
      {result.timedOut
        ? ` ${t('generic_preview_slow', { seconds: SELECTOR_BUDGET.previewMs / 1000, read: result.read ?? 0 })}`
        : null}
    </p>
  );
}
