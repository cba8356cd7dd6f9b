// @vitest-environment jsdom
/** Team mode in the panel: joining (what is asked, what is stored), the status line, and an item's badge. */
import { beforeEach, describe, expect, test, vi } from 'vitest';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { TeamSettings } from '@/components/TeamSettings';
import { TeamStatus } from '@/components/TeamStatus';
import { TeamItemBadge } from '@/components/TeamItemBadge';
import { TeamContext, NO_TEAM, type TeamState } from '@/lib/team/use-team';
import { teamConfigItem } from '@/lib/team/config';
import { en } from '@/lib/i18n/en';
import { pl } from '@/lib/i18n/pl';
import { inLang } from './helpers';
import { deriveItem } from '@/lib/team/rules';
import type { TeamClient, TeamSnapshot } from '@/lib/team/client';
import type { TeamConfig, TeamEvent } from '@/lib/team/types';

// A token as `npm run team-token` prints it (the panel reads it without the secret).
const token = (team: string, name: string, role: string) =>
  `sw1.${Buffer.from(JSON.stringify({ team, name, role, iat: 1 })).toString('base64url')}.c2ln`;
const request = vi.fn(async (_p: { origins: string[] }) => true);

beforeEach(() => {
  fakeBrowser.reset();
  request.mockClear();
  (fakeBrowser as unknown as { permissions: unknown }).permissions = { request, remove: vi.fn(async () => true) };
});

const fill = (server: string, tok: string) => {
  fireEvent.change(screen.getByLabelText('Server address'), { target: { value: server } });
  fireEvent.change(screen.getByLabelText('Access token'), { target: { value: tok } });
};

