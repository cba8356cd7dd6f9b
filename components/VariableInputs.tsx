import type { TemplateVariable } from '@/lib/library/types';
import { useT } from '@/lib/i18n/react';

export interface VariableInputsProps {
  /** Custom variables of the templates on screen (each name once), with their defaults. */
  variables: readonly TemplateVariable[];
  values: Readonly<Record<string, string>>;
  ticket: string;
  onTicket(value: string): void;
  onChange(name: string, value: string): void;
}

/** Inputs for the ticket number and the templates' custom variables (empty = the default). */
export function VariableInputs({ variables, values, ticket, onTicket, onChange }: VariableInputsProps) {
  const t = useT();
  return (
    <fieldset className="variables">
      <legend>{t('variables')}</legend>
      <label>
        {t('ticket')} <input value={ticket} onChange={(e) => onTicket(e.target.value)} />
      </label>
      {variables.map((v) => (
        <label key={v.name}>
          {`{{${v.name}}}`}{' '}
          <input
            value={values[v.name] ?? ''}
            placeholder={v.default ?? ''}
            maxLength={500}
            onChange={(e) => onChange(v.name, e.target.value)}
          />
        </label>
      ))}
    </fieldset>
  );
}
