import { useId, type ReactNode } from 'react';
import { useT } from '@/lib/i18n/react';
import { invalidTerms, splitList } from './settings-validation';

export interface BrandAgentFieldsProps {
  /** The two labels: the first-run card asks in its own words, Settings in its own. */
  labels: { brands: string; agent: string };
  /** The brand names as typed (comma-separated). */
  brands: string;
  onBrands(text: string): void;
  agent: string;
  onAgent(name: string): void;
  /**
   * More term fields, between the brands and the warning (Settings' watch keywords), given the
   * warning's id for their `aria-describedby`.
   */
  children?: (warningId: string) => ReactNode;
  /** Those fields' unusable terms, warned about with the brands'. */
  otherBad?: readonly string[];
}

/**
 * The brand names and the agent's name, with one warning for terms that cannot be matched, shared
 * by the first-run card and Settings. The warning describes each field holding such a term.
 */
export function BrandAgentFields({
  labels,
  brands,
  onBrands,
  agent,
  onAgent,
  children,
  otherBad = [],
}: BrandAgentFieldsProps) {
  const t = useT();
  const alertId = useId();
  const badBrands = invalidTerms(splitList(brands));
  const bad = [...badBrands, ...otherBad];
  return (
    <>
      <label>
        {labels.brands}
        <input
          value={brands}
          onChange={(e) => onBrands(e.target.value)}
          aria-invalid={badBrands.length > 0}
          aria-describedby={badBrands.length ? alertId : undefined}
        />
      </label>
      {children?.(alertId)}
      {bad.length ? (
        <p className="error" role="alert" id={alertId}>
          {t('settings_keywords_invalid', { bad: bad.join(', ') })}
        </p>
      ) : null}
      <label>
        {labels.agent}
        <input value={agent} maxLength={100} onChange={(e) => onAgent(e.target.value)} />
      </label>
    </>
  );
}