describe('joining', () => {
  test.each([
    ['https://team.example.com', token('acme', 'alice', 'lead'), en.team_bad_server],
    ['wss://team.example.com', 'not a token', en.team_bad_token],
    ['wss://user:pw@team.example.com', token('acme', 'alice', 'lead'), en.team_bad_server],
    ['ws://team.example.com', token('acme', 'alice', 'lead'), en.team_bad_server],
  ])('%s with %s: "%s", and Join stays off', (server, tok, problem) => {
    render(<TeamSettings say={() => {}} />, { wrapper: inLang('en') });
    fill(server, tok);
    expect(screen.getByRole('alert').textContent).toBe(problem);
    expect(screen.getByRole('button', { name: 'Join team' })).toHaveProperty('disabled', true);
  });

  test('names who joins and what is shared, asks for that one server, then stores the team', async () => {
    const say = vi.fn();
    render(<TeamSettings say={say} />, { wrapper: inLang('en') });
    expect(screen.getByText(en.team_shared)).toBeTruthy();
    fill('wss://team.example.com:8443/', token('acme', 'Łucja', 'lead'));
    expect(screen.getByText('Joins team acme as Łucja (lead).')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Join team' }));
    await waitFor(() => expect(say).toHaveBeenCalledWith('Joined team acme.'));
    expect(request).toHaveBeenCalledWith({ origins: ['https://team.example.com/*'] });
    expect(await teamConfigItem.getValue()).toMatchObject({
      url: 'wss://team.example.com:8443',
      team: 'acme',
      name: 'Łucja',
      role: 'lead',
    });
  });

  test('a refused permission stores nothing', async () => {
    request.mockResolvedValueOnce(false);
    const say = vi.fn();
    render(<TeamSettings say={say} />, { wrapper: inLang('pl') });
    fireEvent.change(screen.getByLabelText(pl.team_server), { target: { value: 'ws://127.0.0.1:1234' } });
    fireEvent.change(screen.getByLabelText(pl.team_token), { target: { value: token('acme', 'bob', 'agent') } });
    fireEvent.click(screen.getByRole('button', { name: pl.team_join }));
    await waitFor(() =>
      expect(say).toHaveBeenCalledWith(
        'Przeglądarka nie pozwoliła połączyć się z 127.0.0.1:1234. Nic nie zostało udostępnione.',
      ),
    );
    expect(request).toHaveBeenCalledWith({ origins: ['http://127.0.0.1/*'] });
    expect(await teamConfigItem.getValue()).toBeNull();
  });

  test('in a team: who you are and Leave, which forgets the team', async () => {
    const config: TeamConfig = { url: 'wss://team.example.com', token: 't', team: 'acme', name: 'bob', role: 'agent' };
    await teamConfigItem.setValue(config);
    const say = vi.fn();
    render(
      <TeamContext.Provider value={{ ...NO_TEAM, config }}>
        <TeamSettings say={say} />
      </TeamContext.Provider>,
      { wrapper: inLang('en') },
    );
    expect(screen.getByText('Team acme · bob (agent)')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Leave team' }));
    await waitFor(() => expect(say).toHaveBeenCalledWith(en.team_left));
    expect(await teamConfigItem.getValue()).toBeNull();
  });
});

const snap = (patch: Partial<TeamSnapshot> = {}): TeamSnapshot => ({
  state: 'connected',
  synced: true,
  pending: 0,
  libraryWritable: false,
  presence: [],
  ...patch,
});

test.each([
  [snap(), /Connected to the team · everything synced/],
  [snap({ state: 'offline', pending: 3 }), /Offline: .* · 3 changes waiting to sync/],
  [snap({ state: 'refused' }), /The team server refused this token$/],
])('status line %#', (s, text) => {
  render(
    <TeamStatus config={{ url: 'wss://x', token: 't', team: 'acme', name: 'bob', role: 'agent' }} snapshot={s} />,
    { wrapper: inLang('en') },
  );
  expect(screen.getByRole('status', { name: 'Team' }).textContent).toMatch(text);
});

describe('item badge', () => {
  /** A member's client as the badge sees it: the rules over a list of events, presence from the snapshot. */
  function member(name: string, events: TeamEvent[], presence: TeamSnapshot['presence'] = []): TeamState {
    const client = {
      me: { name, role: 'agent' },
      itemState: () => deriveItem(events),
      claim: vi.fn(),
      release: vi.fn(),
    } as unknown as TeamClient;
    return {
      config: { url: 'wss://x', token: 't', team: 'acme', name, role: 'agent' },
      client,
      snapshot: snap({ presence }),
    };
  }
  const claim = (agent: string): TeamEvent => ({
    id: `1-${agent}`,
    type: 'claim',
    at: 1,
    agent,
    role: 'agent',
    itemKey: 'x:1',
  });
  const show = (state: TeamState) =>
    render(
      <TeamContext.Provider value={state}>
        <TeamItemBadge itemKey="x:1" />
      </TeamContext.Provider>,
      { wrapper: inLang('en') },
    );

  test('outside a team: nothing', () => {
    const { container } = show(NO_TEAM);
    expect(container.innerHTML).toBe('');
  });

  test('free: a claim button', () => {
    const state = member('bob', []);
    show(state);
    fireEvent.click(screen.getByRole('button', { name: en.team_claim }));
    expect(state.client!.claim).toHaveBeenCalledWith('x:1');
  });

  test('someone else handles it: told before replying; who is replying and viewing, once each', () => {
    show(
      member(
        'bob',
        [claim('ann')],
        [
          { name: 'ann', itemKey: 'x:1', composing: true },
          { name: 'ann', itemKey: 'x:1', composing: false },
          { name: 'cleo', itemKey: 'x:1', composing: false },
          { name: 'dan', itemKey: 'x:2', composing: true },
        ],
      ),
    );
    expect(screen.getByRole('alert').textContent).toBe('ann is handling this');
    expect(screen.getAllByRole('listitem').map((li) => li.textContent)).toEqual(['ann is replying', 'cleo is viewing']);
  });

  test('ours: said so, with a way to let go', () => {
    const state = member('bob', [claim('bob')]);
    show(state);
    expect(screen.getByText(/You are handling this/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: en.team_release }));
    expect(state.client!.release).toHaveBeenCalledWith('x:1');
  });
});
