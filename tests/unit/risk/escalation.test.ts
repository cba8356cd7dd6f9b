import { zeros } from '../../helpers';
import { describe, expect, test } from 'vitest';
import { nextStatus, scoreThread, ThreadTracker, type ThreadComment } from '@/lib/risk/escalation';
import { classify } from '@/lib/risk/classify';
import { CRISIS_SIGNALS, TOXICITY_KINDS, type CrisisSignal, type RiskResult } from '@/lib/risk/types';

const NOW = Date.parse('2026-11-25T12:00:00Z');
const MIN = 60_000;

/** A hand-built risk result, so these tests do not depend on the classifier's exact numbers. */
function risk(level: 'calm' | 'risky', opts: { signal?: CrisisSignal; tox?: number } = {}): RiskResult {
  const r = level === 'risky';
  const signals = zeros(CRISIS_SIGNALS);
  if (opts.signal) signals[opts.signal] = 0.8;
  return { language: 'pl', risk: r ? 0.8 : 0.05, severity: r ? 'high' : 'none', negativity: r ? 0.8 : 0.05, toxicity: opts.tox ?? (r ? 0.8 : 0.02), toxicityBy: zeros(TOXICITY_KINDS), signals, reasons: [], uncertain: false, engine: 'test' };
}

let n = 0;
function c(author: string, level: 'calm' | 'risky', extra: Partial<ThreadComment> = {}): ThreadComment {
  n++;
  return { id: `c${n}`, author, text: level === 'risky' ? 'To oszustwo!' : 'Dzięki za info', risk: risk(level), ...extra };
}
const kinds = (comments: ThreadComment[], now = NOW) => scoreThread(comments, now).reasons.map((r) => r.kind);

describe('reasons', () => {
  test('risky share: several risky replies', () => {
    expect(kinds([c('a', 'calm'), c('b', 'risky'), c('c', 'risky')])).toContain('riskyShare');
    expect(kinds([c('a', 'calm'), c('b', 'calm')])).not.toContain('riskyShare');
  });
  test('pile-on: many distinct authors against one target (Polish)', () => {
    const pile = ['ania', 'bartek', 'celina', 'darek', 'ewa'].map((a) => c(a, 'risky'));
    expect(kinds([c('marka', 'calm'), ...pile])).toContain('pileOn');
    const twoAuthors = [c('ania', 'risky'), c('bartek', 'risky'), c('ania', 'risky'), c('bartek', 'risky'), c('ania', 'risky')];
    expect(kinds(twoAuthors)).not.toContain('pileOn');
  });
  test('acceleration: risky replies bunched in the last hour', () => {
    const recent = [5, 4, 3, 2].map((m, i) => c(`u${i}`, 'risky', { time: NOW - m * MIN }));
    expect(kinds(recent)).toContain('acceleration');
    const old = [500, 400, 300, 200].map((m, i) => c(`u${i}`, 'risky', { time: NOW - m * MIN }));
    expect(kinds(old)).not.toContain('acceleration');
  });
  test('reach: likes on risky comments (English)', () => {
    expect(kinds([c('a', 'risky', { likes: 400 }), c('b', 'calm')])).toContain('reach');
    expect(kinds([c('a', 'risky', { likes: 2 }), c('b', 'calm', { likes: 900 })])).not.toContain('reach');
  });
  test('rumour spread: the same accusation repeated by several authors', () => {
    const leak = (a: string) => c(a, 'risky', { risk: risk('risky', { signal: 'dataLeak' }) });
    expect(kinds([leak('a'), leak('b'), leak('c')])).toContain('rumourSpread');
    expect(kinds([leak('a'), leak('a'), leak('a')])).not.toContain('rumourSpread');
  });
  test('negativity rising along a reply chain (Polish)', () => {
    const chain = (negs: number[]) =>
      negs.map((neg, i) => c(`u${i}`, neg >= 0.5 ? 'risky' : 'calm', { id: `ch${negs.join('')}${i}`, parentId: i ? `ch${negs.join('')}${i - 1}` : undefined, risk: { ...risk(neg >= 0.5 ? 'risky' : 'calm'), negativity: neg } }));
    expect(kinds(chain([0.1, 0.45, 0.7, 0.9]))).toContain('chainRising');
    expect(kinds(chain([0.9, 0.7, 0.45, 0.1]))).not.toContain('chainRising');
  });
  test('back-and-forth between two authors growing hostile (English)', () => {
    const tox = [0.1, 0.3, 0.5, 0.7, 0.9];
    const argue = tox.map((t, i) => c(i % 2 ? 'bob' : 'alice', t >= 0.5 ? 'risky' : 'calm', { id: `bf${i}`, parentId: i ? `bf${i - 1}` : undefined, risk: { ...risk(t >= 0.5 ? 'risky' : 'calm'), toxicity: t } }));
    expect(kinds(argue)).toContain('backAndForth');
    const calm = tox.map((_, i) => c(i % 2 ? 'bob' : 'alice', 'calm', { id: `bc${i}`, parentId: i ? `bc${i - 1}` : undefined }));
    expect(kinds(calm)).not.toContain('backAndForth');
  });
  test('brand named in negative comments', () => {
    const withBrand = (lvl: 'calm' | 'risky') => c('a', lvl, { risk: { ...risk(lvl), signals: { ...risk(lvl).signals, brandMention: 0.4 } } });
    expect(kinds([withBrand('risky'), withBrand('risky')])).toContain('brandNegative');
    expect(kinds([withBrand('calm'), withBrand('calm')])).not.toContain('brandNegative');
  });
  test('derail forecast: a confrontational exchange with real texts', () => {
    const texts = ['You are wrong and you know it, stop lying', 'No, YOU are the idiot here, you clearly have no clue', 'Why do you keep lying? You are pathetic'];
    const hostile = texts.map((t, i) => ({ id: `h${i}`, parentId: i ? `h${i - 1}` : undefined, author: `p${i % 2}`, text: t, risk: classify(t) }));
    const polite = ['Hi, I think the date might be wrong, thanks', 'Thanks, perhaps you are right, sorry for the confusion', 'Thank you, I appreciate it'].map((t, i) => ({ id: `p${i}`, author: `p${i % 2}`, text: t, risk: classify(t) }));
    const h = scoreThread(hostile, NOW);
    const p = scoreThread(polite, NOW);
    expect(h.derail).toBeGreaterThan(p.derail);
    expect(h.reasons.map((r) => r.kind)).toContain('derailForecast');
    expect(p.reasons.map((r) => r.kind)).not.toContain('derailForecast');
  });
});

