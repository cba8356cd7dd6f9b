// @vitest-environment jsdom
/**
 * docs/RELIABILITY.md F1 in the panel. Chromium refuses chrome.permissions.remove for hosts the manifest
 * requires ("You cannot remove required permissions"), so the withheld state is simulated here
 * through the permissions API the panel reads.
 */
import { inLang } from './helpers';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { HostAccess, useMissingHosts } from '@/components/HostAccess';
import { HOST_PERMISSIONS } from '@/lib/platforms/hosts';

let granted: string[];
let listeners: Array<() => void>;
const request = vi.fn(async ({ origins }: { origins: string[] }) => {
  granted = [...granted, ...origins];
  return true;
});

function Harness() {
  const { missing, grant } = useMissingHosts();
  return <HostAccess missing={missing} onGrant={() => void grant()} />;
}

beforeEach(() => {
  fakeBrowser.reset();
  listeners = [];
  request.mockClear();
  (fakeBrowser as unknown as { permissions: unknown }).permissions = {
    getAll: async () => ({ origins: granted, permissions: [] }),
    request,
    onAdded: { addListener: (f: () => void) => listeners.push(f), removeListener: () => undefined },
    onRemoved: { addListener: (f: () => void) => listeners.push(f), removeListener: () => undefined },
  };
});
afterEach(cleanup);

describe('withheld site access', () => {
  test('all granted: nothing shown', async () => {
    granted = [...HOST_PERMISSIONS];
    render(<Harness />);
    await act(async () => undefined);
    expect(screen.queryByRole('status')).toBeNull();
  });

  test('YouTube withheld: named, granted again from the button (asking only for what is missing)', async () => {
    granted = HOST_PERMISSIONS.filter((h) => !h.includes('youtube.com'));
    render(<Harness />);
    const notice = await screen.findByRole('status');
    expect(notice.textContent).toContain('Stormwatch has no access to: www.youtube.com, m.youtube.com.');
    fireEvent.click(screen.getByRole('button', { name: 'Grant access' }));
    expect(request).toHaveBeenCalledWith({ origins: ['https://www.youtube.com/*', 'https://m.youtube.com/*'] });
    await act(async () => undefined);
    expect(screen.queryByRole('status')).toBeNull();
  });

  test('access removed while the panel is open: the notice appears', async () => {
    granted = [...HOST_PERMISSIONS];
    render(<Harness />);
    await act(async () => undefined);
    granted = granted.filter((h) => h !== 'https://www.reddit.com/*');
    await act(async () => listeners.forEach((f) => f()));
    expect((await screen.findByRole('status')).textContent).toContain('www.reddit.com');
  });

  test('in Polish', () => {
    render(<HostAccess missing={['https://www.tiktok.com/*']} onGrant={() => undefined} />, { wrapper: inLang('pl') });
    expect(screen.getByRole('status').textContent).toContain('Stormwatch nie ma dostępu do: www.tiktok.com.');
    expect(screen.getByRole('button', { name: 'Przyznaj dostęp' })).toBeTruthy();
  });
});
