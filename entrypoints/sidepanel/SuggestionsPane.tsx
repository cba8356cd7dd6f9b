import { ReplySuggestions } from '@/components/ReplySuggestions';
import type { ReplyTemplate } from '@/lib/library/types';
import type { RepliesModel } from './use-replies';

/** The reply suggestions of the replies model (shared by the queue's detail pane and the Replies screen). */
export function SuggestionsPane({ replies, lang, showTicket, onUseVariant }: { replies: RepliesModel; lang: 'pl' | 'en'; showTicket?: boolean; onUseVariant?(t: ReplyTemplate): void }) {
  return (
    <ReplySuggestions
      suggestions={replies.suggestions}
      fill={replies.fill}
      check={replies.check}
      usedIds={replies.used}
      variantOf={replies.variantOf}
      lang={lang}
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
      onUseVariant={onUseVariant}
    />
  );
}
