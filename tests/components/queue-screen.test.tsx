// @vitest-environment jsdom
import { afterEach, beforeAll, beforeEach, describe, expect, test, vi } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { saveObserved } from '@/lib/db/items';
import { classify } from '@/lib/risk/classify';
import type { StormwatchDB } from '@/lib/db/schema';
import { settingsItem } from '@/lib/settings';
import { sendToPage } from '@/lib/messaging/tab-channel';
import { QueueScreen } from '@/entrypoints/sidepanel/QueueScreen';
import { observed, riskAt } from '../helpers';
import { freshDb, installLayoutStubs, makeEnv, renderWithDb, resetStore, allRead, openFilters } from './helpers';

vi.mock('@/lib/messaging/tab-channel', async (importOriginal) => ({
  ...(await importOriginal<typeof import('@/lib/messaging/tab-channel')>()),
  sendToPage: vi.fn(async () => ({ found: true })),
}));

const insult = {
  source: 'lexicon',
  target: 'insult',
  label: 'insult: "idiotów"',
  term: 'idiotów',
  span: { start: 16, end: 23 },
  weight: 0.8,
} as const;

let db: StormwatchDB;
beforeAll(installLayoutStubs);
beforeEach(async () => {
  fakeBrowser.reset();
  vi.mocked(sendToPage).mockClear();
  db = freshDb();
  await saveObserved(
    db,
    {
      pageUrl: 'chrome-extension://x/demo.html',
      comments: [
        observed('c3', 'Tomasz', 'Żądam zwrotu pieniędzy!', 'medium'),
        observed('c5', 'Jess', 'customer passwords leaked', 'high', { risk: riskAt('high', { language: 'en' }) }),
        observed('c4', 'kamil_88', 'Jesteście bandą idiotów', 'critical', {
          risk: riskAt('critical', { reasons: [insult] }),
        }),
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

const options = async () => {
  await allRead();
  return within(screen.getByRole('listbox', { name: 'Flagged comments queue' })).findAllByRole('option');
};
const texts = async () => (await options()).map((o) => o.querySelector('.queue-text')?.textContent);

describe('Queue screen (real Dexie on fake-indexeddb)', () => {
  test('lists the stored items, most severe first, and filters them by severity, language and search', async () => {
    renderWithDb(<QueueScreen env={makeEnv()} />, db);
    expect(await texts()).toEqual(['Jesteście bandą idiotów', 'customer passwords leaked', 'Żądam zwrotu pieniędzy!']);
    openFilters();
    fireEvent.change(screen.getByLabelText('Minimum severity'), { target: { value: 'high' } });
    await waitFor(async () => expect(await texts()).toHaveLength(2));
    fireEvent.change(screen.getByLabelText('Language'), { target: { value: 'en' } });
    await waitFor(async () => expect(await texts()).toEqual(['customer passwords leaked']));
    fireEvent.change(screen.getByLabelText('Language'), { target: { value: '' } });
    fireEvent.change(screen.getByLabelText('Minimum severity'), { target: { value: '' } });
    await waitFor(async () => expect(await texts()).toHaveLength(3));
    fireEvent.change(screen.getByLabelText('Search text and authors'), { target: { value: 'TOMASZ' } });
    // Debounced: the list changes after the pause, not per key.
    expect(await texts()).toHaveLength(3);
    await waitFor(async () => expect(await texts()).toEqual(['Żądam zwrotu pieniędzy!']));
  });

  test('the uncertain lane: sarcasm scored by the engine is kept apart from confident calls', async () => {
    const text = 'Brawo, świetna robota, znowu brak internetu od rana. Oszuści.';
    const risk = classify(text);
    expect(risk.uncertain).toBe(true);
    await saveObserved(
      db,
      { pageUrl: 'x', comments: [observed('s1', 'Ola', text, risk.severity, { risk })], threads: [] },
      7,
      0,
    );
    renderWithDb(<QueueScreen env={makeEnv()} />, db);
    await waitFor(async () => expect(await texts()).toHaveLength(4));
    openFilters();
    fireEvent.change(screen.getByLabelText('Lane'), { target: { value: 'true' } });
    await waitFor(async () => expect(await texts()).toEqual([text]));
    fireEvent.change(screen.getByLabelText('Lane'), { target: { value: 'false' } });
    await waitFor(async () => expect(await texts()).toHaveLength(3));
    expect(await texts()).not.toContain(text);
  });

  test('a comment in another language that names the brand is queued as "not assessed (language)" and filtered as such', async () => {
    const text = 'Zefir hat mein Paket verloren und antwortet seit einer Woche nicht.';
    const risk = classify(text, { brands: ['Zefir'] });
    expect(risk.notAssessed).toBe('language');
    await saveObserved(
      db,
      {
        pageUrl: 'x',
        comments: [observed('de1', 'Jonas', text, risk.severity, { risk })],
        threads: [],
      },
      7,
      0,
    );
    renderWithDb(<QueueScreen env={makeEnv()} />, db);
    await waitFor(async () => expect(await texts()).toHaveLength(4));
    const row = (await options()).find((o) => o.textContent?.includes('Jonas'))!;
    expect(within(row).getByText('not assessed (language)')).toBeTruthy();
    openFilters();
    fireEvent.change(screen.getByLabelText('Language'), { target: { value: 'other' } });
    await waitFor(async () => expect(await texts()).toEqual([text]));
    fireEvent.click((await options())[0]!);
    const detail = await screen.findByRole('region', { name: 'Comment details' });
    expect(within(detail).getByText(/not assessed \(language\)/)).toBeTruthy();
  });

  test('"this tab" shows only the active tab’s items, and an empty result offers to clear the filters', async () => {
    renderWithDb(<QueueScreen env={makeEnv({ tab: { kind: 'unsupported', tabId: 99 } })} />, db);
    await options();
    openFilters();
    fireEvent.change(screen.getByLabelText('Scope'), { target: { value: 'tab' } });
    expect(await screen.findByText(/No flagged comments match these filters/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Clear filters' }));
    expect(await options()).toHaveLength(3);
  });

  test('a note typed and left for another item is still there on return; added, it joins the history with its author', async () => {
    renderWithDb(<QueueScreen env={makeEnv()} />, db);
    fireEvent.click((await options())[0]!);
    let detail = await screen.findByRole('region', { name: 'Comment details' });
    fireEvent.change(await within(detail).findByLabelText('Note'), { target: { value: 'called back' } });
    // Straight to another item, before the typing pause: nothing is lost.
    fireEvent.click((await options())[1]!);
    await waitFor(() =>
      expect(screen.getByRole('region', { name: 'Comment details' }).textContent).toContain(
        'customer passwords leaked',
      ),
    );
    fireEvent.click((await options())[0]!);
    detail = await screen.findByRole('region', { name: 'Comment details' });
    await waitFor(() =>
      expect(
        (within(screen.getByRole('region', { name: 'Comment details' })).getByLabelText('Note') as HTMLTextAreaElement)
          .value,
      ).toBe('called back'),
    );
    detail = screen.getByRole('region', { name: 'Comment details' });
    fireEvent.click(within(detail).getByRole('button', { name: 'Add note' }));
    const history = await within(detail).findByRole('list', { name: 'Notes so far' });
    expect(history.textContent).toMatch(/^Ola, .+ called back$/);
    await waitFor(() =>
      expect(
        (
          within(screen.getByRole('region', { name: 'Comment details' })).getByRole('textbox', {
            name: 'Note',
          }) as HTMLTextAreaElement
        ).value,
      ).toBe(''),
    );
    expect(await db.events.toArray()).toEqual([
      expect.objectContaining({ itemKey: 'demo:c4', type: 'noteChanged', agent: 'Ola', note: 'called back' }),
    ]);
    expect((await db.items.get('demo:c4'))!.note).toBe('called back');
    fireEvent.click(within(detail).getByRole('button', { name: 'In progress' }));
    await waitFor(async () => expect((await db.items.get('demo:c4'))!.status).toBe('inProgress'));
    expect(await db.events.where('type').equals('statusChanged').toArray()).toEqual([
      expect.objectContaining({ itemKey: 'demo:c4', from: 'new', to: 'inProgress', agent: 'Ola' }),
    ]);
    expect(await within(detail).findByRole('button', { name: 'In progress', pressed: true })).toBeTruthy();
  });

  test('explain and correct: a false positive by phrase is stored as an override and dismisses the item', async () => {
    const env = makeEnv();
    renderWithDb(<QueueScreen env={env} />, db);
    fireEvent.click((await options())[0]!);
    const detail = await screen.findByRole('region', { name: 'Comment details' });
    expect(detail.querySelector('u')?.textContent).toBe('idiotów');
    fireEvent.click(within(detail).getByRole('button', { name: 'False positive…' }));
    fireEvent.click(within(detail).getByRole('radio', { name: 'idiotów' }));
    fireEvent.click(within(detail).getByRole('button', { name: 'Mark as a false positive' }));
    await waitFor(async () => expect((await settingsItem.getValue()).ignoredPhrases).toEqual(['idiotów']));
    await waitFor(async () => expect((await db.items.get('demo:c4'))!.status).toBe('dismissed'));
    expect(env.say).toHaveBeenCalledWith(expect.stringMatching(/false positive/), 'success');
  });

  test('explain and correct: "not a crisis" on a thread is a durable override the page applies to later comments too', async () => {
    renderWithDb(<QueueScreen env={makeEnv()} />, db);
    fireEvent.click((await options())[0]!);
    const detail = await screen.findByRole('region', { name: 'Comment details' });
    fireEvent.click(within(detail).getByRole('button', { name: 'Not a crisis: dismiss the thread' }));
    fireEvent.click(within(detail).getByRole('button', { name: 'Yes, dismiss the thread' }));
    const item = (await db.items.get('demo:c4'))!;
    await waitFor(async () => expect((await settingsItem.getValue()).ignoredThreads).toEqual([item.threadKey]));
    await waitFor(async () => expect((await db.items.get('demo:c4'))!.status).toBe('dismissed'));
  });

  test('author memory: tags are stored per author and other comments of the author are listed', async () => {
    await saveObserved(
      db,
      { pageUrl: 'x', comments: [observed('c9', 'kamil_88', 'znowu to samo, idioci', 'high')], threads: [] },
      7,
      1,
    );
    renderWithDb(<QueueScreen env={makeEnv()} />, db);
    fireEvent.click((await options())[0]!);
    const memory = await screen.findByRole('region', { name: 'Author memory' });
    expect(await within(memory).findByText('znowu to samo, idioci')).toBeTruthy();
    fireEvent.click(within(memory).getByRole('button', { name: 'troll' }));
    await waitFor(async () =>
      expect((await db.settings.get('authorTags'))?.value).toEqual({ 'demo:kamil_88': ['troll'] }),
    );
    expect(await within(memory).findByRole('button', { name: 'troll', pressed: true })).toBeTruthy();
  });

  test('keyboard: j and k move the selection, Enter shows the comment on the page', async () => {
    const env = makeEnv();
    renderWithDb(<QueueScreen env={env} />, db);
    await options();
    const key = (k: string) => fireEvent.keyDown(document.body, { key: k });
    key('j');
    await waitFor(async () => expect((await options())[0]!.getAttribute('aria-selected')).toBe('true'));
    key('j');
    await waitFor(async () => expect((await options())[1]!.getAttribute('aria-selected')).toBe('true'));
    key('k');
    await waitFor(async () => expect((await options())[0]!.getAttribute('aria-selected')).toBe('true'));
    // Selecting follows along in the page, quietly.
    expect(sendToPage).toHaveBeenLastCalledWith(env.tab, 'focusComment', { commentId: 'c4' });
    vi.mocked(sendToPage).mockClear();
    vi.mocked(sendToPage).mockResolvedValueOnce({ found: false });
    key('Enter');
    await waitFor(() => expect(sendToPage).toHaveBeenCalledWith(env.tab, 'focusComment', { commentId: 'c4' }));
    // An explicit Enter reports a comment that is not on the page.
    await waitFor(() => expect(env.say).toHaveBeenCalledWith('This comment is not on the page in the active tab.'));
    // Typing in the search box is not a shortcut.
    fireEvent.keyDown(screen.getByLabelText('Search text and authors'), { key: 'j' });
    expect((await options())[0]!.getAttribute('aria-selected')).toBe('true');
  });
});

describe('Queue screen with 10,000 items', () => {
  test('renders only a window of rows and still moves with j', async () => {
    const base = (await db.items.get('demo:c3'))!;
    await db.items.bulkPut(
      Array.from({ length: 10_000 }, (_, i) => ({
        ...base,
        key: `demo:n${i}`,
        commentId: `n${i}`,
        text: `comment number ${i}`,
        firstSeen: i,
      })),
    );
    renderWithDb(<QueueScreen env={makeEnv()} />, db);
    // Reading 10,000 rows from fake-indexeddb can take over a second on a busy machine.
    const rows = await options();
    expect(rows.length).toBeGreaterThan(5);
    expect(rows.length).toBeLessThan(60);
    fireEvent.keyDown(document.body, { key: 'j' });
    await waitFor(async () => expect((await options())[0]!.getAttribute('aria-selected')).toBe('true'));
  });
});

describe('a large queue (a window of it is read)', () => {
  test('a group shows its true size from the start, though most of it lies beyond the first screen', async () => {
    const base = (await db.items.get('demo:c3'))!;
    const same = (i: number, severity: 'critical' | 'low') => ({
      ...base,
      key: `demo:s${i}`,
      commentId: `s${i}`,
      text: i % 2 ? 'ODDAJCIE PIENIĄDZE!!!' : '@ola oddajcie pieniadze',
      severity,
      severityRank: severity === 'critical' ? 4 : 1,
    });
    await db.items.bulkPut([
      same(1, 'critical'),
      same(2, 'critical'),
      ...Array.from({ length: 300 }, (_, i) => same(i + 3, 'low')),
    ]);
    const counts: string[] = [];
    const seen = new MutationObserver(() => {
      for (const c of document.querySelectorAll('.group-count')) counts.push(c.textContent ?? '');
    });
    seen.observe(document.body, { subtree: true, childList: true, characterData: true });
    renderWithDb(<QueueScreen env={makeEnv()} />, db);
    await waitFor(() => expect(document.querySelector('.group-count')?.textContent).toBe('×302'));
    seen.disconnect();
    expect(new Set(counts)).toEqual(new Set(['×302']));
    expect((await options()).length).toBeLessThan(40);
  });
});

describe('Queue screen when storage is full (D4)', () => {
  test('a quota error wrapped in an AbortError becomes a clear message and the queue stays readable', async () => {
    const env = makeEnv();
    renderWithDb(<QueueScreen env={env} />, db);
    fireEvent.click((await options())[0]!);
    const detail = await screen.findByRole('region', { name: 'Comment details' });
    const quota = Object.assign(new Error('Transaction aborted'), {
      name: 'AbortError',
      inner: Object.assign(new Error('quota'), { name: 'QuotaExceededError' }),
    });
    vi.spyOn(db.events, 'add').mockRejectedValueOnce(quota);
    fireEvent.click(within(detail).getByRole('button', { name: 'Resolved' }));
    await waitFor(() =>
      expect(env.say).toHaveBeenCalledWith(expect.stringMatching(/^Storage is full: nothing was lost/)),
    );
    expect((await db.items.get('demo:c4'))!.status).toBe('new');
    expect(await options()).toHaveLength(3);
  });
});
