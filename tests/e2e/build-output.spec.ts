/**
 * Checks on the built extension (RELIABILITY F2, F3, F5, E4): the manifest is pinned by a golden
 * file, and the shipped code has no eval, no Function constructor and no network endpoints.
 * Update the golden file deliberately with UPDATE_GOLDEN=1 after reviewing a permission change.
 */
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { EXTENSION_DIR } from '../../scripts/lib/chromium';

const GOLDEN = resolve(import.meta.dirname, 'golden/manifest.chrome.json');

function pinned(manifest: Record<string, unknown>) {
  const { version: _version, ...rest } = manifest;
  return rest;
}

function files(dir: string, ext: RegExp): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? files(p, ext) : ext.test(f) ? [p] : [];
  });
}

describe('built extension', () => {
  const manifest = JSON.parse(readFileSync(join(EXTENSION_DIR, 'manifest.json'), 'utf8')) as Record<string, unknown>;

  test('manifest matches the reviewed golden copy (permissions, hosts, CSP, web-accessible resources)', () => {
    if (process.env.UPDATE_GOLDEN || !existsSync(GOLDEN)) {
      writeFileSync(GOLDEN, `${JSON.stringify(pinned(manifest), null, 2)}\n`);
    }
    expect(pinned(manifest)).toEqual(JSON.parse(readFileSync(GOLDEN, 'utf8')));
  });

  test('permissions stay within the baseline', () => {
    const allowed = new Set(['storage', 'unlimitedStorage', 'sidePanel', 'scripting', 'contextMenus']);
    for (const p of manifest.permissions as string[]) expect(allowed.has(p), p).toBe(true);
    const hosts = manifest.host_permissions as string[];
    expect(hosts).not.toContain('<all_urls>');
    for (const h of hosts) expect(h).toMatch(/^https:\/\/[a-z.]+\/\*$/);
    expect(manifest.externally_connectable).toBeUndefined();
    const csp = (manifest.content_security_policy as { extension_pages: string }).extension_pages;
    expect(csp).toContain("connect-src 'none'");
    expect(csp).toContain("script-src 'self'");
  });

  test('shipped code has no eval or Function constructor', () => {
    for (const f of files(EXTENSION_DIR, /\.js$/)) {
      const src = readFileSync(f, 'utf8');
      expect(/\beval\(/.test(src), `eval in ${f}`).toBe(false);
      expect(/new Function\(/.test(src), `new Function in ${f}`).toBe(false);
    }
  });

  test('shipped code names no network endpoint beyond documentation links in library error messages', () => {
    // Libraries embed XML namespaces, JSON-schema ids and links to their docs in error texts
    // (React, zod, WXT, Dexie's two short links); nothing fetches them (CSP: connect-src 'none').
    const allowed =
      /^https?:\/\/(react\.dev|reactjs\.org|www\.w3\.org|json-schema\.org|dexie\.org|github\.com\/wxt-dev|wxt\.dev|zod\.dev|tinyurl\.com\/y2uuvskb|bit\.ly\/2kdckMn)(\/|$)/;
    const found = new Set<string>();
    for (const f of files(EXTENSION_DIR, /\.(js|html)$/)) {
      for (const m of readFileSync(f, 'utf8').matchAll(/https?:\/\/[a-zA-Z0-9.-]+[^\s"'`)]*/g)) {
        if (!allowed.test(m[0])) found.add(m[0]);
      }
    }
    // Platform URLs appear only as match patterns and adapters' page checks.
    const platform = /^https:\/\/(www\.|m\.|old\.)?(youtube|reddit|x|twitter|facebook|instagram|linkedin|tiktok)\.com/;
    expect([...found].filter((u) => !platform.test(u))).toEqual([]);
  });
});
