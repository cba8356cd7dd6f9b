import type { Settings } from '@/lib/settings';
import type { TabState } from '@/lib/messaging/tab-channel';

/** What every screen gets from the shell: language, settings, the active tab and a message line. */
export interface PanelEnv {
  lang: 'pl' | 'en';
  /** null until the stored settings are read. */
  settings: Settings | null;
  tab: TabState | undefined;
  now: number;
  say(message: string): void;
}

/** The agent name for the response log, or undefined when none is set. */
export const agentOf = (env: PanelEnv): string | undefined => env.settings?.agentName.trim() || undefined;

/** A thrown value as a message for the user. */
export const messageOf = (e: unknown): string => (e instanceof Error ? e.message : String(e));
