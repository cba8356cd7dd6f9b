/**
 * docs/RELIABILITY.md D5: only plain, structured-clonable data reaches IndexedDB or messaging. Payloads
 * are rebuilt by their schema on receipt; templates built by callers are copied before storing,
 * so a proxy (or an object with methods) becomes plain data instead of a DataCloneError.
 */
import { afterEach, describe, expect, test } from 'vitest';
import { commentsObservedSchema, genericSiteSchema, pageStatusSchema } from '@/lib/messaging/schemas';
import { StormwatchDB } from '@/lib/db/schema';
import { saveObserved } from '@/lib/db/items';
import { deleteTemplate, restoreTemplate, saveTemplate } from '@/lib/db/templates';
import { DEFAULT_TEMPLATES } from '@/lib/library/default-templates';
import { observed } from '../../helpers';

/** A proxy all the way down, as a state library's draft would be. */
const deepProxy = <T extends object>(o: T): T =>
  new Proxy(o, {
    get: (t, k) => {
      const v = Reflect.get(t, k) as unknown;
      return v && typeof v === 'object' ? deepProxy(v) : v;
    },
  });
const isPlain = (v: unknown): boolean =>
  v === null ||
  typeof v !== 'object' ||
  ((Array.isArray(v) || Object.getPrototypeOf(v) === Object.prototype) && Object.values(v).every(isPlain));

const dbs: StormwatchDB[] = [];
const freshDb = () => {
  const db = new StormwatchDB(`plain-${Math.random()}`);
  dbs.push(db);
  return db;
};
afterEach(async () => {
  for (const db of dbs.splice(0)) await db.delete();
});

describe('message payloads', () => {
  const samples = [
    [
      'commentsObserved',
      commentsObservedSchema,
      {
        pageUrl: 'https://www.youtube.com/watch?v=x',
        comments: [observed('c', 'Ola', 'oszuści', 'high')],
        threads: [],
      },
    ],
    [
      'pageStatus',
      pageStatusSchema,
      { platform: 'youtube', pageUrl: 'https://www.youtube.com/watch?v=x', state: 'scanning', scanned: 3, flagged: 1 },
    ],
    ['genericSite', genericSiteSchema, { host: 'blog.example.com', commentSelector: '.comment' }],
  ] as const;
  test.each(samples)(
    '%s: what the schema returns is plain and survives structuredClone unchanged, even from a proxy',
    (_name, schema, sample) => {
      const out = (schema as { parse(v: unknown): unknown }).parse(deepProxy(structuredClone(sample) as object));
      expect(isPlain(out)).toBe(true);
      expect(structuredClone(out)).toEqual(sample);
    },
  );
  test('an object with a method is refused or stripped, never passed on', () => {
    const withMethod = { ...observed('c', 'Ola', 'oszuści', 'high'), toJSON: () => 'x' };
    const out = commentsObservedSchema.parse({ pageUrl: 'x', comments: [withMethod], threads: [] });
    expect(() => structuredClone(out)).not.toThrow();
    expect('toJSON' in out.comments[0]!).toBe(false);
  });
});

describe('repositories', () => {
  test('a proxied template is stored as a plain record (save and undo of a delete)', async () => {
    const db = freshDb();
    const t = structuredClone(DEFAULT_TEMPLATES[0]!);
    await saveTemplate(db, deepProxy(t), 5);
    const stored = await db.templates.get(t.id);
    expect(isPlain(stored)).toBe(true);
    // A template saved for the first time is a draft: approval comes only from approveTemplate (H10).
    const { approvedBy: _by, approvedAt: _at, ...content } = t;
    expect(stored).toEqual({ ...content, status: 'draft', updatedAt: 5 });
    const removed = await deleteTemplate(db, t.id);
    await restoreTemplate(db, deepProxy(removed!));
    expect(await db.templates.get(t.id)).toEqual(stored);
  });
  test('stored flagged items and threads are plain and clone unchanged', async () => {
    const db = freshDb();
    const payload = commentsObservedSchema.parse({
      pageUrl: 'x',
      comments: [observed('c', 'Ola', 'oszuści', 'high')],
      threads: [],
    });
    await saveObserved(db, payload, 3, 10);
    const rows = await db.items.toArray();
    expect(rows).toHaveLength(1);
    for (const r of rows) {
      expect(isPlain(r)).toBe(true);
      expect(structuredClone(r)).toEqual(r);
    }
  });
});
