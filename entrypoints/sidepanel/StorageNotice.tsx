import { useEffect, useState } from 'react';
import { StorageWarning, type StorageState } from '@/components/StorageWarning';
import { intakeItem } from '@/lib/intake-health';

/** How often the panel looks at the storage estimate. */
export const ESTIMATE_EVERY_MS = 60_000;

/**
 * Watches `navigator.storage.estimate()` while the panel is open and asks once for persistent
 * storage, so the browser does not clear the queue and the library under disk pressure
 * (docs/RELIABILITY.md H7). It looks every minute, and at once when the background's intake
 * counters change (a failed or waiting write, lib/intake-health.ts), so an open panel warns as
 * writes start failing.
 */
export function StorageNotice({
  lang,
  storage = globalThis.navigator?.storage,
}: {
  lang: 'pl' | 'en';
  storage?: StorageManager;
}) {
  const [state, setState] = useState<StorageState | null>(null);
  useEffect(() => {
    if (!storage?.estimate) return;
    let live = true;
    let persisted: boolean | null = null;
    const persist = storage.persist ? storage.persist().catch(() => false) : Promise.resolve(null);
    const look = () =>
      storage.estimate().then(
        (e) => live && setState({ usage: e.usage ?? 0, quota: e.quota ?? 0, persisted }),
        () => undefined,
      );
    void persist.then((p) => {
      persisted = p;
      return look();
    });
    const id = setInterval(() => void look(), ESTIMATE_EVERY_MS);
    const unwatch = intakeItem.watch(() => void look());
    return () => {
      live = false;
      clearInterval(id);
      unwatch();
    };
  }, [storage]);
  return <StorageWarning state={state} lang={lang} />;
}
