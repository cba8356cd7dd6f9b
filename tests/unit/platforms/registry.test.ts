import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { adapterForUrl, platforms } from '@/lib/platforms/index';
import { HOST_PERMISSIONS } from '@/lib/platforms/hosts';
import { PLATFORM_IDS, type PlatformAdapter } from '@/lib/platforms/types';
import { PLATFORM_INFO, SETTINGS_ROWS } from '@/lib/platforms/registry';
import { MatchPattern } from 'wxt/utils/match-patterns';
import { JSDOM } from 'jsdom';
import { detectPlatform } from '@/lib/cli/scan-page';
import { en } from '@/lib/i18n/en';
import { pl } from '@/lib/i18n/pl';

const FIXTURES = resolve(import.meta.dirname, '../../fixtures');
const real = platforms.filter((p) => p.id !== 'demo');
// The generic adapter is enabled per site by the user (optional permissions), never by URL.
const byUrl = real.filter((p) => p.id !== 'generic');

describe('platform registry', () => {
  test('every platform has an adapter', () => {
    expect(platforms.map((p) => p.id).sort()).toEqual([...PLATFORM_IDS].sort());
  });
  test('ids are unique', () => {
    expect(new Set(platforms.map((p) => p.id)).size).toBe(platforms.length);
  });
  test.each(byUrl.map((p) => [p.id, p] as const))(
    '%s: valid match patterns covered by the host permissions',
    (_id, p) => {
      expect(p.matches.length).toBeGreaterThan(0);
      for (const m of p.matches) {
        expect(() => new MatchPattern(m)).not.toThrow();
        expect(HOST_PERMISSIONS).toContain(m);
      }
    },
  );
  test.each(byUrl.map((p) => [p.id, p] as const))('%s: test URLs are its own comment pages', (_id, p) => {
    expect(p.testUrls.length).toBeGreaterThan(0);
    for (const u of p.testUrls) {
      expect(adapterForUrl(u)?.id).toBe(p.id);
      expect(p.isCommentPage(new URL(u))).toBe(true);
    }
  });
  test.each(real.map((p) => [p.id] as const))('%s: fixtures exist with a header line', (id) => {
    const dir = resolve(FIXTURES, id);
    expect(existsSync(dir)).toBe(true);
    const files = readdirSync(dir).filter((f) => f.endsWith('.html'));
    expect(files.length).toBeGreaterThan(0);
    for (const f of files)
      expect(readFileSync(resolve(dir, f), 'utf8').split('\n')[0]).toMatch(
        /^<!-- .+ \| checked \d{4}-\d{2}-\d{2} \| .+ -->$/,
      );
  });
  test.each(byUrl.map((p) => [p.id, p] as const))(
    '%s: its fixtures are read by it (the scan command detects it)',
    (id, p) => {
      for (const f of readdirSync(resolve(FIXTURES, id)).filter((n) => n.endsWith('.html'))) {
        const doc = new JSDOM(readFileSync(resolve(FIXTURES, id, f), 'utf8'), { url: p.testUrls[0] }).window.document;
        expect(detectPlatform(doc), `${id}/${f}`).toBe(id);
        expect(p.findRoots(doc).flatMap((r) => p.findComments(r)).length, `${id}/${f}`).toBeGreaterThan(0);
      }
    },
  );
  test.each(readdirSync(resolve(FIXTURES, 'generic')).filter((n) => n.endsWith('.html')))(
    'generic/%s: no platform adapter reads it, the scan command detects it as another site',
    (f) => {
      const doc = new JSDOM(readFileSync(resolve(FIXTURES, 'generic', f), 'utf8'), {
        url: 'https://blog.example.com/post/',
      }).window.document;
      expect(detectPlatform(doc)).toBe('generic');
    },
  );
  test.each(real.map((p): [string, PlatformAdapter] => [p.id, p]))(
    '%s: the selectors named for the health log exist',
    (_id, p) => {
      const { root, comment } = p.health ?? { root: 'root', comment: 'comment' };
      expect(p.selectors[root], root).toBeDefined();
      expect(p.selectors[comment], comment).toBeDefined();
    },
  );
  // Every fixture variant carries the cases an adapter must survive. YouTube shows no placeholder
  // for a deleted comment (it disappears), so its fixtures are checked in youtube.test.ts only.
  const EMOJI_ONLY = /^(?:\p{Extended_Pictographic}|\u200d|\ufe0f|\s)+$/u;
  test.each(
    real
      .filter((p) => p.id !== 'youtube')
      .flatMap((p) =>
        readdirSync(resolve(FIXTURES, p.id))
          .filter((n) => n.endsWith('.html'))
          .map((f): [string, PlatformAdapter] => [`${p.id}/${f}`, p]),
      ),
  )(
    '%s: nested replies, a deleted comment, an emoji-only one, one with HTML-like text, a load-more control',
    (path, p) => {
      const url = p.testUrls[0]!;
      const doc = new JSDOM(readFileSync(resolve(FIXTURES, path), 'utf8'), { url }).window.document;
      const read = p
        .findRoots(doc)
        .flatMap((r) => p.findComments(r))
        .map((el) => p.readComment(el, url))
        .filter((c) => c !== null);
      expect(
        read.some((c) => c.depth > 0 && c.parentId),
        'nested',
      ).toBe(true);
      expect(
        read.some((c) => c.deleted),
        'deleted',
      ).toBe(true);
      expect(
        read.some((c) => EMOJI_ONLY.test(c.text)),
        'emoji-only',
      ).toBe(true);
      expect(
        read.some((c) => /<[a-z]+[^>]*>/i.test(c.text)),
        'HTML-like text',
      ).toBe(true);
      expect(p.findLoadMore?.(doc).length ?? 0, 'load more').toBeGreaterThan(0);
    },
  );
  test('an unsupported site has no adapter', () => {
    expect(adapterForUrl('https://example.com/blog/post')).toBeUndefined();
  });
});

describe('one registry for ids, names, hosts and Settings rows', () => {
  test('each registry line has its adapter, with the same name and match patterns', () => {
    expect(PLATFORM_INFO.map((i) => i.id)).toEqual([...PLATFORM_IDS]);
    for (const info of PLATFORM_INFO) {
      const adapter = platforms.find((p) => p.id === info.id);
      expect(adapter, info.id).toBeDefined();
      if (info.id !== 'generic') expect(adapter!.label, info.id).toBe(info.label);
      expect(adapter!.matches, info.id).toEqual([...info.hosts]);
    }
  });
  test('host permissions are the registry hosts, each once', () => {
    expect([...HOST_PERMISSIONS]).toEqual(PLATFORM_INFO.flatMap((i) => [...i.hosts]));
    expect(new Set(HOST_PERMISSIONS).size).toBe(HOST_PERMISSIONS.length);
  });
  test('Settings rows: every platform but the demo, named in both languages', () => {
    expect(SETTINGS_ROWS.map((r) => r.id)).toEqual(PLATFORM_IDS.filter((id) => id !== 'demo'));
    // The switch is labelled by the dictionary (platformName), not by the registry.
    for (const r of SETTINGS_ROWS) {
      const key = `platform_${r.id}` as const;
      expect(en[key] && pl[key], r.id).toBeTruthy();
    }
  });
});
