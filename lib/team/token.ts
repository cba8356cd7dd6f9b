/**
 * Team tokens: `sw1.<payload>.<signature>`, the payload base64url JSON `{team, name, role, iat, exp?}`,
 * the signature HMAC-SHA256 of `sw1.<payload>` with the server's secret. Issued by `npm run team-token`,
 * checked by the team server on every connection. Node only (node:crypto); the extension never signs
 * or checks tokens, it only passes its own to the server.
 */
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { TEAM_ROLES, isTeamName, type TeamRole } from './types';

export interface TokenClaims {
  team: string;
  name: string;
  role: TeamRole;
  /** Issued at, epoch seconds. */
  iat: number;
  /** Expires at, epoch seconds (none: valid until the secret changes). */
  exp?: number;
}

const PREFIX = 'sw1';
const b64 = (b: Buffer | string) => Buffer.from(b).toString('base64url');
const sign = (body: string, secret: Buffer) => createHmac('sha256', secret).update(body).digest();

/** Sign a token. Throws for a team or name that cannot be used. */
export function issueToken(claims: TokenClaims, secret: Buffer): string {
  if (!isTeamName(claims.team)) throw new Error(`Team names use a-z, 0-9, "-" and "_": ${JSON.stringify(claims.team)}`);
  if (!claims.name.trim() || claims.name.length > 80) throw new Error('A token needs a name of 1–80 characters.');
  if (!TEAM_ROLES.includes(claims.role))
    throw new Error(`Role must be agent or lead, not ${JSON.stringify(claims.role)}`);
  const body = `${PREFIX}.${b64(JSON.stringify(claims))}`;
  return `${body}.${b64(sign(body, secret))}`;
}

/** Check a token's signature, shape and expiry. Returns its claims, or null for any token that is not good now. */
export function verifyToken(token: string, secret: Buffer, nowSeconds: number): TokenClaims | null {
  const parts = token.split('.');
  if (parts.length !== 3 || parts[0] !== PREFIX) return null;
  const body = `${parts[0]}.${parts[1]}`;
  const given = Buffer.from(parts[2]!, 'base64url');
  const want = sign(body, secret);
  if (given.length !== want.length || !timingSafeEqual(given, want)) return null;
  let c: unknown;
  try {
    c = JSON.parse(Buffer.from(parts[1]!, 'base64url').toString('utf8'));
  } catch {
    return null;
  }
  if (!c || typeof c !== 'object') return null;
  const { team, name, role, iat, exp } = c as Record<string, unknown>;
  if (
    typeof team !== 'string' ||
    !isTeamName(team) ||
    typeof name !== 'string' ||
    !name ||
    !TEAM_ROLES.includes(role as TeamRole) ||
    typeof iat !== 'number'
  )
    return null;
  if (exp !== undefined && (typeof exp !== 'number' || exp <= nowSeconds)) return null;
  return { team, name, role: role as TeamRole, iat, ...(exp !== undefined ? { exp } : {}) };
}

/** The server's secret from a file, created (32 random bytes, hex, readable by the owner only) when missing. */
export function loadOrCreateSecret(path: string): { secret: Buffer; created: boolean } {
  if (existsSync(path)) {
    const text = readFileSync(path, 'utf8').trim();
    if (text.length < 32) throw new Error(`${path}: the secret is too short (at least 32 characters).`);
    return { secret: Buffer.from(text, 'utf8'), created: false };
  }
  const text = randomBytes(32).toString('hex');
  writeFileSync(path, `${text}\n`, { mode: 0o600, flag: 'wx' });
  return { secret: Buffer.from(text, 'utf8'), created: true };
}
