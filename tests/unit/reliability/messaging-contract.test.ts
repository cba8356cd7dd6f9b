/**
 * docs/RELIABILITY.md A4, F4: every message type of the protocol answers (or fails) promptly through the
 * real router, invalid payloads are refused, and senders are checked.
 */
import { beforeEach, describe, expect, test } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { registerRouter } from '@/entrypoints/background/router';
import {
  decodeObserved,
  decodeScored,
  encodeObserved,
  encodeScoreRequest,
  sendMessage,
  messaging,
  type MessageType,
} from '@/lib/messaging/protocol';
import { MAX_COMMENT_TEXT, MAX_SCORE_BATCH, MAX_SCORE_TEXT } from '@/lib/messaging/limits';
import { scoreComments } from '@/entrypoints/background/score';
import { classify } from '@/lib/risk/classify';
import { StormwatchDB } from '@/lib/db/schema';
import { observed } from '../../helpers';

const settle = <T>(p: Promise<T>, ms = 100) =>
  Promise.race([
    p.then(
      (v) => ({ ok: true as const, v }),
      (e: unknown) => ({ ok: false as const, e }),
    ),
    new Promise<'pending'>((r) => setTimeout(() => r('pending'), ms)),
  ]);

let db: StormwatchDB;
beforeEach(() => {
  fakeBrowser.reset();
  messaging.removeAllListeners();
  db = new StormwatchDB(`contract-${Math.random()}`);
  registerRouter(db);
});

// The fake browser delivers messages with an empty sender: the router must treat it as foreign.
describe('background handlers', () => {
  const calls: Array<[MessageType, unknown]> = [
    ['scoreComments', encodeScoreRequest({ texts: ['idiots'], ctx: {} })],
    ['commentsObserved', { pageUrl: 'x', comments: [observed('c', 'a', 'idiots', 'high')], threads: [] }],
    ['pageStatus', { platform: 'demo', pageUrl: 'x', state: 'scanning', scanned: 1, flagged: 0 }],
    ['openPanel', { itemKey: 'demo:c' }],
    ['getTabStatus', { tabId: 1 }],
    ['enableSite', { tabId: 1, always: true }],
  ];
  test.each(calls)('%s settles within 100 ms and refuses a sender that is not ours', async (type, data) => {
    const r = await settle(sendMessage(type as 'getTabStatus', data as never));
    expect(r).not.toBe('pending');
    expect(r).toMatchObject({ ok: false });
    expect(String((r as { e: Error }).e.message)).toMatch(/not allowed/);
    expect(await db.items.count()).toBe(0);
  });
});

describe('payload validation', () => {
  test.each([
    ['not an object', 'pageUrl=x', /expected \{ json: string \}/],
    ['an object without the JSON', { pageUrl: 'x', comments: [], threads: [] }, /expected \{ json: string \}/],
    ['cut-off JSON', { json: '{"pageUrl":"x","comm' }, /not valid JSON/],
  ])('a flagged-comments message that is %s is refused with a plain message', (_name, wire, message) => {
    expect(() => decodeObserved(wire)).toThrow(message);
  });

  test('flagged comments cross the wire unchanged (diacritics, emoji, HTML-like text)', () => {
    const payload = {
      pageUrl: 'https://x.test/p',
      pageTitle: 'Zażółć 🙂',
      comments: [observed('c', 'Ola', '<img onerror=alert(1)> oszuści 😡', 'high')],
      threads: [],
    };
    const wire = encodeObserved(payload);
    expect(typeof wire.json).toBe('string');
    expect(decodeObserved(structuredClone(wire))).toEqual(payload);
  });

  test('a malformed observed comment is refused before anything is written', async () => {
    const { commentsObservedSchema } = await import('@/lib/messaging/schemas');
    expect(commentsObservedSchema.safeParse({ pageUrl: 'x', comments: [{ id: 1 }], threads: [] }).success).toBe(false);
    expect(
      commentsObservedSchema.safeParse({
        pageUrl: 'x',
        comments: [observed('c', 'a', 'x'.repeat(MAX_COMMENT_TEXT + 1), 'high')],
        threads: [],
      }).success,
    ).toBe(false);
    expect(
      commentsObservedSchema.safeParse({ pageUrl: 'x', comments: [observed('c', 'a', 'ok', 'high')], threads: [] })
        .success,
    ).toBe(true);
  });
});

describe('scoreComments (the background scores what the page read)', () => {
  const texts = [
    'Jestescie oszustami, oddajcie pieniadze!!!',
    'Acme, works now 🙂 zwrot',
    '<img src=x onerror=alert(1)> idioci',
    '',
  ];
  test('the scores come back in order, the same as the engine gives in place, with the context applied', () => {
    const ctx = {
      platform: 'reddit',
      brands: ['Acme'],
      watchKeywords: ['zwrot'],
      ignoredPhrases: ['oddajcie pieniadze'],
    };
    // The context changes the scores of these texts, so a context lost on the way would show.
    expect(texts.map((t) => classify(t, ctx))).not.toEqual(texts.map((t) => classify(t)));
    const wire = scoreComments(structuredClone(encodeScoreRequest({ texts, ctx })));
    expect(decodeScored(structuredClone(wire), texts.length)).toEqual(texts.map((t) => classify(t, ctx)));
  });

  test.each([
    ['not a wire object', 'texts=a', /scoreComments: expected \{ json: string \}/],
    ['cut-off JSON', { json: '{"texts":["a"' }, /scoreComments: the payload is not valid JSON/],
    [
      'texts that are not strings',
      encodeScoreRequest({ texts: [1 as unknown as string], ctx: {} }),
      /expected string/i,
    ],
    [
      'more texts than a batch',
      encodeScoreRequest({ texts: Array.from({ length: MAX_SCORE_BATCH + 1 }, () => 'a'), ctx: {} }),
      /500/,
    ],
    // Written by hand: the page's encoder cuts long texts (tested below).
    ['a text over the limit', { json: JSON.stringify({ texts: ['x'.repeat(MAX_SCORE_TEXT + 1)], ctx: {} }) }, /20000/],
  ])('a request that is %s is refused with a message', (_name, wire, message) => {
    expect(() => scoreComments(wire)).toThrow(message);
  });

  test('the page cuts a text longer than the limit before sending it; the scores still come back one per text', () => {
    const long = 'idioci '.repeat(4_000);
    expect(long.length).toBeGreaterThan(MAX_SCORE_TEXT);
    const req = encodeScoreRequest({ texts: [long, 'ok'], ctx: {} });
    expect((JSON.parse(req.json) as { texts: string[] }).texts.map((t) => t.length)).toEqual([MAX_SCORE_TEXT, 2]);
    expect(decodeScored(scoreComments(req), 2)).toHaveLength(2);
  });

  test('a full batch of the longest texts is accepted', () => {
    const wire = scoreComments(
      encodeScoreRequest({
        texts: Array.from({ length: MAX_SCORE_BATCH }, (_, i) => (i === 0 ? 'x'.repeat(MAX_SCORE_TEXT) : 'ok')),
        ctx: {},
      }),
    );
    expect(decodeScored(wire, MAX_SCORE_BATCH)).toHaveLength(MAX_SCORE_BATCH);
  });

  test.each([
    ['no JSON', {}, /expected \{ json: string \}/],
    ['fewer scores than texts', { json: '[]' }, /expected 2 scores back/],
  ])('an answer with %s is refused', (_name, wire, message) => {
    expect(() => decodeScored(wire, 2)).toThrow(message);
  });
});
