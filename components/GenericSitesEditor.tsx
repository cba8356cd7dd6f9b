import type { GenericSiteSelectors } from '@/lib/settings';
import { pt, type PanelKey } from '@/lib/i18n/panel';
import { siteProblems } from './settings-validation';

export interface GenericSitesEditorProps {
  sites: GenericSiteSelectors[];
  lang: 'pl' | 'en';
  onChange(sites: GenericSiteSelectors[]): void;
}

const FIELDS: Array<[keyof GenericSiteSelectors, PanelKey]> = [
  ['host', 'generic_host'],
  ['commentSelector', 'generic_comment'],
  ['textSelector', 'generic_text'],
  ['authorSelector', 'generic_author'],
  ['replyFieldSelector', 'generic_reply'],
];

/** Selectors for sites without a dedicated adapter; each selector is checked as CSS as you type. */
export function GenericSitesEditor({ sites, lang, onChange }: GenericSitesEditorProps) {
  const edit = (i: number, field: keyof GenericSiteSelectors, value: string) => onChange(sites.map((s, j) => (j === i ? { ...s, [field]: field === 'host' || field === 'commentSelector' ? value : value || undefined } : s)));
  return (
    <fieldset className="generic-sites">
      <legend>{pt(lang, 'generic_sites')}</legend>
      {sites.map((site, i) => (
        <div key={i} className="generic-site" role="group" aria-label={site.host || `#${i + 1}`}>
          {FIELDS.map(([field, label]) => (
            <label key={field}>
              {pt(lang, label)}
              <input value={site[field] ?? ''} spellCheck={false} onChange={(e) => edit(i, field, e.target.value)} />
            </label>
          ))}
          {siteProblems(site).map(([kind, value]) => (
            <p key={`${kind}:${value}`} className="error" role="alert">
              {kind === 'host' ? pt(lang, 'generic_bad_host', { host: value }) : pt(lang, 'generic_bad_selector', { selector: value })}
            </p>
          ))}
          <button type="button" onClick={() => onChange(sites.filter((_, j) => j !== i))}>
            {pt(lang, 'generic_remove', { host: site.host || `#${i + 1}` })}
          </button>
        </div>
      ))}
      <button type="button" onClick={() => onChange([...sites, { host: '', commentSelector: '' }])}>
        {pt(lang, 'generic_add')}
      </button>
    </fieldset>
  );
}
