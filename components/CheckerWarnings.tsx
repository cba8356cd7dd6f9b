import { pt } from '@/lib/i18n/panel';

/** The reply checker's warnings for a reply, as a labelled list; nothing when there are none. */
export function CheckerWarnings({ warnings, lang }: { warnings: ReadonlyArray<{ code: string; text: string }>; lang: 'pl' | 'en' }) {
  if (!warnings.length) return null;
  return (
    <ul className="warnings" aria-label={pt(lang, 'checker_title')}>
      {warnings.map((w) => (
        <li key={w.code}>⚠ {w.text}</li>
      ))}
    </ul>
  );
}
