import { useT } from '@/lib/i18n/react';

/** The reply checker's warnings for a reply, as a labelled list; nothing when there are none. */
export function CheckerWarnings({ warnings }: { warnings: ReadonlyArray<{ code: string; text: string }> }) {
  const t = useT();
  if (!warnings.length) return null;
  return (
    <ul className="warnings" aria-label={t('checker_title')}>
      {warnings.map((w) => (
        <li key={w.code}>⚠ {w.text}</li>
      ))}
    </ul>
  );
}
