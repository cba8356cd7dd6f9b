/**
 * Status hysteresis, order independence, incremental == from scratch, re-scored comments and
 * replies that arrive before their parents. Hand-built risk results (no classifier).
 */
import { describe, expect, test } from 'vitest';
import { nextStatus, scoreThread, ThreadTracker, type ThreadComment } from '@/lib/risk/escalation';
import {
  CRISIS_SIGNALS,
  TOXICITY_KINDS,
  type CrisisSignal,
  type RiskResult,
  type ThreadEscalation,
} from '@/lib/risk/types';

const NOW = Date.parse('2026-11-25T12:00:00Z');
const MIN = 60_000;
const zeros = <K extends string>(ks: readonly K[]) => Object.fromEntries(ks.map((k) => [k, 0])) as Record<K, number>;

function rr(level: number, signal?: CrisisSignal): RiskResult {
  const signals = zeros(CRISIS_SIGNALS);
  if (signal) signals[signal] = 0.8;
  const severity = level >= 0.75 ? 'high' : level >= 0.35 ? 'low' : 'none';
  return {
    language: 'en',
    risk: level,
    severity,
    negativity: level,
    toxicity: level,
    toxicityBy: zeros(TOXICITY_KINDS),
    signals,
    reasons: [],
    uncertain: false,
    engine: 'test',
  };
}
const TEXTS = [
  'Thanks, that helps',
  'You are lying again',
  'I think it might be fine',
  'Zefir leaked our data',
  'Dzięki, działa',
  'Wy zawsze kłamiecie',
];

/** A deterministic pseudo-random thread: a tree with times, likes, signals and brand mentions. */
function randomThread(seed: number, size: number): ThreadComment[] {
  let x = seed;
  const rnd = () => (x = (x * 1103515245 + 12345) % 2147483648) / 2147483648;
  return Array.from({ length: size }, (_, i) => {
    const level = rnd() < 0.4 ? 0.5 + rnd() * 0.5 : rnd() * 0.3;
    const signal = rnd() < 0.2 ? CRISIS_SIGNALS[Math.floor(rnd() * 3)] : undefined;
    return {
      id: `c${i}`,
      parentId: i && rnd() < 0.8 ? `c${Math.floor(rnd() * i)}` : undefined,
      author: `u${Math.floor(rnd() * 6)}`,
      text: TEXTS[Math.floor(rnd() * TEXTS.length)]!,
      time: NOW - Math.floor(rnd() * 6 * 60) * MIN - i,
      likes: Math.floor(rnd() * 40),
      risk: rr(level, signal),
    };
  });
}

