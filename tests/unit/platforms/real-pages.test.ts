// @vitest-environment jsdom
/**
 * Pages that real sites served, read from `../shared/pages` beside the repository (never copied
 * into it), each with a hand-counted `.truth.json`. Without that folder these tests are skipped
 * with a message saying where they looked.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { JSDOM } from 'jsdom';
import { describe, expect, test } from 'vitest';
import { detectPlatform } from '@/lib/cli/scan-page';
import { createGenericAdapter, pickStrategy } from '@/lib/platforms/generic';
import { adapterFor } from '@/lib/platforms/index';
import type { PlatformId, RawComment } from '@/lib/platforms/types';

const PAGES = resolve(import.meta.dirname, '../../..', process.env.STORMWATCH_PAGES ?? '../shared/pages');
const present = existsSync(PAGES);

interface Truth {
  platform: string;
  comments: number;
  samples: { author: string; text_start: string }[];
  ids: string[] | null;
  structure: { top_level: number; replies: number; max_depth: number; parents?: [string, string | null][] };
}

/**
 * Where the markup disagrees with a truth file. cicero.de (Drupal) keeps replies in a
 * `div.indented` right after their parent; the last comment sits in one after comment-214244 and
 * says so ("In reply to … comment-214244", screen-reader text), but the truth calls the list
 * flat. Its own subject is "Aktive Sterbehilfe"; the truth's sample took the subject of the
 * comment it answers, from that "In reply to" link.
 */
const TRUTH_CORRECTIONS: Record<string, { replies: Record<string, string>; textStarts: Record<number, string> }> = {
  'generic-drupal-cicero-2020.html': {
    replies: { 'comment-214343': 'comment-214244' },
    textStarts: { 7: 'Aktive Sterbehilfe — Werter Herr Kessler' },
  },
};

/** Letters and digits only, lower case: "Titel — Text" and "Titel - Text" compare the same. */
const norm = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');

/** Everything the detected adapter reads from the page, once per id (as `npm run scan` does). */
function read(doc: Document): { platform: string | undefined; comments: RawComment[] } {
  const platform = detectPlatform(doc);
  const adapter = platform ? adapterFor(platform) : undefined;
  const out = new Map<string, RawComment>();
  for (const root of adapter?.findRoots(doc) ?? [])
    for (const el of adapter!.findComments(root)) {
      const c = adapter!.readComment(el, 'https://example.invalid/');
      if (c && !out.has(c.id)) out.set(c.id, c);
    }
  return { platform, comments: [...out.values()] };
}

if (!present) {
  console.warn(`[real pages] ${PAGES} not found: the tests on real saved pages are skipped`);
  test.skip(`real pages: ${PAGES} not found (a checkout without ../shared); skipped`, () => {});
} else {
  const files = readdirSync(PAGES).filter(
    (f) => f.endsWith('.html') && existsSync(resolve(PAGES, f.replace(/\.html$/, '.truth.json'))),
  );
  test('the folder holds pages with truth files', () => {
    expect(files.length).toBeGreaterThan(0);
  });
  describe.each(files)('%s', (file) => {
    const truth = JSON.parse(readFileSync(resolve(PAGES, file.replace(/\.html$/, '.truth.json')), 'utf8')) as Truth;
    const doc = new JSDOM(readFileSync(resolve(PAGES, file), 'utf8'), { url: 'https://example.invalid/' }).window
      .document;
    const { platform, comments } = read(doc);

    test(`reads ${truth.comments} comments`, () => {
      expect(comments).toHaveLength(truth.comments);
      if (truth.comments > 0) expect(platform).toBe(truth.platform.startsWith('generic') ? 'generic' : truth.platform);
    });
    test('the sampled authors and text starts, in page order', () => {
      for (const [i, s] of truth.samples.entries()) {
        const c = comments[i];
        expect(c?.author, `sample ${i}`).toBe(s.author);
        // The sample's last word may be cut: compare up to its last full word.
        const start = TRUTH_CORRECTIONS[file]?.textStarts[i] ?? s.text_start.replace(/\s*\S*$/, '');
        expect(
          norm(c?.text ?? '').startsWith(norm(start)),
          `sample ${i}: "${c?.text.slice(0, 60)}" vs "${s.text_start}"`,
        ).toBe(true);
      }
    });
    test.runIf(truth.comments === 0)(
      'no comments: "not loaded yet" only where the page holds a placeholder for them',
      () => {
        const own = truth.platform.startsWith('generic') ? undefined : adapterFor(truth.platform as PlatformId);
        expect(!!own?.commentsPending?.(doc)).toBe(/not-loaded/.test(file));
      },
    );
    test.runIf(truth.platform.startsWith('generic'))(
      'the structure finder alone (named systems set aside): count, sampled authors, ids',
      () => {
        expect(pickStrategy(doc, undefined, [])?.name).toBe('structure');
        const adapter = createGenericAdapter(undefined, []);
        const found = new Map<string, RawComment>();
        for (const root of adapter.findRoots(doc))
          for (const el of adapter.findComments(root)) {
            const c = adapter.readComment(el, 'https://example.invalid/');
            if (c && !found.has(c.id)) found.set(c.id, c);
          }
        const all = [...found.values()];
        expect(all).toHaveLength(truth.comments);
        expect(all.slice(0, truth.samples.length).map((c) => c.author)).toEqual(truth.samples.map((x) => x.author));
        if (truth.ids) expect(all.map((c) => c.id)).toEqual(truth.ids);
      },
    );
    test.runIf(truth.ids !== null)('the ids, in page order', () => {
      expect(comments.map((c) => c.id)).toEqual(truth.ids);
    });
    test('nesting: top level, replies, deepest level and parents', () => {
      const replies = TRUTH_CORRECTIONS[file]?.replies ?? {};
      for (const [id, parent] of Object.entries(replies))
        expect(comments.find((c) => c.id === id)?.parentId, id).toBe(parent);
      const extra = Object.keys(replies).length;
      expect(comments.filter((c) => c.depth === 0)).toHaveLength(truth.structure.top_level - extra);
      expect(comments.filter((c) => c.depth > 0)).toHaveLength(truth.structure.replies + extra);
      expect(Math.max(0, ...comments.map((c) => c.depth))).toBe(Math.max(truth.structure.max_depth, extra > 0 ? 1 : 0));
      if (truth.structure.parents)
        expect(comments.map((c) => [c.id, c.parentId ?? null])).toEqual(truth.structure.parents);
    });
  });
}
