/**
 * Whether this browser is in a team, and where. Kept in `storage.local` (never synced, never in a
 * backup). No team: null, and nothing of the sync code is loaded.
 */
import { storage } from '#imports';
import type { TeamConfig } from './types';

export const teamConfigItem = storage.defineItem<TeamConfig | null>('local:team', { fallback: null });

/**
 * The server address as the origin pattern the browser is asked to allow: `wss://h` → `https://h/*`,
 * `ws://h` → `http://h/*`. Throws for anything that is not a wss address, or a ws address on this computer.
 */
export function serverOrigin(url: string): { wsUrl: string; pattern: string; host: string } {
  const u = new URL(url.trim());
  if (u.protocol !== 'wss:' && u.protocol !== 'ws:') throw new Error('ws');
  if (u.username || u.password) throw new Error('ws');
  // The extension's CSP lets plain ws reach only this computer; anything else must use TLS.
  if (u.protocol === 'ws:' && !['127.0.0.1', 'localhost', '[::1]'].includes(u.hostname)) throw new Error('ws');
  const http = u.protocol === 'wss:' ? 'https:' : 'http:';
  return {
    wsUrl: `${u.protocol}//${u.host}${u.pathname.replace(/\/$/, '')}`,
    pattern: `${http}//${u.hostname}/*`,
    host: u.host,
  };
}
