// @vitest-environment jsdom
import { inLang } from './helpers';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { SiteAccess, sitePattern } from '@/components/SiteAccess';
import { GenericSitesEditor } from '@/components/GenericSitesEditor';
import { TabNotice } from '@/components/TabNotice';

afterEach(cleanup);

describe('reading a site without an adapter', () => {
  test.each([
    ['https://blog.example.com/2026/11/post?x=1', { host: 'blog.example.com', origin: 'https://blog.example.com/*' }],
    ['http://localhost:8080/comments', { host: 'localhost', origin: 'http://localhost/*' }],
    ['chrome://extensions/', null],
    ['file:///home/a.html', null],
    ['not a url', null],
    [undefined, null],
  ])('sitePattern(%s)', (url, expected) => {
    expect(sitePattern(url)).toEqual(expected);
  });

  test('"this page" starts the reader without asking for a permission', async () => {
    const request = vi.fn(async () => true);
    const enable = vi.fn(async () => ({ ok: true as const }));
    render(<SiteAccess tabId={7} url="https://blog.example.com/post" request={request} enable={enable} />);
    expect(screen.getByText(/no adapter for blog\.example\.com/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Read comments on this page' }));
    expect(await screen.findByText('Reading comments on blog.example.com.')).toBeTruthy();
    expect(request).not.toHaveBeenCalled();
    expect(enable).toHaveBeenCalledWith(7, false);
  });

  test('"always" asks for that one site inside the click, then registers it', async () => {
    const request = vi.fn(async () => true);
    const enable = vi.fn(async () => ({ ok: true as const }));
    render(<SiteAccess tabId={7} url="https://blog.example.com/post" request={request} enable={enable} />);
    fireEvent.click(screen.getByRole('button', { name: 'Always on blog.example.com' }));
    // Called synchronously in the click handler: browsers only allow the prompt in a user gesture.
    expect(request).toHaveBeenCalledWith('https://blog.example.com/*');
    expect(await screen.findByText('Reading comments on blog.example.com.')).toBeTruthy();
    expect(enable).toHaveBeenCalledWith(7, true);
  });

  test('a refused permission changes nothing and says so', async () => {
    const enable = vi.fn(async () => ({ ok: true as const }));
    render(<SiteAccess tabId={7} url="https://blog.example.com/post" request={async () => false} enable={enable} />, {
      wrapper: inLang('pl'),
    });
    fireEvent.click(screen.getByRole('button', { name: 'Zawsze na blog.example.com' }));
    expect(
      await screen.findByText('Nie udzielono uprawnienia dla blog.example.com; nic się nie zmieniło.'),
    ).toBeTruthy();
    expect(enable).not.toHaveBeenCalled();
  });

  test('a failure to start is shown in words', async () => {
    render(
      <SiteAccess
        tabId={7}
        url="https://blog.example.com/post"
        request={async () => true}
        enable={async () => ({ ok: false, message: 'Stormwatch has no access to this page.' })}
      />,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Read comments on this page' }));
    expect(await screen.findByText('Stormwatch has no access to this page.')).toBeTruthy();
  });

  test('without access to the tab’s address: how to get it, no buttons', () => {
    render(<SiteAccess tabId={7} request={async () => true} enable={async () => ({ ok: true })} />);
    expect(screen.getByText(/click the Stormwatch button in the toolbar/)).toBeTruthy();
    expect(screen.queryByRole('button')).toBeNull();
  });
});

describe('selector preview in Settings', () => {
  const site = { host: 'blog.example.com', commentSelector: 'li.comment' };
  test('shows how many comments the selectors match on the open page, with a sample', async () => {
    const onPreview = vi.fn(async () => ({ comments: 10, withText: 9, sample: 'Dzięki za informację' }));
    render(<GenericSitesEditor sites={[site]} onChange={() => undefined} onPreview={onPreview} />);
    fireEvent.click(screen.getByRole('button', { name: 'Preview on the open page' }));
    expect(await screen.findByText(/Matches 10 comments on the open page \(9 with text\)\./)).toBeTruthy();
    expect(screen.getByText('First: “Dzięki za informację”')).toBeTruthy();
    expect(onPreview).toHaveBeenCalledWith(site);
  });

  test('no page to ask: says what to do', async () => {
    render(<GenericSitesEditor sites={[site]} onChange={() => undefined} onPreview={async () => null} />);
    fireEvent.click(screen.getByRole('button', { name: 'Preview on the open page' }));
    expect(await screen.findByText(/Open a page of this site/)).toBeTruthy();
  });

  test('an invalid selector cannot be previewed', () => {
    render(
      <GenericSitesEditor
        sites={[{ host: 'blog.example.com', commentSelector: 'li[' }]}
        onChange={() => undefined}
        onPreview={async () => null}
      />,
    );
    expect((screen.getByRole('button', { name: 'Preview on the open page' }) as HTMLButtonElement).disabled).toBe(true);
    expect(screen.getByRole('alert').textContent).toContain('Not a valid CSS selector: li[');
  });

  test('editing the selectors clears the old count', async () => {
    const onChange = vi.fn();
    render(
      <GenericSitesEditor sites={[site]} onChange={onChange} onPreview={async () => ({ comments: 0, withText: 0 })} />,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Preview on the open page' }));
    expect(await screen.findByText(/Matches 0 comments/)).toBeTruthy();
    fireEvent.change(screen.getByRole('textbox', { name: 'Comment selector' }), {
      target: { value: 'li.comment.depth-1' },
    });
    expect(screen.queryByText(/Matches 0 comments/)).toBeNull();
    expect(onChange).toHaveBeenCalledWith([{ host: 'blog.example.com', commentSelector: 'li.comment.depth-1' }]);
  });
});

describe('tab notices', () => {
  const status = (state: 'noComments' | 'commentsLoading' | 'disabled' | 'notCommentPage') => ({
    kind: 'ready' as const,
    tabId: 1,
    status: {
      platform: 'tiktok' as const,
      pageUrl: 'https://www.tiktok.com/@a/video/1',
      state,
      scanned: 0,
      flagged: 0,
    },
  });
  test.each([
    [
      'noComments',
      'en',
      'Comments not recognised here (TikTok). You can give your own selectors in Settings → Other sites.',
    ],
    [
      'noComments',
      'pl',
      'Nie rozpoznano tu komentarzy (TikTok). Możesz podać własne selektory w Ustawieniach → Inne strony.',
    ],
    ['commentsLoading', 'en', 'Comments are not loaded yet (TikTok). They are read as soon as the page shows them.'],
    [
      'commentsLoading',
      'pl',
      'Komentarze nie są jeszcze wczytane (TikTok). Zostaną przeczytane, gdy strona je pokaże.',
    ],
    ['disabled', 'en', 'Scanning is off for TikTok.'],
    ['notCommentPage', 'en', 'Open a post or video to see its comments.'],
  ] as const)('%s (%s)', (state, lang, text) => {
    render(<TabNotice state={status(state)} />, { wrapper: inLang(lang) });
    expect(screen.getByRole('status').textContent).toBe(text);
  });
  test('a platform tab without a content script (opened before install): reload prompt, not the generic offer', () => {
    render(<TabNotice state={{ kind: 'unsupported', tabId: 3, url: 'https://www.youtube.com/watch?v=abc' }} />);
    expect(screen.getByRole('status').textContent).toBe('Reload this tab to start scanning.');
    expect(screen.queryByRole('button')).toBeNull();
  });
});
