// @vitest-environment jsdom
import { describe, expect, test, vi } from 'vitest';
import { zeros } from '../../helpers';
import { createBadge, NEAR_MARGIN, removeOutlineStyle, viewportWatcher } from '@/lib/content/highlight';
import { BADGE_CSS, SEVERITY_COLOURS } from '@/lib/content/badge-style';
import { CRISIS_SIGNALS, TOXICITY_KINDS, type RiskResult } from '@/lib/risk/types';
import { FLAG_ATTR, HOST_ATTR, OUTLINE_ATTR } from '@/lib/content/dom-labels';

const risky: RiskResult = {
  language: 'en',
  risk: 0.8,
  severity: 'high',
  negativity: 0.8,
  toxicity: 0.8,
  toxicityBy: { ...zeros(TOXICITY_KINDS), insult: 0.8 },
  signals: zeros(CRISIS_SIGNALS),
  reasons: [
    {
      source: 'lexicon',
      target: 'insult',
      label: 'insult: "idiots"',
      term: 'idiots',
      span: { start: 8, end: 14 },
      weight: 0.8,
    },
  ],
  uncertain: false,
  engine: 'test',
};

function badge() {
  document.body.innerHTML = '<article><span class="author">A</span><p>You are idiots</p></article>';
  const article = document.querySelector('article')!;
  const handle = createBadge(document, article.querySelector('.author')!, article, 'en', () => undefined);
  handle.update(risky, 'You are idiots');
  return { handle, article };
}

