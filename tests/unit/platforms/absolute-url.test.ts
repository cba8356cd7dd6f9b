import { expect, test } from 'vitest';
import { absoluteUrl } from '@/lib/platforms/dom';
test('fast path equals URL parsing', () => {
  const pages = [
    'https://old.reddit.com/r/a/comments/b/c/',
    'https://www.youtube.com/watch?v=x',
    'http://localhost:8080/x',
    'chrome-extension://abc/demo.html',
  ];
  const hrefs = [
    '/r/zefir/comments/1abcde/comment/r001/',
    '/watch?v=zefirDemo01&lc=Ugw001',
    '/a b',
    '//evil.com/x',
    '/a/../b',
    '/a/./b',
    '/%41',
    '/p/C0/c/18/',
    '/@user/video/1',
    '/x?y=1#z',
    'rel/path',
    'https://x.com/a',
    'javascript:alert(1)',
    '/.',
    '/..',
  ];
  for (const p of pages)
    for (const h of hrefs) {
      let expected: string | undefined;
      try {
        const u = new URL(h, p);
        expected = u.protocol === 'https:' || u.protocol === 'http:' ? u.toString() : undefined;
      } catch {
        expected = undefined;
      }
      expect(absoluteUrl(h, p), `${h} on ${p}`).toBe(expected);
    }
});
