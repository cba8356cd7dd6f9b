// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { StormwatchDB } from '@/lib/db/schema';
import { saveObserved } from '@/lib/db/items';
import { installDefaultTemplates } from '@/lib/db/templates';
import { sendToPage } from '@/lib/messaging/tab-channel';
import { usePanelStore } from '@/lib/store';
import { CRISIS_SIGNALS, TOXICITY_KINDS } from '@/lib/risk/types';
import { RepliesScreen } from '@/entrypoints/sidepanel/RepliesScreen';
import { observed, riskAt, zeros } from '../helpers';
import { freshDb, makeEnv, renderWithDb, resetStore } from './helpers';

vi.mock('@/lib/messaging/tab-channel', async (importOriginal) => ({
  ...(await importOriginal<typeof import('@/lib/messaging/tab-channel')>()),
  sendToPage: vi.fn(async () => ({ ok: true, method: 'execCommand', field: 'textarea' })),
}));

const refund = riskAt('high', {
  negativity: 0.7,
  signals: { ...zeros(CRISIS_SIGNALS), refundDelayDefect: 0.8, complaint: 0.6 },
});
const troll = riskAt('high', { negativity: 0.8, toxicityBy: { ...zeros(TOXICITY_KINDS), insult: 0.9 } });

let db: StormwatchDB;
const writeText = vi.fn(async (_: string) => undefined);
beforeEach(async () => {
  fakeBrowser.reset();
  vi.mocked(sendToPage).mockClear();
  writeText.mockClear();
  Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText } });
  db = freshDb();
  await installDefaultTemplates(db, 1);
  await saveObserved(
    db,
    {
      pageUrl: 'x',
      comments: [
        observed('c3', 'Tomasz Wiśniewski', 'Żądam zwrotu pieniędzy, paczka nie doszła od dwóch tygodni!', 'high', {
          risk: refund,
          threadId: 't1',
        }),
        observed('c8', 'Ania', 'Też czekam na zwrot', 'medium', { risk: refund, threadId: 't1' }),
        observed('c4', 'kamil_88', 'Jesteście bandą idiotów', 'high', { risk: troll }),
      ],
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

const open = (key: string, env = makeEnv()) => {
  usePanelStore.getState().itemSelected(key);
  renderWithDb(<RepliesScreen env={env} />, db);
  return env;
};
const suggestions = async () =>
  within(await screen.findByRole('region', { name: 'Suggested replies' })).findAllByRole('article');

describe('Replies for the selected comment', () => {
  test('ranked suggestions say why, and previews are filled from the comment and settings', async () => {
    open('demo:c3');
    const cards = await suggestions();
    expect(cards).toHaveLength(3);
    expect(cards[0]!.querySelector('.why')!.textContent).toMatch(
      /fits: (refund \/ delay \/ defect|complaint) · in Polish/,
    );
    const previews = cards.map((c) => c.querySelector('.preview')!.textContent!);
    expect(previews.some((p) => p.includes('Tomasz Wiśniewski'))).toBe(true);
    expect(previews.join(' ')).not.toMatch(/\{\{(author|brand|agent|platform)\}\}/);
    expect(cards.every((c) => !(within(c).getByRole('button', { name: 'Insert' }) as HTMLButtonElement).disabled)).toBe(
      true,
    );
  });

  test('a draft can be previewed and copied but its Insert button is disabled', async () => {
    await db.templates.update('default-pl-refund-holding', { status: 'draft' });
    open('demo:c3');
    await suggestions();
    fireEvent.change(screen.getByRole('combobox', { name: 'Any template from the library' }), {
      target: { value: 'default-pl-refund-holding' },
    });
    const card = within(screen.getByRole('region', { name: 'Any template from the library' })).getByRole('article');
    expect((within(card).getByRole('button', { name: 'Insert' }) as HTMLButtonElement).disabled).toBe(true);
    expect(within(card).getByText(/Draft: can be previewed and copied, not inserted/)).toBeTruthy();
    fireEvent.click(within(card).getByRole('button', { name: 'Copy' }));
    await waitFor(() => expect(writeText).toHaveBeenCalledWith(expect.stringContaining('Tomasz Wiśniewski')));
    await waitFor(async () =>
      expect((await db.events.where('type').equals('replyCopied').toArray())[0]).toMatchObject({
        templateId: 'default-pl-refund-holding',
        agent: 'Ola',
      }),
    );
  });

  test('Insert sends the filled reply to the page, logs it, counts the use and moves the item on; Mark as sent makes it replied', async () => {
    const env = open('demo:c3');
    fireEvent.change(await screen.findByLabelText('Ticket number'), { target: { value: 'ZW-123' } });
    const first = (await suggestions())[0]!;
    const id = first.getAttribute('aria-label');
    const text = first.querySelector('.preview')!.textContent!;
    fireEvent.click(within(first).getByRole('button', { name: 'Insert' }));
    await waitFor(() =>
      expect(sendToPage).toHaveBeenCalledWith(env.tab, 'insertReply', { commentId: 'c3', text, mode: 'append' }),
    );
    await waitFor(async () => expect((await db.items.get('demo:c3'))!.status).toBe('inProgress'));
    const inserted = (await db.events.where('type').equals('replyInserted').toArray())[0]!;
    expect(inserted).toMatchObject({ itemKey: 'demo:c3', agent: 'Ola' });
    expect((await db.templates.get(inserted.templateId!))!).toMatchObject({
      usageCount: 1,
      title: id,
      lastUsedAt: inserted.at,
    });
    fireEvent.click(await screen.findByRole('button', { name: 'Mark as sent' }));
    await waitFor(async () => expect((await db.items.get('demo:c3'))!.status).toBe('replied'));
  });

  test('reply checker: a picked template that shifts blame and leaves a variable unfilled is flagged before insertion, with the reason', async () => {
    const base = (await db.templates.toArray()).find((t) => t.language === 'pl' && t.status === 'approved')!;
    await db.templates.put({
      ...base,
      id: 'user-blame',
      title: 'Kurier',
      origin: 'user',
      body: 'To nie nasza wina, to wina kuriera. Numer: {{zamowienie}}',
      variables: [],
      categories: ['refundDelayDefect'],
    });
    open('demo:c3');
    const picker = await screen.findByRole('region', { name: 'Any template from the library' });
    const select = within(picker).getByRole('combobox', { name: 'Any template from the library' });
    await waitFor(() => expect(within(select).getAllByRole('option').length).toBeGreaterThan(40));
    fireEvent.change(select, { target: { value: 'user-blame' } });
    const warnings = within(within(picker).getByRole('list', { name: 'Before you insert' }))
      .getAllByRole('listitem')
      .map((li) => li.textContent!.replace(/^⚠\s*/, ''));
    expect(warnings).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^Shifts blame/),
        expect.stringMatching(/^No apology/),
        expect.stringMatching(/^Says no next step/),
        'Unfilled: {{zamowienie}}',
      ]),
    );
    // A default template (written to the reply rules) carries no such warning.
    fireEvent.change(select, { target: { value: base.id } });
    expect(within(picker).queryByText(/Shifts blame/)).toBeNull();
    expect(within(picker).queryByText(/Unfilled/)).toBeNull();
  });

  test('a failed insertion that copied the text says why, in the interface language', async () => {
    vi.mocked(sendToPage).mockResolvedValueOnce({
      ok: false,
      reason: 'noField',
      copied: true,
      message: 'No reply box here.',
    });
    const env = open('demo:c3');
    fireEvent.click(within((await suggestions())[0]!).getByRole('button', { name: 'Insert' }));
    await waitFor(() =>
      expect(env.say).toHaveBeenCalledWith(
        'No reply field found for this comment. The text is in the clipboard.',
        'warning',
      ),
    );
    await waitFor(async () => expect(await db.events.where('type').equals('replyCopied').count()).toBe(1));
    expect(await db.events.where('type').equals('replyInserted').count()).toBe(0);
  });

  test("a reply box in another site's frame (Blogger) is named as such, with the text copied", async () => {
    vi.mocked(sendToPage).mockResolvedValueOnce({
      ok: false,
      reason: 'replyInFrame',
      copied: true,
      message: 'The reply box is in a frame from another site.',
    });
    const env = open('demo:c3');
    fireEvent.click(within((await suggestions())[0]!).getByRole('button', { name: 'Insert' }));
    await waitFor(() =>
      expect(env.say).toHaveBeenCalledWith(
        'The reply box is in a frame from another site, which Stormwatch cannot reach. The text is in the clipboard.',
        'warning',
      ),
    );
  });

  test('consistency guard: a template already used in this thread ranks lower and, when picked, warns and offers a variant', async () => {
    open('demo:c3');
    const usedTitle = (await suggestions())[0]!.getAttribute('aria-label')!;
    const used = (await db.templates.filter((t) => t.title === usedTitle).first())!;
    // Inserted earlier for another comment of the same thread.
    await db.events.add({ itemKey: 'demo:c8', type: 'replyInserted', at: 1, templateId: used.id, agent: 'Ola' });
    await waitFor(async () => expect((await suggestions())[0]!.getAttribute('aria-label')).not.toBe(usedTitle));
    fireEvent.change(screen.getByRole('combobox', { name: 'Any template from the library' }), {
      target: { value: used.id },
    });
    const picker = screen.getByRole('region', { name: 'Any template from the library' });
    expect(within(picker).getByRole('note').textContent).toMatch(/Already used in this thread/);
    fireEvent.click(within(picker).getByRole('button', { name: /^Use “/ }));
    const variant = within(picker).getByRole('article');
    expect(variant.getAttribute('aria-label')).not.toBe(usedTitle);
    expect(within(variant).queryByRole('note')).toBeNull();
  });

  test('a troll gets "do not engage" advice first and firm replies only on request; the crisis stage is chosen here', async () => {
    open('demo:c4');
    const region = await screen.findByRole('region', { name: 'Suggested replies' });
    await within(region).findByText(/Do not engage: this is abuse with no complaint in it/);
    expect(within(region).queryAllByRole('article')).toEqual([]);
    fireEvent.click(within(region).getByRole('button', { name: 'Show firm replies anyway' }));
    const cards = await suggestions();
    expect(cards[0]!.querySelector('.tone')!.textContent).toMatch(/firm/);
    fireEvent.click(screen.getByLabelText('Holding statement'));
    expect(usePanelStore.getState().stage).toBe('holding');
  });

  test('without a selected comment the screen says how to get one', () => {
    renderWithDb(<RepliesScreen env={makeEnv()} />, db);
    expect(screen.getByRole('status').textContent).toMatch(/Select a comment in the queue/);
  });
});
