// @vitest-environment jsdom
import { describe, expect, test } from 'vitest';
import { detectPlatform, scanDocument } from '@/lib/cli/scan-page';
import { loadFixture } from '../platforms/load';

describe('scan', () => {
  test.each([
    ['youtube/watch-page.html', 'https://www.youtube.com/watch?v=zefirDemo01', 'youtube', 12],
    ['youtube/shorts-panel.html', 'https://www.youtube.com/shorts/x', 'youtube', 2],
    ['reddit/post-page.html', 'https://www.reddit.com/r/zefirmobile/comments/1abcde/x/', 'reddit', 13],
    ['old-reddit/post-page.html', 'https://old.reddit.com/r/zefirmobile/comments/1abcde/x/', 'old-reddit', 13],
  ] as const)('%s is detected as %s and gives %i records', (fixture, url, platform, count) => {
    const doc = loadFixture(fixture, url);
    expect(detectPlatform(doc)).toBe(platform);
    const out = scanDocument(doc, { url, now: Date.parse('2026-11-25T13:00:00Z') });
    expect(out).toHaveLength(count);
    expect(out.some((r) => r.flagged)).toBe(true);
    expect(out.some((r) => !r.flagged)).toBe(true);
  });

  test('the pile-on thread is escalating or worse, a calm thread is calm', () => {
    const url = 'https://old.reddit.com/r/zefirmobile/comments/1abcde/x/';
    const out = scanDocument(loadFixture('old-reddit/post-page.html', url), { url, now: Date.parse('2026-11-25T13:00:00Z') });
    const status = (id: string) => (out.find((r) => r.id === id)!.thread as { status: string }).status;
    expect(status('t1_k7a005')).toMatch(/escalating|crisis/);
    expect(status('t1_k7b008')).toBe('calm');
  });

  test('a page with no comment section is a clear error', () => {
    const doc = loadFixture('youtube/watch-page.html', 'https://example.com/');
    doc.body.innerHTML = '<p>nothing</p>';
    expect(() => scanDocument(doc)).toThrow(/no supported comment section/);
  });
});
