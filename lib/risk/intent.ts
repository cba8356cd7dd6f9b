/** What a comment is doing besides being risky: asking, praising, raging or trolling. Pure. */
import type { RiskResult } from './types';

const QUESTION_START =
  /^(czy|kiedy|jak|gdzie|co|dlaczego|ile|kto|when|how|where|what|why|is|are|can|could|will|does|do|who|which)\b/i;
const PRAISE =
  /\b(dzi[eę]k|super|[sś]wietn|polecam|brawo|rewelac|wspania|thank|thanks|great|awesome|love|amazing|excellent|appreciate|well done|good job)/i;

export interface Intent {
  question: boolean;
  praise: boolean;
  furious: boolean;
  troll: boolean;
}

/** Intent cues of a comment, given its risk result. */
export function detectIntent(text: string, risk: RiskResult): Intent {
  const t = text.trim();
  const insultish = Math.max(
    risk.toxicityBy.insult,
    risk.toxicityBy.profanity,
    risk.toxicityBy.threat,
    risk.toxicityBy.identityAttack,
  );
  return {
    question: t.includes('?') || QUESTION_START.test(t),
    praise: PRAISE.test(t) && risk.negativity < 0.35 && insultish < 0.3,
    furious: risk.negativity >= 0.6 || /!{2,}/.test(t) || risk.reasons.some((r) => r.label === 'ALL CAPS'),
    troll:
      insultish >= 0.5 &&
      Math.max(
        ...Object.entries(risk.signals)
          .filter(([k]) => k !== 'brandMention')
          .map(([, v]) => v),
      ) < 0.5,
  };
}
