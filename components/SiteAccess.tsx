import { useState } from 'react';
import { useT } from '@/lib/i18n/react';

export interface SiteAccessProps {
  tabId: number;
  /** The tab's URL, when Stormwatch may see it (after a toolbar click on that tab). */
  url?: string;
  /** Ask the browser for the site's permission; must run inside the click (user gesture). */
  request(origin: string): Promise<boolean>;
  /** Start the generic reader in the tab (and register it for the site when `always`). */
  enable(tabId: number, always: boolean): Promise<{ ok: true } | { ok: false; message: string }>;
}

/** The match pattern "always on this site" asks for, or null for pages that cannot be read. */
export function sitePattern(url: string | undefined): { host: string; origin: string } | null {
  if (!url) return null;
  try {
    const u = new URL(url);
    if (u.protocol !== 'https:' && u.protocol !== 'http:') return null;
    return { host: u.hostname, origin: `${u.protocol}//${u.hostname}/*` };
  } catch {
    return null;
  }
}

/** On a site without an adapter: read its comments once, or always (asking for that one site). */
export function SiteAccess({ tabId, url, request, enable }: SiteAccessProps) {
  const t = useT();
  const [note, setNote] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const site = sitePattern(url);
  if (!site) {
    return (
      <p className="notice" role="status">
        {url === undefined ? t('site_no_access') : t('not_supported_page')}
      </p>
    );
  }
  const run = async (always: boolean, granted: Promise<boolean> | null) => {
    setBusy(true);
    try {
      if (granted && !(await granted)) {
        setNote(t('site_denied', { host: site.host }));
        return;
      }
      const r = await enable(tabId, always);
      setNote(r.ok ? t('site_started', { host: site.host }) : r.message);
    } catch (e) {
      setNote(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <section className="notice site-access" aria-label={site.host}>
      <p>{t('site_no_adapter', { host: site.host })}</p>
      <button type="button" disabled={busy} onClick={() => void run(false, null)}>
        {t('site_this_page')}
      </button>{' '}
      {/* The permission request is made synchronously in the click, as browsers require. */}
      <button type="button" disabled={busy} onClick={() => void run(true, request(site.origin))}>
        {t('site_always', { host: site.host })}
      </button>
      {note ? <p role="status">{note}</p> : null}
    </section>
  );
}
