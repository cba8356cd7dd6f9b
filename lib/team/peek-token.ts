/** Read who a team token is for, without checking it: the join form shows the team, name and role before connecting. */
import { TEAM_ROLES, type TeamRole } from './types';

export function peekToken(token: string): { team: string; name: string; role: TeamRole } | null {
  const part = token.trim().split('.')[1];
  if (!part) return null;
  try {
    const bin = atob(part.replace(/-/g, '+').replace(/_/g, '/'));
    const c = JSON.parse(new TextDecoder().decode(Uint8Array.from(bin, (ch) => ch.charCodeAt(0)))) as Record<
      string,
      unknown
    >;
    return typeof c.team === 'string' && typeof c.name === 'string' && TEAM_ROLES.includes(c.role as TeamRole)
      ? { team: c.team, name: c.name, role: c.role as TeamRole }
      : null;
  } catch {
    return null;
  }
}
