/**
 * First run and updates: install the default reply library without ever overwriting the
 * team's edits, and keep track of the installed library version.
 */
import { browser } from 'wxt/browser';
import type { StormwatchDB } from '@/lib/db/schema';
import { installDefaultTemplates } from '@/lib/db/templates';

/** Register the install/update listener (synchronously, from main). */
export function registerInstall(db: StormwatchDB): void {
  browser.runtime.onInstalled.addListener((details) => {
    if (details.reason !== 'install' && details.reason !== 'update') return;
    installDefaultTemplates(db, Date.now()).catch((e: unknown) =>
      console.warn('[stormwatch] default library not installed:', e instanceof Error ? e.message : e),
    );
  });
  // The side panel also calls installDefaultTemplates on open, so a worker stopped during
  // onInstalled cannot leave the library empty.
}
