// @vitest-environment jsdom
import { afterEach, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import { useLiveQuery } from 'dexie-react-hooks';
import { StormwatchDB } from '@/lib/db/schema';
import { listFlagged, saveObserved } from '@/lib/db/items';
import { QueueList } from '@/components/QueueList';
import { groupRows } from '@/lib/db/triage';
import { observed } from '../helpers';

function Harness({ db }: { db: StormwatchDB }) {
  const items = useLiveQuery(() => listFlagged(db, {}), [db]);
  if (!items) return <p role="status">loading</p>;
  return (
    <QueueList
      rows={groupRows(items)}
      selectedKey={null}
      checked={new Set()}
      now={10 * 60_000}
      onSelect={() => undefined}
      onCheck={() => undefined}
      onToggleGroup={() => undefined}
    />
  );
}

beforeAll(() => {
  // jsdom has no layout: give the virtualised list a viewport.
  Object.defineProperty(HTMLElement.prototype, 'clientHeight', { configurable: true, get: () => 640 });
  Object.defineProperty(HTMLElement.prototype, 'clientWidth', { configurable: true, get: () => 360 });
  globalThis.ResizeObserver ??= class {
    observe() {}
    unobserve() {}
    disconnect() {}
  } as unknown as typeof ResizeObserver;
});

let db: StormwatchDB;
beforeEach(() => {
  db = new StormwatchDB(`queue-${Math.random()}`);
});
afterEach(async () => {
  await db.delete();
});

describe('queue list from the database', () => {
  test('lists stored flagged items, most severe first, with author, severity, waiting time and text', async () => {
    await saveObserved(
      db,
      {
        pageUrl: 'chrome-extension://x/demo.html',
        comments: [
          observed('c3', 'Tomasz', 'Żądam zwrotu pieniędzy!', 'medium'),
          observed('c4', 'kamil_88', 'Jesteście bandą idiotów', 'critical'),
        ],
        threads: [],
      },
      1,
      0,
    );
    render(<Harness db={db} />);
    const options = await screen.findAllByRole('option');
    expect(options).toHaveLength(2);
    expect(within(options[0]!).getByText('Jesteście bandą idiotów')).toBeTruthy();
    expect(within(options[0]!).getByText('Critical')).toBeTruthy();
    expect(within(options[0]!).getByText('kamil_88')).toBeTruthy();
    expect(within(options[1]!).getByText('Żądam zwrotu pieniędzy!')).toBeTruthy();
    expect(within(options[1]!).getByText(/10 min/)).toBeTruthy();
  });

  test('updates live when the background stores a new item', async () => {
    render(<Harness db={db} />);
    await screen.findByRole('listbox');
    expect(screen.queryAllByRole('option')).toHaveLength(0);
    await saveObserved(
      db,
      { pageUrl: 'x', comments: [observed('n', 'Jess', 'customer passwords leaked', 'high')], threads: [] },
      1,
      0,
    );
    expect(await screen.findByText('customer passwords leaked')).toBeTruthy();
  });

  test('comment text with markup is shown as text', async () => {
    await saveObserved(
      db,
      {
        pageUrl: 'x',
        comments: [observed('x', '<b>bold</b>', '<img src=x onerror="window.__pwned=1">', 'high')],
        threads: [],
      },
      1,
      0,
    );
    const { container } = render(<Harness db={db} />);
    expect(await screen.findByText('<img src=x onerror="window.__pwned=1">')).toBeTruthy();
    expect(container.querySelector('img')).toBeNull();
    expect(container.querySelector('b')).toBeNull();
  });

  test('bidi overrides in author and text stay inside isolated elements, so they cannot reorder the row (G1)', async () => {
    const RLO = '\u202E';
    await saveObserved(
      db,
      { pageUrl: 'x', comments: [observed('x', `${RLO}nimda`, `${RLO}gnp.exe oszuści`, 'high')], threads: [] },
      1,
      0,
    );
    render(<Harness db={db} />);
    const author = await screen.findByText(`${RLO}nimda`);
    expect(author.tagName).toBe('BDI');
    const text = screen.getByText(`${RLO}gnp.exe oszuści`);
    expect(text.closest('[dir="auto"], bdi')).not.toBeNull();
  });
});
