import { useState } from 'react';
import { TeamItemBadge } from '@/components/TeamItemBadge';
import { ReplyCard } from '@/components/ReplyCard';
import { StageSelector } from '@/components/StageSelector';
import { VariableInputs } from '@/components/VariableInputs';
import { SeverityBadge } from '@/components/SeverityBadge';
import type { FlaggedItem } from '@/lib/db/types';
import type { ReplyTemplate, TemplateVariable } from '@/lib/library/types';
import { usePanelStore } from '@/lib/store';
import { useT } from '@/lib/i18n/react';
import { languageName, templateStatusName } from '@/lib/i18n/names';
import { useReplies } from './use-replies';
import { useSelectedItem } from './use-queue';
import { SuggestionsPane } from './SuggestionsPane';
import type { PanelEnv } from './env';

/** Custom variables of some templates, each name once (the first default wins). */
function variablesOf(templates: readonly ReplyTemplate[]): TemplateVariable[] {
  const seen = new Map<string, TemplateVariable>();
  for (const t of templates) for (const v of t.variables) if (!seen.has(v.name)) seen.set(v.name, v);
  return [...seen.values()];
}

function Replies({ item, env }: { item: FlaggedItem; env: PanelEnv }) {
  const stage = usePanelStore((s) => s.stage);
  const stageChosen = usePanelStore((s) => s.stageChosen);
  const replies = useReplies(item, env, stage);
  const [pickedId, setPickedId] = useState('');
  const picked = replies.templates?.find((t) => t.id === pickedId);
  const shown = [...replies.suggestions.map((s) => s.template), ...(picked ? [picked] : [])];
  const t = useT();
  const pickedText = picked ? replies.fill(picked) : '';
  return (
    <div className="replies-screen">
      <p className="comment">
        <SeverityBadge severity={item.severity} /> <bdi className="author">{item.author}</bdi>:{' '}
        <bdi dir="auto">{item.text}</bdi>
      </p>
      <TeamItemBadge itemKey={item.key} />
      <StageSelector stage={stage} derived={replies.derivedStage} onChange={stageChosen} />
      <VariableInputs
        variables={variablesOf(shown)}
        values={replies.custom}
        ticket={replies.ticket}
        onTicket={replies.setTicket}
        onChange={(name, value) => replies.setCustom((c) => ({ ...c, [name]: value }))}
      />
      <SuggestionsPane
        replies={replies}
        item={item}
        now={env.now}
        showTicket={false}
        onUseVariant={(t) => setPickedId(t.id)}
      />
      <section className="picker" aria-label={t('pick_template')}>
        <label>
          {t('pick_template')}
          <select value={pickedId} onChange={(e) => setPickedId(e.target.value)}>
            <option value="">{t('pick_none')}</option>
            {(replies.templates ?? []).map((tpl) => (
              <option key={tpl.id} value={tpl.id}>
                {tpl.title} · {languageName(t, tpl.language)} · {templateStatusName(t, tpl.status)}
              </option>
            ))}
          </select>
        </label>
        {picked ? (
          <ReplyCard
            template={picked}
            text={pickedText}
            warnings={replies.check(pickedText, picked)}
            beyond={replies.beyond(picked, pickedText)}
            onEdit={() => replies.compose(picked)}
            repeatVariant={replies.used.includes(picked.id) ? (replies.variantOf(picked) ?? null) : undefined}
            busy={replies.busy}
            onInsert={() => void replies.insert(picked.id, pickedText, replies.mode)}
            onCopy={() => void replies.copy(picked.id, pickedText)}
            onUseVariant={(t) => setPickedId(t.id)}
          />
        ) : null}
      </section>
    </div>
  );
}

/** The Replies screen: suggestions for the selected comment, stage, variables, any template. */
export function RepliesScreen({ env }: { env: PanelEnv }) {
  const t = useT();
  const item = useSelectedItem();
  const screenOpened = usePanelStore((s) => s.screenOpened);
  if (!item) {
    return (
      <p role="status" className="hint">
        {t('replies_none_selected')}{' '}
        <button type="button" onClick={() => screenOpened('queue')}>
          {t('tab_queue')}
        </button>
      </p>
    );
  }
  return <Replies key={item.key} item={item} env={env} />;
}
