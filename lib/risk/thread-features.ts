/**
 * Conversation cues that precede derailment (Zhang et al. 2018, "Conversations Gone Awry"):
 * second-person address, direct questions, certainty and confrontation words raise the risk;
 * hedges, gratitude, greetings and apologies lower it. Counted per comment, Polish and English.
 */
const HEDGES = /\b(i think|i believe|i guess|perhaps|maybe|possibly|it seems|might|could be|in my opinion|imo|wydaje mi sie|moim zdaniem|chyba|byc moze|mysle ze)\b/;
const GRATITUDE = /\b(thanks|thank you|appreciate|cheers|dzieki|dziekuje|dziekujemy)\b/;
const GREETING = /^(hi|hello|hey|dear|czesc|witam|dzien dobry)\b/;
const APOLOGY = /\b(sorry|apologi[sz]e|my bad|przepraszam)\b/;
const CERTAINTY = /\b(actually|in fact|clearly|obviously|of course|nonsense|ridiculous|absurd|simply wrong|you are wrong|youre wrong|bullshit|wrong|lie|lies|lying|false|faktycznie|oczywiscie|bzdura|bzdury|nieprawda|klamstwo)\b/;
const SECOND_PERSON = /\b(you|your|yours|yourself|ty|ciebie|tobie|twoj|twoje|wy|was|wam|wasze)\b/g;

export interface TurnCues {
  secondPerson: number;
  question: number;
  certainty: number;
  polite: number;
}

/** Cues of one comment (lower-case text expected, diacritics folded or not). */
export function turnCues(text: string): TurnCues {
  const t = text.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/ł/g, 'l');
  const words = Math.max(1, t.split(/\s+/).length);
  const you = (t.match(SECOND_PERSON) ?? []).length;
  return {
    secondPerson: Math.min(1, (you / words) * 12),
    question: t.includes('?') ? 1 : 0,
    certainty: CERTAINTY.test(t) ? 1 : 0,
    polite: (HEDGES.test(t) ? 1 : 0) + (GRATITUDE.test(t) ? 1 : 0) + (GREETING.test(t.trim()) ? 1 : 0) + (APOLOGY.test(t) ? 1 : 0),
  };
}
