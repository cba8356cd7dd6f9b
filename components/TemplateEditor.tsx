import { useState } from 'react';
import { CRISIS_STAGES, TEMPLATE_CATEGORIES, TONES, type ReplyTemplate } from '@/lib/library/types';
import { fillTemplate } from '@/lib/library/variables';
import { useT } from '@/lib/i18n/react';
import { detectClaims } from '@/lib/library/claims';
import { FACTS } from '@/lib/library/facts';
import { VariablesEditor, validVariableName } from './VariablesEditor';
import { categoryName, factName, stageName, toneName } from '@/lib/i18n/names';

export interface TemplateEditorProps {
  template: ReplyTemplate;
  onSave(t: ReplyTemplate): void;
  onCancel(): void;
}

/** Edit a template with a live preview (sample values). Saving an approved one makes it a draft. */
export function TemplateEditor({ template, onSave, onCancel }: TemplateEditorProps) {
  const tr = useT();
  const [t, setT] = useState(template);
  const set = <K extends keyof ReplyTemplate>(k: K, v: ReplyTemplate[K]) => setT((x) => ({ ...x, [k]: v }));
  const [tags, setTags] = useState(template.tags.join(', '));
  const varsOk = t.variables.every((v) => validVariableName(v.name));
  // What the text reads as asserting is claimed whether ticked or not (the suggestions hold it to that).
  const read = detectClaims(t.body);
  const claims = FACTS.filter((f) => (t.claims ?? []).includes(f) || read.includes(f));
  const preview = fillTemplate(
    t.body,
    { author: 'Ola', brand: 'Zefir', platform: 'YouTube', agent: 'Jan', ticket: '#1234' },
    t.variables,
  );
  return (
    <form
      className="editor"
      aria-label={tr('editor_label')}
      onSubmit={(e) => {
        e.preventDefault();
        if (!varsOk) return;
        const tagList = [
          ...new Set(
            tags
              .split(',')
              .map((x) => x.trim())
              .filter(Boolean),
          ),
        ].slice(0, 30);
        onSave({ ...t, title: t.title.trim() || tr('editor_untitled'), tags: tagList, claims });
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
      <fieldset>
        <legend>{tr('editor_categories')}</legend>
        {TEMPLATE_CATEGORIES.map((c) => (
          <label key={c}>
            <input
              type="checkbox"
              checked={t.categories.includes(c)}
              onChange={(e) =>
                set('categories', e.target.checked ? [...t.categories, c] : t.categories.filter((x) => x !== c))
              }
            />{' '}
            {categoryName(tr, c)}
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>{tr('claims_legend')}</legend>
        {FACTS.map((f) => (
          <label key={f}>
            <input
              type="checkbox"
              checked={claims.includes(f)}
              disabled={read.includes(f)}
              onChange={(e) =>
                set('claims', e.target.checked ? [...(t.claims ?? []), f] : (t.claims ?? []).filter((x) => x !== f))
              }
            />{' '}
            {factName(tr, f)}
          </label>
        ))}
        {read.length ? (
          <p className="hint">{tr('claims_read', { facts: read.map((f) => factName(tr, f)).join(', ') })}</p>
        ) : null}
      </fieldset>
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
