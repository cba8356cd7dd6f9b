// @vitest-environment jsdom
/** Issue #23: clocks start when the comment was posted and stop when the item is closed. */
import { afterEach, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import { useLiveQuery } from 'dexie-react-hooks';
import { StormwatchDB } from '@/lib/db/schema';
import { changeStatus, listFlagged, saveObserved } from '@/lib/db/items';
import { QueueList } from '@/components/QueueList';
import { groupRows } from '@/lib/db/triage';
import { observed } from '../helpers';
import { installLayoutStubs } from './helpers';

const H = 3_600_000;
const READ = Date.parse('2026-12-06T12:00:00Z');

function Harness({ db, now, sort }: { db: StormwatchDB; now: number; sort?: 'waiting' | 'newest' }) {
  const items = useLiveQuery(() => listFlagged(db, { sort }), [db, sort]);
  if (!items) return <p role="status">loading</p>;
  return (
    <QueueList
      rows={groupRows(items)}
      selectedKey={null}
      checked={new Set()}
      now={now}
      onSelect={() => undefined}
      onCheck={() => undefined}
      onToggleGroup={() => undefined}
    />
  );
}

const row = (text: string) => screen.getAllByRole('option').find((o) => o.textContent?.includes(text))!;
const clock = (text: string) => within(row(text)).getByTitle(/Waiting for|Clock stopped/).textContent;

beforeAll(installLayoutStubs);
let db: StormwatchDB;
beforeEach(async () => {
  db = new StormwatchDB(`clocks-${Math.random()}`);
  // Read at 12:00: a two-hour-old complaint with an absolute time, one said "3 h ago", one with no time.
  await saveObserved(
    db,
    {
      pageUrl: 'x',
      comments: [
        observed('a', 'Ola', 'old complaint', 'high', {
          publishedAt: '2026-12-06T10:00:00.000Z',
          publishedWithinMs: 0,
        }),
        observed('b', 'Jan', 'relative complaint', 'high', {
          publishedAt: '2026-12-06T09:00:00.000Z',
          publishedWithinMs: H,
          relativeTime: '3 h ago',
        }),
        observed('c', 'Ewa', 'undated complaint', 'high'),
      ],
      threads: [],
    },
    1,
    READ,
  );
});
afterEach(async () => {
  await db.delete();
});

describe('the queue’s clocks', () => {
  test('start at the comment’s own time, not when Stormwatch read it; a relative time is marked approximate', async () => {
    render(<Harness db={db} now={READ + 4_000} />);
    await screen.findAllByRole('option');
    expect(clock('old complaint')).toBe('⏱ 2 h');
    expect(clock('relative complaint')).toBe('⏱ ~3 h');
    // No time on the page: from when it was first seen.
    expect(clock('undated complaint')).toBe('⏱ 4 s');
  });

  test('stop at replied, resolved and dismissed, and run again when reopened', async () => {
    await changeStatus(db, 'demo:a', 'replied', { now: READ + 30 * 60_000 });
    await changeStatus(db, 'demo:b', 'dismissed', { now: READ + 60 * 60_000 });
    const { rerender } = render(<Harness db={db} now={READ + 5 * H} />);
    await screen.findAllByRole('option');
    expect(clock('old complaint')).toBe('⏱ 2 h');
    expect(within(row('old complaint')).getByTitle('Clock stopped: Replied')).toBeTruthy();
    expect(clock('relative complaint')).toBe('⏱ ~4 h');
    expect(clock('undated complaint')).toBe('⏱ 5 h');
    rerender(<Harness db={db} now={READ + 50 * H} />);
    expect(clock('old complaint')).toBe('⏱ 2 h');
    expect(clock('undated complaint')).toBe('⏱ 2 d');
    await changeStatus(db, 'demo:a', 'inProgress', { now: READ + 50 * H });
    expect((await db.items.get('demo:a'))!.closedAt).toBeUndefined();
    await screen.findByText('⏱ 2 d', { exact: false, selector: `#${row('old complaint').id} .waiting` });
  });

  test('"waiting longest" orders open items by when they were posted, closed ones last', async () => {
    await changeStatus(db, 'demo:b', 'resolved', { now: READ });
    render(<Harness db={db} now={READ} sort="waiting" />);
    const texts = (await screen.findAllByRole('option')).map((o) => o.querySelector('.queue-text')!.textContent);
    expect(texts).toEqual(['old complaint', 'undated complaint', 'relative complaint']);
  });
});
