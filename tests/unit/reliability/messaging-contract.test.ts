/**
 * RELIABILITY A4, F4: every message type of the protocol answers (or fails) promptly through the
 * real router, invalid payloads are refused, and senders are checked.
 */
import { beforeEach, describe, expect, test } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { registerRouter } from '@/entrypoints/background/router';
import { decodeObserved, encodeObserved, sendMessage, messaging, type MessageType } from '@/lib/messaging/protocol';
import { StormwatchDB } from '@/lib/db/schema';
import { observed } from '../../helpers';

const settle = <T>(p: Promise<T>, ms = 100) =>
  Promise.race([p.then((v) => ({ ok: true as const, v }), (e: unknown) => ({ ok: false as const, e })), new Promise<'pending'>((r) => setTimeout(() => r('pending'), ms))]);

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
    const payload = { pageUrl: 'https://x.test/p', pageTitle: 'Zażółć 🙂', comments: [observed('c', 'Ola', '<img onerror=alert(1)> oszuści 😡', 'high')], threads: [] };
    const wire = encodeObserved(payload);
    expect(typeof wire.json).toBe('string');
    expect(decodeObserved(structuredClone(wire))).toEqual(payload);
  });

  test('a malformed observed comment is refused before anything is written', async () => {
    const { commentsObservedSchema } = await import('@/lib/messaging/schemas');
    expect(commentsObservedSchema.safeParse({ pageUrl: 'x', comments: [{ id: 1 }], threads: [] }).success).toBe(false);
    expect(commentsObservedSchema.safeParse({ pageUrl: 'x', comments: [observed('c', 'a', 'x'.repeat(30_000), 'high')], threads: [] }).success).toBe(false);
    expect(commentsObservedSchema.safeParse({ pageUrl: 'x', comments: [observed('c', 'a', 'ok', 'high')], threads: [] }).success).toBe(true);
  });
});
