import type { TemplateVariable } from '@/lib/library/types';
import { useT } from '@/lib/i18n/react';

const NAME = /^[A-Za-z_][A-Za-z0-9_]{0,39}$/;
const BUILT_IN = ['author', 'brand', 'platform', 'agent', 'ticket'];

/** Is `name` usable as a custom variable (the import schema's rule, and not a built-in)? */
export const validVariableName = (name: string): boolean => NAME.test(name) && !BUILT_IN.includes(name);

/** A template's custom variables with their defaults (`{{eta}}` → "24 hours"). */
export function VariablesEditor({
  variables,
  onChange,
}: {
  variables: TemplateVariable[];
  onChange(v: TemplateVariable[]): void;
}) {
  const t = useT();
  const edit = (i: number, patch: Partial<TemplateVariable>) =>
    onChange(variables.map((v, j) => (j === i ? { ...v, ...patch } : v)));
  return (
    <fieldset className="variables">
      <legend>{t('custom_variables')}</legend>
      {variables.map((v, i) => (
        <div key={i} className="row">
          <label>
            {t('variable_name')}
            <input
              value={v.name}
              maxLength={40}
              aria-invalid={!validVariableName(v.name)}
              onChange={(e) => edit(i, { name: e.target.value.trim() })}
            />
          </label>
          <label>
            {t('variable_default')}
            <input
              value={v.default ?? ''}
              maxLength={500}
              onChange={(e) => edit(i, { default: e.target.value || undefined })}
            />
          </label>
          <button
            type="button"
            aria-label={t('variable_remove', { name: v.name })}
            onClick={() => onChange(variables.filter((_, j) => j !== i))}
          >
            ✕
          </button>
        </div>
      ))}
      <button type="button" onClick={() => onChange([...variables, { name: '' }])}>
        {t('variable_add')}
      </button>
    </fieldset>
  );
}
