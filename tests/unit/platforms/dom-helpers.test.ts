// @vitest-environment jsdom
/** The class test the adapters use on every comment agrees with the browser's classList. */
import { describe, expect, test } from 'vitest';
import { hasClass, readText } from '@/lib/platforms/dom';

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
