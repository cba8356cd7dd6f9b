// @vitest-environment jsdom
/** docs/RELIABILITY.md H1, H7: what the background could not store is counted in the panel. */
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, test } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { IntakeNotice } from '@/entrypoints/sidepanel/IntakeNotice';
import { intakeItem, recordIntake } from '@/lib/intake-health';

beforeEach(() => fakeBrowser.reset());

describe('intake health in the panel', () => {
  test('nothing shown while nothing was lost', async () => {
    const { container } = render(<IntakeNotice lang="en" />);
    await new Promise((r) => setTimeout(r, 20));
    expect(container.innerHTML).toBe('');
  });

  test('refused comments and failed writes appear as they are recorded, with the last reason; reset clears them', async () => {
    render(<IntakeNotice lang="en" />);
    await recordIntake({ rejected: 2, reason: 'comment c1: depth: Too big', now: Date.UTC(2026, 0, 1) });
    await screen.findByText('Comments refused by the checks: 2');
    await recordIntake({ failedWrites: 1, reason: 'QuotaExceededError: full', now: Date.UTC(2026, 0, 1) });
    await screen.findByText('Failed writes (retried in the background): 1');
    expect(screen.getByRole('status', { name: 'Not stored' }).textContent).toMatch(/QuotaExceededError: full/);
    await userEvent.click(screen.getByRole('button', { name: 'Reset the counters' }));
    await waitFor(() => expect(screen.queryByRole('status')).toBeNull());
    expect(await intakeItem.getValue()).toEqual({ rejected: 0, failedWrites: 0 });
  });

  test('in Polish', async () => {
    await recordIntake({ rejected: 1, reason: 'x', now: 0 });
    render(<IntakeNotice lang="pl" />);
    await screen.findByText('Komentarze odrzucone przy sprawdzaniu: 1');
    expect(screen.getByRole('button', { name: 'Wyzeruj liczniki' })).toBeTruthy();
  });
});
