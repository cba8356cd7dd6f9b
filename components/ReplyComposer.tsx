import { useState } from 'react';
import type { ReplyTemplate } from '@/lib/library/types';
import type { Fact } from '@/lib/library/facts';
import { useT } from '@/lib/i18n/react';
import { factName } from '@/lib/i18n/names';
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
  const {
    template: t,
    text,
    onText,
    warnings,
    beyond,
    variant,
    agent,
    busy,
    mode,
    onMode,
    onInsert,
    onCopy,
    onUseVariant,
    onClose,
  } = props;
  const [override, setOverride] = useState(false);
  const needsOverride = beyond.length > 0;
  const blocked = needsOverride && (!override || !agent);
  const tr = useT();
  return (
    <section className="composer" aria-label={tr('composer')}>
      <h3>
        {tr('composer')}: <bdi>{t.title}</bdi>
      </h3>
      <label>
        {tr('composer_text')}
        {/* Focused when it opens, so the agent lands where the text is (and the panel scrolls to it). */}
        <textarea dir="auto" rows={6} value={text} autoFocus onChange={(e) => onText(e.target.value)} />
      </label>
      <CheckerWarnings warnings={warnings} />
      {variant ? (
        <p className="hint">
          <button type="button" onClick={() => onUseVariant?.(variant)}>
            {tr('use_variant', { title: variant.title })}
          </button>
        </p>
      ) : null}
      {needsOverride ? (
        <p className="warning" role="note">
          {tr('claims_beyond', { facts: beyond.map((f) => factName(tr, f)).join(', ') })}{' '}
          {agent ? (
            <label>
              <input type="checkbox" checked={override} onChange={(e) => setOverride(e.target.checked)} />{' '}
              {tr('override_label', { agent })}
            </label>
          ) : (
            tr('override_needs_name')
          )}
        </p>
      ) : null}
      {t.status !== 'approved' ? (
        <p className="hint">{tr(t.status === 'retired' ? 'retired_only_copy' : 'draft_only_copy')}</p>
      ) : null}
      <select
        aria-label={tr('draft_mode')}
        value={mode}
        onChange={(e) => onMode(e.target.value as 'append' | 'replace')}
      >
        <option value="append">{tr('draft_append')}</option>
        <option value="replace">{tr('draft_replace')}</option>
      </select>{' '}
      <button
        type="button"
        disabled={t.status !== 'approved' || busy || blocked || !text.trim()}
        onClick={() => onInsert(text, needsOverride)}
      >
        {tr('insert')}
      </button>{' '}
      <button type="button" disabled={blocked || !text.trim()} onClick={() => onCopy(text, needsOverride)}>
        {tr('copy')}
      </button>{' '}
      <button type="button" onClick={onClose}>
        {tr('composer_close')}
      </button>
    </section>
  );
}
