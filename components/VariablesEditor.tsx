import type { TemplateVariable } from '@/lib/library/types';
import { pt } from '@/lib/i18n/panel';

const NAME = /^[A-Za-z_][A-Za-z0-9_]{0,39}$/;
const BUILT_IN = ['author', 'brand', 'platform', 'agent', 'ticket'];

/** Is `name` usable as a custom variable (the import schema's rule, and not a built-in)? */
export const validVariableName = (name: string): boolean => NAME.test(name) && !BUILT_IN.includes(name);

/** A template's custom variables with their defaults (`{{eta}}` → "24 hours"). */
export function VariablesEditor({ variables, lang, onChange }: { variables: TemplateVariable[]; lang: 'pl' | 'en'; onChange(v: TemplateVariable[]): void }) {
  const edit = (i: number, patch: Partial<TemplateVariable>) => onChange(variables.map((v, j) => (j === i ? { ...v, ...patch } : v)));
  return (
    <fieldset className="variables">
      <legend>{pt(lang, 'custom_variables')}</legend>
      {variables.map((v, i) => (
        <div key={i} className="row">
          <label>
            {pt(lang, 'variable_name')}
            <input value={v.name} maxLength={40} aria-invalid={!validVariableName(v.name)} onChange={(e) => edit(i, { name: e.target.value.trim() })} />
          </label>
          <label>
            {pt(lang, 'variable_default')}
            <input value={v.default ?? ''} maxLength={500} onChange={(e) => edit(i, { default: e.target.value || undefined })} />
          </label>
          <button type="button" aria-label={pt(lang, 'variable_remove', { name: v.name })} onClick={() => onChange(variables.filter((_, j) => j !== i))}>
            ✕
          </button>
        </div>
      ))}
      <button type="button" onClick={() => onChange([...variables, { name: '' }])}>
        {pt(lang, 'variable_add')}
      </button>
    </fieldset>
  );
}
