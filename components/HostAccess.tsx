import { useCallback, useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { HOST_PERMISSIONS } from '@/lib/platforms/hosts';
import { useT } from '@/lib/i18n/react';

/** Platform origins the browser does not let Stormwatch read (site access restricted or revoked, F1). */
export function useMissingHosts(): { missing: string[]; grant(): Promise<boolean> } {
  const [missing, setMissing] = useState<string[]>([]);
  const [checks, setChecks] = useState(0);
  useEffect(() => {
    let live = true;
    // Through a resolved promise: an API that throws synchronously still ends in the rejection branch.
    Promise.resolve()
      .then(() => browser.permissions.getAll())
      .then(
        ({ origins = [] }) => live && setMissing(HOST_PERMISSIONS.filter((h) => !origins.includes(h))),
        () => live && setMissing([]),
      );
    return () => {
      live = false;
    };
  }, [checks]);
  useEffect(() => {
    const events = browser.permissions as unknown as {
      onAdded?: { addListener(f: () => void): void; removeListener(f: () => void): void };
      onRemoved?: typeof events.onAdded;
    };
    const on = () => setChecks((n) => n + 1);
    const each = (f: (e: NonNullable<typeof events.onAdded>) => void) => {
      for (const e of [events.onAdded, events.onRemoved]) {
        try {
          if (e) f(e);
        } catch {
          // A browser (or test double) without these events: the visibility re-check remains.
        }
      }
    };
    each((e) => e.addListener(on));
    // Chrome's site-access menu does not always fire the events: re-check when the panel is shown.
    document.addEventListener('visibilitychange', on);
    return () => {
      each((e) => e.removeListener(on));
      document.removeEventListener('visibilitychange', on);
    };
  }, []);
  // Called straight from the click: the browser shows its prompt only inside a user gesture.
  const grant = useCallback(
    () =>
      browser.permissions.request({ origins: missing }).then((ok) => {
        setChecks((n) => n + 1);
        return ok;
      }),
    [missing],
  );
  return { missing, grant };
}

const hostOf = (pattern: string) => pattern.replace(/^https?:\/\//, '').replace(/\/\*$/, '');

/** "Stormwatch cannot read comments on …": the sites whose access was withheld, with a button to grant it. */
export function HostAccess({ missing, onGrant }: { missing: string[]; onGrant(): void }) {
  const t = useT();
  if (missing.length === 0) return null;
  const hosts = missing.map(hostOf).join(', ');
  return (
    <p className="notice host-access" role="status">
      {t('host_missing', { hosts })}{' '}
      <button type="button" onClick={onGrant}>
        {t('host_grant')}
      </button>
    </p>
  );
}
