// @vitest-environment jsdom
/** The class test the adapters use on every comment agrees with the browser's classList. */
import { describe, expect, test } from 'vitest';
import { hasClass, matchesLabel, ownAll, ownFirst, readText, splitSelectorList } from '@/lib/platforms/dom';

describe('hasClass', () => {
  test.each([
    ['entry', 'entry', true],
    ['entry unvoted', 'entry', true],
    ['thing entry', 'entry', true],
    ['  entry\t', 'entry', true],
    ['a\nentry\nb', 'entry', true],
    ['entry-body', 'entry', false],
    ['reentry', 'entry', false],
    ['reentry entry', 'entry', true],
    ['', 'entry', false],
    [null, 'entry', false],
    ['not-sr-only', 'sr-only', false],
    ['x sr-only', 'sr-only', true],
  ])('class=%j has %j: %s', (cls, name, expected) => {
    const el = document.createElement('div');
    if (cls !== null) el.setAttribute('class', cls);
    expect(hasClass(el, name)).toBe(expected);
    expect(el.classList.contains(name)).toBe(expected);
  });
});

describe('readText', () => {
  test.each([
    ['<p>one</p><p>two</p>', 'one\n\ntwo'],
    // One paragraph, as old.reddit and most platforms mark a comment up, with the whitespace around it.
    ['<p>  one   line </p>', 'one line'],
    ['\n  <p>one\tline</p>\n  ', 'one line'],
    ['\n<p>one</p>\n<p>two  words</p>\n', 'one\n\ntwo words'],
    ['<div><p>deep</p></div><br>', 'deep'],
    ['<span class="sr-only">hidden</span>shown', 'shown'],
    ['<span class="visually-hidden x">hidden</span> shown', 'shown'],
    ['<span class="not-sr-only">kept</span>', 'kept'],
    ['a <img alt="🙂"> b<br>c', 'a 🙂 b\nc'],
    ['<script>x()</script>text', 'text'],
  ])('%s → %j', (html, expected) => {
    const el = document.createElement('div');
    el.innerHTML = html;
    expect(readText(el)).toBe(expected);
  });
});

describe('selector lists and own matches', () => {
  test.each([
    ['a, b', ['a', 'b']],
    ['.x .fn, .x cite, .x', ['.x .fn', '.x cite', '.x']],
    [':is(a, b) > c, d', [':is(a, b) > c', 'd']],
    ['[title="a, b"], e', ['[title="a, b"]', 'e']],
    ['  single  ', ['single']],
  ])('splitSelectorList(%j)', (list, parts) => {
    expect(splitSelectorList(list)).toEqual(parts);
  });

  test('ownFirst / ownAll skip matches that belong to a nested comment', () => {
    document.body.innerHTML =
      '<div class="c" id="p"><b class="n">P</b><div class="c" id="r"><b class="n">R</b></div><i class="n">P2</i></div>';
    const p = document.getElementById('p')!;
    const owner = (n: Element) => n.closest('.c');
    expect(ownFirst(p, 'b.n', owner)?.textContent).toBe('P');
    expect(ownFirst(document.getElementById('r')!, ['i.n', 'b.n'], owner)?.textContent).toBe('R');
    expect(ownAll(p, '.n', owner).map((e) => e.textContent)).toEqual(['P', 'P2']);
  });

  test('matchesLabel trims the text', () => {
    expect(matchesLabel({ en: /^Reply$/ }, '  Reply \n')).toBe(true);
    expect(matchesLabel({ en: /^Reply$/ }, 'Replies')).toBe(false);
  });
});
