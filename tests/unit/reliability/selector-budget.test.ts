// @vitest-environment jsdom
/**
 * docs/RELIABILITY.md H4: a user's comment selector runs under a budget. Settings → Other sites
 * once accepted `div` (Preview froze an 800-comment page for 6 s) and `*` (200 s on 1,500
 * comments). Now a selector matching the page root, a page-wide container or more than a fifth
 * of the page is refused, with the reason in the preview; matches are capped; the preview reads
 * in time slices and stops at its time budget.
 */
import { beforeEach, describe, expect, test, vi } from 'vitest';
import { checkUserSelector, matchesAnyPage, SELECTOR_BUDGET } from '@/lib/platforms/selector-budget';
import { createGenericAdapter, pickStrategy, previewSelectors } from '@/lib/platforms/generic';
import { siteProblems } from '@/components/settings-validation';

const comment = (i: number) =>
  `<li class="comment" id="comment-${i}"><article class="comment-body"><footer class="comment-meta"><b class="fn">Reader ${i}</b><time datetime="2026-11-25T10:00:00Z">x</time></footer><div class="comment-content"><p>Comment number ${i}, the network is down again</p></div><span class="reply">Reply</span></article></li>`;
function page(n: number) {
  document.body.innerHTML = `<div id="page"><div id="content"><div id="comments" class="comments-area"><ol class="comment-list">${Array.from({ length: n }, (_, i) => comment(i)).join('')}</ol></div></div></div>`;
}
const site = (commentSelector: string) => ({ host: 'blog.example.com', commentSelector });

beforeEach(() => {
  vi.spyOn(console, 'info').mockImplementation(() => undefined);
});

describe('the budget on the open page', () => {
  beforeEach(() => page(800));
  test.each([
    ['*', 'root'],
    ['html', 'root'],
    ['body', 'root'],
    [':root', 'root'],
    ['#page', 'container'],
    ['div', 'container'],
    ['div.comment-content, div.comment-content *, li *', 'share'],
    ['li, li *', 'share'],
    ['li[', 'invalid'],
  ])('%s is refused (%s)', (selector, reason) => {
    expect(checkUserSelector(document, selector)).toMatchObject({ ok: false, reason });
  });
  test.each(['li.comment', 'ol.comment-list > li', '[id^="comment-"]', '.nothing-here'])(
    '%s is accepted',
    (selector) => {
      expect(checkUserSelector(document, selector).ok).toBe(true);
    },
  );

  test.each([['div'], ['*']])(
    'the preview of %s on an 800-comment page says it is refused, at once, reading nothing',
    async (selector) => {
      const read = vi.spyOn(Element.prototype, 'cloneNode');
      const start = performance.now();
      const result = await previewSelectors(document, site(selector));
      expect(performance.now() - start).toBeLessThan(500);
      expect(result.refused).toBeDefined();
      expect(result.withText).toBe(0);
      expect(read).not.toHaveBeenCalled();
    },
  );

  test('a refused selector is not used for scanning: the built-in readers are tried instead', () => {
    expect(pickStrategy(document, site('div'))?.name).not.toMatch(/^custom:/);
    expect(pickStrategy(document, site('li.comment'))?.name).toBe('custom:blog.example.com');
    // The page root is never a comment, whatever the selector.
    const adapter = createGenericAdapter(site('li.comment, body'));
    expect(adapter.findComments(document.body).includes(document.body)).toBe(false);
  });
});

describe('caps and time slices', () => {
  test('matches beyond the cap are not read in one pass, and the preview says so', async () => {
    page(1_500);
    const adapter = createGenericAdapter(site('li.comment'));
    expect(adapter.findComments(document.body)).toHaveLength(SELECTOR_BUDGET.maxMatches);
    // A clock that never moves: the whole capped set is read.
    const result = await previewSelectors(document, site('li.comment'), { now: () => 0, yield: async () => undefined });
    expect(result).toMatchObject({
      comments: SELECTOR_BUDGET.maxMatches,
      withText: SELECTOR_BUDGET.maxMatches,
      capped: true,
    });
  });

  test('the preview yields to the page between slices and stops at its time budget', async () => {
    page(300);
    let t = 0;
    const yields: number[] = [];
    // Every read takes 5 ms on this clock.
    const clock = { now: () => (t += 5), yield: async () => void yields.push(t) };
    const result = await previewSelectors(document, site('li.comment'), clock);
    expect(result.timedOut).toBe(true);
    expect(result.read).toBeGreaterThan(0);
    expect(result.read).toBeLessThan(300);
    expect(yields.length).toBeGreaterThan(10);
  });
});

describe('checked as typed (and in restored settings), without the page', () => {
  test.each(['*', 'html', 'body', ':root', 'html *', 'body, li'])('%s matches any page: refused', (selector) => {
    expect(matchesAnyPage(selector)).toBe(true);
    expect(siteProblems(site(selector))).toEqual([['broad', selector]]);
  });
  test.each(['div', 'li.comment', 'article[data-id]'])('%s: checked on the page instead', (selector) => {
    expect(siteProblems(site(selector))).toEqual([]);
  });
});
