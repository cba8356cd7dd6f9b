// @vitest-environment jsdom
/** docs/RELIABILITY.md H4: the selector preview says when a selector is refused, capped or slow. */
import { fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, test } from 'vitest';
import { GenericSitesEditor } from '@/components/GenericSitesEditor';
import type { SelectorPreview } from '@/lib/messaging/protocol';
import { LangProvider } from '@/lib/i18n/react';

const site = { host: 'blog.example.com', commentSelector: 'div' };
const show = async (result: SelectorPreview, lang: 'en' | 'pl' = 'en') => {
  render(
    <LangProvider lang={lang}>
      <GenericSitesEditor sites={[site]} onChange={() => undefined} onPreview={async () => result} />
    </LangProvider>,
  );
  fireEvent.click(
    screen.getByRole('button', { name: lang === 'en' ? 'Preview on the open page' : 'Podgląd na otwartej stronie' }),
  );
  return (await screen.findByRole('status')).textContent;
};

describe('selector preview under the budget', () => {
  test.each([
    [
      { comments: 4_212, withText: 0, refused: 'share' },
      /Not used: on this page the selector matches 4212 elements, more than a fifth of the page/,
    ],
    [{ comments: 1, withText: 0, refused: 'root' }, /matches the page itself/],
    [{ comments: 3, withText: 0, refused: 'container' }, /one match holds most of the page/],
    [{ comments: 1_000, withText: 1_000, capped: true }, /Only the first 1000 matches are read on each pass/],
    [{ comments: 900, withText: 120, timedOut: true, read: 120 }, /Stopped after 1.5 s with 120 read/],
  ] as Array<[SelectorPreview, RegExp]>)('%o', async (result, text) => {
    expect(await show(result)).toMatch(text);
  });
  test('in Polish', async () => {
    expect(await show({ comments: 4_212, withText: 0, refused: 'share' }, 'pl')).toMatch(/ponad jednej piątej strony/);
  });
  test('a selector matching any page is refused as typed, and cannot be previewed', () => {
    render(
      <GenericSitesEditor
        sites={[{ ...site, commentSelector: '*' }]}
        onChange={() => undefined}
        onPreview={async () => null}
      />,
    );
    expect(screen.getByRole('alert').textContent).toBe(
      'Too broad: “*” matches the whole page. Use a selector for one comment.',
    );
    expect((screen.getByRole('button', { name: 'Preview on the open page' }) as HTMLButtonElement).disabled).toBe(true);
  });
});
