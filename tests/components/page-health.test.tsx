// @vitest-environment jsdom
import { inLang } from './helpers';
import { render, screen, waitFor } from '@testing-library/react';
import { describe, expect, test, vi } from 'vitest';
import { PageHealth } from '@/components/PageHealth';
import type { SelectorHealth } from '@/lib/platforms/health';

const REPORT: SelectorHealth = {
  platform: 'generic',
  strategy: 'wordpress',
  comments: 10,
  pending: false,
  rows: [
    { name: 'comment', selector: 'li.comment[id^="comment-"]', count: 10 },
    { name: 'text', selector: '.comment-content', count: 0 },
  ],
};

/** Open the disclosure as a click on its summary does (the browser then fires "toggle"). */
function open(container: HTMLElement) {
  container.querySelector('details')!.open = true;
}

describe('selector health in the panel', () => {
  test('asks the page only when opened, then lists each selector with its count', async () => {
    const load = vi.fn(async () => REPORT);
    const { container } = render(<PageHealth load={load} />);
    expect(load).not.toHaveBeenCalled();
    open(container);
    await screen.findByText('Comments read: 10 (wordpress)');
    expect(load).toHaveBeenCalledTimes(1);
    const rows = Array.from(container.querySelectorAll('tbody tr')).map((tr) =>
      Array.from(tr.querySelectorAll('td')).map((td) => td.textContent),
    );
    expect(rows).toEqual([
      ['10', 'comment', 'li.comment[id^="comment-"]'],
      ['0', 'text', '.comment-content'],
    ]);
    expect(container.querySelectorAll('tr[data-zero]')).toHaveLength(1);
  });

  test('a page that does not answer: a notice, in Polish too', async () => {
    const { container } = render(<PageHealth load={async () => null} />, { wrapper: inLang('pl') });
    open(container);
    await waitFor(() => expect(screen.getByText('Strona nie odpowiada (odśwież kartę).')).toBeTruthy());
  });
});