describe('status', () => {
  test('a calm thread is calm; a pile-on in the last hour is a crisis', () => {
    expect(scoreThread([c('a', 'calm'), c('b', 'calm'), c('c', 'calm')], NOW).status).toBe('calm');
    const pile = ['a', 'b', 'c', 'd', 'e', 'f', 'g'].map((a, i) => c(a, 'risky', { time: NOW - i * MIN, likes: 100 }));
    expect(scoreThread(pile, NOW).status).toMatch(/escalating|crisis/);
  });
  test('hysteresis: one calm reply does not flip the status back', () => {
    const t = new ThreadTracker();
    for (const a of ['a', 'b', 'c', 'd']) t.add(c(a, 'risky', { time: NOW - MIN }));
    const first = t.result(NOW).status;
    expect(first).not.toBe('calm');
    t.add(c('z', 'calm'));
    expect(t.result(NOW).status).toBe(first);
  });
  test.each([
    ['calm', 0.29, 'calm'],
    ['calm', 0.31, 'heated'],
    ['heated', 0.25, 'heated'],
    ['heated', 0.2, 'calm'],
    ['escalating', 0.45, 'escalating'],
    ['escalating', 0.3, 'heated'],
    ['crisis', 0.66, 'crisis'],
    ['crisis', 0.9, 'crisis'],
    ['heated', 0.8, 'crisis'],
  ] as const)('from %s at score %f → %s', (prev, score, expected) => {
    expect(nextStatus(prev, score)).toBe(expected);
  });
});

describe('incremental', () => {
  test('adding comments one by one equals scoring from scratch, in any order', () => {
    const comments = Array.from({ length: 60 }, (_, i) => c(`u${i % 9}`, i % 3 ? 'calm' : 'risky', { time: NOW - i * MIN, likes: i }));
    const scratch = scoreThread(comments, NOW);
    const t = new ThreadTracker();
    for (const x of [...comments].reverse()) t.add(x);
    const inc = t.result(NOW);
    expect(inc.score).toBeCloseTo(scratch.score, 10);
    expect(inc.derail).toBeCloseTo(scratch.derail, 10);
    expect(inc.reasons.map((r) => r.kind).sort()).toEqual(scratch.reasons.map((r) => r.kind).sort());
  });
  test('a re-scored comment replaces its old contribution', () => {
    const x = c('a', 'risky');
    const t = new ThreadTracker();
    t.add(x);
    t.add(c('b', 'risky'));
    t.update({ ...x, risk: risk('calm') });
    expect(t.result(NOW).reasons.find((r) => r.kind === 'riskyShare')?.label).toBe('1 of 2 comments risky');
  });
  test('a reply that arrives before its parent is counted', () => {
    const t = new ThreadTracker();
    t.add(c('b', 'risky', { id: 'child', parentId: 'parent' }));
    t.add(c('a', 'calm', { id: 'parent' }));
    expect(t.size).toBe(2);
  });
});
