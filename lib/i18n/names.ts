/**
 * Names of the product's codes (statuses, severities, signals, tones, categories, platforms,
 * facts) and the wording of reasons, suggestion whys and checker warnings, in the interface's
 * language. Every code is named through the dictionary: no internal code reaches the screen.
 */
import type { ItemStatus } from '@/lib/db/types';
import type { Fact } from '@/lib/library/facts';
import type { CrisisStage, TemplateCategory, TemplateStatus, Tone } from '@/lib/library/types';
import type { ReplyWarning } from '@/lib/library/reply-check';
import type { PlatformId } from '@/lib/platforms/types';
import type { Why } from '@/lib/risk/suggest';
import type { Language, Severity, ThreadStatus } from '@/lib/risk/types';
import { isKey, type T } from './index';

export { reasonText, signalName, signalOrCode, threadReasonText } from './page-names';

export const statusName = (t: T, s: ItemStatus) => t(`status_${s}`);
export const severityName = (t: T, s: Severity) => t(`sev_${s}`);
export const threadStatusName = (t: T, s: ThreadStatus) => t(`thread_status_${s}`);
export const toneName = (t: T, s: Tone) => t(`tone_${s}`);
export const categoryName = (t: T, c: TemplateCategory) => t(`category_${c}`);
export const stageName = (t: T, s: CrisisStage) => t(`stage_${s}`);
export const templateStatusName = (t: T, s: TemplateStatus) => t(`template_${s}`);
export const factName = (t: T, f: Fact) =>
  t(`fact_${f.replace('-', '_') as 'incident_confirmed' | 'cause_known' | 'fixed' | 'compensation'}`);
/** A comment's language as a word ("Polish", "polski"). */
export const languageName = (t: T, l: Language) => t(`language_${l}`);

/** A platform's name; an id not in the registry (old data) shows as it is. */
export function platformName(t: T, p: PlatformId | string): string {
  const key = `platform_${p}`;
  return isKey(key) ? t(key) : p;
}

/** Why a template was suggested, in words. */
export function whyText(t: T, w: Why): string {
  const v = w.vars ?? {};
  switch (w.code) {
    case 'category':
      return t('why_category', { category: v.category ? categoryName(t, v.category) : '' });
    case 'language':
      return t('why_language', { language: v.language ? languageName(t, v.language) : '' });
    case 'tone':
      return t('why_tone', { tone: v.tone ? toneName(t, v.tone) : '' });
    case 'stage':
      return t('why_stage', { stage: v.stage ? stageName(t, v.stage) : '' });
    case 'used':
      return t('why_used', { count: v.count ?? 0 });
    default:
      return t(`why_${w.code}`);
  }
}

/** A reply checker warning in words. */
export function warningText(t: T, w: ReplyWarning): string {
  if (w.code === 'claimBeyondFacts')
    return t('check_claimBeyondFacts', { facts: (w.facts ?? []).map((f) => factName(t, f)).join(', ') });
  if (w.code === 'unfilled') return t('check_unfilled', { names: (w.items ?? []).join(', ') });
  if (w.code === 'brokenPhrase') return t('check_brokenPhrase', { phrases: (w.items ?? []).join('; ') });
  return t(`check_${w.code}`);
}
