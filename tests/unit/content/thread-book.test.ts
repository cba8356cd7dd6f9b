/**
 * The thread book keeps lone comments without a full tracker. Its results must equal a book
 * that builds a tracker for every thread from the start (the plain way), for any sequence of
 * new and re-scored comments, with status hysteresis carried across.
 */
import { describe, expect, test } from 'vitest';
import { ThreadBook } from '@/lib/content/thread-book';
import { ThreadTracker, type ThreadComment } from '@/lib/risk/escalation';
import type { RawComment } from '@/lib/platforms/types';
import { CRISIS_SIGNALS, TOXICITY_KINDS, type RiskResult, type ThreadEscalation } from '@/lib/risk/types';
import { zeros } from '../../helpers';

const NOW = Date.parse('2026-11-25T12:00:00Z');

function rr(level: number): RiskResult {
  const severity = level >= 0.75 ? 'high' : level >= 0.35 ? 'low' : 'none';
  return {
    language: 'en',
    risk: level,
    severity,
    negativity: level,
    toxicity: level,
    toxicityBy: zeros(TOXICITY_KINDS),
    signals: zeros(CRISIS_SIGNALS),
    reasons: [],
    uncertain: false,
    engine: 'test',
  };
}

/** The plain book: one tracker per thread from its first comment. */
class PlainBook {
  private readonly trackers = new Map<string, ThreadTracker>();
  private readonly touched = new Set<string>();
  add(raw: RawComment, risk: RiskResult, now: number): void {
    let t = this.trackers.get(raw.threadId);
    if (!t) this.trackers.set(raw.threadId, (t = new ThreadTracker({ brands: ['Zefir'] })));
    const c: ThreadComment = {
      id: raw.id,
      parentId: raw.parentId,
      author: raw.author,
      text: raw.text,
      time: Date.parse(raw.publishedAt!),
      likes: raw.likes,
      risk,
    };
    t.add(c);
    this.touched.add(raw.threadId);
    void now;
  }
  takeTouched(now: number): Array<[string, ThreadEscalation]> {
    const out = [...this.touched].map((id) => [id, this.trackers.get(id)!.result(now)] as [string, ThreadEscalation]);
    this.touched.clear();
    return out;
  }
}

describe('thread book', () => {
  test.each([1, 2, 3, 4, 5, 6, 7, 8])(
    'lone comments without a tracker give the same results as trackers from the start (seed %i)',
    (seed) => {
      let x = seed;
      const rnd = () => (x = (x * 1103515245 + 12345) % 2147483648) / 2147483648;
      const book = new ThreadBook({ brands: ['Zefir'] });
      const plain = new PlainBook();
      const known: RawComment[] = [];
      for (let step = 0; step < 12; step++) {
        for (let k = 0; k < 6; k++) {
          const rescore = known.length > 0 && rnd() < 0.25;
          const base = rescore ? known[Math.floor(rnd() * known.length)]! : null;
          const thread = base?.threadId ?? `t${Math.floor(rnd() * 8)}`;
          const raw: RawComment = base
            ? { ...base, text: `${base.text}!` }
            : {
                platform: 'demo',
                id: `c${known.length}`,
                author: `u${Math.floor(rnd() * 5)}`,
                text: rnd() < 0.5 ? 'Zefir are liars' : 'thanks',
                publishedAt: new Date(NOW - Math.floor(rnd() * 180) * 60_000).toISOString(),
                depth: 0,
                threadId: thread,
                likes: Math.floor(rnd() * 30),
              };
          const risk = rr(rnd() < 0.5 ? 0.8 : 0.1);
          if (base) book.update(raw, risk);
          else {
            book.add(raw, risk, NOW);
            known.push(raw);
          }
          plain.add(raw, risk, NOW);
        }
        const got = new Map(book.takeTouched(NOW + step * 60_000).map(([id, esc]) => [id, esc]));
        const want = plain.takeTouched(NOW + step * 60_000);
        for (const [id, esc] of want) {
          // Threads left out are lone, unflagged comments: calm in the plain book too.
          if (got.has(id)) expect(got.get(id)).toEqual(esc);
          else expect(esc.status).toBe('calm');
        }
        expect(got.size).toBeLessThanOrEqual(want.length);
      }
    },
  );

  test('comment counts: 1 for a lone comment, then the tracker’s size', () => {
    const book = new ThreadBook({});
    const raw = (id: string): RawComment => ({ platform: 'demo', id, author: id, text: 'x', depth: 0, threadId: 't' });
    book.add(raw('a'), rr(0.9), NOW);
    expect(book.takeTouched(NOW)[0]![2].commentCount).toBe(1);
    book.add(raw('b'), rr(0.1), NOW);
    expect(book.takeTouched(NOW)[0]![2]).toMatchObject({ commentCount: 2, riskyCount: 1 });
  });

  test('a lone comment that is not flagged is left out; its thread comes back with its first reply', () => {
    const book = new ThreadBook({});
    const raw = (id: string): RawComment => ({ platform: 'demo', id, author: id, text: 'x', depth: 0, threadId: 't' });
    book.add(raw('a'), rr(0.1), NOW);
    expect(book.takeTouched(NOW)).toEqual([]);
    book.add(raw('b'), rr(0.1), NOW);
    expect(book.takeTouched(NOW).map(([id, , stats]) => [id, stats.commentCount])).toEqual([['t', 2]]);
  });
});

describe('a lone comment that is not flagged', () => {
  // The thread book relies on this to skip evaluating such threads (nothing to show or report).
  test('is a calm thread, whatever its negativity, signals below flagging, likes, brand mentions or age', () => {
    let x = 7;
    const rnd = () => (x = (x * 1103515245 + 12345) % 2147483648) / 2147483648;
    const texts = [
      'Zefir znowu nie działa',
      'You people never answer',
      'thanks',
      'Zefir are liars?',
      '😡😡😡',
      'NIE DZIAŁA!!!',
    ];
    for (let i = 0; i < 3_000; i++) {
      const risk = rr(0);
      risk.negativity = rnd();
      risk.risk = rnd() * 0.34;
      risk.toxicity = rnd() * 0.34;
      for (const k of TOXICITY_KINDS) risk.toxicityBy[k] = rnd() * 0.34;
      for (const s of CRISIS_SIGNALS) risk.signals[s] = rnd() < 0.3 ? rnd() * 0.49 : 0;
      risk.uncertain = rnd() < 0.2;
      const c: ThreadComment = {
        id: `c${i}`,
        author: `u${i}`,
        text: texts[i % texts.length]!,
        time: rnd() < 0.8 ? NOW - Math.floor(rnd() * 48 * 60) * 60_000 : undefined,
        likes: Math.floor(rnd() * 20_000),
        risk,
      };
      const t = new ThreadTracker({ brands: ['Zefir'], watchKeywords: ['awaria'] });
      t.add(c);
      expect(t.result(NOW).status, JSON.stringify(c)).toBe('calm');
    }
  });
});
