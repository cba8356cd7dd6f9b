import { IncidentFacts } from '@/components/IncidentFacts';
import { ReplyComposer } from '@/components/ReplyComposer';
import { ReplySuggestions } from '@/components/ReplySuggestions';
import type { FlaggedItem } from '@/lib/db/types';
import type { ReplyTemplate } from '@/lib/library/types';
import type { RepliesModel } from './use-replies';

/**
 * The incident's facts, the reply suggestions and the composer of the replies model (shared by
 * the queue's detail pane and the Replies screen).
 */
export function SuggestionsPane({
  replies,
  item,
  now,
  showTicket,
  onUseVariant,
}: {
  replies: RepliesModel;
  item: FlaggedItem;
  now: number;
  showTicket?: boolean;
  onUseVariant?(t: ReplyTemplate): void;
}) {
  const c = replies.composing;
  const useVariant = (t: ReplyTemplate) => {
    if (c) replies.compose(t);
    onUseVariant?.(t);
  };
  return (
    <>
      <IncidentFacts
        key={replies.incident?.id ?? 'none'}
        incident={replies.incident}
        facts={replies.facts}
        history={replies.factHistory}
        platform={item.platform}
        now={now}
        onCreate={(init) => void replies.startIncident(init)}
        onSetFact={(f, on) => void replies.changeFact(f, on)}
        onClose={() => void replies.endIncident()}
      />
      <ReplySuggestions
        suggestions={replies.suggestions}
        advice={replies.situation?.advice ?? []}
        fill={replies.fill}
        check={replies.check}
        usedIds={replies.used}
        variantOf={replies.variantOf}
        ticket={replies.ticket}
        showTicket={showTicket}
        mode={replies.mode}
        busy={replies.busy}
        awaitingSent={replies.awaitingSent}
        onSent={() => void replies.sent()}
        onTicket={replies.setTicket}
        onMode={replies.setMode}
        onInsert={(id, text, mode) => void replies.insert(id, text, mode)}
        onCopy={(id, text) => void replies.copy(id, text)}
        onUseVariant={useVariant}
        onEdit={replies.compose}
        engage={replies.engage}
        onEngage={replies.setEngage}
      />
      {c ? (
        <ReplyComposer
          key={c.template.id}
          template={c.template}
          text={c.text}
          onText={replies.setComposeText}
          warnings={replies.check(c.text, c.template)}
          beyond={replies.beyond(c.template, c.text)}
          variant={replies.used.includes(c.template.id) ? (replies.variantOf(c.template) ?? null) : undefined}
          agent={replies.agent}
          busy={replies.busy}
          mode={replies.mode}
          onMode={replies.setMode}
          onInsert={(text, override) => void replies.insert(c.template.id, text, replies.mode, override)}
          onCopy={(text, override) => void replies.copy(c.template.id, text, override)}
          onUseVariant={(t) => replies.compose(t)}
          onClose={replies.closeComposer}
        />
      ) : null}
    </>
  );
}