describe('severity badge', () => {
  test('at rest the host is not positioned (no stacking context per badge); the comment is outlined and marked', () => {
    const { handle, article } = badge();
    expect(handle.host!.style.getPropertyValue('position')).toBe('');
    expect(handle.host!.style.getPropertyValue('z-index')).toBe('');
    expect(article.getAttribute(FLAG_ATTR)).toBe('high');
    expect(getComputedStyle(article).outline).not.toBe('');
  });

  test('the badge CSS, not script, shows and raises an open tooltip (hover or keyboard focus); the host is never positioned inline', () => {
    const { handle } = badge();
    for (const type of ['mouseenter', 'focusin', 'mouseleave', 'focusout']) {
      handle.host!.dispatchEvent(new Event(type, { bubbles: true }));
      expect(handle.host!.style.getPropertyValue('position')).toBe('');
      expect(handle.host!.style.getPropertyValue('z-index')).toBe('');
    }
    // Chromium applies these rules on hover (tests/e2e/lifecycle.spec.ts, hostile page CSS).
    expect(BADGE_CSS).toMatch(
      /:host\(:hover\), :host\(:focus-within\) \{ position: relative !important; z-index: 2147483647 !important; \}/,
    );
    expect(BADGE_CSS).toMatch(/:host\(:hover\) \.tip, :host\(:focus-within\) \.tip \{ display: block; \}/);
  });

  test('the comment is outlined by one page stylesheet, in its severity colour, for every badge of the page', () => {
    const { article } = badge();
    expect(getComputedStyle(article).outline).toBe(`2px solid ${SEVERITY_COLOURS.high.border}`);
    document.body.insertAdjacentHTML('beforeend', '<article id="two"><span class="author">B</span></article>');
    const two = document.getElementById('two')!;
    createBadge(document, two.querySelector('.author')!, two, 'en', () => undefined).update(
      { ...risky, severity: 'low' },
      'x',
    );
    expect(getComputedStyle(two).outline).toBe(`2px solid ${SEVERITY_COLOURS.low.border}`);
    expect(document.querySelectorAll(`style[${HOST_ATTR}]`)).toHaveLength(1);
    // The page took our stylesheet out (a framework re-rendering the document): the next badge puts it back.
    document.querySelector(`style[${HOST_ATTR}]`)!.remove();
    expect(getComputedStyle(article).outline).toBe('');
    badge();
    expect(getComputedStyle(document.querySelector('article')!).outline).toBe(
      `2px solid ${SEVERITY_COLOURS.high.border}`,
    );
    removeOutlineStyle(document);
    expect(document.querySelectorAll(`style[${HOST_ATTR}]`)).toHaveLength(0);
  });

  test('a comment inside an open shadow root (Coral) is outlined by a stylesheet in that root', () => {
    const host = document.createElement('div');
    document.body.append(host);
    const root = host.attachShadow({ mode: 'open' });
    root.innerHTML = '<article id="in-shadow"><span class="author">C</span><p>text</p></article>';
    const article = root.getElementById('in-shadow')!;
    createBadge(document, article.querySelector('.author')!, article, 'en', () => undefined).update(risky, 'x');
    // The rendered outline is checked in Chromium (tests/e2e/embedded-comments.spec.ts).
    expect(article.getAttribute(OUTLINE_ATTR)).toBe('high');
    expect(root.querySelectorAll(`style[${HOST_ATTR}]`)).toHaveLength(1);
    expect(root.querySelector(`style[${HOST_ATTR}]`)!.textContent).toContain(OUTLINE_ATTR);
    removeOutlineStyle(document);
    expect(root.querySelectorAll(`style[${HOST_ATTR}]`)).toHaveLength(0);
    host.remove();
  });

  test('the tooltip lists a repeated word once and underlines each place it appears', () => {
    // Open the shadow root for the test only, to read the tooltip.
    const attach = HTMLElement.prototype.attachShadow;
    HTMLElement.prototype.attachShadow = function (init: ShadowRootInit) {
      return attach.call(this, { ...init, mode: 'open' });
    };
    try {
      document.body.innerHTML = '<article><span class="author">A</span><p>x</p></article>';
      const article = document.querySelector('article')!;
      const handle = createBadge(document, article.querySelector('.author')!, article, 'en', () => undefined);
      const text = 'passwords leaked, passwords everywhere';
      const reason = (start: number, end: number) => ({
        source: 'lexicon' as const,
        target: 'dataLeak' as const,
        label: `data leak: "${text.slice(start, end)}"`,
        term: text.slice(start, end),
        span: { start, end },
        weight: 0.8,
      });
      handle.update({ ...risky, reasons: [reason(0, 9), reason(10, 16), reason(18, 27)] }, text);
      handle.host!.dispatchEvent(new Event('mouseenter'));
      const tip = handle.host!.shadowRoot!.querySelector('.tip')!;
      expect([...tip.querySelectorAll('li')].map((li) => li.textContent)).toEqual([
        'data leak: “passwords”',
        'data leak: “leaked”',
      ]);
      expect([...tip.querySelectorAll('u')].map((u) => u.textContent)).toEqual(['passwords', 'leaked', 'passwords']);
    } finally {
      HTMLElement.prototype.attachShadow = attach;
    }
  });

  test('in a Polish interface the badge, heading and reasons are Polish', () => {
    const attach = HTMLElement.prototype.attachShadow;
    HTMLElement.prototype.attachShadow = function (init: ShadowRootInit) {
      return attach.call(this, { ...init, mode: 'open' });
    };
    try {
      document.body.innerHTML = '<article><span class="author">A</span><p>x</p></article>';
      const article = document.querySelector('article')!;
      const handle = createBadge(document, article.querySelector('.author')!, article, 'pl', () => undefined);
      const text = 'wyciek danych, idioci';
      handle.update(
        {
          ...risky,
          reasons: [
            {
              source: 'lexicon',
              target: 'dataLeak',
              label: 'data leak: "wyciek"',
              term: 'wyciek',
              span: { start: 0, end: 6 },
              weight: 0.8,
            },
            { source: 'feature', target: 'negativity', label: 'ALL CAPS', code: 'caps', weight: 0.3 },
          ],
        },
        text,
      );
      handle.host!.dispatchEvent(new Event('mouseenter'));
      const root = handle.host!.shadowRoot!;
      expect(root.querySelector('button')?.textContent).toBe('⚠ Wysokie ryzyko');
      expect(root.querySelector('.tip h4')?.textContent).toBe('Dlaczego oznaczono');
      expect([...root.querySelectorAll('.tip li')].map((li) => li.textContent)).toEqual([
        'wyciek danych: „wyciek”',
        'WIELKIE LITERY',
      ]);
    } finally {
      HTMLElement.prototype.attachShadow = attach;
    }
  });

  test('removing the badge restores the outline and the mark', () => {
    const { handle, article } = badge();
    handle.remove();
    expect(article.hasAttribute(FLAG_ATTR)).toBe(false);
    expect(getComputedStyle(article).outline).toBe('');
    expect(handle.host!.isConnected).toBe(false);
  });

  test('the tooltip is built on first hover, not with the badge', () => {
    const attach = HTMLElement.prototype.attachShadow;
    HTMLElement.prototype.attachShadow = function (init: ShadowRootInit) {
      return attach.call(this, { ...init, mode: 'open' });
    };
    try {
      const { handle } = badge();
      const root = handle.host!.shadowRoot!;
      expect(root.querySelector('.tip')).toBeNull();
      handle.host!.dispatchEvent(new Event('focusin'));
      expect(root.querySelector('.tip')?.getAttribute('role')).toBe('tooltip');
      // A new score rebuilds an open tooltip with the new reasons.
      handle.update(
        {
          ...risky,
          reasons: [{ ...risky.reasons[0]!, label: 'insult: "You"', term: 'You', span: { start: 0, end: 3 } }],
        },
        'You are idiots',
      );
      expect([...root.querySelectorAll('.tip li')].map((li) => li.textContent)).toEqual(['insult: “You”']);
    } finally {
      HTMLElement.prototype.attachShadow = attach;
    }
  });
});

