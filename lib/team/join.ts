/**
 * Joining and leaving a team from the panel. Joining asks the browser for the one origin of the
 * team server (from the click, so the browser can show its prompt) and then stores the config;
 * leaving forgets the config and gives the permission back.
 */
import { browser } from 'wxt/browser';
import { HOST_PERMISSIONS } from '@/lib/platforms/hosts';
import { serverOrigin, teamConfigItem } from './config';
import { peekToken } from './peek-token';
import type { TeamConfig } from './types';

export type JoinProblem = 'bad_server' | 'bad_token' | 'permission_denied';

/** Check a server address and token without connecting; the config to store, or what is wrong. */
export function planJoin(
  url: string,
  token: string,
): { config: TeamConfig; pattern: string; host: string } | { problem: JoinProblem } {
  let origin: ReturnType<typeof serverOrigin>;
  try {
    origin = serverOrigin(url);
  } catch {
    return { problem: 'bad_server' };
  }
  const who = peekToken(token);
  if (!who) return { problem: 'bad_token' };
  return { config: { url: origin.wsUrl, token: token.trim(), ...who }, pattern: origin.pattern, host: origin.host };
}

/** Ask for the server's origin and store the team. Call from a click handler. */
export async function joinTeam(
  url: string,
  token: string,
): Promise<{ ok: true; config: TeamConfig } | { ok: false; problem: JoinProblem; host?: string }> {
  const plan = planJoin(url, token);
  if ('problem' in plan) return { ok: false, problem: plan.problem };
  const granted = await browser.permissions.request({ origins: [plan.pattern] });
  if (!granted) return { ok: false, problem: 'permission_denied', host: plan.host };
  await teamConfigItem.setValue(plan.config);
  return { ok: true, config: plan.config };
}

/** Forget the team and give back the server's origin (unless a platform needs it). */
export async function leaveTeam(config: TeamConfig): Promise<void> {
  await teamConfigItem.setValue(null);
  const { pattern } = serverOrigin(config.url);
  if (!(HOST_PERMISSIONS as readonly string[]).includes(pattern))
    await browser.permissions.remove({ origins: [pattern] }).catch(() => false);
}
