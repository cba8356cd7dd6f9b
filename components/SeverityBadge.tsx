import type { Severity } from '@/lib/risk/types';

const LABEL: Record<Severity, { en: string; pl: string }> = {
  none: { en: 'None', pl: 'Brak' },
  low: { en: 'Low', pl: 'Niskie' },
  medium: { en: 'Medium', pl: 'Średnie' },
  high: { en: 'High', pl: 'Wysokie' },
  critical: { en: 'Critical', pl: 'Krytyczne' },
};

/** Severity as colour plus text, readable without colour. */
export function SeverityBadge({ severity, lang }: { severity: Severity; lang: 'pl' | 'en' }) {
  return <span className={`sev sev-${severity}`}>{LABEL[severity][lang]}</span>;
}
