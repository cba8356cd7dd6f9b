import type { Settings } from '@/lib/settings';
import type { TabState } from '@/lib/messaging/tab-channel';
import { translate, type UiLanguage } from '@/lib/i18n';

export type MessageTone = 'success' | 'warning' | 'error';

/** What every screen gets from the shell: language, settings, the active tab and a message line. */
export interface PanelEnv {
  lang: UiLanguage;
  /** null until the stored settings are read. */
  settings: Settings | null;
  tab: TabState | undefined;
  now: number;
  /** A message line: an error unless told it is a success or a warning (each has its own style). */
  say(message: string, tone?: MessageTone): void;
}

/** The agent name for the response log, or undefined when none is set. */
export const agentOf = (env: PanelEnv): string | undefined => env.settings?.agentName.trim() || undefined;

/** Is this a full disk or quota error, bare or wrapped by Dexie in an AbortError (docs/RELIABILITY.md D4)? */
export function isQuotaError(e: unknown): boolean {
  for (
    let x: unknown = e, depth = 0;
    x && typeof x === 'object' && depth < 4;
    x = (x as { inner?: unknown }).inner, depth++
  ) {
    if ((x as { name?: unknown }).name === 'QuotaExceededError') return true;
  }
  return false;
}

/** A thrown value as a message for the user; a full storage says what to do about it. */
export function messageOf(e: unknown, lang: UiLanguage = 'en'): string {
  if (isQuotaError(e)) return translate(lang, 'storage_full');
  return e instanceof Error ? e.message : String(e);
}
