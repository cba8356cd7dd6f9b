// @vitest-environment node
import { describe, expect, test } from 'vitest';
import { mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { issueToken, loadOrCreateSecret, verifyToken } from '@/lib/team/token';
import { peekToken } from '@/lib/team/peek-token';

const secret = Buffer.from('0123456789abcdef0123456789abcdef');
const other = Buffer.from('fedcba9876543210fedcba9876543210');
const good = issueToken({ team: 'acme', name: 'Łucja', role: 'lead', iat: 100, exp: 1000 }, secret);

describe('verifyToken', () => {
  const tamper = (t: string, f: (p: Record<string, unknown>) => void) => {
    const [a, b, c] = t.split('.');
    const p = JSON.parse(Buffer.from(b!, 'base64url').toString()) as Record<string, unknown>;
    f(p);
    return [a, Buffer.from(JSON.stringify(p)).toString('base64url'), c].join('.');
  };
  test.each([
    ['a good token', good, 500, { team: 'acme', name: 'Łucja', role: 'lead', iat: 100, exp: 1000 }],
    ['expired', good, 1000, null],
    ['signed with another secret', issueToken({ team: 'acme', name: 'a', role: 'lead', iat: 1 }, other), 500, null],
    [
      'role raised from agent to lead',
      tamper(issueToken({ team: 'acme', name: 'a', role: 'agent', iat: 1 }, secret), (p) => (p.role = 'lead')),
      500,
      null,
    ],
    ['team changed', tamper(good, (p) => (p.team = 'rival')), 500, null],
    ['garbage', 'hello', 500, null],
    ['empty', '', 500, null],
    ['wrong prefix', good.replace(/^sw1/, 'sw2'), 500, null],
  ] as const)('%s', (_n, token, now, out) => {
    expect(verifyToken(token, secret, now)).toEqual(out);
  });
});

describe('issueToken', () => {
  test.each([
    [{ team: 'Acme Inc', name: 'a', role: 'agent' }],
    [{ team: 'acme', name: ' ', role: 'agent' }],
    [{ team: 'acme', name: 'a', role: 'admin' }],
  ])('refuses %o', (c) => {
    expect(() => issueToken({ ...c, iat: 1 } as never, secret)).toThrow();
  });
});

test('peekToken reads team, name and role (UTF-8) without the secret', () => {
  expect(peekToken(good)).toEqual({ team: 'acme', name: 'Łucja', role: 'lead' });
  expect(peekToken('nope')).toBeNull();
});

test('loadOrCreateSecret creates a private secret once and reads it back', () => {
  const file = join(mkdtempSync(join(tmpdir(), 'sw-key-')), 'team.key');
  const a = loadOrCreateSecret(file);
  const b = loadOrCreateSecret(file);
  expect(a.created).toBe(true);
  expect(b.created).toBe(false);
  expect(b.secret.equals(a.secret)).toBe(true);
  expect(readFileSync(file, 'utf8').trim()).toHaveLength(64);
  expect(statSync(file).mode & 0o077).toBe(0);
});
