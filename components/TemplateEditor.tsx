import { useState } from 'react';
import { CRISIS_STAGES, TEMPLATE_CATEGORIES, TONES, type ReplyTemplate } from '@/lib/library/types';
import { fillTemplate } from '@/lib/library/variables';
import { useT } from '@/lib/i18n/react';
import { FACTS, type Fact } from '@/lib/library/facts';
import { PREVIEW_VALUES, parseTags, templateClaims } from '@/lib/library/template-form';
import { VariablesEditor, validVariableName } from './VariablesEditor';
import { categoryName, factName, stageName, toneName } from '@/lib/i18n/names';

export interface TemplateEditorProps {
  template: ReplyTemplate;
  onSave(t: ReplyTemplate): void;
  onCancel(): void;
}

type SetField = <K extends keyof ReplyTemplate>(k: K, v: ReplyTemplate[K]) => void;

/** A list with or without one entry. */
const toggled = <T,>(list: readonly T[], x: T, on: boolean): T[] => (on ? [...list, x] : list.filter((y) => y !== x));

/** Language, tone and crisis stage. */
function TemplateKind({ t, set }: { t: ReplyTemplate; set: SetField }) {
  const tr = useT();
  return (
    <div className="row">
      <label>
        {tr('language')}
        <select value={t.language} onChange={(e) => set('language', e.target.value as 'pl' | 'en')}>
          <option value="pl">{tr('language_name_pl')}</option>
          <option value="en">{tr('language_name_en')}</option>
        </select>
      </label>
      <label>
        {tr('editor_tone')}
        <select value={t.tone} onChange={(e) => set('tone', e.target.value as ReplyTemplate['tone'])}>
          {TONES.map((x) => (
            <option key={x} value={x}>
              {toneName(tr, x)}
            </option>
          ))}
        </select>
      </label>
      <label>
        {tr('editor_stage')}
        <select
          value={t.stage ?? ''}
          onChange={(e) => set('stage', (e.target.value || undefined) as ReplyTemplate['stage'])}
        >
          <option value="">—</option>
          {CRISIS_STAGES.map((x) => (
            <option key={x} value={x}>
              {stageName(tr, x)}
            </option>
          ))}
        </select>
      </label>
    </div>
  );
}

/** The categories a template answers. */
function CategoryChecks({ t, set }: { t: ReplyTemplate; set: SetField }) {
  const tr = useT();
  return (
    <fieldset>
      <legend>{tr('editor_categories')}</legend>
      {TEMPLATE_CATEGORIES.map((c) => (
        <label key={c}>
          <input
            type="checkbox"
            checked={t.categories.includes(c)}
            onChange={(e) => set('categories', toggled(t.categories, c, e.target.checked))}
          />{' '}
          {categoryName(tr, c)}
        </label>
      ))}
    </fieldset>
  );
}

/** The facts a template claims: ticked by the author, or read from its text (then not to be unticked). */
function ClaimChecks({ t, set, read, claims }: { t: ReplyTemplate; set: SetField; read: Fact[]; claims: Fact[] }) {
  const tr = useT();
  return (
    <fieldset>
      <legend>{tr('claims_legend')}</legend>
      {FACTS.map((f) => (
        <label key={f}>
          <input
            type="checkbox"
            checked={claims.includes(f)}
            disabled={read.includes(f)}
            onChange={(e) => set('claims', toggled(t.claims ?? [], f, e.target.checked))}
          />{' '}
          {factName(tr, f)}
        </label>
      ))}
      {read.length ? (
        <p className="hint">{tr('claims_read', { facts: read.map((f) => factName(tr, f)).join(', ') })}</p>
      ) : null}
    </fieldset>
  );
}

/** Edit a template with a live preview (sample values). Saving an approved one makes it a draft. */
export function TemplateEditor({ template, onSave, onCancel }: TemplateEditorProps) {
  const tr = useT();
  const [t, setT] = useState(template);
  const set: SetField = (k, v) => setT((x) => ({ ...x, [k]: v }));
  const [tags, setTags] = useState(template.tags.join(', '));
  const varsOk = t.variables.every((v) => validVariableName(v.name));
  const { read, claims } = templateClaims(t);
  const preview = fillTemplate(t.body, PREVIEW_VALUES, t.variables);
  return (
    <form
      className="editor"
      aria-label={tr('editor_label')}
      onSubmit={(e) => {
        e.preventDefault();
        if (!varsOk) return;
        onSave({ ...t, title: t.title.trim() || tr('editor_untitled'), tags: parseTags(tags), claims });
      }}
    >
      <label>
        {tr('editor_title')}
        <input value={t.title} maxLength={200} onChange={(e) => set('title', e.target.value)} />
      </label>
      <label>
        {tr('editor_body')}
        <textarea value={t.body} rows={6} maxLength={5000} onChange={(e) => set('body', e.target.value)} />
      </label>
      <TemplateKind t={t} set={set} />
      <CategoryChecks t={t} set={set} />
      <ClaimChecks t={t} set={set} read={read} claims={claims} />
      <label>
        {tr('tags')}
        <input value={tags} maxLength={600} onChange={(e) => setTags(e.target.value)} />
      </label>
      <VariablesEditor variables={t.variables} onChange={(v) => set('variables', v)} />
      <p className="preview" aria-label={tr('preview')} dir="auto">
        {preview}
      </p>
      <button type="submit" disabled={!varsOk}>
        {tr('save')}
      </button>{' '}
      <button type="button" onClick={onCancel}>
        {tr('cancel')}
      </button>
      {template.status === 'approved' ? <p className="hint">{tr('editor_reapprove')}</p> : null}
    </form>
  );
}
