import { translate } from '@/lib/i18n';

export interface StorageState {
  usage: number;
  quota: number;
  /** navigator.storage.persisted(): false when the browser may evict the data under pressure. */
  persisted: boolean | null;
}

/** Warn at this share of the quota used, or with less than LOW_BYTES left. */
export const WARN_SHARE = 0.9;
export const LOW_BYTES = 100 * 1024 * 1024;

/** Is the storage close enough to full to warn before writes start failing? */
export const storageLow = (s: StorageState): boolean =>
  s.quota > 0 && (s.usage / s.quota >= WARN_SHARE || s.quota - s.usage < LOW_BYTES);

const size = (bytes: number) =>
  bytes >= 1024 ** 3 ? `${(bytes / 1024 ** 3).toFixed(1)} GB` : `${Math.round(bytes / 1024 ** 2)} MB`;

/** A warning on every screen while the storage is nearly full (docs/RELIABILITY.md H7). */
export function StorageWarning({ state, lang }: { state: StorageState | null; lang: 'pl' | 'en' }) {
  if (!state || !storageLow(state)) return null;
  return (
    <div className="storage-warning" role="alert">
      <p>{translate(lang, 'storage_low', { used: size(state.usage), quota: size(state.quota) })}</p>
      {state.persisted === false ? <p>{translate(lang, 'storage_not_persistent')}</p> : null}
    </div>
  );
}
