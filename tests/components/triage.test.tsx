// @vitest-environment jsdom
/** Issue #23: triage at scale — groups, multi-select, bulk actions, keys, filters, kept state. */
import { afterEach, beforeAll, beforeEach, describe, expect, test, vi } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { StormwatchDB } from '@/lib/db/schema';
import { saveObserved } from '@/lib/db/items';
import { PANEL_STATE_KEY, usePanelStore } from '@/lib/store';
import { QueueScreen } from '@/entrypoints/sidepanel/QueueScreen';
import { sendToPage } from '@/lib/messaging/tab-channel';
import { CRISIS_SIGNALS } from '@/lib/risk/types';
import { observed, riskAt, zeros } from '../helpers';
import { freshDb, installLayoutStubs, makeEnv, renderWithDb, resetStore, allRead, openFilters } from './helpers';

vi.mock('@/lib/messaging/tab-channel', () => ({ sendToPage: vi.fn(async () => ({ found: true })) }));

let db: StormwatchDB;
beforeAll(installLayoutStubs);
beforeEach(async () => {
  fakeBrowser.reset();
  vi.mocked(sendToPage).mockClear();
  db = freshDb();
  const legal = { ...zeros(CRISIS_SIGNALS), legalThreat: 0.9 };
  await saveObserved(
    db,
    {
      pageUrl: 'x',
      comments: [
        observed('s1', 'a1', 'Oddajcie pieniądze!!!', 'critical'),
        observed('s2', 'a2', 'oddajcie pieniadze', 'critical'),
        observed('s3', 'a3', '@zefir ODDAJCIE PIENIĄDZE 😡', 'critical'),
        observed('l1', 'Ola', 'Do zobaczenia w SĄDZIE', 'high', { risk: riskAt('high', { signals: legal }) }),
        observed('m1', 'Jan', 'awaria znowu', 'medium'),
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

const list = async () => {
  await allRead();
  return screen.getByRole('listbox', { name: 'Flagged comments queue' });
};
const rows = async () => within(await list()).findAllByRole('option');
const texts = async () => (await rows()).map((o) => o.querySelector('.queue-text')!.textContent);
const chosen = async () =>
  (await rows())
    .filter((o) => o.getAttribute('aria-selected') === 'true')
    .map((o) => o.querySelector('.queue-text')!.textContent);

describe('near-identical comments', () => {
  test('are one row with a count; Right arrow lists them, Left folds them', async () => {
    renderWithDb(<QueueScreen env={makeEnv()} />, db);
    expect(await texts()).toEqual(['Oddajcie pieniądze!!!', 'Do zobaczenia w SĄDZIE', 'awaria znowu']);
    expect((await rows())[0]!.querySelector('.group-count')!.textContent).toBe('×3');
    expect((await rows())[0]!.getAttribute('aria-expanded')).toBe('false');
    fireEvent.click((await rows())[0]!);
    fireEvent.keyDown(await list(), { key: 'ArrowRight' });
    await waitFor(async () =>
      expect(await texts()).toEqual([
        'Oddajcie pieniądze!!!',
        'oddajcie pieniadze',
        '@zefir ODDAJCIE PIENIĄDZE 😡',
        'Do zobaczenia w SĄDZIE',
        'awaria znowu',
      ]),
    );
    fireEvent.keyDown(await list(), { key: 'ArrowLeft' });
    await waitFor(async () => expect(await texts()).toHaveLength(3));
  });
});

describe('choosing many and acting on them', () => {
  test('Shift+click chooses a range (a group counts for all its items); bulk status changes them all at once', async () => {
    const env = makeEnv();
    renderWithDb(<QueueScreen env={env} />, db);
    fireEvent.click((await rows())[0]!);
    fireEvent.click((await rows())[1]!, { shiftKey: true });
    const bar = await screen.findByRole('group', { name: 'Selected items' });
    expect(within(bar).getByText('Selected: 4')).toBeTruthy();
    expect(await chosen()).toEqual(['Oddajcie pieniądze!!!', 'Do zobaczenia w SĄDZIE']);
    fireEvent.change(within(bar).getByLabelText('Set status'), { target: { value: 'resolved' } });
    fireEvent.click(within(bar).getByRole('button', { name: 'Apply' }));
    await waitFor(async () =>
      expect(
        (await db.items.toArray())
          .filter((i) => i.status === 'resolved')
          .map((i) => i.commentId)
          .sort(),
      ).toEqual(['l1', 's1', 's2', 's3']),
    );
    expect(await db.events.where('type').equals('statusChanged').count()).toBe(4);
    expect(env.say).toHaveBeenCalledWith('Changed: 4.', 'success');
  });

  test('Ctrl+click toggles one; Escape clears; bulk assign, then the assignee filter', async () => {
    renderWithDb(<QueueScreen env={makeEnv()} />, db);
    fireEvent.click((await rows())[1]!);
    fireEvent.click((await rows())[2]!, { ctrlKey: true });
    expect(await chosen()).toEqual(['Do zobaczenia w SĄDZIE', 'awaria znowu']);
    fireEvent.click((await rows())[1]!, { ctrlKey: true });
    expect(await chosen()).toEqual(['awaria znowu']);
    fireEvent.keyDown(await list(), { key: 'Escape' });
    expect(screen.queryByRole('group', { name: 'Selected items' })).toBeNull();
    fireEvent.click((await rows())[1]!, { ctrlKey: true });
    fireEvent.click((await rows())[2]!, { ctrlKey: true });
    const bar = await screen.findByRole('group', { name: 'Selected items' });
    fireEvent.change(within(bar).getByLabelText('Assign to'), { target: { value: 'Ewa' } });
    fireEvent.click(within(bar).getByRole('button', { name: 'Assign' }));
    await waitFor(async () => expect((await db.items.get('demo:m1'))!.assignee).toBe('Ewa'));
    expect((await db.items.get('demo:l1'))!.assignee).toBe('Ewa');
    await waitFor(async () => expect((await rows())[1]!.textContent).toContain('→ Ewa'));
    openFilters();
    fireEvent.change(screen.getByLabelText('Assignee'), { target: { value: 'Ewa' } });
    await waitFor(async () => expect(await texts()).toEqual(['Do zobaczenia w SĄDZIE', 'awaria znowu']));
  });

  test('keys: arrows move, Shift+arrows extend, Space toggles, status keys act on the chosen items', async () => {
    renderWithDb(<QueueScreen env={makeEnv()} />, db);
    const box = await list();
    fireEvent.keyDown(box, { key: 'ArrowDown' });
    await waitFor(async () => expect((await rows())[0]!.getAttribute('aria-selected')).toBe('true'));
    expect(await screen.findByRole('region', { name: 'Comment details' })).toBeTruthy();
    fireEvent.keyDown(box, { key: 'ArrowDown', shiftKey: true });
    expect(await chosen()).toEqual(['Oddajcie pieniądze!!!', 'Do zobaczenia w SĄDZIE']);
    fireEvent.keyDown(box, { key: ' ' });
    expect(await chosen()).toEqual(['Oddajcie pieniądze!!!']);
    fireEvent.keyDown(box, { key: 'e' });
    await waitFor(async () =>
      expect((await db.items.where('status').equals('escalated').toArray()).map((i) => i.commentId).sort()).toEqual([
        's1',
        's2',
        's3',
      ]),
    );
    // With nothing chosen, a status key acts on the open item.
    fireEvent.keyDown(box, { key: 'Escape' });
    fireEvent.keyDown(box, { key: 'ArrowDown' });
    fireEvent.keyDown(box, { key: 'x' });
    await waitFor(async () => expect((await db.items.get('demo:m1'))!.status).toBe('dismissed'));
  });
});

describe('finding items', () => {
  test('filter by signal and by overdue; search ignores case and diacritics', async () => {
    renderWithDb(<QueueScreen env={makeEnv({ now: 10 * 60_000 })} />, db);
    await list();
    openFilters();
    fireEvent.change(screen.getByLabelText('Signal'), { target: { value: 'legalThreat' } });
    await waitFor(async () => expect(await texts()).toEqual(['Do zobaczenia w SĄDZIE']));
    fireEvent.change(screen.getByLabelText('Signal'), { target: { value: '' } });
    // Ten minutes after they were seen: nothing is past its target yet.
    fireEvent.click(screen.getByLabelText('Overdue only'));
    expect(await screen.findByText(/No flagged comments match these filters/)).toBeTruthy();
    fireEvent.click(screen.getByLabelText('Overdue only'));
    fireEvent.change(screen.getByRole('searchbox', { name: 'Search text and authors' }), {
      target: { value: 'sadzie' },
    });
    await waitFor(async () => expect(await texts()).toEqual(['Do zobaczenia w SĄDZIE']), { timeout: 2000 });
  });
});

describe('reopening the panel', () => {
  test('keeps the filters, the open item, the chosen items and the crisis stage', async () => {
    usePanelStore.getState().filterChanged({ signal: 'legalThreat', sort: 'newest' });
    usePanelStore.getState().itemSelected('demo:l1');
    usePanelStore.getState().itemsChecked(['demo:l1', 'demo:m1']);
    usePanelStore.getState().stageChosen('update');
    expect(JSON.parse(localStorage.getItem(PANEL_STATE_KEY)!).state).toMatchObject({
      filter: { signal: 'legalThreat' },
      selectedKey: 'demo:l1',
      checked: ['demo:l1', 'demo:m1'],
      stage: 'update',
    });
    // A new panel: the store starts empty and reads what was kept.
    const kept = localStorage.getItem(PANEL_STATE_KEY)!;
    usePanelStore.setState(usePanelStore.getInitialState(), true);
    localStorage.setItem(PANEL_STATE_KEY, kept);
    await usePanelStore.persist.rehydrate();
    expect(usePanelStore.getState()).toMatchObject({
      filter: { signal: 'legalThreat', sort: 'newest' },
      selectedKey: 'demo:l1',
      checked: ['demo:l1', 'demo:m1'],
      stage: 'update',
    });
    renderWithDb(<QueueScreen env={makeEnv()} />, db);
    await waitFor(async () => expect(await texts()).toEqual(['Do zobaczenia w SĄDZIE']));
    expect((await screen.findByRole('region', { name: 'Comment details' })).textContent).toContain(
      'Do zobaczenia w SĄDZIE',
    );
  });
});
