// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { StormwatchDB } from '@/lib/db/schema';
import { saveObserved } from '@/lib/db/items';
import { installDefaultTemplates } from '@/lib/db/templates';
import { createIncident, incidentsWithHistory, setFact } from '@/lib/db/incidents';
import { sendToPage } from '@/lib/messaging/tab-channel';
import { usePanelStore } from '@/lib/store';
import { classify } from '@/lib/risk/classify';
import { buildReport } from '@/lib/export/report-data';
import { CrisisReport } from '@/components/CrisisReport';
import { RepliesScreen } from '@/entrypoints/sidepanel/RepliesScreen';
import { observed } from '../helpers';
import { freshDb, makeEnv, renderWithDb, resetStore } from './helpers';

vi.mock('@/lib/messaging/tab-channel', async (importOriginal) => ({
  ...(await importOriginal<typeof import('@/lib/messaging/tab-channel')>()),
  sendToPage: vi.fn(async () => ({ ok: true, method: 'execCommand', field: 'textarea' })),
}));

const OUTAGE = 'Is the outage over? My internet still does not work!';
let db: StormwatchDB;
beforeEach(async () => {
  fakeBrowser.reset();
  vi.mocked(sendToPage).mockClear();
  Object.defineProperty(navigator, 'clipboard', {
    configurable: true,
    value: { writeText: vi.fn(async () => undefined) },
  });
  db = freshDb();
  await installDefaultTemplates(db, 1);
  await saveObserved(
    db,
    {
      pageUrl: 'https://x.test/post',
      comments: [observed('o1', 'Mia', OUTAGE, 'high', { risk: classify(OUTAGE) })],
      threads: [],
    },
    7,
    0,
  );
});
afterEach(async () => {
  resetStore();
  await db.delete();
});

const open = (env = makeEnv()) => {
  usePanelStore.getState().itemSelected('demo:o1');
  renderWithDb(<RepliesScreen env={env} />, db);
  return env;
};
const cards = async () =>
  within(await screen.findByRole('region', { name: 'Suggested replies' })).findAllByRole('article');
const titles = async () => (await cards()).map((c) => c.getAttribute('aria-label'));
const claimsOfShown = async () => {
  const all = await db.templates.toArray();
  return (await titles()).flatMap((t) => all.find((x) => x.title === t && x.language === 'en')?.claims ?? []);
};

describe('incident facts in the Replies screen', () => {
  test('declaring and withdrawing a fact changes the suggestions at once, and the history names who and when', async () => {
    open();
    await cards();
    expect(await claimsOfShown()).toEqual([]);
    const incident = await screen.findByRole('region', { name: 'Incident' });
    fireEvent.change(within(incident).getByLabelText('Incident name'), { target: { value: 'Outage 6 Dec' } });
    fireEvent.click(within(incident).getByRole('button', { name: 'Start incident' }));
    const confirmed = await screen.findByLabelText('Incident confirmed');
    fireEvent.click(confirmed);
    fireEvent.click(screen.getByLabelText('Fixed'));
    await waitFor(async () => expect(await claimsOfShown()).toContain('fixed'));
    expect(screen.getByLabelText('From the facts: Resolution')).toBeTruthy();
    fireEvent.click(screen.getByLabelText('Fixed'));
    await waitFor(async () => expect(await claimsOfShown()).not.toContain('fixed'));
    const history = (await db.factEvents.toArray()).map((e) => [e.fact, e.action, e.agent]);
    expect(history).toEqual([
      ['incident-confirmed', 'declared', 'Ola'],
      ['fixed', 'declared', 'Ola'],
      ['fixed', 'withdrawn', 'Ola'],
    ]);
    expect(screen.getByText(/Fixed withdrawn by Ola/)).toBeTruthy();
  });

  test('a template claiming an undeclared fact needs an explicit override, logged with the agent’s name', async () => {
    const env = open();
    await cards();
    fireEvent.change(screen.getByRole('combobox', { name: 'Any template from the library' }), {
      target: { value: 'default-en-fixed-short' },
    });
    const picker = screen.getByRole('region', { name: 'Any template from the library' });
    // The card's override note and the checker both name the undeclared facts.
    expect(
      within(picker).getAllByText(/Claims what the team has not declared: Incident confirmed, Fixed/),
    ).toHaveLength(2);
    fireEvent.click(within(picker).getByRole('button', { name: 'Insert' }));
    // Not inserted: the composer opens and asks for the override.
    const composer = await screen.findByRole('region', { name: 'Compose the reply' });
    expect(sendToPage).not.toHaveBeenCalled();
    expect(env.say).toHaveBeenCalledWith(expect.stringMatching(/tick the override/));
    const insert = within(composer).getByRole('button', { name: 'Insert' }) as HTMLButtonElement;
    expect(insert.disabled).toBe(true);
    fireEvent.click(within(composer).getByLabelText(/Override: use it anyway \(logged with my name, Ola\)/));
    expect(insert.disabled).toBe(false);
    fireEvent.click(insert);
    await waitFor(() => expect(sendToPage).toHaveBeenCalledTimes(1));
    await waitFor(async () =>
      expect(await db.events.where('type').equals('claimOverride').toArray()).toMatchObject([
        { agent: 'Ola', templateId: 'default-en-fixed-short', claims: ['incident-confirmed', 'fixed'] },
      ]),
    );
  });

  test('without an agent name there is no override', async () => {
    open(makeEnv({}, { agentName: '' }));
    await cards();
    fireEvent.change(screen.getByRole('combobox', { name: 'Any template from the library' }), {
      target: { value: 'default-en-fixed-short' },
    });
    fireEvent.click(
      within(screen.getByRole('region', { name: 'Any template from the library' })).getByRole('button', {
        name: 'Edit',
      }),
    );
    const composer = await screen.findByRole('region', { name: 'Compose the reply' });
    expect(within(composer).getByText(/Set your name in Settings/)).toBeTruthy();
    expect((within(composer).getByRole('button', { name: 'Insert' }) as HTMLButtonElement).disabled).toBe(true);
  });
});

