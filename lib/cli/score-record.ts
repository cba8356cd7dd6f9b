/** Scoring one input record for `npm run score`: the record with the risk engine's output added. */
import { classify } from '@/lib/risk/classify';
import { isFlagged, type RiskContext, type RiskResult } from '@/lib/risk/types';
import { InputError, type InputRecord } from './read-records';
import { scoreThreadRecord } from './score-thread';

/** The risk engine's output as plain record fields (rounded scores, reasons without weights). */
export function riskFields(r: RiskResult): Record<string, unknown> {
  return {
    language: r.language,
    risk: Number(r.risk.toFixed(4)),
    flagged: isFlagged(r),
    severity: r.severity,
    negativity: Number(r.negativity.toFixed(4)),
    toxicity: Number(r.toxicity.toFixed(4)),
    toxicityBy: r.toxicityBy,
    signals: r.signals,
    uncertain: r.uncertain,
    reasons: r.reasons.map(({ source, target, label, term, span }) => ({ source, target, label, term, span })),
  };
}

/** Score a single comment record, or a thread record (with `turns`). */
export function scoreRecord(rec: InputRecord, ctx: RiskContext = {}, now = Date.now()): Record<string, unknown> {
  if (Array.isArray(rec.turns)) return scoreThreadRecord(rec, ctx, now);
  if (typeof rec.text !== 'string') throw new InputError('record needs a "text" string');
  return { ...rec, ...riskFields(classify(rec.text, ctx)) };
}
