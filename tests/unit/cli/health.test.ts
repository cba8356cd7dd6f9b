// @vitest-environment jsdom
import { describe, expect, test } from 'vitest';
import { formatHealth, healthReport } from '@/lib/cli/health';
import { loadFixture } from '../platforms/load';

describe('health report', () => {
  test('a platform page: every selector alternative with its count, and the comments read', () => {
    const doc = loadFixture('youtube/watch-page.html', 'https://www.youtube.com/watch?v=zefirDemo01');
    const r = healthReport(doc);
    expect(r).toMatchObject({ platform: 'youtube', comments: 12, pending: false });
    expect(r.rows).toContainEqual({ name: 'comment', selector: 'ytd-comment-view-model', count: 12 });
    expect(r.rows).toContainEqual({ name: 'comment', selector: 'ytd-comment-renderer', count: 0 });
    expect(r.rows).toContainEqual({ name: 'time', selector: '.published-time-text a', count: 0 });
  });

  test('a broken layout: the comment selector that stopped matching shows 0', () => {
    const doc = loadFixture('generic/wordpress-post.html', 'https://blog.example.com/2026/11/awaria-sieci/');
    doc.querySelectorAll('.comment-content').forEach((e) => e.classList.replace('comment-content', 'entry-text'));
    const r = healthReport(doc);
    expect(r.strategy).toBe('wordpress');
    expect(r.rows).toContainEqual({ name: 'text', selector: '.comment-content', count: 0 });
    expect(formatHealth(r)).toMatch(/^platform: generic \(strategy wordpress\); comments read: 10\n/);
  });

  test("nothing recognised: each platform's root and comment selectors, and the placeholder noted", () => {
    const doc = loadFixture('reddit/post-page.html', 'https://www.reddit.com/r/zefirmobile/comments/1abcde/x/');
    doc.querySelector('shreddit-comment-tree')!.outerHTML =
      '<faceplate-partial src="/svc/shreddit/comments/r/zefirmobile/t3_1abcde"></faceplate-partial>';
    const r = healthReport(doc);
    expect(r).toMatchObject({ platform: undefined, pending: true, comments: 0 });
    expect(r.rows).toContainEqual({ name: 'reddit.comment', selector: 'shreddit-comment[thingid]', count: 0 });
    expect(r.rows).toContainEqual({
      name: 'reddit.pendingTree',
      selector: 'faceplate-partial[src*="/svc/shreddit/comments/"]',
      count: 1,
    });
    expect(formatHealth(r).split('\n')[0]).toBe(
      'no comment section recognised; comments not loaded yet (placeholder in the page); root and comment selectors of each platform:',
    );
  });
});

describe('health of the reader in use (panel)', () => {
  test("the generic reader reports the strategy it picked and that strategy's selectors", async () => {
    const { adapterHealth } = await import('@/lib/platforms/health');
    const { createGenericAdapter } = await import('@/lib/platforms/generic');
    const doc = loadFixture('generic/systems/hackernews.html', 'https://news.ycombinator.com/item?id=4100');
    const r = adapterHealth(doc, createGenericAdapter());
    expect(r).toMatchObject({ platform: 'generic', strategy: 'hackernews', comments: 4, pending: false });
    expect(r.rows).toContainEqual({ name: 'indent', selector: 'td.ind', count: 4 });
  });
});
