import { useEffect, useState, type ReactNode } from 'react';
import type { Dexie } from 'dexie';
import { looksLikeFullDisk, rawExport, watchOpen, type DbState } from '@/lib/db/health';
import { download } from '@/lib/export/download';
import { useT } from '@/lib/i18n/react';

/**
 * Renders its children once the database is open. While another Stormwatch page keeps an older
 * version open it says so (close it to finish the update); when opening fails it shows the
 * "database needs attention" screen instead of the panel. `notices` (what needs no database: the
 * storage warning, docs/RELIABILITY.md H7) show above those screens, since the panel's own are
 * not rendered until the database is open.
 */
export function DbGate({
  db,
  name,
  notices,
  children,
}: {
  db: Dexie;
  name?: string;
  notices?: ReactNode;
  children: ReactNode;
}) {
  const t = useT();
  const [state, setState] = useState<DbState>({ kind: 'opening', blocked: false });
  const [attempt, setAttempt] = useState(0);
  useEffect(() => watchOpen(db, setState), [db, attempt]);
  if (state.kind === 'failed') {
    return (
      <>
        {notices}
        <DbAttention
          name={name ?? db.name}
          error={state}
          onRetry={() => {
            setState({ kind: 'opening', blocked: false });
            setAttempt((a) => a + 1);
          }}
        />
      </>
    );
  }
  if (state.kind === 'opening') {
    return (
      <>
        {notices}
        <p role="status">{state.blocked ? t('db_blocked') : t('loading')}</p>
      </>
    );
  }
  return <>{children}</>;
}

function DbAttention({
  name,
  error,
  onRetry,
}: {
  name: string;
  error: { name: string; message: string };
  onRetry: () => void;
}) {
  const t = useT();
  const [note, setNote] = useState<string | null>(null);
  const save = async () => {
    try {
      const data = await rawExport(name);
      const rows = Object.values(data.tables).reduce((n, t) => n + t.length, 0);
      download(
        document,
        [JSON.stringify(data, null, 2)],
        `stormwatch-raw-${data.exportedAt.slice(0, 10)}.json`,
        'application/json',
      );
      setNote(t('db_raw_saved', { rows }));
    } catch (e) {
      setNote(t('db_raw_failed', { error: e instanceof Error ? e.message : String(e) }));
    }
  };
  return (
    <section role="alert" aria-labelledby="db-attention-title" className="db-attention">
      <h2 id="db-attention-title">{t('db_attention_title')}</h2>
      <p>{t('db_attention_body')}</p>
      {looksLikeFullDisk(error) ? <p>{t('db_disk_full')}</p> : null}
      <p>
        <code>{error.name}</code>: {error.message}
      </p>
      <button type="button" onClick={() => void save()}>
        {t('db_raw_export')}
      </button>{' '}
      <button type="button" onClick={onRetry}>
        {t('error_retry')}
      </button>
      {note && <p role="status">{note}</p>}
    </section>
  );
}
