import { useState } from 'react';
import type { ReplyTemplate } from '@/lib/library/types';
import type { Fact } from '@/lib/library/facts';
import { pt } from '@/lib/i18n/panel';
import { factLabel } from './IncidentFacts';
import { CheckerWarnings } from './CheckerWarnings';

export interface ReplyComposerProps {
  template: ReplyTemplate;
  /** The agent's text (starts as the template with its variables filled). */
  text: string;
  onText(text: string): void;
  /** Checker warnings for what the agent wrote. */
  warnings: ReadonlyArray<{ code: string; text: string }>;
  /** Facts the template or the text claims that the team has not declared. */
  beyond: readonly Fact[];
  /** Another approved template of the same category and tone not used in this thread yet (null: none). */
  variant?: ReplyTemplate | null;
  agent?: string;
  lang: 'pl' | 'en';
  busy: boolean;
  mode: 'append' | 'replace';
  onMode(mode: 'append' | 'replace'): void;
  onInsert(text: string, override: boolean): void;
  onCopy(text: string, override: boolean): void;
  onUseVariant?(t: ReplyTemplate): void;
  onClose(): void;
}

/** The chosen template in an editable box: the checker runs on what the agent wrote; Insert and Copy take that text. */
export function ReplyComposer(props: ReplyComposerProps) {
  const { template: t, text, onText, warnings, beyond, variant, agent, lang, busy, mode, onMode, onInsert, onCopy, onUseVariant, onClose } = props;
  const [override, setOverride] = useState(false);
  const needsOverride = beyond.length > 0;
  const blocked = needsOverride && (!override || !agent);
  const pl = lang === 'pl';
  return (
    <section className="composer" aria-label={pt(lang, 'composer')}>
      <h3>
        {pt(lang, 'composer')}: <bdi>{t.title}</bdi>
      </h3>
      <label>
        {pt(lang, 'composer_text')}
        {/* Focused when it opens, so the agent lands where the text is (and the panel scrolls to it). */}
        <textarea dir="auto" rows={6} value={text} autoFocus onChange={(e) => onText(e.target.value)} />
      </label>
      <CheckerWarnings warnings={warnings} lang={lang} />
      {variant ? (
        <p className="hint">
          <button type="button" onClick={() => onUseVariant?.(variant)}>
            {pt(lang, 'use_variant', { title: variant.title })}
          </button>
        </p>
      ) : null}
      {needsOverride ? (
        <p className="warning" role="note">
          {pt(lang, 'claims_beyond', { facts: beyond.map((f) => factLabel(lang, f)).join(', ') })}{' '}
          {agent ? (
            <label>
              <input type="checkbox" checked={override} onChange={(e) => setOverride(e.target.checked)} /> {pt(lang, 'override_label', { agent })}
            </label>
          ) : (
            pt(lang, 'override_needs_name')
          )}
        </p>
      ) : null}
      {t.status !== 'approved' ? <p className="hint">{pt(lang, t.status === 'retired' ? 'retired_only_copy' : 'draft_only_copy')}</p> : null}
      <select aria-label={pl ? 'Gdy pole ma już tekst' : 'When the field has a draft'} value={mode} onChange={(e) => onMode(e.target.value as 'append' | 'replace')}>
        <option value="append">{pl ? 'dopisz do szkicu' : 'append to the draft'}</option>
        <option value="replace">{pl ? 'zastąp szkic' : 'replace the draft'}</option>
      </select>{' '}
      <button type="button" disabled={t.status !== 'approved' || busy || blocked || !text.trim()} onClick={() => onInsert(text, needsOverride)}>
        {pt(lang, 'insert')}
      </button>{' '}
      <button type="button" disabled={blocked || !text.trim()} onClick={() => onCopy(text, needsOverride)}>
        {pt(lang, 'copy')}
      </button>{' '}
      <button type="button" onClick={onClose}>
        {pt(lang, 'composer_close')}
      </button>
    </section>
  );
}