describe('the composer', () => {
  test('the edited text is what gets inserted, and the checker runs on it', async () => {
    const env = open();
    const first = (await cards())[0]!;
    fireEvent.click(within(first).getByRole('button', { name: 'Edit' }));
    const composer = await screen.findByRole('region', { name: 'Compose the reply' });
    const box = within(composer).getByLabelText('Reply text') as HTMLTextAreaElement;
    expect(box.value).toContain('Mia');
    expect(box.value).not.toMatch(/\{\{/);
    const edited =
      'Hi Mia, we are sorry for the trouble. We are checking your line now and will get back to you within 2 hours.';
    fireEvent.change(box, { target: { value: edited } });
    expect(within(composer).queryByRole('list', { name: 'Before you insert' })).toBeNull();
    fireEvent.click(within(composer).getByRole('button', { name: 'Insert' }));
    await waitFor(() =>
      expect(sendToPage).toHaveBeenCalledWith(env.tab, 'insertReply', {
        commentId: 'o1',
        text: edited,
        mode: 'append',
      }),
    );
  });

  test('an edit claiming a fix when "fixed" is not declared is warned about and needs the override', async () => {
    open();
    fireEvent.click(within((await cards())[0]!).getByRole('button', { name: 'Edit' }));
    const composer = await screen.findByRole('region', { name: 'Compose the reply' });
    fireEvent.change(within(composer).getByLabelText('Reply text'), {
      target: { value: 'Hi Mia, the outage has been fixed. Next update at 4 pm.' },
    });
    const warnings = within(within(composer).getByRole('list', { name: 'Before you insert' }))
      .getAllByRole('listitem')
      .map((li) => li.textContent);
    expect(warnings.join(' ')).toMatch(/Claims what the team has not declared: Incident confirmed, Fixed/);
    expect((within(composer).getByRole('button', { name: 'Insert' }) as HTMLButtonElement).disabled).toBe(true);
    // Declared: no warning, no override needed.
    const inc = await createIncident(db, { name: 'Outage', startedAt: 0 }, { agent: 'Jan', now: 1 });
    await setFact(db, inc.id, 'incident-confirmed', true, { agent: 'Jan', now: 2 });
    await setFact(db, inc.id, 'fixed', true, { agent: 'Jan', now: 3 });
    await waitFor(() => expect(within(composer).queryByText(/Claims what the team has not declared/)).toBeNull());
    expect((within(composer).getByRole('button', { name: 'Insert' }) as HTMLButtonElement).disabled).toBe(false);
  });

  test('after an insert the list keeps its order under the cursor', async () => {
    open();
    const before = await titles();
    fireEvent.click(within((await cards())[0]!).getByRole('button', { name: 'Insert' }));
    await waitFor(async () => expect(await db.events.where('type').equals('replyInserted').count()).toBe(1));
    await waitFor(async () => expect((await db.templates.toArray()).some((t) => t.usageCount === 1)).toBe(true));
    await new Promise((r) => setTimeout(r, 50));
    expect(await titles()).toEqual(before);
  });
});

describe('the crisis report', () => {
  test('lists each incident’s facts with who declared or withdrew them and when', async () => {
    const inc = await createIncident(
      db,
      { name: 'Data leak rumour', startedAt: Date.UTC(2026, 11, 6, 8), platforms: ['facebook'] },
      { agent: 'Ola', now: 1 },
    );
    await setFact(db, inc.id, 'incident-confirmed', true, { agent: 'Ola', now: Date.UTC(2026, 11, 6, 9) });
    await setFact(db, inc.id, 'cause-known', true, { agent: 'Jan', now: Date.UTC(2026, 11, 6, 10) });
    await setFact(db, inc.id, 'cause-known', false, { agent: 'Ola', now: Date.UTC(2026, 11, 6, 11) });
    const data = buildReport([], [], [], {
      from: Date.UTC(2026, 11, 6),
      to: Date.UTC(2026, 11, 7),
      incidents: await incidentsWithHistory(db),
    });
    render(<CrisisReport data={data} />);
    expect(screen.getByRole('heading', { name: 'Data leak rumour' })).toBeTruthy();
    expect(screen.getByText(/Facts in force: Incident confirmed$/)).toBeTruthy();
    const lines = screen.getAllByRole('listitem').map((li) => li.textContent);
    expect(lines).toEqual([
      expect.stringMatching(/Incident confirmed · declared by Ola$/),
      expect.stringMatching(/Cause known · declared by Jan$/),
      expect.stringMatching(/Cause known · withdrawn by Ola$/),
    ]);
    // Started after the period: not listed.
    expect(
      buildReport([], [], [], {
        from: Date.UTC(2026, 11, 1),
        to: Date.UTC(2026, 11, 2),
        incidents: await incidentsWithHistory(db),
      }).incidents,
    ).toEqual([]);
  });
});
