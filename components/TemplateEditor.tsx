import { useState } from 'react';
import { CRISIS_STAGES, TONES, type ReplyTemplate, type TemplateCategory } from '@/lib/library/types';
import { fillTemplate } from '@/lib/library/variables';
import { pt } from '@/lib/i18n/panel';
import { detectClaims } from '@/lib/library/claims';
import { FACTS } from '@/lib/library/facts';
import { VariablesEditor, validVariableName } from './VariablesEditor';
import { factLabel } from './IncidentFacts';

/** Every template category, in the order the editor and the library filter list them. */
export const TEMPLATE_CATEGORIES: TemplateCategory[] = ['complaint', 'refundDelayDefect', 'scamFraud', 'dataLeak', 'employeeMisconduct', 'legalThreat', 'boycott', 'healthSafety', 'rumour', 'question', 'praise', 'update', 'toxic'];

export interface TemplateEditorProps {
  template: ReplyTemplate;
  lang: 'pl' | 'en';
  onSave(t: ReplyTemplate): void;
  onCancel(): void;
}

/** Edit a template with a live preview (sample values). Saving an approved one makes it a draft. */
export function TemplateEditor({ template, lang, onSave, onCancel }: TemplateEditorProps) {
  const [t, setT] = useState(template);
  const pl = lang === 'pl';
  const set = <K extends keyof ReplyTemplate>(k: K, v: ReplyTemplate[K]) => setT((x) => ({ ...x, [k]: v }));
  const [tags, setTags] = useState(template.tags.join(', '));
  const varsOk = t.variables.every((v) => validVariableName(v.name));
  // What the text reads as asserting is claimed whether ticked or not (the suggestions hold it to that).
  const read = detectClaims(t.body);
  const claims = FACTS.filter((f) => (t.claims ?? []).includes(f) || read.includes(f));
  const preview = fillTemplate(t.body, { author: 'Ola', brand: 'Zefir', platform: 'YouTube', agent: 'Jan', ticket: '#1234' }, t.variables);
  return (
    <form
      className="editor"
      aria-label={pl ? 'Edycja szablonu' : 'Edit template'}
      onSubmit={(e) => {
        e.preventDefault();
        if (!varsOk) return;
        const tagList = [...new Set(tags.split(',').map((x) => x.trim()).filter(Boolean))].slice(0, 30);
        onSave({ ...t, title: t.title.trim() || (pl ? 'Bez tytułu' : 'Untitled'), tags: tagList, claims });
      }}
    >
      <label>
        {pl ? 'Tytuł' : 'Title'}
        <input value={t.title} maxLength={200} onChange={(e) => set('title', e.target.value)} />
      </label>
      <label>
        {pl ? 'Treść' : 'Body'}
        <textarea value={t.body} rows={6} maxLength={5000} onChange={(e) => set('body', e.target.value)} />
      </label>
      <div className="row">
        <label>
          {pl ? 'Język' : 'Language'}
          <select value={t.language} onChange={(e) => set('language', e.target.value as 'pl' | 'en')}>
            <option value="pl">Polski</option>
            <option value="en">English</option>
          </select>
        </label>
        <label>
          {pl ? 'Ton' : 'Tone'}
          <select value={t.tone} onChange={(e) => set('tone', e.target.value as ReplyTemplate['tone'])}>
            {TONES.map((x) => (
              <option key={x}>{x}</option>
            ))}
          </select>
        </label>
        <label>
          {pl ? 'Etap' : 'Stage'}
          <select value={t.stage ?? ''} onChange={(e) => set('stage', (e.target.value || undefined) as ReplyTemplate['stage'])}>
            <option value="">—</option>
            {CRISIS_STAGES.map((x) => (
              <option key={x}>{x}</option>
            ))}
          </select>
        </label>
      </div>
      <fieldset>
        <legend>{pl ? 'Kategorie' : 'Categories'}</legend>
        {TEMPLATE_CATEGORIES.map((c) => (
          <label key={c}>
            <input type="checkbox" checked={t.categories.includes(c)} onChange={(e) => set('categories', e.target.checked ? [...t.categories, c] : t.categories.filter((x) => x !== c))} /> {c}
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>{pt(lang, 'claims_legend')}</legend>
        {FACTS.map((f) => (
          <label key={f}>
            <input
              type="checkbox"
              checked={claims.includes(f)}
              disabled={read.includes(f)}
              onChange={(e) => set('claims', e.target.checked ? [...(t.claims ?? []), f] : (t.claims ?? []).filter((x) => x !== f))}
            />{' '}
            {factLabel(lang, f)}
          </label>
        ))}
        {read.length ? <p className="hint">{pt(lang, 'claims_read', { facts: read.map((f) => factLabel(lang, f)).join(', ') })}</p> : null}
      </fieldset>
      <label>
        {pt(lang, 'tags')}
        <input value={tags} maxLength={600} onChange={(e) => setTags(e.target.value)} />
      </label>
      <VariablesEditor variables={t.variables} lang={lang} onChange={(v) => set('variables', v)} />
      <p className="preview" aria-label={pl ? 'Podgląd' : 'Preview'} dir="auto">
        {preview}
      </p>
      <button type="submit" disabled={!varsOk}>{pl ? 'Zapisz' : 'Save'}</button> <button type="button" onClick={onCancel}>{pl ? 'Anuluj' : 'Cancel'}</button>
      {template.status === 'approved' ? <p className="hint">{pl ? 'Zmiana zatwierdzonego szablonu wymaga ponownego zatwierdzenia.' : 'Changing an approved template needs approval again.'}</p> : null}
    </form>
  );
}
