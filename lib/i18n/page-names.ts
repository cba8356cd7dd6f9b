/**
 * The names the watched page shows (signals, reasons, thread reasons), over the page's strings
 * only (`page.ts`): the content script uses these, the side panel the same ones through `names.ts`.
 */
import type { Reason, ReasonTarget, ThreadReason } from '@/lib/risk/types';
import { isPageKey, type PageT } from './page';

export const signalName = (t: PageT, s: ReasonTarget) => t(`signal_${s}`);

/** A code that may be a signal (stored counts, top signals): its name, or the code when it is not one. */
export function signalOrCode(t: PageT, code: string): string {
  const key = `signal_${code}`;
  return isPageKey(key) ? t(key) : code;
}

// Reasons stored before the engine gave feature reasons a code.
const FEATURE_LABELS: Record<string, NonNullable<Reason['code']>> = {
  'angry or mocking emoji': 'emoji',
  'ALL CAPS': 'caps',
  '"!!!"': 'exclaim',
};

/** Why a comment was flagged, in words: "insult: “idiota”", "ALL CAPS". */
export function reasonText(t: PageT, r: Pick<Reason, 'target' | 'term' | 'code' | 'label'>): string {
  const code = r.code ?? FEATURE_LABELS[r.label];
  const term = r.term ?? '';
  switch (code) {
    case 'hostileIdentity':
    case 'offensiveTone':
    case 'negativeTone':
    case 'negativeWord':
      return t(`reason_${code}`, { term });
    case 'readsLikeReport': {
      // With the situation the second look read it as, when it gave one.
      const what = r.target === 'negativity' ? '' : signalName(t, r.target);
      if (what) return term ? t('reason_readsLikeSignal', { what, term }) : t('reason_readsLikeSignalPlain', { what });
      return term ? t('reason_readsLikeReport', { term }) : t('reason_readsLikeReportPlain');
    }
    case 'emoji':
    case 'caps':
    case 'exclaim':
      return t(`reason_${code}`);
    default:
      return r.term === undefined ? signalName(t, r.target) : t('reason_term', { what: signalName(t, r.target), term });
  }
}

/** A thread reason in words; one stored before reasons had a message keeps its English label. */
export function threadReasonText(t: PageT, r: Pick<ThreadReason, 'msg' | 'label'>): string {
  if (!r.msg) return r.label;
  const vars: Record<string, string | number> = { ...r.msg.vars };
  if (typeof vars.signal === 'string') vars.signal = signalOrCode(t, vars.signal);
  if (vars.window === 'hour' || vars.window === 'day') vars.window = t(`window_${vars.window}`);
  return t(`treason_${r.msg.code}`, vars);
}
