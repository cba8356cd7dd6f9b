/**
 * Reply insertion against the real editor libraries the platforms use (docs/RELIABILITY.md C3, C4):
 * Draft.js (X, TikTok), Lexical (Facebook, Reddit), Quill (LinkedIn post pages), ProseMirror
 * (LinkedIn feed), a React-controlled textarea (Instagram), a plain textarea (old.reddit) and a
 * bare contenteditable (YouTube). The content script's insertion routine runs in the page; each
 * fixture exposes its editor's own model through window.__editorText().
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { chromiumPath } from '../../scripts/lib/chromium';
import { buildEditors, EDITORS_DIST } from '../fixtures/editors/build';
import { fillTemplate } from '../../lib/library/variables';

// A template with markup-like text, a blank line, emoji, Polish letters and variables, filled the
// way the panel fills it: the result must arrive literally.
const TEMPLATE = fillTemplate(
  'Dzień dobry, {{author}}! <b>Bez HTML</b> 😊\n\nZajmujemy się zgłoszeniem {{ticket}}: zażółć gęślą jaźń.',
  { author: 'Ola', ticket: '#1234' },
);

type Kind = 'draft' | 'lexical' | 'quill' | 'prosemirror' | 'react-textarea' | 'textarea' | 'contenteditable';

function page(kind: Kind): string {
  const editor =
    kind === 'textarea'
      ? '<textarea aria-label="reply"></textarea>'
      : kind === 'contenteditable'
        ? '<div contenteditable="true" role="textbox" aria-label="reply" id="contenteditable-root"></div>'
        : `<div data-editor="${kind}" data-label="Reply"></div>`;
  const script = kind === 'textarea' || kind === 'contenteditable' ? '' : `<script src="/dist/${kind}.js"></script>`;
  const plainModel =
    kind === 'textarea'
      ? `<script>
          const ta = document.querySelector('textarea'); const b = document.querySelector('[data-editor-submit]');
          window.__editorText = () => ta.value; ta.addEventListener('input', () => { b.disabled = ta.value.trim() === ''; });
        </script>`
      : kind === 'contenteditable'
        ? `<script>
            const ce = document.getElementById('contenteditable-root'); const b = document.querySelector('[data-editor-submit]');
            window.__editorText = () => ce.innerText; ce.addEventListener('input', () => { b.disabled = ce.innerText.trim() === ''; });
          </script>`
        : '';
  return `<!doctype html><html><head><meta charset="utf-8"></head><body>
    <input type="search" id="search" aria-label="Search">
    <div class="comment" id="c1" data-editor-scope>
      <p>Kiedy wrócicie z zasięgiem?</p>
      ${editor}
      <button data-editor-submit disabled>Reply</button>
    </div>
    <div class="comment" id="nofield"><p>No reply box here.</p></div>
    ${script}${plainModel}
    <script src="/dist/insert-harness.js"></script>
  </body></html>`;
}

const KINDS: Kind[] = ['draft', 'lexical', 'quill', 'prosemirror', 'react-textarea', 'textarea', 'contenteditable'];
const oneLine = (s: string) => s.replace(/\n+/g, '\n').trim();

let context: BrowserContext;
beforeAll(async () => {
  await buildEditors();
  context = await chromium.launchPersistentContext('', {
    executablePath: chromiumPath(),
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-dev-shm-usage',
      '--host-resolver-rules=MAP * ~NOTFOUND',
    ],
  });
  await context.route('https://editors.test/**', (route) => {
    const path = new URL(route.request().url()).pathname;
    if (path.startsWith('/dist/')) {
      return route.fulfill({
        status: 200,
        contentType: 'text/javascript; charset=utf-8',
        body: readFileSync(resolve(EDITORS_DIST, path.slice(6))),
      });
    }
    return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: page(path.slice(1) as Kind) });
  });
});
afterAll(async () => {
  await context?.close();
});

async function open(kind: Kind): Promise<{ p: Page; errors: string[] }> {
  const p = await context.newPage();
  const errors: string[] = [];
  p.on('pageerror', (e) => errors.push(e.message));
  await p.goto(`https://editors.test/${kind}`);
  await p.waitForFunction(() => typeof window.__editorText === 'function' && typeof window.__insert === 'function');
  return { p, errors };
}

const insert = (p: Page, sel: string, text: string, mode: 'append' | 'replace' = 'append') =>
  p.evaluate(([s, t, m]) => window.__insert(s!, t!, m as 'append' | 'replace'), [sel, text, mode]);

describe.each(KINDS)('%s', (kind) => {
  test('inserts the text once, literally, enables the submit button, and undo removes it', async () => {
    const { p, errors } = await open(kind);
    const outcome = (await insert(p, '#c1', TEMPLATE)) as { ok: boolean };
    expect(outcome).toMatchObject({ ok: true });
    const model = await p.evaluate(() => window.__editorText());
    expect(TEMPLATE).toContain('Dzień dobry, Ola!');
    expect(oneLine(model)).toBe(oneLine(TEMPLATE));
    // One copy in the DOM, and the markup-like text stayed text.
    const domText = await p.locator('#c1').evaluate((el) => {
      const copy = el.cloneNode(true) as HTMLElement;
      copy.querySelectorAll('textarea').forEach((t) => t.remove());
      return [copy.textContent ?? '', ...Array.from(el.querySelectorAll('textarea'), (t) => t.value)].join(' ');
    });
    expect(domText.split('zażółć gęślą jaźń').length - 1).toBe(1);
    expect(await p.locator('#c1 b').count()).toBe(0);
    expect(await p.locator('[data-editor-submit]').isEnabled()).toBe(true);
    // Nothing went into the search box.
    expect(await p.locator('#search').inputValue()).toBe('');
    // Editors merge edits typed within a short window into one undo step; wait past it.
    await p.waitForTimeout(400);
    await p.keyboard.press('Control+z');
    await p.waitForTimeout(200);
    expect((await p.evaluate(() => window.__editorText())).trim()).toBe('');
    expect(errors).toEqual([]);
    await p.close();
  });
});

describe.each(KINDS)('%s, appending to a draft', (kind) => {
  test('the reply follows the draft after a space, not glued to its last word', async () => {
    const { p, errors } = await open(kind);
    expect(await insert(p, '#c1', '@Ola', 'replace')).toMatchObject({ ok: true });
    expect(await insert(p, '#c1', 'Dziękujemy!', 'append')).toMatchObject({ ok: true });
    expect((await p.evaluate(() => window.__editorText())).replace(/\u00a0/g, ' ').trim()).toBe('@Ola Dziękujemy!');
    expect(errors).toEqual([]);
    await p.close();
  });
});

describe('no reply field', () => {
  test('the text goes nowhere in the page and the caller is told', async () => {
    const { p } = await open('textarea');
    await p.focus('#search');
    const outcome = (await insert(p, '#nofield', 'Dziękujemy!')) as { ok: boolean; reason: string };
    expect(outcome).toMatchObject({ ok: false, reason: 'noField' });
    expect(await p.locator('#search').inputValue()).toBe('');
    expect(await p.evaluate(() => window.__editorText())).toBe('');
    await p.close();
  });
  test('a comment no longer on the page is reported as gone', async () => {
    const { p } = await open('lexical');
    const outcome = (await insert(p, '#missing', 'Dziękujemy!')) as { ok: boolean; reason: string };
    expect(outcome).toMatchObject({ ok: false, reason: 'commentGone' });
    await p.close();
  });
});
