// @vitest-environment jsdom
/**
 * docs/RELIABILITY.md H1: one comment out of range never costs the others. The page clamps what
 * it sends (long text kept whole up to MAX_COMMENT_TEXT, cut with a marker beyond it); the
 * background checks each comment on its own, stores the valid ones, names each refused one and
 * counts it where the panel shows it; a refusal is an answer, so nothing is sent again forever.
 */
import { beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import fc from 'fast-check';
import { handleObserved } from '@/entrypoints/background/observed';
import { encodeObserved, type ObservedComment } from '@/lib/messaging/protocol';
import { observedCommentSchema, threadSummarySchema } from '@/lib/messaging/schemas';
import { clampObserved, clampPageUrl, clampThread } from '@/lib/messaging/clamp';
import { MAX_COMMENT_TEXT, OBSERVED_LIMITS, truncationMarker } from '@/lib/messaging/limits';
import { intakeItem } from '@/lib/intake-health';
import { StormwatchDB } from '@/lib/db/schema';
import { startScanner, type ScannerDeps } from '@/lib/content/scanner';
import { demo } from '@/lib/platforms/demo';
import { DEFAULT_SETTINGS } from '@/lib/settings';
import { observed, riskAt } from '../../helpers';

let db: StormwatchDB;
beforeEach(() => {
  fakeBrowser.reset();
  db = new StormwatchDB(`intake-${Math.random()}`);
});

const toxic = (n: number) =>
  Array.from({ length: n }, (_, i) => observed(`t${i}`, `author ${i}`, `You are idiots ${i}`, 'high'));
const wire = (comments: ObservedComment[], pageUrl = 'https://x.test/status/1') =>
  encodeObserved({ pageUrl, comments, threads: [] });

describe('a batch with one comment out of range', () => {
  test('5 toxic comments and one of 25,000 characters: all 6 stored, the long one whole', async () => {
    const long = observed('long', 'premium', 'idiots '.repeat(3_572).slice(0, 25_000), 'high', { textHash: 'h-long' });
    expect(long.text).toHaveLength(25_000);
    const answer = await handleObserved(db, wire([...toxic(5), long]), 1, 1_000);
    expect(answer).toEqual({ stored: 6, rejected: [] });
    expect(await db.items.count()).toBe(6);
    expect((await db.items.get('demo:long'))!.text).toBe(long.text);
  });

  // What the page would send for each hostile field, before and after its clamp.
  const cases: Array<[string, Partial<ObservedComment>, RegExp, (c: ObservedComment) => void]> = [
    [
      'a 60,000-character text',
      { text: 'x'.repeat(60_000) },
      /^text:/,
      (c) => {
        expect(c.text).toHaveLength(MAX_COMMENT_TEXT);
        expect(c.text.endsWith(truncationMarker(60_000))).toBe(true);
      },
    ],
    [
      'an author of 400 characters',
      { author: 'a'.repeat(400) },
      /^author:/,
      (c) => expect(c.author).toHaveLength(OBSERVED_LIMITS.author),
    ],
    ['depth 150', { depth: 150 }, /^depth:/, (c) => expect(c.depth).toBe(100)],
    ['a negative depth', { depth: -3 }, /^depth:/, (c) => expect(c.depth).toBe(0)],
    ['a score (likes) of 1.5', { likes: 1.5 }, /^likes:/, (c) => expect(c.likes).toBe(1)],
    ['likes that are not a number', { likes: Number.NaN }, /^likes:/, (c) => expect(c.likes).toBeUndefined()],
    [
      'a permalink of 3,000 characters',
      { permalink: `https://x.test/${'p'.repeat(3_000)}` },
      /^permalink:/,
      (c) => expect(c.permalink).toBeUndefined(),
    ],
    [
      'an id of 300 characters',
      { id: 'i'.repeat(300), threadId: 'i'.repeat(300) },
      /^id:/,
      (c) => expect(c.id.length).toBeLessThanOrEqual(200),
    ],
    [
      'a date of 100 characters',
      { publishedAt: '2'.repeat(100) },
      /^publishedAt:/,
      (c) => expect(c.publishedAt).toBeUndefined(),
    ],
  ];

  test.each(cases)(
    '%s: sent as it is, only that comment is refused, with its reason, and counted',
    async (_name, extra, reason) => {
      const bad = { ...observed('bad', 'b', 'idiots', 'high'), ...extra };
      const answer = await handleObserved(db, wire([...toxic(5), bad]), 1, 1_000);
      expect(answer.stored).toBe(5);
      expect(answer.rejected).toHaveLength(1);
      expect(answer.rejected[0]!.kind).toBe('comment');
      expect(answer.rejected[0]!.reason).toMatch(reason);
      expect(await db.items.count()).toBe(5);
      expect(await intakeItem.getValue()).toMatchObject({ rejected: 1, failedWrites: 0, lastAt: 1_000 });
    },
  );

  test.each(cases)('%s: clamped by the page, all 6 are stored', async (_name, extra, _reason, check) => {
    const bad = clampObserved({ ...observed('bad', 'b', 'idiots', 'high'), ...extra });
    check(bad);
    const answer = await handleObserved(db, wire([...toxic(5), bad]), 1, 1_000);
    expect(answer).toEqual({ stored: 6, rejected: [] });
    expect((await intakeItem.getValue()).rejected).toBe(0);
  });

  test('a page address of 5,000 characters: the page clamps it and the batch is stored; sent as it is, the batch is refused, counted per comment', async () => {
    const url = `https://x.test/p?q=${'q'.repeat(5_000)}#frag`;
    expect(clampPageUrl(url)).toBe('https://x.test/p');
    expect(await handleObserved(db, wire(toxic(6), clampPageUrl(url)), 1, 1_000)).toEqual({ stored: 6, rejected: [] });
    const db2 = new StormwatchDB(`intake-${Math.random()}`);
    const answer = await handleObserved(db2, wire(toxic(6), url), 1, 2_000);
    expect(answer.stored).toBe(0);
    expect(answer.rejected).toEqual([{ kind: 'batch', reason: expect.stringMatching(/^pageUrl:/) as string }]);
    expect(await intakeItem.getValue()).toMatchObject({ rejected: 6, lastAt: 2_000 });
  });

  test('a message that is not JSON is answered (not thrown, so not retried) and counted', async () => {
    const answer = await handleObserved(db, { json: '{"pageUrl":' }, 1, 1_000);
    expect(answer.stored).toBe(0);
    expect(answer.rejected[0]!.kind).toBe('batch');
    expect((await intakeItem.getValue()).rejected).toBe(1);
  });

  test('a write that fails is counted with its reason and thrown back, so the page retries it (a bounded number of times)', async () => {
    vi.spyOn(db.items, 'bulkPut').mockRejectedValueOnce(
      new DOMException('The quota has been exceeded.', 'QuotaExceededError'),
    );
    await expect(handleObserved(db, wire(toxic(3)), 1, 1_000)).rejects.toThrow(/quota/);
    expect(await intakeItem.getValue()).toMatchObject({
      rejected: 0,
      failedWrites: 1,
      lastReason: expect.stringMatching(/QuotaExceededError/) as string,
    });
    expect(await db.items.count()).toBe(0);
    // The retry passes.
    expect((await handleObserved(db, wire(toxic(3)), 1, 2_000)).stored).toBe(3);
  });
});

describe('the page’s clamp always meets the background’s schema', () => {
  const str = (max: number) => fc.string({ maxLength: max, unit: 'binary' });
  const comment = fc.record({
    id: str(400).filter((s) => s.length > 0),
    author: str(800),
    text: fc.oneof(
      str(200),
      fc.integer({ min: 0, max: 80_000 }).map((n) => '😀a'.repeat(Math.ceil(n / 3)).slice(0, n)),
    ),
    depth: fc.oneof(fc.integer(), fc.double()),
    likes: fc.option(fc.oneof(fc.integer(), fc.double()), { nil: undefined }),
    permalink: fc.option(str(3_000), { nil: undefined }),
    publishedAt: fc.option(str(100), { nil: undefined }),
    relativeTime: fc.option(str(100), { nil: undefined }),
    parentId: fc.option(str(400), { nil: undefined }),
    threadId: str(400).filter((s) => s.length > 0),
  });
  test('any comment fields, clamped, pass', () => {
    fc.assert(
      fc.property(comment, (c) => {
        const out = clampObserved({ ...observed('x', 'a', 't', 'high'), ...c });
        const r = observedCommentSchema.safeParse(out);
        if (!r.success) throw new Error(JSON.stringify(r.error.issues[0]));
        // Kept whole when it fits; otherwise the start is kept and the marker ends it.
        if (c.text.length <= MAX_COMMENT_TEXT) expect(out.text).toBe(c.text);
        else expect(out.text.endsWith(truncationMarker(c.text.length))).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  test('thread summaries, clamped, pass', () => {
    const thread = {
      platform: 'demo' as const,
      threadId: 't'.repeat(500),
      permalink: 'p'.repeat(3_000),
      status: 'heated' as const,
      score: 0.5,
      derail: 0.2,
      commentCount: 3,
      riskyCount: 2,
      reasons: Array.from({ length: 30 }, () => ({
        kind: 'k'.repeat(60),
        label: 'l'.repeat(400),
        weight: 0.5,
        commentIds: Array.from({ length: 80 }, () => 'c'.repeat(300)),
      })),
    };
    expect(threadSummarySchema.safeParse(thread).success).toBe(false);
    expect(threadSummarySchema.safeParse(clampThread(thread)).success).toBe(true);
  });
});

describe('the scanner clamps what it reports', () => {
  test('a 60,000-character comment is reported cut with its marker, a 25,000-character one whole, and the badge opens the stored key', async () => {
    const body = (id: string, text: string) =>
      `<article class="comment" data-comment-id="${id}"><header><span class="author">A ${id}</span></header><div class="body">${text}</div></article>`;
    const t25 = `idiots ${'y'.repeat(25_000 - 7)}`;
    const t60 = `idiots ${'z'.repeat(60_000 - 7)}`;
    window.history.replaceState(null, '', '/demo.html');
    document.body.innerHTML = `<section id="comments">${body('a', t25)}${body('b', t60)}</section>`;
    const abort = new AbortController();
    const report = vi.fn<ScannerDeps['report']>();
    startScanner(document, demo, {
      score: async (texts) => texts.map((t) => riskAt(/idiots/.test(t) ? 'high' : 'none')),
      report,
      status: () => undefined,
      openPanel: () => undefined,
      settings: DEFAULT_SETTINGS,
      lang: 'en',
      now: () => 1,
      setTimeout: (fn, ms) => setTimeout(fn, ms),
      signal: abort.signal,
      flushEveryMs: 0,
    });
    await new Promise((r) => setTimeout(r, 50));
    abort.abort();
    const sent = report.mock.calls.flatMap((c) => c[0]);
    expect(sent.map((c) => c.text.length)).toEqual([25_000, MAX_COMMENT_TEXT]);
    expect(sent[1]!.text.endsWith(truncationMarker(60_000))).toBe(true);
    expect(await handleObserved(db, wire(sent), 1, 1)).toEqual({ stored: 2, rejected: [] });
  });
});
