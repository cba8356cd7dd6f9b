import { describe, expect, test } from 'vitest';
import { InputError } from '@/lib/cli/read-records';
import { scoreThreadRecord } from '@/lib/cli/score-thread';
import { scoreRecord } from '@/lib/cli/score-record';

const NOW = Date.parse('2026-11-25T12:00:00Z');
type Esc = {
  status: string;
  score: number;
  derail: number;
  reasons: Array<{ kind: string; label: string; weight: number; commentIds?: string[] }>;
};
const esc = (r: { escalation: unknown }) => r.escalation as Esc;

describe('thread records', () => {
  test('strings in reply order: the record is kept and gets an escalation', () => {
    const out = scoreThreadRecord(
      { id: 'x1', source: 'fb', turns: ['Dzięki za info', 'Jesteście bandą idiotów', 'Oszuści i złodzieje!'] },
      {},
      NOW,
    );
    expect(out).toMatchObject({ id: 'x1', source: 'fb' });
    const e = esc(out);
    expect(e.status).toMatch(/^(calm|heated|escalating|crisis)$/);
    expect(e.score).toBeGreaterThan(0);
    expect(e.derail).toBeGreaterThanOrEqual(0);
    expect(e.derail).toBeLessThanOrEqual(1);
    expect(e.reasons.map((r) => r.kind)).toContain('riskyShare');
  });

  test('comment objects with authors, parents, times and likes: a pile-on on the brand', () => {
    const turns = [
      {
        id: 'p',
        author: 'Marta',
        text: 'Konsultant mnie wyśmiał i się rozłączył. Skandal!',
        time: '2026-11-25T11:15:00Z',
      },
      {
        id: 'r1',
        parentId: 'p',
        author: 'Piotr',
        text: 'To jest oszustwo, kasujecie za usługę, której nie ma',
        time: NOW - 30 * 60_000,
        likes: 85,
      },
      {
        id: 'r2',
        parentId: 'p',
        author: 'Anna',
        text: 'Oszuści! Idę do prawnika, pozew zbiorowy',
        time: '14 min temu',
        likes: 64,
      },
      {
        id: 'r3',
        parentId: 'p',
        author: 'Greg',
        text: 'Zefir are scammers, boycott them!',
        time: '9 min ago',
        likes: 52,
      },
      {
        id: 'r4',
        parentId: 'p',
        author: 'Ewa',
        text: 'Banda złodziei i kłamców, nigdy więcej Zefir',
        time: '2 min',
        likes: 33,
      },
    ];
    const e = esc(scoreThreadRecord({ turns }, { brands: ['Zefir'] }, NOW));
    expect(e.status).toMatch(/escalating|crisis/);
    const kinds = e.reasons.map((r) => r.kind);
    expect(kinds).toEqual(expect.arrayContaining(['riskyShare', 'pileOn', 'reach', 'brandNegative']));
    expect(e.reasons.find((r) => r.kind === 'pileOn')?.commentIds?.length).toBeGreaterThanOrEqual(3);
  });

  test('scoreRecord sends records with turns here', () => {
    expect(scoreRecord({ turns: ['ok', 'fine'] }, {}, NOW)).toHaveProperty('escalation.status', 'calm');
  });
});

describe('clear errors', () => {
  test.each([
    ['turns is not an array', { turns: 'hello' }, /"turns" must be a non-empty array/],
    ['turns is empty', { turns: [] }, /"turns" must be a non-empty array/],
    ['a number as a turn', { turns: ['a', 42] }, /turn 2: expected a string or an object/],
    ['an object without text', { turns: [{ id: 'a', body: 'x' }] }, /turn 1: needs a "text" string/],
    ['a bad id', { turns: [{ id: {}, text: 'x' }] }, /turn 1: "id" must be/],
    [
      'a duplicate id',
      {
        turns: [
          { id: 'a', text: 'x' },
          { id: 'a', text: 'y' },
        ],
      },
      /turn 2: duplicate id "a"/,
    ],
    [
      'a reply to itself',
      { turns: [{ id: 'a', parentId: 'a', text: 'x' }] },
      /turn 1: a comment cannot reply to itself/,
    ],
    ['an author that is not text', { turns: [{ text: 'x', author: 7 }] }, /turn 1: "author" must be a string/],
    [
      'a time that is not a time',
      { turns: [{ text: 'x', time: 'soonish' }] },
      /turn 1: "time" must be epoch milliseconds, a date or a relative time/,
    ],
    ['negative likes', { turns: [{ text: 'x', likes: -3 }] }, /turn 1: "likes" must be a number ≥ 0/],
  ])('%s', (_name, rec, message) => {
    expect(() => scoreThreadRecord(rec as never, {}, NOW)).toThrow(InputError);
    expect(() => scoreThreadRecord(rec as never, {}, NOW)).toThrow(message);
  });
});
