// @vitest-environment jsdom
import { describe, expect, test } from 'vitest';
import { zeros } from '../../helpers';
import { createBadge, removeOutlineStyle } from '@/lib/content/highlight';
import { BADGE_CSS, SEVERITY_COLOURS } from '@/lib/content/badge-style';
import { CRISIS_SIGNALS, TOXICITY_KINDS, type RiskResult } from '@/lib/risk/types';
import { FLAG_ATTR, HOST_ATTR } from '@/lib/content/dom-labels';

const risky: RiskResult = {
  language: 'en', risk: 0.8, severity: 'high', negativity: 0.8, toxicity: 0.8,
  toxicityBy: { ...zeros(TOXICITY_KINDS), insult: 0.8 }, signals: zeros(CRISIS_SIGNALS),
  reasons: [{ source: 'lexicon', target: 'insult', label: 'insult: "idiots"', term: 'idiots', span: { start: 8, end: 14 }, weight: 0.8 }],
  uncertain: false, engine: 'test',
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
    expect(handle.host.style.getPropertyValue('position')).toBe('');
    expect(handle.host.style.getPropertyValue('z-index')).toBe('');
    expect(article.getAttribute(FLAG_ATTR)).toBe('high');
    expect(getComputedStyle(article).outline).not.toBe('');
  });

  test('the badge CSS, not script, shows and raises an open tooltip (hover or keyboard focus); the host is never positioned inline', () => {
    const { handle } = badge();
    for (const type of ['mouseenter', 'focusin', 'mouseleave', 'focusout']) {
      handle.host.dispatchEvent(new Event(type, { bubbles: true }));
      expect(handle.host.style.getPropertyValue('position')).toBe('');
      expect(handle.host.style.getPropertyValue('z-index')).toBe('');
    }
    // Chromium applies these rules on hover (tests/e2e/lifecycle.spec.ts, hostile page CSS).
    expect(BADGE_CSS).toMatch(/:host\(:hover\), :host\(:focus-within\) \{ position: relative !important; z-index: 2147483647 !important; \}/);
    expect(BADGE_CSS).toMatch(/:host\(:hover\) \.tip, :host\(:focus-within\) \.tip \{ display: block; \}/);
  });

  test('the comment is outlined by one page stylesheet, in its severity colour, for every badge of the page', () => {
    const { article } = badge();
    expect(getComputedStyle(article).outline).toBe(`2px solid ${SEVERITY_COLOURS.high.border}`);
    document.body.insertAdjacentHTML('beforeend', '<article id="two"><span class="author">B</span></article>');
    const two = document.getElementById('two')!;
    createBadge(document, two.querySelector('.author')!, two, 'en', () => undefined).update({ ...risky, severity: 'low' }, 'x');
    expect(getComputedStyle(two).outline).toBe(`2px solid ${SEVERITY_COLOURS.low.border}`);
    expect(document.querySelectorAll(`style[${HOST_ATTR}]`)).toHaveLength(1);
    // The page took our stylesheet out (a framework re-rendering the document): the next badge puts it back.
    document.querySelector(`style[${HOST_ATTR}]`)!.remove();
    expect(getComputedStyle(article).outline).toBe('');
    badge();
    expect(getComputedStyle(document.querySelector('article')!).outline).toBe(`2px solid ${SEVERITY_COLOURS.high.border}`);
    removeOutlineStyle(document);
    expect(document.querySelectorAll(`style[${HOST_ATTR}]`)).toHaveLength(0);
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
      const reason = (start: number, end: number) => ({ source: 'lexicon' as const, target: 'dataLeak' as const, label: `data leak: "${text.slice(start, end)}"`, term: text.slice(start, end), span: { start, end }, weight: 0.8 });
      handle.update({ ...risky, reasons: [reason(0, 9), reason(10, 16), reason(18, 27)] }, text);
      handle.host.dispatchEvent(new Event('mouseenter'));
      const tip = handle.host.shadowRoot!.querySelector('.tip')!;
      expect([...tip.querySelectorAll('li')].map((li) => li.textContent)).toEqual(['data leak: "passwords"', 'data leak: "leaked"']);
      expect([...tip.querySelectorAll('u')].map((u) => u.textContent)).toEqual(['passwords', 'leaked', 'passwords']);
    } finally {
      HTMLElement.prototype.attachShadow = attach;
    }
  });

  test('removing the badge restores the outline and the mark', () => {
    const { handle, article } = badge();
    handle.remove();
    expect(article.hasAttribute(FLAG_ATTR)).toBe(false);
    expect(getComputedStyle(article).outline).toBe('');
    expect(handle.host.isConnected).toBe(false);
  });
});