describe('badges built near the viewport', () => {
  function lazy() {
    document.body.innerHTML = '<article><span class="author">A</span><p>You are idiots</p></article>';
    const article = document.querySelector('article')!;
    const waits: Array<{ el: Element; build: () => void; cancelled: boolean }> = [];
    const whenNear = (el: Element, build: () => void) => {
      const w = { el, build, cancelled: false };
      waits.push(w);
      return () => {
        w.cancelled = true;
      };
    };
    const built = vi.fn();
    const handle = createBadge(
      document,
      () => article.querySelector('.author'),
      article,
      'en',
      () => undefined,
      { whenNear, onBuilt: built },
    );
    handle.update(risky, 'You are idiots');
    return { handle, article, waits, built };
  }

  test('the severity mark is set at once; the badge and the outline wait for the comment to come near the viewport, then the badge goes after its anchor', () => {
    const { handle, article, waits, built } = lazy();
    expect(article.getAttribute(FLAG_ATTR)).toBe('high');
    // Nothing the page must restyle or repaint yet: no outline attribute, no outline.
    expect(article.hasAttribute(OUTLINE_ATTR)).toBe(false);
    expect(getComputedStyle(article).outline).toBe('');
    expect(handle.host).toBeNull();
    expect(document.querySelectorAll(`[${HOST_ATTR}]:not(style)`)).toHaveLength(0);
    expect(handle.alive()).toBe(true);
    expect(waits).toHaveLength(1);
    expect(waits[0]!.el).toBe(article);
    // A second score while waiting does not wait twice.
    handle.update({ ...risky, severity: 'critical' }, 'You are idiots');
    expect(waits).toHaveLength(1);
    expect(article.getAttribute(FLAG_ATTR)).toBe('critical');
    waits[0]!.build();
    expect(handle.host).not.toBeNull();
    expect(getComputedStyle(article).outline).toBe(`2px solid ${SEVERITY_COLOURS.critical.border}`);
    expect(article.querySelector('.author')!.nextElementSibling).toBe(handle.host);
    expect(built).toHaveBeenCalledWith(handle.host);
    expect(handle.alive()).toBe(true);
    // The page removed the badge: the scanner sees it is gone.
    handle.host!.remove();
    expect(handle.alive()).toBe(false);
  });

  test('removed while waiting: the wait is cancelled, the mark goes, and no badge is ever built', () => {
    const { handle, article, waits } = lazy();
    handle.remove();
    expect(waits[0]!.cancelled).toBe(true);
    expect(article.hasAttribute(FLAG_ATTR)).toBe(false);
    expect(article.hasAttribute(OUTLINE_ATTR)).toBe(false);
    expect(handle.host).toBeNull();
  });

  test('focusing a waiting badge builds it at once and cancels the wait', () => {
    const { handle, waits } = lazy();
    handle.pulse();
    expect(handle.host?.isConnected).toBe(true);
    expect(waits[0]!.cancelled).toBe(true);
  });

  test('viewportWatcher: one IntersectionObserver with the margin; builds once on entering, unobserves, and cancels or disconnects', () => {
    const observed = new Set<Element>();
    let callback: ((entries: Array<{ target: Element; isIntersecting: boolean }>) => void) | null = null;
    let options: IntersectionObserverInit | undefined;
    let disconnected = false;
    class FakeIO {
      constructor(cb: typeof callback, opts: IntersectionObserverInit) {
        callback = cb;
        options = opts;
      }
      observe(el: Element) {
        observed.add(el);
      }
      unobserve(el: Element) {
        observed.delete(el);
      }
      disconnect() {
        disconnected = true;
        observed.clear();
      }
    }
    expect(viewportWatcher({} as Window, new AbortController().signal)).toBeUndefined();
    const abort = new AbortController();
    const whenNear = viewportWatcher({ IntersectionObserver: FakeIO } as unknown as Window, abort.signal)!;
    expect(options?.rootMargin).toBe(NEAR_MARGIN);
    const [a, b, c] = [document.createElement('div'), document.createElement('div'), document.createElement('div')];
    const builds = { a: 0, b: 0, c: 0 };
    whenNear(a, () => builds.a++);
    const cancelB = whenNear(b, () => builds.b++);
    whenNear(c, () => builds.c++);
    expect([...observed]).toEqual([a, b, c]);
    callback!([{ target: a, isIntersecting: false }]);
    expect(builds.a).toBe(0);
    callback!([{ target: a, isIntersecting: true }]);
    callback!([{ target: a, isIntersecting: true }]);
    expect(builds.a).toBe(1);
    expect(observed.has(a)).toBe(false);
    cancelB();
    expect(observed.has(b)).toBe(false);
    callback!([{ target: b, isIntersecting: true }]);
    expect(builds.b).toBe(0);
    abort.abort();
    expect(disconnected).toBe(true);
    callback!([{ target: c, isIntersecting: true }]);
    expect(builds.c).toBe(0);
  });
});
