import type { Severity } from '@/lib/risk/types';
import { useT } from '@/lib/i18n/react';
import { severityName } from '@/lib/i18n/names';

/** Severity as colour plus text, readable without colour. */
export function SeverityBadge({ severity }: { severity: Severity }) {
  const t = useT();
  return <span className={`sev sev-${severity}`}>{severityName(t, severity)}</span>;
}