function shuffle<T>(xs: readonly T[], seed: number): T[] {
  const out = [...xs];
  let x = seed;
  for (let i = out.length - 1; i > 0; i--) {
    x = (x * 1103515245 + 12345) % 2147483648;
    const j = x % (i + 1);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/** The parts of a result that must not depend on arrival order (floats to 9 places). */
const canon = (e: ThreadEscalation) => ({
  score: Number(e.score.toFixed(9)),
  derail: Number(e.derail.toFixed(9)),
  reasons: e.reasons
    .map((r) => ({ kind: r.kind, label: r.label, weight: r.weight }))
    .sort((a, b) => (a.kind + a.label < b.kind + b.label ? -1 : 1)),
});
const OPTS = { brands: ['Zefir'] };

describe('status with hysteresis', () => {
  test.each([
    ['calm', 0.29, 'calm'],
    ['calm', 0.31, 'heated'],
    ['heated', 0.25, 'heated'],
    ['heated', 0.2, 'calm'],
    ['escalating', 0.45, 'escalating'],
    ['escalating', 0.3, 'heated'],
    ['crisis', 0.66, 'crisis'],
    ['crisis', 0.45, 'escalating'],
    ['crisis', 0.1, 'calm'],
    ['heated', 0.8, 'crisis'],
  ] as const)('from %s at score %f → %s', (prev, score, expected) => {
    expect(nextStatus(prev, score)).toBe(expected);
  });

  test('calm replies one at a time do not flip the status on each reply', () => {
    const t = new ThreadTracker();
    ['a', 'b', 'c', 'd'].forEach((a, i) =>
      t.add({ id: `r${i}`, author: a, text: 'You are liars', time: NOW - 50 * MIN + i * MIN, risk: rr(0.8) }),
    );
    const statuses = [t.result(NOW).status];
    for (let i = 0; i < 30; i++) {
      t.add({ id: `calm${i}`, author: `x${i}`, text: 'Thanks', time: NOW - 200 * MIN, risk: rr(0.05) });
      statuses.push(t.result(NOW).status);
    }
    const changes = statuses.filter((s, i) => i > 0 && s !== statuses[i - 1]).length;
    expect(statuses[0]).not.toBe('calm');
    // The status only steps down as calm replies pile up, never back up: at most one change per level.
    expect(changes).toBeLessThanOrEqual(3);
    const rank = { calm: 0, heated: 1, escalating: 2, crisis: 3 };
    statuses.forEach((s, i) => i > 0 && expect(rank[s]).toBeLessThanOrEqual(rank[statuses[i - 1]!]));
  });

  test('the stateless scoreThread gets the same hysteresis from `previous`', () => {
    const risky = ['a', 'b', 'c', 'd', 'e'].map((a, i) => ({ id: `r${i}`, author: a, text: 'Liars', risk: rr(0.8) }));
    // Grateful, hedged calm replies: the derailment forecast stays below its cut, so the score is 0.42–0.5.
    const calm = Array.from({ length: 2 }, (_, i) => ({
      id: `k${i}`,
      author: `k${i}`,
      text: 'Thanks, I think that is fine',
      risk: rr(0.05),
    }));
    const e = scoreThread([...risky, ...calm], NOW);
    expect(e.derail).toBeLessThan(0.5);
    expect(e.score).toBeGreaterThanOrEqual(0.42);
    expect(e.score).toBeLessThan(0.5);
    expect(e.status).toBe('heated');
    expect(scoreThread([...risky, ...calm], NOW, { previous: 'escalating' }).status).toBe('escalating');
  });
});

describe('incremental and order-independent', () => {
  test.each([1, 2, 3, 4, 5])('any arrival order gives the same result (seed %i)', (seed) => {
    const cs = randomThread(seed, 120);
    const base = canon(scoreThread(cs, NOW, OPTS));
    expect(canon(scoreThread(shuffle(cs, seed * 7), NOW, OPTS))).toEqual(base);
    expect(canon(scoreThread([...cs].reverse(), NOW, OPTS))).toEqual(base);
  });

  test.each([11, 12, 13])(
    'adding one by one (asking for results between) equals scoring from scratch (seed %i)',
    (seed) => {
      const cs = randomThread(seed, 150);
      const t = new ThreadTracker(OPTS);
      cs.forEach((c, i) => {
        t.add(c);
        if (i % 10 === 0) t.result(NOW);
      });
      expect(t.size).toBe(150);
      expect(canon(t.result(NOW))).toEqual(canon(scoreThread(cs, NOW, OPTS)));
    },
  );

  test.each([21, 22, 23])('re-scored comments replace their old contribution everywhere (seed %i)', (seed) => {
    const cs = randomThread(seed, 100);
    const t = new ThreadTracker(OPTS);
    for (const c of cs) t.add(c);
    t.result(NOW);
    // Flip a third of the comments (risky ↔ calm, signals dropped) and compare to a fresh thread.
    const changed = cs.map((c, i) =>
      i % 3 === 0
        ? {
            ...c,
            text: 'Edited: thanks',
            likes: 0,
            risk: rr(c.risk.risk >= 0.35 ? 0.05 : 0.9, i % 2 ? 'scamFraud' : undefined),
          }
        : c,
    );
    for (let i = 0; i < cs.length; i += 3) t.update(changed[i]!);
    expect(t.size).toBe(100);
    expect(canon(t.result(NOW))).toEqual(canon(scoreThread(changed, NOW, OPTS)));
  });

  test.each([31, 32, 33, 34])(
    'a reset tracker is a new one: the next thread scores exactly as in a fresh tracker (seed %i)',
    (seed) => {
      const used = new ThreadTracker(OPTS);
      // Without times (seeds 33, 34) the pace falls back to arrival order, kept in its own list.
      const timed = (cs: ThreadComment[]) => (seed >= 33 ? cs.map((c) => ({ ...c, time: undefined })) : cs);
      // Leave every aggregate non-empty and some of them dirty: a thread, results, re-scored comments.
      const first = timed(randomThread(seed, 80));
      for (const c of first) used.add(c);
      used.result(NOW);
      for (let i = 0; i < first.length; i += 4) used.update({ ...first[i]!, likes: 0, risk: rr(0.05) });
      used.result(NOW);
      for (const previous of ['calm', 'escalating'] as const) {
        const next = timed(randomThread(seed + 100, seed % 2 ? 1 : 40));
        used.reset(previous);
        const fresh = new ThreadTracker({ ...OPTS, previous });
        next.forEach((c, i) => {
          used.add(c);
          fresh.add(c);
          if (i % 7 === 0) expect(used.result(NOW)).toEqual(fresh.result(NOW));
        });
        expect(used.size).toBe(next.length);
        expect(used.result(NOW)).toEqual(fresh.result(NOW));
      }
    },
  );

  test('a reply that arrives before its parent is linked when the parent comes', () => {
    const parent = { id: 'p', author: 'ola', text: 'ok', risk: rr(0.05) };
    const replies = ['a', 'b', 'c'].map((a) => ({
      id: `r${a}`,
      parentId: 'p',
      author: a,
      text: 'You are a liar',
      risk: rr(0.8),
    }));
    const t = new ThreadTracker();
    for (const r of replies) t.add(r);
    expect(t.result(NOW).reasons.map((r) => r.label)).not.toContain('pile-on: 3 authors against ola');
    t.add(parent);
    expect(t.result(NOW).reasons.map((r) => r.label)).toContain('pile-on: 3 authors against ola');
  });
});
