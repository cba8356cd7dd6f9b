// @vitest-environment jsdom
import { describe, expect, test } from 'vitest';
import { parseAbsolute, withPublished } from '@/lib/platforms/published';
import { scanDocument } from '@/lib/cli/scan-page';
import type { RawComment } from '@/lib/platforms/types';
import { loadFixture } from './load';

const READ = Date.parse('2026-11-25T13:00:00Z');
const H = 3_600_000;
const base: RawComment = { platform: 'youtube', id: 'c', author: 'a', text: 't', depth: 0, threadId: 'c' };
const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

describe('the comment’s own time', () => {
  test.each<[string, Partial<RawComment>, string | undefined, number | undefined]>([
    [
      'an absolute time the page gives wins over its relative text',
      { publishedAt: '2026-11-25T10:15:00+01:00', relativeTime: '3 h ago' },
      '2026-11-25T09:15:00.000Z',
      0,
    ],
    [
      'Reddit’s created attribute (microseconds, +0000)',
      { publishedAt: '2026-11-24T08:00:00.123456+0000' },
      '2026-11-24T08:00:00.123Z',
      0,
    ],
    ['unix seconds', { publishedAt: '1764072000' }, '2025-11-25T12:00:00.000Z', 0],
    ['"2 h ago" read at 13:00: 11:00, within an hour', { relativeTime: '2 h ago' }, '2026-11-25T11:00:00.000Z', H],
    [
      '"3 dni temu": three days before, within a day',
      { relativeTime: '3 dni temu' },
      '2026-11-22T13:00:00.000Z',
      24 * H,
    ],
    ['"5 min" within a minute', { relativeTime: '5 min' }, '2026-11-25T12:55:00.000Z', 60_000],
    ['"wczoraj"', { relativeTime: 'wczoraj' }, '2026-11-24T13:00:00.000Z', 24 * H],
    ['a date', { relativeTime: '2026-11-20' }, '2026-11-20T00:00:00.000Z', 24 * H],
    [
      'an unreadable absolute time falls back to the text',
      { publishedAt: 'yesterday-ish', relativeTime: '1 h' },
      '2026-11-25T12:00:00.000Z',
      H,
    ],
    ['nothing readable: no time', { publishedAt: 'soon', relativeTime: 'Reply' }, undefined, undefined],
    ['no time at all', {}, undefined, undefined],
  ])('%s', (_, patch, iso, within) => {
    const out = withPublished({ ...base, ...patch }, READ);
    expect(out.publishedAt).toBe(iso);
    expect(out.publishedWithinMs).toBe(within);
  });
  test('a comment that could not be read stays null', () => {
    expect(withPublished(null, READ)).toBeNull();
  });
  test.each([['2026-11-25'], ['2026-11-25T10:00:00Z'], ['1764072000000']])('%s is absolute', (s) =>
    expect(Number.isFinite(parseAbsolute(s))).toBe(true),
  );
  test.each([['2 h'], ['Nov 25'], ['']])('%s is not', (s) => expect(parseAbsolute(s)).toBeNaN());
});

// `npm run scan` prints publishedAt (ISO 8601) for comments whose page shows a time: every adapter.
describe('npm run scan: publishedAt from each platform', () => {
  test.each([
    ['youtube/watch-page.html', 'https://www.youtube.com/watch?v=zefirDemo01'],
    ['reddit/post-page.html', 'https://www.reddit.com/r/zefirmobile/comments/1abcde/x/'],
    ['old-reddit/post-page.html', 'https://old.reddit.com/r/zefirmobile/comments/1abcde/x/'],
    ['x/status-page.html', 'https://x.com/zefirmobile/status/1861000000000000001'],
    ['facebook/post-page.html', 'https://www.facebook.com/zefirmobile/posts/pfbid02zefir'],
    ['instagram/post-page.html', 'https://www.instagram.com/p/C0zefirAbc1/'],
    ['linkedin/post-page.html', 'https://www.linkedin.com/feed/update/urn:li:activity:7390000000000000001/'],
    ['tiktok/video-page.html', 'https://www.tiktok.com/@zefirmobile/video/7440000000000000000'],
    ['generic/wordpress-post.html', 'https://blog.example.com/2026/11/awaria-sieci/'],
  ])('%s', (fixture, url) => {
    const out = scanDocument(loadFixture(fixture, url), { url, now: READ });
    const dated = out.filter((r) => typeof r.publishedAt === 'string');
    // Every comment that shows a time (absolute or relative) gets one, in ISO 8601, not after the read.
    const shown = out.filter((r) => r.relativeTime !== undefined || r.publishedAt !== undefined);
    expect(shown.length).toBeGreaterThan(0);
    expect(dated).toHaveLength(shown.length);
    for (const r of dated) {
      expect(r.publishedAt).toMatch(ISO);
      expect(Date.parse(r.publishedAt as string)).toBeLessThanOrEqual(READ);
      expect(typeof r.publishedWithinMs).toBe('number');
    }
  });
});
