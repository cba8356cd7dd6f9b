/**
 * Issue #23: the panel is wholly Polish or wholly English. On the demo page, every screen of the
 * panel (and the printable report) is read in one language and searched for words of the other.
 * What people wrote (comments, authors, template titles and bodies, terms) is left out: it is shown
 * as written, in whatever language it is.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { captureErrors, launch, waitForFlags, type Ext } from './fixtures';

/** Elements that hold what people wrote, not the interface's words. */
// (a custom variable's placeholder is its default value, written with the template)
const USER_TEXT =
  'bdi, [dir="auto"], .queue-text, .detail-text, .preview, .terms, code, kbd, textarea, .picker option, .variables input';
/** Elements named by what people wrote (a template's title). */
const NAMED_BY_DATA = '.library > li, article.suggestion';

const ENGLISH = [
  'Queue',
  'Replies',
  'Library',
  'Dashboard',
  'Settings',
  'Search',
  'Severity',
  'Platform',
  'Language',
  'Loading',
  'Insert',
  'Copy',
  'Save',
  'Cancel',
  'Show on page',
  'Ignore author',
  'False positive',
  'Note',
  'Thread',
  'Waiting',
  'Reasons',
  'In progress',
  'Replied',
  'Escalated',
  'Resolved',
  'Dismissed',
  'uncertain',
  'insult',
  'data leak',
  'heated',
  'escalating',
  'complaint',
  'refund',
  'empathetic',
  'apologetic',
  'informative',
  'friendly',
  'Flagged',
  'Period',
  'Export',
  'Backup',
  'authors',
  'comments',
  'risky',
  'likes',
  'repeated',
  'Other sites',
  'Top terms',
  'hour',
  'defaults',
  'the',
  'and',
  'of',
  'with',
  'inProgress',
  'refundDelayDefect',
  'scamFraud',
  'dataLeak',
  'legalThreat',
];
const POLISH = [
  'Kolejka',
  'Odpowiedzi',
  'Biblioteka',
  'Pulpit',
  'Ustawienia',
  'Szukaj',
  'Zapisz',
  'Anuluj',
  'Notatka',
  'Powody',
  'Oznaczone',
  'Nowe',
  'W toku',
  'obelga',
  'wyciek',
  'skarga',
  'komentarze',
  'nie',
  'oraz',
  'dla',
  'inProgress',
  'refundDelayDefect',
  'scamFraud',
  'dataLeak',
];
const POLISH_LETTERS = /[ąćęłńóśźżĄĆĘŁŃÓŚŹŻ]/;

/** The interface's own text on the page: text nodes and accessible names, without what people wrote. */
function uiText(page: Page): Promise<string> {
  return page.evaluate(
    ([userText, namedByData]) => {
      const out: string[] = [];
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const el = n.parentElement;
        if (el && !el.closest(userText) && !el.closest('script, style')) out.push(n.textContent ?? '');
      }
      for (const el of document.body.querySelectorAll('[aria-label], [title], [placeholder]')) {
        if (el.closest(userText) || el.matches(namedByData)) continue;
        for (const a of ['aria-label', 'title', 'placeholder']) out.push(el.getAttribute(a) ?? '');
      }
      return out.join('\n');
    },
    [USER_TEXT, NAMED_BY_DATA] as const,
  );
}

const found = (text: string, words: readonly string[]) =>
  words.filter((w) => new RegExp(`(?<![\\p{L}])${w}(?![\\p{L}])`, 'u').test(text));

/** Every screen of the panel, with a comment selected, the shortcuts list, and the report. */
async function everyScreen(ext: Ext, panel: Page, lang: 'pl' | 'en'): Promise<Array<[string, string]>> {
  const seen: Array<[string, string]> = [];
  await panel.click('#tab-queue');
  await panel.locator('[role="option"]').filter({ hasText: 'Konsultant na infolinii' }).first().click();
  await panel.locator('.detail').waitFor();
  await panel.locator('.replies').waitFor();
  seen.push(['queue', await uiText(panel)]);
  await panel.keyboard.press('?');
  await panel.locator('.shortcuts').waitFor();
  seen.push(['shortcuts', await uiText(panel)]);
  await panel.keyboard.press('Escape');
  for (const [screen, ready] of [
    ['replies', '.replies-screen'],
    ['library', '.library li'],
    ['dashboard', '.dashboard'],
    ['settings', 'form.settings'],
  ] as const) {
    await panel.click(`#tab-${screen}`);
    await panel.locator(ready).first().waitFor();
    // Open every disclosure (chart tables, histories) so their text is read too.
    await panel.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
    seen.push([screen, await uiText(panel)]);
  }
  const report = await ext.open(`report.html?days=7&lang=${lang}`);
  await report.locator('.crisis-report').waitFor();
  await report.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
  seen.push(['report', await uiText(report)]);
  await report.close();
  return seen;
}

async function chooseLanguage(panel: Page, lang: 'pl' | 'en'): Promise<void> {
  await panel.click('#tab-settings');
  await panel.getByLabel(/^(Interface language|Język interfejsu)/).selectOption(lang);
  await panel.locator('form.settings button[type="submit"]').click();
  await panel.locator(`main.panel[data-lang="${lang}"]`).waitFor();
}

describe('the panel speaks one language', () => {
  let ext: Ext;
  beforeAll(async () => {
    ext = await launch();
    const page = await ext.open('demo.html');
    await waitForFlags(page, 3);
  });
  afterAll(async () => {
    await ext?.close();
  });

  test('in Polish, no English words on any screen', async () => {
    const panel = await ext.open('sidepanel.html');
    const errors = captureErrors(panel);
    await chooseLanguage(panel, 'pl');
    const screens = await everyScreen(ext, panel, 'pl');
    for (const [screen, text] of screens) {
      expect(text.length, screen).toBeGreaterThan(100);
      expect(found(text, ENGLISH), `${screen}: ${text.slice(0, 200)}`).toEqual([]);
    }
    // The thread line is Polish too: status and reasons.
    await panel.click('#tab-queue');
    expect(await panel.locator('.thread').innerText()).toMatch(/Wątek: (eskalujący|kryzys) — /);
    expect(errors).toEqual([]);
  });

  test('in English, no Polish words on any screen', async () => {
    const panel = await ext.open('sidepanel.html');
    const errors = captureErrors(panel);
    await chooseLanguage(panel, 'en');
    const screens = await everyScreen(ext, panel, 'en');
    for (const [screen, text] of screens) {
      expect(text.length, screen).toBeGreaterThan(100);
      expect(found(text, POLISH), screen).toEqual([]);
      expect(
        text.split('\n').filter((line) => POLISH_LETTERS.test(line)),
        screen,
      ).toEqual([]);
    }
    expect(errors).toEqual([]);
  });
});
