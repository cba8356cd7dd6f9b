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
    ['x/status-page.html', 'https://x.com/zefirmobile/status/1861000000000000001', 'x', 11],
    ['x/status-page-pl.html', 'https://x.com/zefirmobile/status/1861000000000000001', 'x', 5],
    ['facebook/post-page.html', 'https://www.facebook.com/zefirmobile/posts/pfbid02zefir', 'facebook', 11],
    ['facebook/post-page-pl.html', 'https://www.facebook.com/zefirmobile/posts/pfbid02zefir', 'facebook', 8],
    ['instagram/post-page.html', 'https://www.instagram.com/p/C0zefirAbc1/', 'instagram', 11],
    ['instagram/reel-page.html', 'https://www.instagram.com/reel/C0zefirAbc2/', 'instagram', 11],
    ['instagram/post-modal-pl.html', 'https://www.instagram.com/p/C0zefirAbc1/', 'instagram', 8],
    [
      'linkedin/post-page.html',
      'https://www.linkedin.com/feed/update/urn:li:activity:7390000000000000001/',
      'linkedin',
      13,
    ],
    ['linkedin/feed-sdui-pl.html', 'https://www.linkedin.com/feed/', 'linkedin', 9],
    ['tiktok/video-page.html', 'https://www.tiktok.com/@zefirmobile/video/7440000000000000000', 'tiktok', 11],
    ['tiktok/video-page-object-pl.html', 'https://www.tiktok.com/@zefirmobile/video/7440000000000000000', 'tiktok', 8],
    ['generic/wordpress-post.html', 'https://blog.example.com/2026/11/awaria-sieci/', 'generic', 10],
    ['generic/news-article.html', 'https://www.dailycourier.example/tech/outage-day-two', 'generic', 9],
    ['generic/forum-microdata.html', 'https://forum.example.org/t/zefir-outage/77', 'generic', 7],
    ['generic/isso-thread.html', 'https://tech.example.pl/2026/11/awaria-sieci/', 'generic', 8],
    ['generic/aria-comments.html', 'https://www.harbourtimes.example/news/outage-day-two', 'generic', 7],
  ] as const)('%s is detected as %s (%s) and gives %i records', (fixture, url, platform, count) => {
    const doc = loadFixture(fixture, url);
    expect(detectPlatform(doc)).toBe(platform);
    const out = scanDocument(doc, { url, now: Date.parse('2026-11-25T13:00:00Z') });
    expect(out).toHaveLength(count);
    expect(out.some((r) => r.flagged)).toBe(true);
    expect(out.some((r) => !r.flagged)).toBe(true);
  });

  test('a Reddit page whose comment tree is still a placeholder: "not loaded yet", not "no comments"', () => {
    const url = 'https://www.reddit.com/r/zefirmobile/comments/1abcde/x/';
    const doc = loadFixture('reddit/post-page.html', url);
    doc.querySelector('shreddit-comment-tree')!.outerHTML =
      '<faceplate-partial loading="preload" src="/svc/shreddit/comments/r/zefirmobile/t3_1abcde?render-mode=partial"></faceplate-partial>';
    expect(() => scanDocument(doc, { url })).toThrow(/Reddit comments are not loaded yet/);
    expect(() => scanDocument(doc, { url, platform: 'reddit' })).toThrow(/Reddit comments are not loaded yet/);
  });

  test('the pile-on thread is escalating or worse, a calm thread is calm', () => {
    const url = 'https://old.reddit.com/r/zefirmobile/comments/1abcde/x/';
    const out = scanDocument(loadFixture('old-reddit/post-page.html', url), {
      url,
      now: Date.parse('2026-11-25T13:00:00Z'),
    });
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
